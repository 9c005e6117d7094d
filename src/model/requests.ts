/**
 * What a follow-up asks of whom, for every plan kind on one rule: a *subject* is something answered per
 * period (a measure, activity, assignment or indicator in every open period of its plan; a security-area
 * chapter in its one period), held by one or more responsible roles. The Teams tab, the reminders and the
 * overviews all work on subjects, so a new kind of request is a new subject source, not a new code path.
 * Pure: no I/O.
 */
import { chapterAnswered } from './chapter';
import { daysBetween } from './calendar';
import { previousPeriod } from './periods';
import { RequestType, requestTypeOf, responsibleRoles } from './planKinds';
import { Chapter, FollowUpPeriod, IsoDate, Measure, PersonRef, Role, SecurityArea, StatusReport } from './types';

export interface Subject {
  /** The measure's or the chapter's key: the Teams deep link's subEntityId and the ledger's subject. */
  key: string;
  planKey: string;
  type: RequestType;
  title: string;
  /** Responsible roles, lead first. */
  roleKeys: string[];
  closed: boolean;
  /** Set for a chapter: it is asked in this period only. */
  periodKey: string | null;
  measure: Measure | null;
  chapter: Chapter | null;
}

export function measureSubject(measure: Measure): Subject {
  return {
    key: measure.key, planKey: measure.planKey, type: requestTypeOf(measure), title: measure.title, roleKeys: responsibleRoles(measure),
    closed: measure.closed, periodKey: null, measure, chapter: null
  };
}

/** A chapter is its area owner's to write; `title` is the area's name. */
export function chapterSubject(chapter: Chapter, area: SecurityArea | undefined): Subject {
  return {
    key: chapter.key, planKey: chapter.planKey, type: 'chapter', title: area?.title ?? chapter.areaKey,
    roleKeys: area?.ownerRoleKey ? [area.ownerRoleKey] : [], closed: false, periodKey: chapter.periodKey, measure: null, chapter
  };
}

export function subjectsOf(measures: readonly Measure[], chapters: readonly Chapter[] = [], areas: readonly SecurityArea[] = []): Subject[] {
  const byArea = new Map(areas.map((a) => [a.key, a]));
  return [...measures.map(measureSubject), ...chapters.map((c) => chapterSubject(c, byArea.get(c.areaKey)))];
}

/** Whether the subject is asked in the period at all. */
export function askedIn(subject: Subject, period: FollowUpPeriod): boolean {
  return !subject.closed && subject.planKey === period.planKey && (subject.periodKey === null || subject.periodKey === period.key);
}

/** Who answered and when: the latest status report, or the chapter's submission. */
export interface Answer {
  by: PersonRef | null;
  at: string | null;
  report: StatusReport | null;
}

/** `subjectKey|periodKey` → its answer (the latest report counts; a chapter counts once submitted or approved). */
export function answersOf(reports: readonly StatusReport[], chapters: readonly Chapter[] = []): Map<string, Answer> {
  const out = new Map<string, Answer>();
  for (const report of reports) {
    const id = `${report.measureKey}|${report.periodKey}`;
    const current = out.get(id);
    if (!current || (current.at ?? '') < report.reportedAt) out.set(id, { by: report.reportedBy, at: report.reportedAt, report });
  }
  for (const chapter of chapters) {
    if (chapterAnswered(chapter.state)) out.set(`${chapter.key}|${chapter.periodKey}`, { by: chapter.submittedBy, at: chapter.submittedAt, report: null });
  }
  return out;
}

/** The roles a person answers for: those they hold and those they are delegate for. */
export function rolesOfPerson(roles: readonly Role[], upn: string): Role[] {
  const me = upn.toLowerCase();
  return roles.filter((r) => r.holder?.upn.toLowerCase() === me || r.delegate?.upn.toLowerCase() === me);
}

export type OpenState = 'open' | 'late';

export interface Request {
  subject: Subject;
  period: FollowUpPeriod;
  state: OpenState;
  daysLeft: number;
  /** The previous period's latest report (status requests and indicators). */
  previous: StatusReport | null;
}

/**
 * A person's unanswered requests across open periods, overdue first, then by deadline and title. Any
 * holder or delegate of any of a subject's roles is asked; once one of them answers, it leaves everyone's list.
 */
export function openRequestsFor(upn: string, roles: readonly Role[], subjects: readonly Subject[], periods: readonly FollowUpPeriod[],
  reports: readonly StatusReport[], chapters: readonly Chapter[], today: IsoDate): Request[] {
  const mine = new Set(rolesOfPerson(roles, upn).map((r) => r.key));
  const answers = answersOf(reports, chapters);
  const out: Request[] = [];
  for (const period of periods) {
    if (period.state !== 'open') continue;
    const before = previousPeriod(periods.filter((p) => p.planKey === period.planKey), period.key);
    for (const subject of subjects) {
      if (!askedIn(subject, period) || !subject.roleKeys.some((k) => mine.has(k))) continue;
      if (answers.has(`${subject.key}|${period.key}`)) continue;
      const daysLeft = daysBetween(today, period.deadline);
      out.push({ subject, period, state: daysLeft < 0 ? 'late' : 'open', daysLeft,
        previous: before ? answers.get(`${subject.key}|${before.key}`)?.report ?? null : null });
    }
  }
  return out.sort((a, b) => (a.state === b.state ? 0 : a.state === 'late' ? -1 : 1) || a.daysLeft - b.daysLeft
    || a.subject.title.localeCompare(b.subject.title, 'sv'));
}
