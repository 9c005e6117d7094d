/**
 * Loads a plan and everything around it that the register and board views show: the plans to choose
 * from, the chosen plan's items, measures, periods and reports, and the roles and categories.
 */
import type { PlanData, Store } from '../../data/stores';
import { currentPeriod } from '../../model/followUp';
import { FULFILMENT_SETTING, FulfilmentSettings, parseFulfilmentSettings } from '../../model/fulfilment';
import { Category, FollowUpPeriod, Plan, PlanKind, Role, SecurityArea } from '../../model/types';
import { useApp } from '../app/AppContext';
import { AsyncState, useAsync } from '../app/useAsync';

export interface PlanView extends PlanData {
  plans: Plan[];
  roles: Map<string, Role>;
  categories: Map<string, Category>;
  period: FollowUpPeriod | null;
  /** The region's fulfilment thresholds (IkSettings), for indicators' colours. */
  fulfilment: FulfilmentSettings;
  /** The security areas (a small list), in their order: a security report's chapters belong to them. */
  areas: SecurityArea[];
}

/** The wanted plan if it is of the view's kind; else the kind's plan under follow-up, else its newest. */
function pickPlan(plans: Plan[], wanted: string | undefined, kind: PlanKind | undefined): Plan | undefined {
  const ofKind = kind ? plans.filter((p) => p.kind === kind) : plans;
  const fallbackKind = kind ?? 'internalControl';
  return ofKind.find((p) => p.key === wanted)
    ?? ofKind.find((p) => p.kind === fallbackKind && p.state === 'followUp')
    ?? ofKind.find((p) => p.kind === fallbackKind)
    ?? ofKind[0];
}

/**
 * What a view reads beside the plan, in the same two waves: `first` before the plan is chosen (beside the
 * small lists), `second` once it is (beside the plan's own lists). A module-level constant, so that it does
 * not make the data load again.
 */
export interface PlanExtra<S, E> {
  first(store: Store): Promise<S>;
  second(store: Store, plan: Plan, first: S, plans: Plan[]): Promise<E>;
}

/**
 * `reloadToken`: a change loads the data again (e.g. after an edit elsewhere on the page).
 * `skip`: load nothing, because the caller was handed the data already (hooks cannot be called conditionally).
 * `kind`: the view shows plans of this kind only (the action plan, scorecard and security report views).
 */
export function usePlanData<S = undefined, E = undefined>(planKey: string | undefined, periodKey: string | undefined, reloadToken?: number, skip = false,
  kind?: PlanKind, extra?: PlanExtra<S, E>): AsyncState<(PlanView & { extra?: E }) | null> {
  const { store, env } = useApp();
  return useAsync(async () => {
    if (skip) return null;
    const [plans, roles, categories, fulfilment, areas, first] = await Promise.all([store.plans.all(), store.roles.all(), store.categories.all(),
      store.settings.byKey(FULFILMENT_SETTING), store.securityAreas.all(), extra ? extra.first(store) : Promise.resolve(undefined)]);
    plans.sort((a, b) => b.year - a.year || a.title.localeCompare(b.title, 'sv'));
    const plan = pickPlan(plans, planKey, kind);
    if (!plan) return null;
    const [data, more] = await Promise.all([store.loadPlan(plan.key, plan), extra ? extra.second(store, plan, first as S, plans) : Promise.resolve(undefined)]);
    const period = data.periods.find((p) => p.key === periodKey) ?? currentPeriod(data.periods, env.today);
    return {
      ...data, plans, period, fulfilment: parseFulfilmentSettings(fulfilment?.value).settings, extra: more,
      areas: [...areas].sort((a, b) => a.sortOrder - b.sortOrder),
      roles: new Map(roles.map((r) => [r.key, r])),
      categories: new Map(categories.map((c) => [c.key, c]))
    };
  }, [store, planKey, periodKey, env.today, reloadToken, skip, kind, extra]);
}
