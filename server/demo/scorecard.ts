/**
 * This year's balanced scorecard of Hälso- och sjukvårdsförvaltningen, built from scorecardGoals.ts: the
 * division's goals are items (strategyKey = the perspective, strategicGoal = the board's strategic goal),
 * their indicators and assignments are measures, and the year's three follow-ups hold the values and
 * analyses (indicators) and the status and current state (assignments) as status reports.
 */
import { MEASURE_DEFAULTS } from '../../src/model/defaults';
import { withRoles } from '../../src/model/planKinds';
import type { Measure, Plan, PlanItem } from '../../src/model/types';
import type { ReportTrack } from './followUps';
import { indicatorFields, valueAnswer } from './indicators';
import { SCORECARD_GOALS, ScorecardGoalId } from './scorecardGoals';
import { dateIn, GOAL_ITEM, meetingDate } from './support';
import { UNIT } from './units';

export type { ScorecardGoalId } from './scorecardGoals';

export function scorecardSlug(year: number): string {
  return `sk-${year}-hsf`;
}

/** The key of a goal of the scorecard for `year`, for links from other plans. */
export function scorecardGoalKey(year: number, id: ScorecardGoalId): string {
  return `goal:${scorecardSlug(year)}:${id}`;
}

export interface Scorecard {
  plan: Plan;
  items: PlanItem[];
  measures: Measure[];
  tracks: ReportTrack[];
}

export function buildScorecard(year: number): Scorecard {
  const slug = scorecardSlug(year);
  const planKey = `plan:${slug}`;
  const plan: Plan = {
    key: planKey, title: `Styrkort ${year} – Hälso- och sjukvårdsförvaltningen`, kind: 'scorecard', year,
    unitKey: UNIT.hsf, state: 'followUp', decisionDate: meetingDate(year, '01-20'), diaryNumber: `HSF ${year}/12`
  };
  const items: PlanItem[] = [];
  const measures: Measure[] = [];
  const tracks: ReportTrack[] = [];
  SCORECARD_GOALS.forEach((goal, goalIndex) => {
    const itemKey = scorecardGoalKey(year, goal.id);
    items.push({
      ...GOAL_ITEM, key: itemKey, planKey, title: goal.title, strategyKey: goal.perspective, securityAreaKey: null,
      strategicGoal: goal.strategicGoal, sortOrder: goalIndex + 1
    });
    goal.indicators.forEach((spec, index) => {
      const measure: Measure = withRoles({
        ...MEASURE_DEFAULTS, ...indicatorFields(spec, spec.readings[0].figure), key: `indicator:${slug}:${goal.id}:${index + 1}`,
        planKey, itemKey, roleKey: spec.role, closed: false
      }, [spec.role]);
      measures.push(measure);
      tracks.push({ measure, history: spec.readings.map((r) => valueAnswer(r.figure, r.comment, r.manual)) });
    });
    (goal.assignments ?? []).forEach((spec, index) => {
      const measure: Measure = withRoles({
        ...MEASURE_DEFAULTS, key: `assignment:${slug}:${goal.id}:${index + 1}`, planKey, itemKey, title: spec.title,
        measureKind: 'assignment', roleKey: spec.role, dueDate: dateIn(year, spec.due), method: '', closed: false, goal: spec.goal
      }, [spec.role]);
      measures.push(measure);
      tracks.push({ measure, history: spec.history });
    });
  });
  return { plan, items, measures, tracks };
}
