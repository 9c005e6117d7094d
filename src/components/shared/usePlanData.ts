/**
 * Loads a plan and everything around it that the register and board views show: the plans to choose
 * from, the chosen plan's items, measures, periods and reports, and the roles and categories.
 */
import type { PlanData } from '../../data/stores';
import { currentPeriod } from '../../model/followUp';
import { Category, FollowUpPeriod, Plan, Role } from '../../model/types';
import { useApp } from '../app/AppContext';
import { AsyncState, useAsync } from '../app/useAsync';

export interface PlanView extends PlanData {
  plans: Plan[];
  roles: Map<string, Role>;
  categories: Map<string, Category>;
  period: FollowUpPeriod | null;
}

function pickPlan(plans: Plan[], wanted: string | undefined): Plan | undefined {
  return plans.find((p) => p.key === wanted)
    ?? plans.find((p) => p.kind === 'internalControl' && p.state === 'followUp')
    ?? plans[0];
}

/**
 * `reloadToken`: a change loads the data again (e.g. after an edit elsewhere on the page).
 * `skip`: load nothing, because the caller was handed the data already (hooks cannot be called conditionally).
 */
export function usePlanData(planKey: string | undefined, periodKey: string | undefined, reloadToken?: number, skip = false): AsyncState<PlanView | null> {
  const { store, env } = useApp();
  return useAsync(async () => {
    if (skip) return null;
    const [plans, roles, categories] = await Promise.all([store.plans.all(), store.roles.all(), store.categories.all()]);
    plans.sort((a, b) => b.year - a.year || a.title.localeCompare(b.title, 'sv'));
    const plan = pickPlan(plans, planKey);
    if (!plan) return null;
    const data = await store.loadPlan(plan.key);
    const period = data.periods.find((p) => p.key === periodKey) ?? currentPeriod(data.periods, env.today);
    return {
      ...data, plans, period,
      roles: new Map(roles.map((r) => [r.key, r])),
      categories: new Map(categories.map((c) => [c.key, c]))
    };
  }, [store, planKey, periodKey, env.today, reloadToken, skip]);
}
