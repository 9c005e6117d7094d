/**
 * Loads the signed-in person's open status requests: the roles they hold or stand in for, those roles'
 * measures (indexed by role), and the periods, reports and risks of the plans involved.
 */
import { openRequests, OpenRequest } from '../../model/followUp';
import { Measure, Plan, PlanItem } from '../../model/types';
import { useApp } from '../app/AppContext';
import { AsyncState, useAsync } from '../app/useAsync';

export interface MyRequests {
  requests: OpenRequest[];
  items: Map<string, PlanItem>;
  plans: Map<string, Plan>;
}

export function useMyRequests(): AsyncState<MyRequests> {
  const { store, env } = useApp();
  return useAsync(async () => {
    const roles = await store.rolesOf(env.user.upn);
    const measureLists = await Promise.all(roles.map((r) => store.measures.where({ roleKey: r.key })));
    const measures: Measure[] = measureLists.flat();
    const planKeys = [...new Set(measures.map((m) => m.planKey))];
    const perPlan = await Promise.all(planKeys.map(async (planKey) => {
      const [plan, periods, reports, items] = await Promise.all([store.plans.byKey(planKey), store.periods.where({ planKey }),
        store.statusReports.where({ planKey }), store.items.where({ planKey })]);
      return { plan, periods, reports, items };
    }));
    const requests = openRequests(env.user.upn, roles, measures, perPlan.flatMap((p) => p.periods), perPlan.flatMap((p) => p.reports), env.today);
    return {
      requests,
      items: new Map(perPlan.flatMap((p) => p.items).map((i) => [i.key, i])),
      plans: new Map(perPlan.flatMap((p) => (p.plan ? [[p.plan.key, p.plan] as const] : [])))
    };
  }, [store, env.user.upn, env.today]);
}
