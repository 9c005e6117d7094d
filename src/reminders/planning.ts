/**
 * Reminder planning: given today's date, the plans, periods, measures, chapters, roles, reports and the
 * ledger, which requests are due to whom, grouped into one digest per recipient, and what the coordinator
 * must sort out instead. Pure: no I/O and no clock (only `input.today`, a Europe/Stockholm date).
 *
 * The due rule, exactly:
 * - Work is a pair (subject, period) (src/model/requests.ts): the period is 'open', its plan is 'decided'
 *   or 'followUp' (not 'draft', not 'closed'), and the subject is asked in it (`askedIn`): a measure,
 *   activity, control step, assignment or indicator of that plan that is not closed, in every open
 *   period; a security-area chapter of that plan only in its own period. The pair is answered, and gets
 *   nothing, when any status report exists for (subject, period), whatever its colour or value, or when
 *   the chapter is 'submitted' or 'approved' (`answersOf`); a chapter 'returned' to its owner is asked again.
 * - The plan's stages (`stagesByPlan.get(planKey) ?? defaultStages`) are ONE list ordered by offsetDays
 *   (holder and manager stages alike). Stage i goes out on day_i = workingDayOnOrBefore(deadline + offset_i),
 *   so a day off moves it to the working day before.
 * - Stage i is due today iff day_i ≤ today and (i is the last stage or today < day_i+1). So at most one
 *   stage is due per (subject, period) at a time; a stage whose day passed without a run stays due until
 *   the next stage's day; when two stages land on the same day the later one supersedes the earlier; the
 *   last stage (by default the escalation at +7) stays due for as long as the pair is unanswered.
 * - Audience 'holder': every holder (reason 'holder') and every delegate (reason 'delegate') of every
 *   responsible role of the subject (a measure's `responsibleRoles`, lead first; a chapter's area owner
 *   role), each person once per subject by UPN; someone who holds one role and stands in for another is
 *   a 'holder'. Audience 'manager': the manager (from `input.managers`) of the lead role's holder, or, when
 *   the lead role has no holder, of the first role in order that has one (reason 'manager', `about` that holder).
 * - A due reminder whose ledger key has a 'sent' entry is left out; 'pending'/'failed' stay due (resume).
 *   The key (`subjectKey|periodKey|stage|upn`) names the recipient, so a new holder of a role is reminded
 *   even if the old one was.
 * - Problems instead of silence, at every stage: no role of the subject has a holder or a delegate (or it
 *   has no role, or names roles that do not exist) → one 'noHolder' (on the lead role key, null without
 *   roles); otherwise each role without a holder → 'roleWithoutHolder' with its key (its delegate and the
 *   other roles' people are still reminded); a disabled holder, delegate or manager → 'disabledAccount'
 *   (nobody disabled is reminded; the others are as usual); the escalation's manager null or not looked
 *   up → 'noManager'. Problems are reported on every run while their stage is due, whatever the ledger says.
 */
import { PlanningInput, PlanningResult, Problem } from './types';
import { buildDigests, compareText, PlannedReminder, sortPlanned } from './planning/digests';
import { ledgerKey, sentLedgerKeys } from './planning/ledger';
import { holderOutcome, managerOutcome, Recipient } from './planning/recipients';
import { DueWork, dueWork, escalationHolder, WorkInput } from './planning/work';

export { ledgerKey } from './planning/ledger';
export { parseStageConfig } from './planning/stageConfig';
export type { StageConfigResult } from './planning/stageConfig';
export type { WorkInput } from './planning/work';

function toDue(work: DueWork, recipient: Recipient): PlannedReminder {
  const { subject, period, due } = work;
  return {
    offsetDays: due.stage.offsetDays,
    reminder: {
      planKey: work.plan.key, periodKey: period.key, measureKey: subject.key, requestType: subject.type, stage: due.stage.id,
      recipient: recipient.person, reason: recipient.reason, about: recipient.about, deadline: period.deadline,
      ledgerKey: ledgerKey(subject.key, period.key, due.stage.id, recipient.person.upn)
    }
  };
}

function compareProblems(a: Problem, b: Problem): number {
  return compareText(a.planKey, b.planKey) || compareText(a.periodKey, b.periodKey) || compareText(a.measureKey, b.measureKey)
    || compareText(a.kind, b.kind) || compareText(a.roleKey ?? '', b.roleKey ?? '') || compareText(a.upn ?? '', b.upn ?? '');
}

/** The reminders due today, one digest per recipient, and the problems for the coordinator. */
export function planReminders(input: PlanningInput): PlanningResult {
  const sent = sentLedgerKeys(input.ledger);
  const planned: PlannedReminder[] = [];
  const problems: Problem[] = [];
  for (const work of dueWork(input)) {
    const outcome = work.due.stage.audience === 'manager' ? managerOutcome(work, input) : holderOutcome(work, input);
    problems.push(...outcome.problems);
    for (const recipient of outcome.recipients) {
      const p = toDue(work, recipient);
      if (!sent.has(p.reminder.ledgerKey)) planned.push(p);
    }
  }
  const sorted = sortPlanned(planned);
  return { due: sorted.map((p) => p.reminder), digests: buildDigests(sorted), problems: problems.sort(compareProblems) };
}

/**
 * Lower-case UPNs of the lead holders whose subjects have an escalation due today, sorted and unique: the
 * runner looks their managers up in Graph (`$batch`) first and passes them to `planReminders`. Holders
 * already escalated are included too, because the ledger key needs the manager's UPN to tell.
 */
export function managerLookupsNeeded(input: WorkInput): string[] {
  const upns = new Set<string>();
  for (const work of dueWork(input)) {
    const lead = escalationHolder(work);
    if (work.due.stage.audience === 'manager' && lead) upns.add(lead.holder.upn.toLowerCase());
  }
  return Array.from(upns).sort(compareText);
}
