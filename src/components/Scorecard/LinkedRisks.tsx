/**
 * The risks that threaten a goal (auditors ask for risk analyses tied to the goals), each with its
 * measures and their status in the follow-up their own plan is in. In this view every confidential risk
 * is masked, its measures' titles too, whoever reads: the scorecard goes to the board as it is.
 */
import * as React from 'react';
import { LinkedRisk } from '../../model/scorecard';
import { Plan } from '../../model/types';
import { useApp } from '../app/AppContext';
import { StatusBadge } from '../shared/StatusBadge';
import { scorecardStrings } from './scorecardStrings';

export function LinkedRisks(props: { caption: string; risks: readonly LinkedRisk[]; plans: ReadonlyMap<string, Plan> }): React.ReactElement {
  const { env } = useApp();
  const s = scorecardStrings[env.locale];
  if (props.risks.length === 0) return <p>{s.noRisks}</p>;
  return (
    <table className="ik-table ik-linked-risks">
      <caption className="ik-visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{s.risk}</th>
          <th scope="col">{s.riskPlan}</th>
          <th scope="col">{s.measureStatus}</th>
        </tr>
      </thead>
      <tbody>
        {props.risks.map(({ risk, measures }) => {
          const secret = risk.confidential;
          return (
            <tr key={risk.key}>
              <th scope="row">{secret ? <em>{s.confidentialRisk}</em> : risk.title}</th>
              <td>{props.plans.get(risk.planKey)?.title ?? ''}</td>
              <td>
                {measures.length === 0 ? s.noMeasures : (
                  <ul className="ik-measure-list">
                    {measures.map(({ measure, period, report }) => (
                      <li key={measure.key}>
                        <span className="ik-cell-title">{secret ? <em>{s.confidentialMeasure}</em> : measure.title}</span>
                        <span className="ik-measure-status">
                          {report ? <StatusBadge status={report.status} /> : <span className="ik-status ik-status--none">{s.unanswered}</span>}
                          <span className="ik-cell-meta">{period ? period.title : s.noPeriodOf}</span>
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
