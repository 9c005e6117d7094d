/**
 * Reports that do not count, said in every view that shows a plan's follow-up: each was written by someone
 * who, when writing it, neither held one of the measure's roles nor stood in for it (reportAuthority.ts).
 * The view's statuses, answers and papers leave them out; this says which, by whom and when, so that the
 * coordinator can ask the responsible person to answer. Without Fluent UI's heavier parts: the Teams tab
 * uses it too.
 */
import * as React from 'react';
import { formatInstant } from '../../model/calendar';
import { Measure, StatusReport } from '../../model/types';
import { useApp } from '../app/AppContext';
import { LightMessageBar, MessageBarType } from './LightMessageBar';
import { flaggedStrings } from './flaggedStrings';

/** How many are listed before "and N more". */
const LISTED = 10;

export function FlaggedReports(props: { reports: readonly StatusReport[]; measures: ReadonlyMap<string, Measure> | readonly Measure[] }): React.ReactElement | null {
  const { env } = useApp();
  const s = flaggedStrings[env.locale];
  if (props.reports.length === 0) return null;
  const byKey = props.measures instanceof Map ? props.measures : new Map((props.measures as readonly Measure[]).map((m) => [m.key, m]));
  const listed = props.reports.slice(0, LISTED);
  return (
    <LightMessageBar messageBarType={MessageBarType.warning} isMultiline className="ik-flagged">
      <p className="ik-flagged__title">{s.title(props.reports.length)}</p>
      <ul className="ik-flagged__list">
        {listed.map((r) => (
          <li key={r.key} data-report-key={r.key}>
            {s.line(byKey.get(r.measureKey)?.title ?? r.measureKey, r.reportedBy?.displayName ?? s.unknownWriter, formatInstant(r.reportedAt, env.locale))}
          </li>
        ))}
      </ul>
      {props.reports.length > listed.length && <p>{s.more(props.reports.length - listed.length)}</p>}
    </LightMessageBar>
  );
}

/** The tag a report that does not count carries where reports are listed one by one (a measure's history). */
export function FlaggedTag(): React.ReactElement {
  const { env } = useApp();
  const s = flaggedStrings[env.locale];
  return <span className="ik-tag ik-tag--warning" title={s.why}>{s.tag}</span>;
}
