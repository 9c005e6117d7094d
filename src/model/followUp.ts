/**
 * Follow-up rules: which report is a measure's current status in a period, how a period stands
 * (answered, unanswered, late per responsible), and which status requests are open for a person.
 */
import { orderPeriods } from './periods';
import { answersOf, askedIn, measureSubject, openRequestsFor, rolesOfPerson, subjectsOf } from './requests';
import { Chapter, FollowUpPeriod, IsoDate, Measure, Role, SecurityArea, StatusColour, StatusReport } from './types';

export { orderPeriods, previousPeriod } from './periods';

/** The latest report per measure within one period (corrections are later reports; the last one counts). */
export function latestReports(reports: readonly StatusReport[], periodKey: string): Map<string, StatusReport> {
  const latest = new Map<string, StatusReport>();
  for (const report of reports) {
    if (report.periodKey !== periodKey) continue;
    const current = latest.get(report.measureKey);
    if (!current || report.reportedAt > current.reportedAt) latest.set(report.measureKey, report);
  }
  return latest;
}

/** The period a coordinator works on today: the open one with the nearest deadline, else the last passed. */
export function currentPeriod(periods: readonly FollowUpPeriod[], today: IsoDate): FollowUpPeriod | null {
  const ordered = orderPeriods(periods);
  const open = ordered.filter((p) => p.state === 'open');
  const upcoming = open.filter((p) => p.deadline >= today);
  if (upcoming.length) return upcoming[0];
  if (open.length) return open[open.length - 1];
  const passed = ordered.filter((p) => p.deadline < today);
  return passed.length ? passed[passed.length - 1] : ordered[0] ?? null;
}

export type RequestState = 'answered' | 'open' | 'late';

export function requestState(answered: boolean, deadline: IsoDate, today: IsoDate): RequestState {
  if (answered) return 'answered';
  return today > deadline ? 'late' : 'open';
}

export interface ResponsibleTally {
  roleKey: string | null;
  answered: number;
  unanswered: number;
  late: number;
}

export interface PeriodOverview {
  periodKey: string;
  total: number;
  answered: number;
  unanswered: number;
  late: number;
  /** Share answered, 0–1 (1 when there is nothing to answer). */
  shareAnswered: number;
  byRole: ResponsibleTally[];
  statusCounts: Record<StatusColour, number>;
}

/**
 * How a period stands: counts overall and per responsible (lead) role, worst first, over every subject
 * the period asks for — measures, activities, indicators, and a security report's chapters.
 */
export function periodOverview(period: FollowUpPeriod, measures: readonly Measure[], reports: readonly StatusReport[],
  today: IsoDate, chapters: readonly Chapter[] = [], areas: readonly SecurityArea[] = []): PeriodOverview {
  const answers = answersOf(reports.filter((r) => r.periodKey === period.key), chapters);
  const byRole = new Map<string | null, ResponsibleTally>();
  const statusCounts: Record<StatusColour, number> = { green: 0, yellow: 0, red: 0 };
  let answered = 0, late = 0;
  const asked = subjectsOf(measures, chapters, areas).filter((s) => askedIn(s, period));
  for (const subject of asked) {
    const answer = answers.get(`${subject.key}|${period.key}`);
    const state = requestState(Boolean(answer), period.deadline, today);
    const roleKey = subject.roleKeys[0] ?? null;
    const tally = byRole.get(roleKey) ?? { roleKey, answered: 0, unanswered: 0, late: 0 };
    if (answer) {
      answered++; tally.answered++;
      // An indicator's value has no stored colour unless set by hand; its fulfilment is computed where shown.
      if (answer.report?.status) statusCounts[answer.report.status]++;
    } else {
      tally.unanswered++;
      if (state === 'late') { late++; tally.late++; }
    }
    byRole.set(roleKey, tally);
  }
  const total = asked.length;
  return {
    periodKey: period.key, total, answered, unanswered: total - answered, late,
    shareAnswered: total === 0 ? 1 : answered / total,
    byRole: [...byRole.values()].sort((a, b) => b.late - a.late || b.unanswered - a.unanswered),
    statusCounts
  };
}

/** The roles a person answers for: those they hold and those they are delegate for. */
export const rolesOf = (roles: readonly Role[], upn: string): Role[] => rolesOfPerson(roles, upn);

export interface OpenRequest {
  measure: Measure;
  period: FollowUpPeriod;
  state: Exclude<RequestState, 'answered'>;
  daysLeft: number;
  previous: StatusReport | null;
}

/** A person's unanswered measure requests across open periods, overdue first (requests.ts has every kind). */
export function openRequests(upn: string, roles: readonly Role[], measures: readonly Measure[],
  periods: readonly FollowUpPeriod[], reports: readonly StatusReport[], today: IsoDate): OpenRequest[] {
  return openRequestsFor(upn, roles, measures.map(measureSubject), periods, reports, [], today)
    .map((r) => ({ measure: r.subject.measure as Measure, period: r.period, state: r.state, daysLeft: r.daysLeft, previous: r.previous }));
}
