/**
 * Loads the signed-in person's open requests of every kind (loadMyRequests: only what they must answer),
 * and, for a deep link, what became of the linked request.
 */
import { loadMyRequests, MyRequestsData } from '../../followups/loadMyRequests';
import { recallSubjects, rememberSubjects } from '../../followups/rememberedSubjects';
import { takeEarly } from '../../data/earlyLoads';
import type { Store } from '../../data/stores';
import { AppEnvironment, useApp } from '../app/AppContext';
import { AsyncState, useAsync } from '../app/useAsync';

export type { MyRequestsData } from '../../followups/loadMyRequests';

const keyOf = (env: AppEnvironment): string => JSON.stringify(['myRequests', env.user.upn.toLowerCase(), env.today, env.subEntityId ?? null]);
/** The tab's load, with the subjects of the person's last visit read beside the first wave, and this visit's kept for the next. */
const load = async (store: Store, env: AppEnvironment): Promise<MyRequestsData> => {
  const data = await loadMyRequests(store, env.user.upn, env.today, env.subEntityId, recallSubjects(env.user.upn));
  rememberSubjects(env.user.upn, data.subjectKeys);
  return data;
};

/** Starts the tab's reads before it draws (the web part, the workbench): useMyRequests takes them over. */
export function startMyRequests(store: Store, env: AppEnvironment): void {
  store.early?.start(keyOf(env), () => load(store, env));
}

export function useMyRequests(): AsyncState<MyRequestsData> {
  const { store, env } = useApp();
  return useAsync(() => takeEarly(store, keyOf(env), () => load(store, env)), [store, env.user.upn, env.today, env.subEntityId]);
}
