/**
 * Who is told of a publication: the setting's roles for the board (by name, regardless of case), else the
 * roles for any board; holders and delegates once each; a role without holder is reported; a setting that
 * is missing or not JSON of role keys tells nobody and says why.
 */
import { boardSecretariesOf, boardSecretaryRoleKeys, parseBoardSecretaryRoles } from '../boardSecretaries';
import { Role } from '../types';

const person = (name: string): Role['holder'] => ({ objectId: `id-${name}`, upn: `${name}@region.se`, displayName: name });
const role = (key: string, holder: string | null, delegate: string | null = null): Role =>
  ({ key, title: key, unitKey: null, holder: holder ? person(holder) : null, delegate: delegate ? person(delegate) : null });

describe('the board secretary setting', () => {
  it('takes a list of role keys for every board', () => {
    const parsed = parseBoardSecretaryRoles('["role:sekr", " role:reg ", "role:sekr"]');
    expect(parsed.problem).toBeNull();
    expect(boardSecretaryRoleKeys(parsed, 'Regionstyrelsen')).toEqual(['role:sekr', 'role:reg']);
    expect(boardSecretaryRoleKeys(parsed, 'Hälso- och sjukvårdsnämnden')).toEqual(['role:sekr', 'role:reg']);
  });

  it('takes roles per board, matching the board name without regard to case, with * for the others', () => {
    const parsed = parseBoardSecretaryRoles('{"Regionstyrelsen": ["role:rs"], "*": ["role:reg"]}');
    expect(boardSecretaryRoleKeys(parsed, '  regionstyrelsen ')).toEqual(['role:rs']);
    expect(boardSecretaryRoleKeys(parsed, 'Kulturnämnden')).toEqual(['role:reg']);
    const onlyNamed = parseBoardSecretaryRoles('{"Regionstyrelsen": ["role:rs"]}');
    expect(boardSecretaryRoleKeys(onlyNamed, 'Kulturnämnden')).toEqual([]);
  });

  it('says when the setting is missing or is not role keys', () => {
    expect(parseBoardSecretaryRoles(undefined).problem).toBe('missing');
    expect(parseBoardSecretaryRoles('[]').problem).toBe('missing');
    expect(parseBoardSecretaryRoles('{not json').problem).toBe('invalid');
    expect(parseBoardSecretaryRoles('[1, 2]').problem).toBe('invalid');
    expect(parseBoardSecretaryRoles('{"Regionstyrelsen": "role:rs"}').problem).toBe('invalid');
    expect(parseBoardSecretaryRoles('"role:rs"').problem).toBe('invalid');
  });
});

describe('the people told', () => {
  const parsed = parseBoardSecretaryRoles('["role:sekr", "role:reg", "role:vacant", "role:unknown"]');
  const roles = [role('role:sekr', 'elin', 'oskar'), role('role:reg', 'oskar'), role('role:vacant', null, 'lisa')];

  it('are every holder and delegate of the roles, once each, in the order of the roles', () => {
    const { people } = boardSecretariesOf(parsed, 'Regionstyrelsen', roles);
    expect(people.map((p) => p.displayName)).toEqual(['elin', 'oskar', 'lisa']);
  });

  it('with each role that has no holder (or does not exist) reported', () => {
    expect(boardSecretariesOf(parsed, 'Regionstyrelsen', roles).rolesWithoutHolder).toEqual(['role:vacant', 'role:unknown']);
  });
});
