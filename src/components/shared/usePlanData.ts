/**
 * Loads a plan and everything around it that the register and board views show (planLoad.ts), as a hook.
 */
import * as React from 'react';
import { takeEarly } from '../../data/earlyLoads';
import { useApp } from '../app/AppContext';
import { useAsync } from '../app/useAsync';
import { PlanDataOptions, PlanDataState, PlanLoad, PlanView, planLoadKey, startPlanLoad } from './planLoad';

export { FIRST_ROWS, REGISTER_DATA, startPlanData } from './planLoad';
export type { PlanDataOptions, PlanDataState, PlanExtra, PlanView } from './planLoad';

/**
 * `reloadToken`: a change loads the data again (e.g. after an edit elsewhere on the page).
 * `skip`: load nothing, because the caller was handed the data already (hooks cannot be called conditionally).
 * `options.kind`: the view shows plans of this kind only (the action plan, scorecard and security report views);
 * `options.firstRows`: a large plan's first rows are drawn while the rest loads (`preview`).
 */
export function usePlanData<S = undefined, E = undefined>(planKey: string | undefined, periodKey: string | undefined, reloadToken?: number, skip = false,
  options: PlanDataOptions<S, E> = {}): PlanDataState<E> {
  const { store, env } = useApp();
  const { kind, extra, firstRows } = options;
  const [preview, setPreview] = React.useState<{ load: object; view: PlanView } | null>(null);
  const currentLoad = React.useRef<object>({});
  const state = useAsync(async () => {
    const load = {};
    currentLoad.current = load;
    if (skip) return null;
    const key = planLoadKey(env.today, planKey, periodKey, options);
    const begin = (): PlanLoad<E> => startPlanLoad(store, env.today, planKey, periodKey, options);
    const started = key ? takeEarly(store, key, begin) as PlanLoad<E> : begin();
    started.preview.then((view) => { if (view && currentLoad.current === load) setPreview({ load, view }); }, () => undefined);
    return started.full;
  }, [store, planKey, periodKey, env.today, reloadToken, skip, kind, extra, firstRows]);
  const shown = preview && preview.load === currentLoad.current && !state.data ? preview.view : undefined;
  return shown ? { ...state, preview: shown } : state;
}
