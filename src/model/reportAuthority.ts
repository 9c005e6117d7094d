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
 */
import { responsibleRoles } from './planKinds';
import { IsoDateTime, Measure, Role, RoleTenure, StatusReport } from './types';

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

export type ReportStanding = 'responsible' | 'notResponsible';

/**
 * Whether the report's writer held, or stood in for, one of the measure's roles when writing it. A report
 * whose writer is not known (never so from SharePoint, which always names one) is judged by what it says, and so
 * is a report on a measure without any responsible role.
 */
export function reportStanding(report: StatusReport, measure: Measure | undefined, roles: ReadonlyMap<string, Role>): ReportStanding {
  const writer = lower(report.reportedBy?.upn);
  if (writer === null) return 'responsible';
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

export interface SortedReports {
  /** The reports that count: statuses, answers, papers. */
  accepted: StatusReport[];
  /** The reports written by someone who did not answer for the measure then, newest first: shown, never counted. */
  flagged: StatusReport[];
}

/** Splits reports into those that count and those that are flagged. */
export function sortReports(reports: readonly StatusReport[], measures: ReadonlyMap<string, Measure> | readonly Measure[],
  roles: ReadonlyMap<string, Role> | readonly Role[]): SortedReports {
  const measureByKey = measures instanceof Map ? measures : new Map((measures as readonly Measure[]).map((m) => [m.key, m]));
  const roleByKey = roles instanceof Map ? roles : new Map((roles as readonly Role[]).map((r) => [r.key, r]));
  const accepted: StatusReport[] = [];
  const flagged: StatusReport[] = [];
  for (const report of reports) {
    (reportStanding(report, measureByKey.get(report.measureKey), roleByKey) === 'responsible' ? accepted : flagged).push(report);
  }
  flagged.sort((a, b) => b.reportedAt.localeCompare(a.reportedAt));
  return { accepted, flagged };
}
