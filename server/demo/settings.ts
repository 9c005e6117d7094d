/**
 * The demo region's settings (IkSettings, JSON values): who coordinates the security report. The
 * säkerhetschef collects the area owners' chapters and returns or approves them; whoever holds (or
 * deputises for) that role now is the coordinator; the organisation's name the board papers carry; and the
 * board secretary's role, told when papers are published.
 */
import type { Setting } from '../../src/model/types';
import { ORGANISATION_SETTING } from '../../src/board/boardData';
import { BOARD_SECRETARY_ROLES_SETTING } from '../../src/model/boardSecretaries';
import { ROLE } from './roles';

/** The key under which a plan kind's coordinating roles are stored. */
export function coordinatorRolesKey(kind: string): string {
  return `setting:coordinatorRoles:${kind}`;
}

export function buildSettings(): Setting[] {
  return [
    { key: coordinatorRolesKey('securityReport'), value: JSON.stringify([ROLE.sakerhetschef]) },
    { key: ORGANISATION_SETTING, value: JSON.stringify({ name: 'Region Norrvik' }) },
    { key: BOARD_SECRETARY_ROLES_SETTING, value: JSON.stringify([ROLE.namndsekreterare]) }
  ];
}
