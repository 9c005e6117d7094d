/**
 * Risks of other plans linked to what a view shows (the risks that threaten a scorecard's goal, those of
 * the year's other plans filed under a security area): a table of each risk, its plan, and its open
 * measures with their latest status ("Ingen status" where none is reported) and the follow-up it was
 * reported in. A confidential risk is masked whoever reads, its measures' titles too: both views go to
 * the board as they are, and only that the risk exists and how its measures stand may be told (OSL).
 */
import * as React from 'react';
import { isSecretMeasure } from '../../model/confidentiality';
import type { LinkedRisk } from '../../plans/linkedRisks';
import { useApp } from '../app/AppContext';
import { linkedRiskStrings } from './linkedRiskStrings';
import { StatusBadge } from './StatusBadge';

export interface LinkedRisksProps {
  /** The table's name, for those who hear it; the view's heading says it to those who see. */
  caption: string;
  risks: readonly LinkedRisk[];
  /** What to say where no risk is linked. */
  empty: string;
}

export function LinkedRisks(props: LinkedRisksProps): React.ReactElement {
  const { env } = useApp();
  const s = linkedRiskStrings[env.locale];
  if (props.risks.length === 0) return <p>{props.empty}</p>;
  const title = (secret: boolean, text: string): React.ReactNode => (secret ? <em>{s.confidential}</em> : text);
  return (
    <table className="ik-table ik-linked-risks">
      <caption className="ik-visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{s.risk}</th>
          <th scope="col">{s.plan}</th>
          <th scope="col">{s.measures}</th>
        </tr>
      </thead>
      <tbody>
        {props.risks.map(({ risk, plan, measures }) => (
          <tr key={risk.key}>
            <th scope="row">{title(risk.confidential, risk.title)}</th>
            <td>{plan?.title ?? ''}</td>
            <td>
              {measures.length === 0 ? s.noMeasures : (
                <ul className="ik-measure-list">
                  {measures.map(({ measure, latest, period }) => (
                    <li key={measure.key}>
                      <span className="ik-cell-title">{title(isSecretMeasure(measure, risk), measure.title)}</span>
                      <span className="ik-measure-status">
                        <StatusBadge status={latest?.status ?? null} />
                        {latest && period && <span className="ik-cell-meta">{period.title}</span>}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
