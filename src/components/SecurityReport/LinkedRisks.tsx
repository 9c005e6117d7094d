/**
 * The risks of the year's other plans linked to a security area, with their measures' latest status
 * (word and swatch, and the follow-up it was reported in). A confidential risk shows only that it
 * exists and its statuses: its description and measures are masked (OSL).
 */
import * as React from 'react';
import type { LinkedRisk } from '../../plans/chapterActions';
import { useApp } from '../app/AppContext';
import { StatusBadge } from '../shared/StatusBadge';
import { securityReportStrings } from './securityReportStrings';

export function LinkedRisks(props: { risks: LinkedRisk[] }): React.ReactElement {
  const { env } = useApp();
  const s = securityReportStrings[env.locale];
  if (!props.risks.length) return <p className="ik-chapter__empty">{s.noLinkedRisks}</p>;
  return (
    <ul className="ik-linked-risks">
      {props.risks.map(({ item, plan, measures }) => (
        <li key={item.key}>
          <h3>{item.confidential ? <em>{s.linkedRisk.confidential}</em> : item.title}</h3>
          <p className="ik-cell-meta">{s.linkedRisk.plan}: {plan.title}</p>
          {measures.length === 0 ? <p className="ik-chapter__empty">{s.linkedRisk.noMeasures}</p> : (
            <ul className="ik-measure-list" aria-label={s.linkedRisk.measures}>
              {measures.map((m) => (
                <li key={m.measure.key}>
                  {item.confidential ? <em>{s.linkedRisk.confidential}</em> : m.measure.title}
                  <div className="ik-measure-status">
                    {m.latest?.status ? <StatusBadge status={m.latest.status} /> : <span className="ik-status--none">{s.linkedRisk.noStatus}</span>}
                    {m.period && <span className="ik-cell-meta">{s.linkedRisk.since(m.period.title)}</span>}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
