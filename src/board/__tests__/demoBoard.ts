/**
 * Board data of the demo region's plans, for the board tests: built in memory from the same demo the
 * product seeds, so the tests see every plan kind as the users' documents shape it.
 */
import { demoDirectory } from '../../../server/directory/demoDirectory';
import { buildDemoRegion, DemoRegion } from '../../../server/demo/demoRegion';
import { defaultFulfilmentSettings } from '../../model/fulfilment';
import { defaultRiskMatrix } from '../../model/riskMatrix';
import { orderPeriods } from '../../model/periods';
import { Plan, PlanKind } from '../../model/types';
import { BoardData, boardDataOf } from '../boardData';

export const TODAY = '2026-12-01';

let region: DemoRegion | null = null;
export function demoRegion(): DemoRegion {
  region ??= buildDemoRegion(TODAY, demoDirectory);
  return region;
}

export function demoPlan(kind: PlanKind): Plan {
  const plans = demoRegion().plans.filter((p) => p.kind === kind);
  return plans.find((p) => p.state === 'followUp') ?? plans[0];
}

/** The board data of the kind's plan under follow-up, in its latest period that has answers (or the given one). */
export function demoBoardData(kind: PlanKind, periodKey?: string): BoardData {
  const r = demoRegion();
  const plan = demoPlan(kind);
  const periods = orderPeriods(r.periods.filter((p) => p.planKey === plan.key));
  const answered = periods.filter((p) => r.statusReports.some((s) => s.periodKey === p.key) || r.chapters.some((c) => c.periodKey === p.key));
  const period = periodKey ?? (answered[answered.length - 1] ?? periods[0]).key;
  return boardDataOf({
    plan, periods, items: r.items.filter((i) => i.planKey === plan.key), measures: r.measures.filter((m) => m.planKey === plan.key),
    reports: r.statusReports.filter((s) => s.planKey === plan.key), links: r.links.filter((l) => l.planKey === plan.key),
    chapters: r.chapters.filter((c) => c.planKey === plan.key), roles: r.roles, categories: r.categories, areas: r.securityAreas,
    fulfilment: defaultFulfilmentSettings, riskMatrix: defaultRiskMatrix
  }, period);
}
