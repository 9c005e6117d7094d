/**
 * What the coordinators are told after a run, in the names they know: planning's problems grouped by what fixes
 * them (one notice per role without a holder, per person without a manager, per disabled account, each listing
 * the subjects it touches), the Graph permissions the service lacked, the recipients whose reminders failed for
 * good, the settings that could not be read and the publications nobody could be told of. Pure.
 */
import type { PublicationProblem } from '../board/announce';
import { Role } from '../model/types';
import { CoordinatorNotice, MissingPermission, NoticeSubject, Problem } from './types';

/** How much of Graph's error text a notice shows. */
const ERROR_SHOWN = 300;

/** The names a notice needs, looked up by key (subjects, plans, roles) or lower-case UPN (people). */
export interface NoticeNames {
  subject(key: string): string;
  plan(key: string): string;
  role(key: string): string;
  person(upn: string): string;
}

/** A recipient whose reminders failed for good in this run (a 400, a person Teams and mail both refused). */
export interface Undelivered {
  upn: string;
  subjects: number;
  error: string;
}

export interface ReminderNoticeInput {
  problems: readonly Problem[];
  missing: readonly MissingPermission[];
  /** Reminders not sent because of each missing permission, by its `use`. */
  held: ReadonlyMap<string, number>;
  undelivered: readonly Undelivered[];
  settingProblems: readonly string[];
}

/** The names from what a run read: subjects and plans by key, roles' titles, and people from the roles and the directory. */
export function noticeNames(sources: { subjects: Map<string, string>; plans: Map<string, string>; roles: readonly Role[]; people: Map<string, string> }): NoticeNames {
  const roles = new Map(sources.roles.map((r) => [r.key, r.title]));
  const people = new Map(sources.people);
  for (const role of sources.roles) {
    for (const p of [role.holder, role.delegate]) if (p && !people.has(p.upn.toLowerCase())) people.set(p.upn.toLowerCase(), p.displayName);
  }
  return {
    subject: (key) => sources.subjects.get(key) ?? key,
    plan: (key) => sources.plans.get(key) ?? key,
    role: (key) => roles.get(key) ?? key,
    person: (upn) => people.get(upn.toLowerCase()) ?? upn
  };
}

/** Notices of one kind grouped by what fixes them, each with the subjects it touches (once each, in problem order). */
function grouped(problems: readonly Problem[], kind: Problem['kind'], by: (p: Problem) => string | null, names: NoticeNames):
  Array<{ key: string | null; subjects: NoticeSubject[] }> {
  const groups = new Map<string, { key: string | null; subjects: NoticeSubject[]; seen: Set<string> }>();
  for (const p of problems) {
    if (p.kind !== kind) continue;
    const key = by(p);
    const group = groups.get(key ?? '') ?? { key, subjects: [], seen: new Set<string>() };
    groups.set(key ?? '', group);
    if (group.seen.has(p.measureKey)) continue;
    group.seen.add(p.measureKey);
    group.subjects.push({ title: names.subject(p.measureKey), plan: names.plan(p.planKey) });
  }
  return [...groups.values()].map(({ key, subjects }) => ({ key, subjects }));
}

export function reminderNotices(input: ReminderNoticeInput, names: NoticeNames): CoordinatorNotice[] {
  const notices: CoordinatorNotice[] = input.missing.map((m) => ({ kind: 'missingPermission', permission: m.permission, use: m.use, held: input.held.get(m.use) ?? 0 }));
  // Graph's own words, cut to what a reader needs: the rest is in the run's output.
  for (const u of input.undelivered) {
    notices.push({ kind: 'undelivered', person: names.person(u.upn), subjects: u.subjects, error: u.error.length > ERROR_SHOWN ? `${u.error.slice(0, ERROR_SHOWN - 1)}…` : u.error });
  }
  for (const kind of ['noHolder', 'roleWithoutHolder'] as const) {
    for (const g of grouped(input.problems, kind, (p) => p.roleKey, names)) notices.push({ kind, role: g.key === null ? null : names.role(g.key), subjects: g.subjects });
  }
  for (const kind of ['noManager', 'disabledAccount'] as const) {
    for (const g of grouped(input.problems, kind, (p) => p.upn, names)) notices.push({ kind, person: names.person(g.key ?? ''), subjects: g.subjects });
  }
  for (const detail of input.settingProblems) notices.push({ kind: 'setting', detail });
  return notices;
}

/** A publication nobody could be told of, once per board and problem. */
export function publicationNotices(problems: readonly PublicationProblem[], roleTitle: (key: string) => string): CoordinatorNotice[] {
  const notices: CoordinatorNotice[] = [];
  const seen = new Set<string>();
  for (const p of problems) {
    const id = `${p.kind}|${p.board.toLowerCase()}|${p.roleKey ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    notices.push({ kind: 'publication', problem: p.kind, board: p.board, role: p.roleKey === null ? null : roleTitle(p.roleKey) });
  }
  return notices;
}

/**
 * What makes two runs' notices the same problems: kinds and names, not counts that move as reminders are sent or
 * error texts that carry request ids. The problem digest's ledger key is a fingerprint of it.
 */
export function noticeIdentity(notice: CoordinatorNotice): string {
  switch (notice.kind) {
    case 'missingPermission': return `${notice.kind}|${notice.permission}|${notice.use}`;
    case 'undelivered': return `${notice.kind}|${notice.person}`;
    case 'noHolder':
    case 'roleWithoutHolder': return `${notice.kind}|${notice.role ?? ''}|${notice.subjects.map((s) => `${s.plan}/${s.title}`).join(';')}`;
    case 'noManager':
    case 'disabledAccount': return `${notice.kind}|${notice.person}|${notice.subjects.map((s) => `${s.plan}/${s.title}`).join(';')}`;
    case 'setting': return `${notice.kind}|${notice.detail}`;
    case 'publication': return `${notice.kind}|${notice.problem}|${notice.board}|${notice.role ?? ''}`;
  }
}
