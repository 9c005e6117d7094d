/**
 * Reports that do not count, said in every view that shows a plan's follow-up: each was written by someone
 * who, when writing it, neither held one of the measure's roles nor stood in for it (reportAuthority.ts).
 * The view's statuses, answers and papers leave them out; this says which, by whom and when, so that the
 * coordinator can ask the responsible person to answer. An import's history (`imported`) is named beside
 * them: the views count it, board papers do not. Without Fluent UI's heavier parts: the Teams tab uses it too.
 */
import * as React from 'react';
import { formatInstant, stockholmDate } from '../../model/calendar';
import { Measure, StatusReport } from '../../model/types';
import { useApp } from '../app/AppContext';
import { LightMessageBar, MessageBarType } from './LightMessageBar';
import { flaggedStrings } from './flaggedStrings';

/** How many are listed before "and N more". */
const LISTED = 10;

export function FlaggedReports(props: { reports: readonly StatusReport[]; imported?: readonly StatusReport[];
  measures: ReadonlyMap<string, Measure> | readonly Measure[] }): React.ReactElement | null {
  const imported = props.imported && props.imported.length > 0 ? <ImportedReports reports={props.imported} /> : null;
  if (props.reports.length === 0) return imported;
  return <>{imported}<NotCounted reports={props.reports} measures={props.measures} /></>;
}

function NotCounted(props: { reports: readonly StatusReport[]; measures: ReadonlyMap<string, Measure> | readonly Measure[] }): React.ReactElement {
  const { env } = useApp();
  const s = flaggedStrings[env.locale];
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

/** An import's history, in one line: how many, imported by whom and when (a plan is imported once or a few times). */
function ImportedReports(props: { reports: readonly StatusReport[] }): React.ReactElement {
  const { env } = useApp();
  const s = flaggedStrings[env.locale];
  const importers = [...new Set(props.reports.map((r) =>
    s.importedBy(r.reportedBy?.displayName ?? s.unknownWriter, stockholmDate(new Date(r.reportedAt)))))].sort();
  const statuses = props.reports.filter((r) => r.value === null || r.value === undefined).length;
  return (
    <LightMessageBar messageBarType={MessageBarType.info} isMultiline className="ik-imported">
      <p className="ik-flagged__title">{s.importedTitle(statuses, props.reports.length - statuses, importers.join('; '))} {s.importedWhy}</p>
    </LightMessageBar>
  );
}

/** The tag an imported report carries where reports are listed one by one (a measure's history). */
export function ImportedTag(): React.ReactElement {
  const { env } = useApp();
  const s = flaggedStrings[env.locale];
  return <span className="ik-tag ik-tag--info" title={s.importedWhy}>{s.importedTag}</span>;
}

/** The tag a report that does not count carries where reports are listed one by one (a measure's history). */
export function FlaggedTag(): React.ReactElement {
  const { env } = useApp();
  const s = flaggedStrings[env.locale];
  return <span className="ik-tag ik-tag--warning" title={s.why}>{s.tag}</span>;
}
