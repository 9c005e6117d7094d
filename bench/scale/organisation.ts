/**
 * A region's people and organisation at scale: the demo directory (so that the workbench's personas and
 * the demo roles keep working) with, under its directors, generated departments ("avdelningar"),
 * operations ("verksamheter") and units ("enheter") in a real management chain — avdelningschef →
 * verksamhetschef → enhetschef → staff — and one responsible role per unit head, some with a delegate.
 * At scale 1: 30,000 people and 2,000 generated roles.
 */
import { demoDirectory, DEMO_DOMAIN, reminderServiceAccount } from '../../server/directory/demoDirectory';
import type { DirectoryPerson } from '../../server/directory/types';
import { buildRoles } from '../../server/demo/roles';
import { personByJobTitle, personRef } from '../../server/demo/support';
import { buildUnits, UNIT } from '../../server/demo/units';
import type { OrgUnit, Role } from '../../src/model/types';
import { Random } from './random';
import { DEPARTMENTS, MEN, PLACES, STAFF_TITLES, SURNAMES, UNIT_KINDS, WOMEN } from './words';

export interface ScaleOrganisation {
  /** Everyone both emulators know: the demo directory, the reminder service account and the generated people. */
  directory: DirectoryPerson[];
  units: OrgUnit[];
  /** The demo roles followed by the generated unit heads' roles. */
  roles: Role[];
  generatedRoles: Role[];
}

/** Which administration (and so which director) a department belongs to. */
const ADMINISTRATION: Record<string, { unit: string; director: string }> = {
  health: { unit: UNIT.hsf, director: 'Hälso- och sjukvårdsdirektör' },
  development: { unit: UNIT.regionalUtveckling, director: 'Regional utvecklingsdirektör' },
  finance: { unit: UNIT.ekonomistaben, director: 'Ekonomidirektör' },
  hr: { unit: UNIT.hrStaben, director: 'HR-direktör' },
  it: { unit: UNIT.itEhalsa, director: 'IT- och e-hälsochef' },
  staff: { unit: UNIT.regionstaben, director: 'Regionstabschef' }
};

function administrationOf(department: string): { unit: string; director: string } {
  if (['Kollektivtrafik', 'Kultur', 'Utbildning'].includes(department)) return ADMINISTRATION.development;
  if (['Ekonomi', 'Upphandling'].includes(department)) return ADMINISTRATION.finance;
  if (department === 'Personal') return ADMINISTRATION.hr;
  if (department === 'Digitalisering') return ADMINISTRATION.it;
  if (['Fastighet och service', 'Lokalvård och kost'].includes(department)) return ADMINISTRATION.staff;
  return ADMINISTRATION.health;
}

/** The UPN's local part as Swedish IT departments write it (å/ä → a, ö → o, é → e). */
function asciiName(text: string): string {
  return text.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e').replace(/[^a-z0-9]+/g, '');
}

class PeopleFactory {
  private readonly used = new Set<string>();
  private readonly ids = new Set<string>();
  public readonly people: DirectoryPerson[] = [];

  public constructor(private readonly random: Random, existing: readonly DirectoryPerson[]) {
    for (const p of existing) {
      this.used.add(p.userPrincipalName.split('@')[0]);
      this.ids.add(p.id);
    }
  }

  public add(jobTitle: string, department: string, office: string, managerId: string): DirectoryPerson {
    const woman = this.random.chance(0.62);
    const givenName = this.random.pick(woman ? WOMEN : MEN);
    const surname = this.random.pick(SURNAMES);
    const base = `${asciiName(givenName)}.${asciiName(surname)}`;
    let local = base;
    for (let n = 2; this.used.has(local); n++) local = `${base}${n}`;
    this.used.add(local);
    let id = this.random.guid();
    while (this.ids.has(id)) id = this.random.guid();
    this.ids.add(id);
    const upn = `${local}@${DEMO_DOMAIN}`;
    const person: DirectoryPerson = {
      id, userPrincipalName: upn, displayName: `${givenName} ${surname}`, givenName, surname, mail: upn, jobTitle, department,
      officeLocation: office, preferredLanguage: this.random.chance(0.02) ? 'en-US' : 'sv-SE', managerId
    };
    this.people.push(person);
    return person;
  }
}

/** Sizes at a scale factor: unit heads = roles; a verksamhetschef per 8 units, an avdelningschef per 8 of those. */
export function organisationSizes(scale: number): { people: number; unitHeads: number; operations: number; departments: number } {
  const unitHeads = Math.max(4, Math.round(2000 * scale));
  const operations = Math.max(2, Math.round(unitHeads / 8));
  const departments = Math.max(1, Math.round(operations / 8));
  return { people: Math.max(unitHeads * 3, Math.round(30_000 * scale)), unitHeads, operations, departments };
}

export function buildOrganisation(scale: number, random: Random): ScaleOrganisation {
  const sizes = organisationSizes(scale);
  const factory = new PeopleFactory(random, [...demoDirectory, reminderServiceAccount]);
  const units: OrgUnit[] = buildUnits();
  const departments: Array<{ person: DirectoryPerson; unit: OrgUnit; name: string }> = [];
  for (let i = 0; i < sizes.departments; i++) {
    const name = DEPARTMENTS[i % DEPARTMENTS.length];
    const place = PLACES[Math.floor(i / DEPARTMENTS.length) % PLACES.length];
    const title = i < DEPARTMENTS.length ? `Avdelning ${name}` : `Avdelning ${name} ${place}`;
    const admin = administrationOf(name);
    const unit: OrgUnit = { key: `unit:skala:avd:${i + 1}`, title, level: 'department', parentKey: admin.unit };
    const director = personByJobTitle(demoDirectory, admin.director);
    departments.push({ person: factory.add(`Avdelningschef ${name}`, title, 'Regionens hus, Norrvik', director.id), unit, name });
    units.push(unit);
  }
  const operations = Array.from({ length: sizes.operations }, (_, i) => {
    const department = departments[i % departments.length];
    const place = PLACES[i % PLACES.length];
    const unit: OrgUnit = { key: `unit:skala:vht:${i + 1}`, title: `${department.name} ${place}`, level: 'unit', parentKey: department.unit.key };
    units.push(unit);
    return { unit, place, department, person: factory.add(`Verksamhetschef ${department.name} ${place}`, unit.title, place, department.person.id) };
  });
  const generatedRoles: Role[] = [];
  const heads: DirectoryPerson[] = [];
  const names = new Set<string>();
  for (let i = 0; i < sizes.unitHeads; i++) {
    const operation = operations[i % operations.length];
    const kinds = UNIT_KINDS[operation.department.name];
    let unitName = random.pick(kinds).replace('{ort}', random.pick(PLACES)).replace('{n}', String(1 + (i % 40)));
    if (names.has(unitName)) unitName = `${unitName}, ${operation.place}`;
    if (names.has(unitName)) unitName = `${unitName} ${i + 1}`;
    names.add(unitName);
    const head = factory.add(`Enhetschef ${unitName}`, unitName, operation.place, operation.person.id);
    heads.push(head);
    generatedRoles.push({ key: `role:skala:${i + 1}`, title: `Enhetschef ${unitName}`, unitKey: operation.unit.key, holder: personRef(head), delegate: null });
  }
  // Staff under the unit heads; every fourth role gets one of its unit's staff as delegate ("ersättare").
  const staffCount = Math.max(0, sizes.people - demoDirectory.length - 1 - factory.people.length);
  for (let i = 0; i < staffCount; i++) {
    const headIndex = i % heads.length;
    const head = heads[headIndex];
    const person = factory.add(random.pick(STAFF_TITLES), head.department, head.officeLocation ?? '', head.id);
    const role = generatedRoles[headIndex];
    if (role.delegate === null && headIndex % 4 === 0) role.delegate = personRef(person);
  }
  const directory = [...demoDirectory, reminderServiceAccount, ...factory.people];
  return { directory, units, roles: [...buildRoles(directory), ...generatedRoles], generatedRoles };
}
