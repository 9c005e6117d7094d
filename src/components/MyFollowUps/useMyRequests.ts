/**
 * Loads the signed-in person's open requests of every kind (loadMyRequests: only what they must answer),
 * and, for a deep link, what became of the linked request.
 */
import { loadMyRequests, MyRequestsData } from '../../followups/loadMyRequests';
import { useApp } from '../app/AppContext';
import { AsyncState, useAsync } from '../app/useAsync';

export type { MyRequestsData } from '../../followups/loadMyRequests';

export function useMyRequests(): AsyncState<MyRequestsData> {
  const { store, env } = useApp();
  return useAsync(() => loadMyRequests(store, env.user.upn, env.today, env.subEntityId), [store, env.user.upn, env.today, env.subEntityId]);
}
