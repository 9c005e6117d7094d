/**
 * The work planning goes through: every unanswered (subject, period) of an active plan's open period that
 * has a stage due today, with the subject's roles resolved in order (lead first). Subjects come from
 * src/model/requests.ts, so a measure, an activity, an assignment, an indicator and a security-area
 * chapter are all planned by the same rule.
 */
import { askedIn, answersOf, Subject, subjectsOf } from '../../model/requests';
import { sortReports } from '../../model/reportAuthority';
import { FollowUpPeriod, Plan, Role } from '../../model/types';
import { PlanningInput, ReminderStageConfig, defaultStages } from '../types';
import { dueStage, StageDay, stageDays } from './stages';

/** What planning needs before the managers are known: the runner asks for managers with this. */
export type WorkInput = Omit<PlanningInput, 'managers' | 'disabled'>;

/** One of a subject's responsible roles: its key and the role, or null when no role has that key. */
export interface SubjectRole {
  key: string;
  role: Role | null;
}

/** An unanswered (subject, period) with the one stage due for it today. */
export interface DueWork {
  plan: Plan;
  period: FollowUpPeriod;
  subject: Subject;
  /** The subject's roles in order, lead first. */
  roles: SubjectRole[];
  due: StageDay;
}

const ACTIVE_PLAN_STATES: ReadonlySet<Plan['state']> = new Set<Plan['state']>(['decided', 'followUp']);

function stagesOf(input: WorkInput, planKey: string): readonly ReminderStageConfig[] {
  return input.stagesByPlan?.get(planKey) ?? defaultStages;
}

function openSubjectsByPlan(input: WorkInput): Map<string, Subject[]> {
  const byPlan = new Map<string, Subject[]>();
  for (const subject of subjectsOf(input.measures, input.chapters ?? [], input.securityAreas ?? [])) {
    if (subject.closed) continue;
    const list = byPlan.get(subject.planKey);
    if (list) list.push(subject);
    else byPlan.set(subject.planKey, [subject]);
  }
  return byPlan;
}

/** Every unanswered (subject, period) that has a stage due today. */
export function dueWork(input: WorkInput): DueWork[] {
  const plans = new Map(input.plans.filter((p) => ACTIVE_PLAN_STATES.has(p.state)).map((p) => [p.key, p]));
  const roles = new Map(input.roles.map((r) => [r.key, r]));
  // Someone else's report answers nothing: the holder is still reminded (reportAuthority.ts).
  const answers = answersOf(sortReports(input.reports, input.measures, roles).accepted, input.chapters ?? []);
  const subjectsByPlan = openSubjectsByPlan(input);
  const work: DueWork[] = [];
  for (const period of input.periods) {
    const plan = plans.get(period.planKey);
    if (period.state !== 'open' || !plan) continue;
    const due = dueStage(stageDays(stagesOf(input, plan.key), period.deadline), input.today);
    if (!due) continue;
    for (const subject of subjectsByPlan.get(plan.key) ?? []) {
      if (!askedIn(subject, period) || answers.has(`${subject.key}|${period.key}`)) continue;
      const subjectRoles = subject.roleKeys.map((key) => ({ key, role: roles.get(key) ?? null }));
      work.push({ plan, period, subject, roles: subjectRoles, due });
    }
  }
  return work;
}

/** Whose manager an escalation goes to: the lead role's holder, or, when the lead has none, the next role's that has one. */
export function escalationHolder(work: DueWork): { roleKey: string; holder: NonNullable<Role['holder']> } | null {
  for (const r of work.roles) if (r.role?.holder) return { roleKey: r.key, holder: r.role.holder };
  return null;
}
