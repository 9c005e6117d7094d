/**
 * Checks that the demo directory is a consistent organisation: unique ids and UPNs, a single root, every
 * manager reference resolvable, a realistic chain depth, and the personas the workbench relies on.
 */
import { demoDirectory, findPerson, managerOf, personas, reminderServiceAccount, securityAreaOwners, DEMO_DOMAIN } from '../demoDirectory';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('demoDirectory', () => {
  it('has about seventy people with valid, unique GUIDs and UPNs', () => {
    expect(demoDirectory.length).toBeGreaterThanOrEqual(60);
    const ids = demoDirectory.map((p) => p.id);
    const upns = demoDirectory.map((p) => p.userPrincipalName.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(upns).size).toBe(upns.length);
    for (const p of demoDirectory) {
      expect(p.id).toMatch(GUID);
      expect(p.userPrincipalName.endsWith(`@${DEMO_DOMAIN}`)).toBe(true);
      expect(p.mail).toBe(p.userPrincipalName);
      // UPNs are ASCII even when the name has å/ä/ö.
      expect(p.userPrincipalName).toMatch(/^[a-z.]+@[a-z.]+$/);
    }
  });

  it('resolves every managerId and has exactly one root', () => {
    const ids = new Set(demoDirectory.map((p) => p.id));
    const roots = demoDirectory.filter((p) => p.managerId === null);
    expect(roots).toHaveLength(1);
    expect(roots[0].jobTitle).toBe('Regiondirektör');
    for (const p of demoDirectory) if (p.managerId !== null) expect(ids.has(p.managerId)).toBe(true);
  });

  it('has no cycles and a chain of depth >= 4 from the root to an enhetschef', () => {
    const depth = (id: string): number => {
      let d = 0;
      let current = findPerson(id);
      while (current?.managerId) {
        current = findPerson(current.managerId);
        d += 1;
        if (d > demoDirectory.length) throw new Error('cycle');
      }
      return d;
    };
    const enhetschefDepths = demoDirectory.filter((p) => p.jobTitle.startsWith('Enhetschef')).map((p) => depth(p.id));
    expect(Math.max(...enhetschefDepths)).toBeGreaterThanOrEqual(4);
  });

  it('has Swedish names with å/ä/ö, mostly sv-SE and two en-US users', () => {
    expect(demoDirectory.some((p) => /[åäöÅÄÖ]/.test(p.displayName))).toBe(true);
    expect(demoDirectory.filter((p) => p.preferredLanguage === 'en-US')).toHaveLength(2);
  });

  it('has the personas, with the coordinator a Controller under the Ekonomidirektör', () => {
    const coordinator = findPerson(personas.coordinator);
    expect(coordinator?.jobTitle).toBe('Controller');
    expect(managerOf(coordinator!.id)?.jobTitle).toBe('Ekonomidirektör');
    expect(findPerson(personas.manager)?.jobTitle).toBe('Regionstabschef');
    expect(findPerson(personas.boardSecretary)?.jobTitle).toBe('Nämndsekreterare');
    expect(findPerson(personas.boardSecretary)?.department).toBe('Sekretariatet');
    expect(findPerson(personas.securityCoordinator)?.jobTitle).toBe('Säkerhetschef');
    expect(findPerson(personas.areaOwner)?.jobTitle).toBe('Brandskyddssamordnare');
    expect(findPerson(personas.indicatorOwner)?.jobTitle).toBe('Verksamhetschef Akutkliniken');
    expect(findPerson(personas.coResponsible)?.jobTitle).toBe('Medicinskt ansvarig sjuksköterska');
    expect(securityAreaOwners.fireSafety).toBe(personas.areaOwner);
  });

  it('gives every persona a person of their own', () => {
    const upns = Object.values(personas);
    expect(new Set(upns).size).toBe(upns.length);
    for (const upn of upns) expect(findPerson(upn)?.userPrincipalName).toBe(upn);
  });

  it('has an owner for each of the 14 security areas', () => {
    const owners = Object.values(securityAreaOwners);
    expect(owners).toHaveLength(14);
    for (const upn of owners) expect(findPerson(upn)).toBeDefined();
  });

  it('findPerson is case-insensitive on UPN and matches by id; managerOf walks up', () => {
    const p = findPerson(personas.manager.toUpperCase());
    expect(p?.userPrincipalName).toBe(personas.manager);
    expect(findPerson(p!.id)).toBe(p);
    expect(managerOf(p!.id)?.jobTitle).toBe('Regiondirektör');
    expect(managerOf(demoDirectory[0].id)).toBeUndefined();
    expect(findPerson('nobody@example.com')).toBeUndefined();
    const security = demoDirectory.find((x) => x.jobTitle === 'Säkerhetschef')!;
    expect(managerOf(security.id)?.jobTitle).toBe('Regionstabschef');
  });

  it('keeps the reminder service account out of the people, with its own id', () => {
    expect(reminderServiceAccount.id).toMatch(GUID);
    expect(demoDirectory.some((p) => p.id === reminderServiceAccount.id || p.userPrincipalName === reminderServiceAccount.userPrincipalName)).toBe(false);
    expect(findPerson(reminderServiceAccount.userPrincipalName)).toBeUndefined();
  });
});
