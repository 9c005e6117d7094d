/**
 * Who gets a due (subject, period) and what the coordinator must sort out instead: every holder and
 * every delegate of every responsible role for the holder stages (once each), the lead holder's manager
 * for an escalation, and problems for roles nobody holds, missing managers and disabled accounts.
 */
import { PersonRef } from '../../model/types';
import { DueReminder, PlanningInput, Problem, ProblemKind } from '../types';
import { DueWork, escalationHolder } from './work';

export interface Recipient {
  person: PersonRef;
  reason: DueReminder['reason'];
  about: PersonRef | null;
  /** The role that made them a recipient (for a manager: the role of the holder they manage). */
  roleKey: string;
}

export interface Outcome {
  recipients: Recipient[];
  problems: Problem[];
}

type People = Pick<PlanningInput, 'managers' | 'disabled'>;

function problem(kind: ProblemKind, work: DueWork, roleKey: string | null, upn: string | null): Problem {
  return {
    kind, planKey: work.plan.key, periodKey: work.period.key, measureKey: work.subject.key,
    roleKey, upn: upn === null ? null : upn.toLowerCase()
  };
}

function leadKey(work: DueWork): string | null {
  return work.roles[0]?.key ?? null;
}

function isDisabled(people: People, person: PersonRef): boolean {
  return people.disabled.has(person.upn.toLowerCase());
}

/** Adds the person as a recipient, or a problem when their account is disabled (a message would bounce). */
function addRecipient(out: Outcome, work: DueWork, people: People, recipient: Recipient): void {
  if (isDisabled(people, recipient.person)) out.problems.push(problem('disabledAccount', work, recipient.roleKey, recipient.person.upn));
  else out.recipients.push(recipient);
}

/**
 * Nobody to ask at all → one `noHolder` (on the lead role, or null without roles); otherwise each role
 * without a holder → `roleWithoutHolder`, while the others' holders and delegates are still asked.
 */
function roleProblems(work: DueWork): Problem[] {
  const staffed = work.roles.some((r) => r.role?.holder || r.role?.delegate);
  if (!staffed) return [problem('noHolder', work, leadKey(work), null)];
  return work.roles.filter((r) => !r.role?.holder).map((r) => problem('roleWithoutHolder', work, r.key, null));
}

/** Every holder, then every delegate, of every role: one entry per person (by UPN), a holder's reason winning. */
function holdersAndDelegates(work: DueWork): Recipient[] {
  const byUpn = new Map<string, Recipient>();
  const add = (person: PersonRef | null | undefined, reason: 'holder' | 'delegate', roleKey: string): void => {
    if (person && !byUpn.has(person.upn.toLowerCase())) byUpn.set(person.upn.toLowerCase(), { person, reason, about: null, roleKey });
  };
  for (const r of work.roles) add(r.role?.holder, 'holder', r.key);
  // A delegate stands in for the holder, so they are reminded even when the holder cannot be.
  for (const r of work.roles) add(r.role?.delegate, 'delegate', r.key);
  return [...byUpn.values()];
}

export function holderOutcome(work: DueWork, people: People): Outcome {
  const out: Outcome = { recipients: [], problems: roleProblems(work) };
  for (const recipient of holdersAndDelegates(work)) addRecipient(out, work, people, recipient);
  return out;
}

export function managerOutcome(work: DueWork, people: People): Outcome {
  const out: Outcome = { recipients: [], problems: roleProblems(work) };
  const lead = escalationHolder(work);
  // No role has a holder: roleProblems already says so, and there is nobody whose manager to ask.
  if (!lead) return out;
  const { holder, roleKey } = lead;
  // A disabled holder is reported, and escalating to their manager is then all the more needed.
  if (isDisabled(people, holder)) out.problems.push(problem('disabledAccount', work, roleKey, holder.upn));
  // Absent from the map (not looked up) and null (has none) both leave the escalation without a recipient.
  const manager = people.managers.get(holder.upn.toLowerCase());
  if (manager) addRecipient(out, work, people, { person: manager, reason: 'manager', about: holder, roleKey });
  else out.problems.push(problem('noManager', work, roleKey, holder.upn));
  return out;
}
