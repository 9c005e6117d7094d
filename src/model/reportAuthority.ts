/**
 * Who may answer for a measure, and whether a report's writer did. SharePoint names a report's writer itself
 * (Created By, `reportedBy`): the client cannot choose it. The reports list lets every responsible person add
 * reports, for any measure, because SharePoint cannot tell a measure's roles apart; this is the product's half
 * of the rule (SECURITY.md, "a report counts only from the measure's holder or delegate"): a report written by
 * someone who, at the moment of writing, held neither one of the measure's roles nor its delegation does not
 * count. It answers no request, colours no status, is left out of board papers, and every view says so.
 *
 * "At that moment" comes from the role's tenures (`Role.tenures`), which saving a role and changing its holder
 * add to; a role without tenures has had its current holder and delegate all along.
 *
 * One exception, named as such: what an import brought in. A plan imported from a file arrives with its
 * statuses and values in periods of their own, written by the coordinator who imported it (the period records
 * who, `FollowUpPeriod.importedBy`, and only coordinators can write periods). Those reports are the file's
 * history: they count in the plan's views, tagged as imported, and, like any report not written by the
 * responsible person, are left out of board papers.
 */
import { responsibleRoles } from './planKinds';
import { FollowUpPeriod, IsoDateTime, Measure, Role, RoleTenure, StatusReport } from './types';

const lower = (upn: string | null | undefined): string | null => (upn ? upn.trim().toLowerCase() : null);

/** The role's holder and delegate at `at` (UPNs, lower case). */
export function responsibleAt(role: Role, at: IsoDateTime): { holder: string | null; delegate: string | null } {
  // Tenures are a JSON column: an entry edited by hand into something else is passed over.
  const tenures = (role.tenures ?? []).filter((t) => t && typeof t.from === 'string');
  if (tenures.length === 0) return { holder: lower(role.holder?.upn), delegate: lower(role.delegate?.upn) };
  // The latest start at or before `at`, whatever order they were recorded in; before every start, the first.
  let found: RoleTenure = tenures.reduce((a, b) => (b.from < a.from ? b : a));
  for (const tenure of tenures) if (tenure.from <= at && tenure.from >= found.from) found = tenure;
  return { holder: lower(found.holder), delegate: lower(found.delegate) };
}

/**
 * The tenures after a change of holder or delegate at `at`: the role's earlier tenures (the one before the
 * first recorded change dated from the beginning, '') and the new one. Unchanged people add nothing.
 */
export function tenuresAfter(before: Role | null, after: Pick<Role, 'holder' | 'delegate'>, at: IsoDateTime): RoleTenure[] {
  const next: RoleTenure = { from: at, holder: lower(after.holder?.upn), delegate: lower(after.delegate?.upn) };
  if (!before) return [next];
  const earlier = before.tenures && before.tenures.length > 0 ? before.tenures
    : [{ from: '', holder: lower(before.holder?.upn), delegate: lower(before.delegate?.upn) }];
  const last = earlier[earlier.length - 1];
  if (last.holder === next.holder && last.delegate === next.delegate) return earlier;
  return [...earlier, next];
}

export type ReportStanding = 'responsible' | 'imported' | 'notResponsible';

/**
 * Whether the report's writer held, or stood in for, one of the measure's roles when writing it. A report
 * whose writer is not known (never so from SharePoint, which always names one) is judged by what it says, and so
 * is a report on a measure without any responsible role. `importers`: the import periods' importers by period key
 * (importersOf); a report by its period's importer that is not otherwise the responsible person's is `imported`.
 */
export function reportStanding(report: StatusReport, measure: Measure | undefined, roles: ReadonlyMap<string, Role>,
  importers: ReadonlyMap<string, string> = new Map()): ReportStanding {
  const writer = lower(report.reportedBy?.upn);
  if (writer === null) return 'responsible';
  const standing = responsibleStanding(writer, report, measure, roles);
  return standing === 'notResponsible' && measure && importers.get(report.periodKey) === writer ? 'imported' : standing;
}

function responsibleStanding(writer: string, report: StatusReport, measure: Measure | undefined, roles: ReadonlyMap<string, Role>): ReportStanding {
  if (!measure) return 'notResponsible';
  // A measure no role answers for has nobody to judge its reports by: the views name it as without a responsible,
  // and its reports (the coordinator's, as a rule) count.
  const keys = responsibleRoles(measure);
  if (keys.length === 0) return 'responsible';
  for (const key of keys) {
    const role = roles.get(key);
    if (!role) continue;
    const { holder, delegate } = responsibleAt(role, report.reportedAt);
    if (writer === holder || writer === delegate) return 'responsible';
  }
  return 'notResponsible';
}

/** The import periods' importers (lower-case UPNs) by period key. */
export function importersOf(periods: readonly FollowUpPeriod[]): Map<string, string> {
  const importers = new Map<string, string>();
  for (const period of periods) {
    const importer = lower(period.importedBy);
    if (importer) importers.set(period.key, importer);
  }
  return importers;
}

export interface SortedReports {
  /** The responsible people's reports: they count everywhere (statuses, answers, reminders, board papers). */
  accepted: StatusReport[];
  /** An import's history, by the coordinator who imported it: counts in the plan's views, tagged; not in board papers. */
  imported: StatusReport[];
  /** The reports written by someone who did not answer for the measure then, newest first: shown, never counted. */
  flagged: StatusReport[];
}

/**
 * Splits reports into the responsible people's, an import's and those that are flagged. `periods`: the periods
 * the reports may be in, for the imports' (without them no report is taken as imported).
 */
export function sortReports(reports: readonly StatusReport[], measures: ReadonlyMap<string, Measure> | readonly Measure[],
  roles: ReadonlyMap<string, Role> | readonly Role[], periods: readonly FollowUpPeriod[] = []): SortedReports {
  const measureByKey = measures instanceof Map ? measures : new Map((measures as readonly Measure[]).map((m) => [m.key, m]));
  const roleByKey = roles instanceof Map ? roles : new Map((roles as readonly Role[]).map((r) => [r.key, r]));
  const importers = importersOf(periods);
  const sorted: SortedReports = { accepted: [], imported: [], flagged: [] };
  const into: Record<ReportStanding, StatusReport[]> = { responsible: sorted.accepted, imported: sorted.imported, notResponsible: sorted.flagged };
  for (const report of reports) into[reportStanding(report, measureByKey.get(report.measureKey), roleByKey, importers)].push(report);
  sorted.flagged.sort((a, b) => b.reportedAt.localeCompare(a.reportedAt));
  return sorted;
}

/**
 * The reports as a plan's views use them (not board papers): `counted`, the responsible people's reports and an
 * import's history; `imported`, that history, which the views name; `flagged`, those that do not count.
 */
export function reportsForViews(reports: readonly StatusReport[], measures: ReadonlyMap<string, Measure> | readonly Measure[],
  roles: ReadonlyMap<string, Role> | readonly Role[], periods: readonly FollowUpPeriod[]): { counted: StatusReport[]; imported: StatusReport[]; flagged: StatusReport[] } {
  const { accepted, imported, flagged } = sortReports(reports, measures, roles, periods);
  return { counted: imported.length ? [...accepted, ...imported] : accepted, imported, flagged };
}
