/**
 * Who is told when papers are published for a board: the roles named in the IkSettings entry
 * `setting:boardSecretaryRoles` (the board secretary, the registrar). Its value is JSON, either a list of
 * role keys for every board, or an object from board name to role keys with `*` for the boards not named:
 *   ["role:namndsekreterare"]
 *   {"Regionstyrelsen": ["role:namndsekreterare-rs"], "*": ["role:registrator"]}
 * Board names are compared without regard to case or surrounding spaces. A role's holder and its delegate
 * are both told, as with every other request the product sends.
 */
import { Role } from './types';

export const BOARD_SECRETARY_ROLES_SETTING = 'setting:boardSecretaryRoles';

/** The key of the roles for the boards the setting does not name. */
export const ANY_BOARD = '*';

export type BoardSecretarySettingProblem = 'missing' | 'invalid';

export interface BoardSecretaryRoles {
  /** Role keys by lower-case board name; `*` for any other board. */
  byBoard: ReadonlyMap<string, readonly string[]>;
  problem: BoardSecretarySettingProblem | null;
}

const boardName = (board: string): string => board.trim().toLocaleLowerCase('sv-SE');

/** A JSON value that is a list of non-empty strings, trimmed and without repeats; null if it is not one. */
export function roleKeyList(raw: unknown): string[] | null {
  if (!Array.isArray(raw) || raw.some((k) => typeof k !== 'string' || !k.trim())) return null;
  return [...new Set((raw as string[]).map((k) => k.trim()))];
}

export function parseBoardSecretaryRoles(json: string | null | undefined): BoardSecretaryRoles {
  const empty = (problem: BoardSecretarySettingProblem): BoardSecretaryRoles => ({ byBoard: new Map(), problem });
  if (!json || !json.trim()) return empty('missing');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return empty('invalid');
  }
  const byBoard = new Map<string, readonly string[]>();
  if (Array.isArray(raw)) {
    const keys = roleKeyList(raw);
    if (!keys) return empty('invalid');
    byBoard.set(ANY_BOARD, keys);
  } else if (typeof raw === 'object' && raw !== null) {
    for (const [board, value] of Object.entries(raw as Record<string, unknown>)) {
      const keys = roleKeyList(value);
      if (!keys || !board.trim()) return empty('invalid');
      byBoard.set(board.trim() === ANY_BOARD ? ANY_BOARD : boardName(board), keys);
    }
  } else {
    return empty('invalid');
  }
  return [...byBoard.values()].some((keys) => keys.length > 0) ? { byBoard, problem: null } : empty('missing');
}

/** The role keys for a board: its own entry, else the one for any board. */
export function boardSecretaryRoleKeys(setting: BoardSecretaryRoles, board: string): readonly string[] {
  return setting.byBoard.get(boardName(board)) ?? setting.byBoard.get(ANY_BOARD) ?? [];
}

/** The people to tell for a board: every holder and delegate of its roles, once each (by UPN), in role order. */
export function boardSecretariesOf(setting: BoardSecretaryRoles, board: string, roles: readonly Role[]):
  { people: NonNullable<Role['holder']>[]; rolesWithoutHolder: string[] } {
  const people: NonNullable<Role['holder']>[] = [];
  const rolesWithoutHolder: string[] = [];
  for (const key of boardSecretaryRoleKeys(setting, board)) {
    const role = roles.find((r) => r.key === key);
    const persons = role ? [role.holder, role.delegate].filter((p): p is NonNullable<Role['holder']> => p !== null && p.upn.trim() !== '') : [];
    if (!role || !role.holder) rolesWithoutHolder.push(key);
    for (const person of persons) {
      if (!people.some((p) => p.upn.toLowerCase() === person.upn.toLowerCase())) people.push(person);
    }
  }
  return { people, rolesWithoutHolder };
}
