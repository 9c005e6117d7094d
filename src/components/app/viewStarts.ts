/**
 * The views' first reads, as a host starts them before the view draws (earlyLoads.ts): the web parts through
 * viewElement, the workbench from its entry. Without React and Fluent UI, so that a host can send the reads
 * before the view's code has loaded and while it evaluates; the views' hooks take the reads over by key.
 */
import type { Store } from '../../data/stores';
import { loadMyRequests, MyRequestsData } from '../../followups/loadMyRequests';
import { recallSubjects, rememberSubjects } from '../../followups/rememberedSubjects';
import type { PlanKind } from '../../model/types';
import type { AppEnvironment } from './AppContext';
import type { EarlyStart } from './HostedView';
import { REGISTER_DATA, startPlanData } from '../shared/planLoad';

/** The key the register's risk matrix is read under (PlanWorkspace takes it over). */
export const RISK_MATRIX = 'riskMatrix';

/** The internal control workspace's first reads: the plan as the register reads it, and the risk matrix. */
export const startPlanWorkspace: EarlyStart = (store, env, target) => {
  startPlanData(store, env.today, target.planKey, target.periodKey, REGISTER_DATA);
  store.early?.start(RISK_MATRIX, () => store.riskMatrix());
};

/** The plan page's first reads: the internal control register's (the other kinds load as they draw). */
export function planPageStart(kind: PlanKind): EarlyStart | undefined {
  return kind === 'internalControl' ? startPlanWorkspace : undefined;
}

/** The key Mina uppföljningar's load is started and taken over under: the person, the day and the deep link. */
export const myRequestsKey = (env: AppEnvironment): string =>
  JSON.stringify(['myRequests', env.user.upn.toLowerCase(), env.today, env.subEntityId ?? null]);

/** The tab's load, with the subjects of the person's last visit read beside the first wave, and this visit's kept for the next. */
export async function loadMyRequestsOf(store: Store, env: AppEnvironment): Promise<MyRequestsData> {
  const data = await loadMyRequests(store, env.user.upn, env.today, env.subEntityId, recallSubjects(env.user.upn));
  rememberSubjects(env.user.upn, data.subjectKeys);
  return data;
}

/** Mina uppföljningar's first reads (useMyRequests takes them over). */
export const startMyFollowUps: EarlyStart = (store, env) => {
  store.early?.start(myRequestsKey(env), () => loadMyRequestsOf(store, env));
};
