/**
 * Reminder planning: given today's date, the plans, periods, measures, roles, reports and the ledger,
 * which status requests are due to whom, grouped into one digest per recipient, and what the coordinator
 * must sort out instead. Pure: no I/O and no clock (only `input.today`, a Europe/Stockholm date).
 *
 * The due rule, exactly:
 * - Work is a pair (measure, period) where the period is 'open', its plan is 'decided' or 'followUp'
 *   (not 'draft', not 'closed'), the measure belongs to that plan and is not closed, and no status report
 *   exists for (measure, period). An answered pair gets nothing, whatever its colour.
 * - The plan's stages (`stagesByPlan.get(planKey) ?? defaultStages`) are ONE list ordered by offsetDays
 *   (holder and manager stages alike). Stage i goes out on day_i = workingDayOnOrBefore(deadline + offset_i),
 *   so a day off moves it to the working day before.
 * - Stage i is due today iff day_i ≤ today and (i is the last stage or today < day_i+1). So at most one
 *   stage is due per (measure, period) at a time; a stage whose day passed without a run stays due until
 *   the next stage's day; when two stages land on the same day the later one supersedes the earlier; the
 *   last stage (by default the escalation at +7) stays due for as long as the pair is unanswered.
 * - Audience 'holder': the role's holder (reason 'holder') and its delegate when set (reason 'delegate').
 *   Audience 'manager': the holder's manager from `input.managers` (reason 'manager', `about` the holder).
 * - A due reminder whose ledger key has a 'sent' entry is left out; 'pending'/'failed' stay due (resume).
 *   The key names the recipient, so a new holder of a role is reminded even if the old one was.
 * - Problems instead of silence: no role, or a role without holder → 'noHolder' (the delegate, if any,
 *   is still reminded); a disabled holder, delegate or manager → 'disabledAccount' (nobody disabled is
 *   reminded; the others are as usual); a manager null or not looked up → 'noManager'. Problems are
 *   reported on every run while their stage is due, whatever the ledger says.
 */
import { FollowUpPeriod, Measure, PersonRef, Plan, Role } from '../model/types';
import { DueReminder, PlanningInput, PlanningResult, Problem, ProblemKind, ReminderStageConfig, defaultStages } from './types';
import { buildDigests, compareText, PlannedReminder, sortPlanned } from './planning/digests';
import { ledgerKey, sentLedgerKeys } from './planning/ledger';
import { dueStage, StageDay, stageDays } from './planning/stages';

export { ledgerKey } from './planning/ledger';
export { parseStageConfig } from './planning/stageConfig';
export type { StageConfigResult } from './planning/stageConfig';

/** What planning needs before the managers are known: the runner asks for managers with this. */
export type WorkInput = Omit<PlanningInput, 'managers' | 'disabled'>;

/** An unanswered (measure, period) with the one stage due for it today. */
interface DueWork {
  plan: Plan;
  period: FollowUpPeriod;
  measure: Measure;
  role: Role | null;
  due: StageDay;
}

interface Recipient {
  person: PersonRef;
  reason: DueReminder['reason'];
  about: PersonRef | null;
}

interface Outcome {
  recipients: Recipient[];
  problems: Problem[];
}

type People = Pick<PlanningInput, 'managers' | 'disabled'>;

const ACTIVE_PLAN_STATES: ReadonlySet<Plan['state']> = new Set<Plan['state']>(['decided', 'followUp']);

function stagesOf(input: WorkInput, planKey: string): readonly ReminderStageConfig[] {
  return input.stagesByPlan?.get(planKey) ?? defaultStages;
}

function openMeasuresByPlan(measures: readonly Measure[]): Map<string, Measure[]> {
  const byPlan = new Map<string, Measure[]>();
  for (const measure of measures) {
    if (measure.closed) continue;
    const list = byPlan.get(measure.planKey);
    if (list) list.push(measure);
    else byPlan.set(measure.planKey, [measure]);
  }
  return byPlan;
}

/** Every unanswered (measure, period) that has a stage due today. */
function dueWork(input: WorkInput): DueWork[] {
  const plans = new Map(input.plans.filter((p) => ACTIVE_PLAN_STATES.has(p.state)).map((p) => [p.key, p]));
  const answered = new Set(input.reports.map((r) => `${r.measureKey}|${r.periodKey}`));
  const roles = new Map(input.roles.map((r) => [r.key, r]));
  const measuresByPlan = openMeasuresByPlan(input.measures);
  const work: DueWork[] = [];
  for (const period of input.periods) {
    const plan = plans.get(period.planKey);
    if (period.state !== 'open' || !plan) continue;
    const due = dueStage(stageDays(stagesOf(input, plan.key), period.deadline), input.today);
    if (!due) continue;
    for (const measure of measuresByPlan.get(plan.key) ?? []) {
      if (answered.has(`${measure.key}|${period.key}`)) continue;
      const role = measure.roleKey === null ? null : roles.get(measure.roleKey) ?? null;
      work.push({ plan, period, measure, role, due });
    }
  }
  return work;
}

function problem(kind: ProblemKind, work: DueWork, upn: string | null): Problem {
  return {
    kind, planKey: work.plan.key, periodKey: work.period.key, measureKey: work.measure.key,
    roleKey: work.measure.roleKey, upn: upn === null ? null : upn.toLowerCase()
  };
}

function isDisabled(people: People, person: PersonRef): boolean {
  return people.disabled.has(person.upn.toLowerCase());
}

/** Adds the person as a recipient, or a problem when their account is disabled (a message would bounce). */
function addRecipient(out: Outcome, work: DueWork, people: People, recipient: Recipient): void {
  if (isDisabled(people, recipient.person)) out.problems.push(problem('disabledAccount', work, recipient.person.upn));
  else out.recipients.push(recipient);
}

function holderOutcome(work: DueWork, people: People): Outcome {
  const out: Outcome = { recipients: [], problems: [] };
  const holder = work.role?.holder ?? null;
  const delegate = work.role?.delegate ?? null;
  if (holder) addRecipient(out, work, people, { person: holder, reason: 'holder', about: null });
  else out.problems.push(problem('noHolder', work, null));
  // The delegate stands in for the holder, so they are reminded even when the holder cannot be.
  if (delegate && delegate.upn.toLowerCase() !== holder?.upn.toLowerCase()) {
    addRecipient(out, work, people, { person: delegate, reason: 'delegate', about: null });
  }
  return out;
}

function managerOutcome(work: DueWork, people: People): Outcome {
  const out: Outcome = { recipients: [], problems: [] };
  const holder = work.role?.holder ?? null;
  if (!holder) {
    out.problems.push(problem('noHolder', work, null));
    return out;
  }
  // A disabled holder is reported, and escalating to their manager is then all the more needed.
  if (isDisabled(people, holder)) out.problems.push(problem('disabledAccount', work, holder.upn));
  // Absent from the map (not looked up) and null (has none) both leave the escalation without a recipient.
  const manager = people.managers.get(holder.upn.toLowerCase());
  if (manager) addRecipient(out, work, people, { person: manager, reason: 'manager', about: holder });
  else out.problems.push(problem('noManager', work, holder.upn));
  return out;
}

function toDue(work: DueWork, recipient: Recipient): PlannedReminder {
  const { measure, period, due } = work;
  return {
    offsetDays: due.stage.offsetDays,
    reminder: {
      planKey: work.plan.key, periodKey: period.key, measureKey: measure.key, stage: due.stage.id,
      recipient: recipient.person, reason: recipient.reason, about: recipient.about, deadline: period.deadline,
      ledgerKey: ledgerKey(measure.key, period.key, due.stage.id, recipient.person.upn)
    }
  };
}

function compareProblems(a: Problem, b: Problem): number {
  return compareText(a.planKey, b.planKey) || compareText(a.periodKey, b.periodKey)
    || compareText(a.measureKey, b.measureKey) || compareText(a.kind, b.kind) || compareText(a.upn ?? '', b.upn ?? '');
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
 * Lower-case UPNs of the holders whose measures have an escalation due today, sorted and unique: the
 * runner looks their managers up in Graph (`$batch`) first and passes them to `planReminders`. Holders
 * already escalated are included too, because the ledger key needs the manager's UPN to tell.
 */
export function managerLookupsNeeded(input: WorkInput): string[] {
  const upns = new Set<string>();
  for (const work of dueWork(input)) {
    const holder = work.role?.holder;
    if (work.due.stage.audience === 'manager' && holder) upns.add(holder.upn.toLowerCase());
  }
  return Array.from(upns).sort(compareText);
}
