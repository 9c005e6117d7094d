/**
 * The demo region's settings (IkSettings, JSON values): who coordinates the security report. The
 * säkerhetschef collects the area owners' chapters and returns or approves them; whoever holds (or
 * deputises for) that role now is the coordinator.
 */
import type { Setting } from '../../src/model/types';
import { ROLE } from './roles';

/** The key under which a plan kind's coordinating roles are stored. */
export function coordinatorRolesKey(kind: string): string {
  return `setting:coordinatorRoles:${kind}`;
}

export function buildSettings(): Setting[] {
  return [{ key: coordinatorRolesKey('securityReport'), value: JSON.stringify([ROLE.sakerhetschef]) }];
}
