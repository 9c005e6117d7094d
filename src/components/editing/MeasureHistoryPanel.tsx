/**
 * A measure's status history: every report in every period, newest first, corrections marked, with
 * who reported and when — the board compares periods, and nothing is ever overwritten.
 */
import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react';
import { orderPeriods } from '../../model/followUp';
import { FollowUpPeriod, Measure, StatusReport } from '../../model/types';
import { useApp } from '../app/AppContext';
import { StatusBadge } from '../shared/StatusBadge';
import { useEditingStrings } from './useEditingStrings';

export function MeasureHistoryPanel(props: { measure: Measure; periods: FollowUpPeriod[]; reports: StatusReport[]; onDismiss: () => void }): React.ReactElement {
  const { env } = useApp();
  const s = useEditingStrings().history;
  const mine = props.reports.filter((r) => r.measureKey === props.measure.key);
  const when = (iso: string): string => new Date(iso).toLocaleString(env.locale, { timeZone: 'Europe/Stockholm', dateStyle: 'medium', timeStyle: 'short' });
  const periods = orderPeriods(props.periods).reverse().filter((p) => mine.some((r) => r.periodKey === p.key));
  return (
    <Panel isOpen type={PanelType.medium} headerText={`${s.title}: ${props.measure.title}`} onDismiss={props.onDismiss} closeButtonAriaLabel={s.close}>
      {mine.length === 0 && <p>{s.none}</p>}
      {periods.map((period) => {
        const reports = mine.filter((r) => r.periodKey === period.key).sort((a, b) => b.reportedAt.localeCompare(a.reportedAt));
        return (
          <section key={period.key} className="ik-history">
            <h3 className="ik-card__subtitle">{period.title}</h3>
            <ol className="ik-history__list">
              {reports.map((r, i) => (
                <li key={r.key} className={i > 0 ? 'ik-history--superseded' : undefined}>
                  <StatusBadge status={r.status} />
                  {i < reports.length - 1 && <span className="ik-tag">{s.correction}</span>}
                  <div className="ik-comment">{r.comment}</div>
                  <div className="ik-cell-meta">{s.by(r.reportedBy?.displayName ?? '–', when(r.reportedAt))}</div>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </Panel>
  );
}
