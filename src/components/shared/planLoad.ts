/**
 * A plan view's load without React: the plans to choose from, the chosen plan's items, measures, periods and
 * reports, and the roles and categories, in two waves. Its own module, so that a host can start it before the
 * view's code (and Fluent UI's) has loaded: usePlanData is the hook over it.
 */
import type { PlanData, Store } from '../../data/stores';
import { currentPeriod } from '../../model/followUp';
import { FULFILMENT_SETTING, FulfilmentSettings, parseFulfilmentSettings } from '../../model/fulfilment';
import { Category, FollowUpPeriod, IsoDate, Plan, PlanKind, Role, SecurityArea, StatusReport } from '../../model/types';
import { reportsForViews } from '../../model/reportAuthority';
import type { AsyncState } from '../app/useAsync';
import { ListPermissions, readPermissions } from '../../data/permissions';

export interface PlanView extends PlanData {
  plans: Plan[];
  roles: Map<string, Role>;
  categories: Map<string, Category>;
  period: FollowUpPeriod | null;
  /** The region's fulfilment thresholds (IkSettings), for indicators' colours. */
  fulfilment: FulfilmentSettings;
  /** The security areas (a small list), in their order: a security report's chapters belong to them. */
  areas: SecurityArea[];
  /** What the signed-in person may do on each list (null when not known): the view offers only that. */
  permissions: ListPermissions | null;
  /**
   * Reports written by someone who did not answer for the measure when writing them (reportAuthority.ts), newest
   * first: left out of `reports`, so no status, answer or paper counts them, and shown by the view as such.
   */
  flaggedReports: StatusReport[];
  /** An import's history (reportAuthority.ts): counted in `reports`, named by the view as imported. */
  importedReports: StatusReport[];
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

/** How many of a large plan's items a register draws before the whole plan has arrived. */
export const FIRST_ROWS = 40;

export interface PlanDataState<E> extends AsyncState<(PlanView & { extra?: E }) | null> {
  /**
   * While a large plan loads (and only when asked for with `firstRows`): the plan with its first items in their
   * order and nothing else (no measures, reports, periods or links yet), for drawing the first rows.
   */
  preview?: PlanView;
}

/** What a view asks of usePlanData beside the plan and follow-up: its kind, its extra reads, whether it draws first rows. */
export interface PlanDataOptions<S, E> {
  kind?: PlanKind;
  extra?: PlanExtra<S, E>;
  firstRows?: boolean;
}

/** What the internal control register asks for: a large plan's first rows while the rest loads. */
export const REGISTER_DATA: PlanDataOptions<undefined, undefined> = { firstRows: true };

/** A plan's load under way: a large plan's first rows (when asked for) and the whole view. */
export interface PlanLoad<E> {
  preview: Promise<PlanView | null>;
  full: Promise<(PlanView & { extra?: E }) | null>;
}

/** The two waves of a plan view's data, started at once (usePlanData, or a host before its view draws). */
export function startPlanLoad<S, E>(store: Store, today: IsoDate, planKey: string | undefined, periodKey: string | undefined,
  options: PlanDataOptions<S, E>): PlanLoad<E> {
  const { kind, extra, firstRows = false } = options;
  let showPreview: (view: PlanView | null) => void = () => undefined;
  const preview = new Promise<PlanView | null>((resolve) => { showPreview = resolve; });
  const full = (async () => {
    // The first wave is the small lists that choosing the plan and drawing its first rows need; the roles (one per
    // responsible, thousands in a region) travel in the second, beside the plan's own lists. A register that knows
    // its plan asks for the plan's first rows in the first wave too (a small request of its own): they are drawn
    // at once if the plan turns out to be large, while its lists are on their way.
    const early = firstRows && planKey ? store.items.firstInPlan(planKey, FIRST_ROWS) : null;
    early?.catch(() => undefined);
    const [plans, categories, fulfilment, areas, first, permissions] = await Promise.all([store.plans.all(), store.categories.all(),
      store.settings.byKey(FULFILMENT_SETTING), store.securityAreas.all(), extra ? extra.first(store) : Promise.resolve(undefined),
      readPermissions(store)]);
    plans.sort((a, b) => b.year - a.year || a.title.localeCompare(b.title, 'sv'));
    const plan = pickPlan(plans, planKey, kind);
    if (!plan) return null;
    const around = {
      plans, permissions, fulfilment: parseFulfilmentSettings(fulfilment?.value).settings, areas: [...areas].sort((a, b) => a.sortOrder - b.sortOrder),
      categories: new Map(categories.map((c) => [c.key, c]))
    };
    if (firstRows && plan.large) {
      // Otherwise asked now, in the same turn as the plan's own lists, so it travels in the same round trip.
      (plan.key === planKey && early ? early : store.items.firstInPlan(plan.key, FIRST_ROWS)).then((items) => {
        showPreview(items.length > 0 ? { ...around, roles: new Map(), plan, items, measures: [], periods: [], reports: [], flaggedReports: [], importedReports: [], links: [], chapters: [], period: null } : null);
      }, () => showPreview(null));
    } else {
      showPreview(null);
    }
    const [data, roles, more] = await Promise.all([store.loadPlan(plan.key, plan), store.roles.all(),
      extra ? extra.second(store, plan, first as S, plans) : Promise.resolve(undefined)]);
    const period = data.periods.find((p) => p.key === periodKey) ?? currentPeriod(data.periods, today);
    const roleByKey = new Map(roles.map((r) => [r.key, r]));
    const { counted, imported, flagged } = reportsForViews(data.reports, data.measures, roleByKey, data.periods);
    return { ...data, ...around, reports: counted, flaggedReports: flagged, importedReports: imported, roles: roleByKey, period, extra: more };
  })();
  full.catch(() => showPreview(null));
  return { preview, full };
}

/**
 * The key a host starts a plan view's load under (earlyLoads.ts). A view with extra reads is not started early:
 * its extra is code of its own, not a value a key can name.
 */
export function planLoadKey(today: IsoDate, planKey: string | undefined, periodKey: string | undefined, options: PlanDataOptions<unknown, unknown>): string | null {
  return options.extra ? null : JSON.stringify(['plan', planKey ?? null, periodKey ?? null, today, options.kind ?? null, options.firstRows ?? false]);
}

/** Starts a plan view's data before the view has drawn: the view's usePlanData with the same arguments takes it over. */
export function startPlanData(store: Store, today: IsoDate, planKey: string | undefined, periodKey: string | undefined, options: PlanDataOptions<unknown, unknown>): void {
  const key = planLoadKey(today, planKey, periodKey, options);
  if (key) store.early?.start(key, () => startPlanLoad(store, today, planKey, periodKey, options));
}

