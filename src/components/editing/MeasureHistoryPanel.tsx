/**
 * A measure's history, in two parts. Its status: every report in every period, newest first, corrections
 * marked, with who wrote it (SharePoint's Created By) and when, and reports that do not count tagged as such
 * (reportAuthority.ts). Its changes: SharePoint's own versions of the measure (itemHistory.ts), each with who
 * changed what and when, from what to what. Nothing is ever overwritten without a trace.
 */
import * as React from 'react';
import { Panel, PanelType, Spinner, SpinnerSize } from '@fluentui/react';
import type { FieldChange } from '../../data/itemHistory';
import { formatInstant } from '../../model/calendar';
import { orderPeriods } from '../../model/followUp';
import { measureKinds } from '../../model/planKinds';
import { FollowUpPeriod, Measure, Role, StatusReport } from '../../model/types';
import { useApp } from '../app/AppContext';
import { useAsync } from '../app/useAsync';
import { failureText } from '../i18n/failureText';
import { FlaggedTag, ImportedTag } from '../shared/FlaggedReports';
import { StatusBadge } from '../shared/StatusBadge';
import { useEditingStrings } from './useEditingStrings';

export function MeasureHistoryPanel(props: { measure: Measure; periods: FollowUpPeriod[]; reports: StatusReport[]; flagged?: StatusReport[];
  /** Which of `reports` are an import's history (tagged as such). */
  imported?: StatusReport[];
  roles?: ReadonlyMap<string, Role>; onDismiss: () => void }): React.ReactElement {
  const { env, store } = useApp();
  const s = useEditingStrings().history;
  const flagged = new Set((props.flagged ?? []).map((r) => r.key));
  const imported = new Set((props.imported ?? []).map((r) => r.key));
  const mine = [...props.reports, ...(props.flagged ?? [])].filter((r) => r.measureKey === props.measure.key);
  const when = (iso: string): string => formatInstant(iso, env.locale);
  const periods = orderPeriods(props.periods).reverse().filter((p) => mine.some((r) => r.periodKey === p.key));
  const id = props.measure.id;
  const versions = useAsync(async () => (id === undefined ? [] : store.measures.history(id)), [store, id]);
  // A value in words: the role's title for a role key, Yes/No, the kind's name; anything else as SharePoint holds it.
  const shown = (change: FieldChange, value: string): string => {
    if (value === '') return s.empty;
    if (change.property === 'roleKey' || change.property === 'roleKeys') {
      return value.split('; ').map((key) => props.roles?.get(key)?.title ?? key).join(', ');
    }
    if (change.property === 'measureKind' && value in measureKinds) return measureKinds[value as Measure['measureKind']].label[env.locale].one;
    if (value === 'true') return s.yes;
    if (value === 'false') return s.no;
    return value;
  };
  return (
    <Panel isOpen type={PanelType.medium} headerText={`${s.title}: ${props.measure.title}`} onDismiss={props.onDismiss} closeButtonAriaLabel={s.close}>
      <h2 className="ik-card__subtitle">{s.statusTitle}</h2>
      {mine.length === 0 && <p>{s.none}</p>}
      {periods.map((period) => {
        const reports = mine.filter((r) => r.periodKey === period.key).sort((a, b) => b.reportedAt.localeCompare(a.reportedAt));
        const counted = reports.filter((r) => !flagged.has(r.key));
        return (
          <section key={period.key} className="ik-history">
            <h3 className="ik-card__subtitle">{period.title}</h3>
            <ol className="ik-history__list">
              {reports.map((r) => (
                <li key={r.key} className={flagged.has(r.key) || counted[0] !== r ? 'ik-history--superseded' : undefined} data-report-key={r.key}>
                  <StatusBadge status={r.status} />
                  {flagged.has(r.key) ? <FlaggedTag /> : counted.indexOf(r) < counted.length - 1 && <span className="ik-tag">{s.correction}</span>}
                  {imported.has(r.key) && <>{' '}<ImportedTag /></>}
                  <div className="ik-comment">{r.comment}</div>
                  <div className="ik-cell-meta">{s.by(r.reportedBy?.displayName ?? '–', when(r.reportedAt))}</div>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
      <section className="ik-history ik-history--changes" aria-labelledby="ik-history-changes">
        <h2 id="ik-history-changes" className="ik-card__subtitle">{s.changesTitle}</h2>
        {versions.loading && <Spinner size={SpinnerSize.small} label={s.loading} />}
        {versions.error && <p className="ik-error">{s.failed} {failureText(versions.error, env.locale)}</p>}
        {versions.data && versions.data.every((v) => v.changes.length === 0) && <p>{s.changesNone}</p>}
        {versions.data && (
          <ol className="ik-history__list">
            {versions.data.map((version) => (
              <li key={version.label} data-version={version.label}>
                <div className="ik-cell-meta">
                  {version.changes.length === 0 ? `${version.created ? s.created : s.oldestKept} · ` : ''}{s.changedBy(version.editor || '–', when(version.at))}
                </div>
                {version.changes.length > 0 && (
                  <ul className="ik-history__changes">
                    {version.changes.map((change) => (
                      <li key={change.property}>
                        <span className="ik-history__field">{s.fields[change.property] ?? change.label}:</span>{' '}
                        <del>{shown(change, change.from)}</del> → <ins>{shown(change, change.to)}</ins>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </Panel>
  );
}
