/**
 * Loads the signed-in person's open requests of every kind (loadMyRequests: only what they must answer),
 * and, for a deep link, what became of the linked request.
 */
import type { MyRequestsData } from '../../followups/loadMyRequests';
import { takeEarly } from '../../data/earlyLoads';
import { useApp } from '../app/AppContext';
import { AsyncState, useAsync } from '../app/useAsync';
import { loadMyRequestsOf, myRequestsKey } from '../app/viewStarts';

export type { MyRequestsData } from '../../followups/loadMyRequests';

export function useMyRequests(): AsyncState<MyRequestsData> {
  const { store, env } = useApp();
  return useAsync(() => takeEarly(store, myRequestsKey(env), () => loadMyRequestsOf(store, env)), [store, env.user.upn, env.today, env.subEntityId]);
}
