/**
 * The demo directory of the fictional "Region Norrvik": about seventy people in a realistic management
 * chain (regiondirektör → direktörer → avdelningschefer → (verksamhetschefer →) enhetschefer and specialists),
 * including owners for the fourteen security areas. Both local emulators serve these people, so the
 * workbench, the reminder service and the tests all see the same region.
 *
 * Ids are hard-coded GUIDs (derived once, offline, from a SHA-1 of each person's key, UUID v5 style) so that
 * they never change between runs or when a name is corrected. All names are fictional.
 */
import type { DirectoryPerson, Personas } from './types';

/** UPN and mail domain of the demo tenant. */
export const DEMO_DOMAIN = 'regionnorrvik.onmicrosoft.com';

/** Office locations, by a short code used in the table below. */
const OFFICES = {
  RH: 'Regionens hus, Norrvik',
  NS: 'Norrviks sjukhus',
  DC: 'Driftcentret, Sundby',
  VC: 'Vårdcentralen Norrvik centrum',
  SH: 'Storsjö hälsocentral',
  FH: 'Folkhögskolan Norrvik',
} as const;
type OfficeCode = keyof typeof OFFICES;

/** One table row before manager keys are resolved to ids. */
interface Row {
  person: Omit<DirectoryPerson, 'managerId'>;
  managerKey: string | null;
}

/**
 * Builds a row. `key` is the UPN's local part (ASCII: å/ä → a, ö → o, é → e, as Swedish IT departments
 * usually do); `managerKey` is the manager's key, resolved to an id below so the table stays readable.
 */
function row(
  id: string,
  key: string,
  givenName: string,
  surname: string,
  jobTitle: string,
  department: string,
  managerKey: string | null,
  office: OfficeCode,
  preferredLanguage: 'sv-SE' | 'en-US' = 'sv-SE',
): Row {
  const upn = `${key}@${DEMO_DOMAIN}`;
  return {
    person: {
      id,
      userPrincipalName: upn,
      displayName: `${givenName} ${surname}`,
      givenName,
      surname,
      mail: upn,
      jobTitle,
      department,
      officeLocation: OFFICES[office],
      preferredLanguage,
    },
    managerKey,
  };
}

// prettier-ignore
const rows: Row[] = [
  row('b2df66eb-5f6f-5777-881a-dc54ccebf984', 'margareta.holm', 'Margareta', 'Holm', 'Regiondirektör', 'Regiondirektörens stab', null, 'RH'),
  row('e82cf0f3-6c87-5a09-b37c-f2a233feb8a1', 'johan.ekstrom', 'Johan', 'Ekström', 'Regionstabschef', 'Regionstaben', 'margareta.holm', 'RH'),
  row('0b479fb3-5b5c-531f-b9bb-0a88779738c4', 'karin.sjoberg', 'Karin', 'Sjöberg', 'HR-direktör', 'HR-avdelningen', 'margareta.holm', 'RH'),
  row('154238e3-17a3-5ba0-a9a8-aeec544e62c0', 'lars.bergqvist', 'Lars', 'Bergqvist', 'Ekonomidirektör', 'Ekonomiavdelningen', 'margareta.holm', 'RH'),
  row('b0baca08-1b4e-5256-80b3-cd1874183958', 'amir.haddad', 'Amir', 'Haddad', 'IT- och e-hälsochef', 'IT och e-hälsa', 'margareta.holm', 'DC', 'en-US'),
  row('720fa123-beef-5942-a117-dc7dedfe33e7', 'eva.lofgren', 'Eva', 'Löfgren', 'Hälso- och sjukvårdsdirektör', 'Hälso- och sjukvårdsförvaltningen', 'margareta.holm', 'RH'),
  row('15342473-5977-5cd6-8934-f3a814ff91df', 'sofia.aberg', 'Sofia', 'Åberg', 'Kommunikationsdirektör', 'Kommunikationsavdelningen', 'margareta.holm', 'RH'),
  row('a64ad4f3-8eb0-513d-bfb0-d3183ca5be71', 'per.nystrom', 'Per', 'Nyström', 'Regional utvecklingsdirektör', 'Regional utveckling', 'margareta.holm', 'RH'),
  row('67dbfe07-94cf-5072-9f2d-45076533ca5b', 'mikael.strand', 'Mikael', 'Strand', 'Säkerhetschef', 'Säkerhetsenheten', 'johan.ekstrom', 'RH'),
  row('9279df16-69ab-5704-bd2b-89acd7712eff', 'helena.dahl', 'Helena', 'Dahl', 'Avdelningschef Administration och juridik', 'Administration och juridik', 'johan.ekstrom', 'RH'),
  row('61d42d2a-28e0-5bb4-afbb-5d485396e996', 'ingrid.wikstrom', 'Ingrid', 'Wikström', 'Enhetschef Sekretariatet', 'Sekretariatet', 'helena.dahl', 'RH'),
  row('ef4cdc15-1ba0-53d2-b4a9-511fceb16b7c', 'elin.forsberg', 'Elin', 'Forsberg', 'Nämndsekreterare', 'Sekretariatet', 'ingrid.wikstrom', 'RH'),
  row('4e14009e-ba43-502d-9530-8fa093e5c2bc', 'oskar.blom', 'Oskar', 'Blom', 'Nämndsekreterare', 'Sekretariatet', 'ingrid.wikstrom', 'RH'),
  row('59e50be7-a06c-5577-84dd-f93895e9a392', 'maja.lund', 'Maja', 'Lund', 'Registrator', 'Sekretariatet', 'ingrid.wikstrom', 'RH'),
  row('13bcf303-a98a-544e-8f83-f7a7e58c344d', 'fredrik.sandberg', 'Fredrik', 'Sandberg', 'Enhetschef Juridiska enheten', 'Juridiska enheten', 'helena.dahl', 'RH'),
  row('c9467b08-5a04-595a-907d-4c819846102b', 'annika.hedlund', 'Annika', 'Hedlund', 'Regionjurist', 'Juridiska enheten', 'fredrik.sandberg', 'RH'),
  row('d8c7e48e-e3a0-5931-8409-201b2a647c7a', 'tobias.lindgren', 'Tobias', 'Lindgren', 'Säkerhetssamordnare', 'Säkerhetsenheten', 'mikael.strand', 'RH'),
  row('a460cb4f-2821-55e3-9561-5cb015f8775f', 'anders.mattsson', 'Anders', 'Mattsson', 'Beredskapschef', 'Säkerhetsenheten', 'mikael.strand', 'RH'),
  row('e3745e67-b017-52b7-88bf-b0457fa8dbf5', 'camilla.nord', 'Camilla', 'Nord', 'Brandskyddssamordnare', 'Säkerhetsenheten', 'mikael.strand', 'NS'),
  row('75f44e4b-c6e2-5750-a64c-4743421277d3', 'patrik.holmgren', 'Patrik', 'Holmgren', 'Samordnare brottsförebyggande arbete', 'Säkerhetsenheten', 'mikael.strand', 'RH'),
  row('7c92ee88-bacd-5010-8970-e10ac500c8f4', 'linnea.soderlund', 'Linnéa', 'Söderlund', 'Informationssäkerhetssamordnare', 'Säkerhetsenheten', 'mikael.strand', 'RH'),
  row('15261b9d-ecb5-5a7e-8dd4-90224e1c57b6', 'jonas.falk', 'Jonas', 'Falk', 'Säkerhetsrådgivare farligt gods', 'Säkerhetsenheten', 'mikael.strand', 'NS'),
  row('49c43cca-3aad-56d9-95bb-49dac5e81207', 'susanne.nilsson', 'Susanne', 'Nilsson', 'Avdelningschef HR-service', 'HR-service', 'karin.sjoberg', 'RH'),
  row('93fd9d17-91cf-5020-873f-c5eb730c343a', 'marie.gustafsson', 'Marie', 'Gustafsson', 'Enhetschef Löneenheten', 'Löneenheten', 'susanne.nilsson', 'RH'),
  row('5f9ca47d-e393-5d2e-88e5-4b83e97bccde', 'david.eriksson', 'David', 'Eriksson', 'Lönespecialist', 'Löneenheten', 'marie.gustafsson', 'RH'),
  row('9ebbb863-ae1e-52c8-8192-c3e1bef0d768', 'lena.bjork', 'Lena', 'Björk', 'Avdelningschef Arbetsmiljö och hälsa', 'Arbetsmiljö och hälsa', 'karin.sjoberg', 'RH'),
  row('b324c43b-4f17-5036-955d-2366e0c69ffd', 'henrik.wall', 'Henrik', 'Wall', 'Arbetsmiljöstrateg', 'Arbetsmiljö och hälsa', 'lena.bjork', 'RH'),
  row('7d76ac8f-440a-51de-948b-bde52cbe8076', 'emma.lindholm', 'Emma', 'Lindholm', 'Enhetschef Företagshälsovården', 'Företagshälsovården', 'lena.bjork', 'RH'),
  row('7344a06b-a67a-5355-9a80-99a6fce35fb2', 'anna.karlsson', 'Anna', 'Karlsson', 'Controller', 'Ekonomiavdelningen', 'lars.bergqvist', 'RH'),
  row('f415f3f6-8e7a-5dfb-ade7-3e0b1191f69c', 'goran.hellstrom', 'Göran', 'Hellström', 'Avdelningschef Redovisning och finans', 'Redovisning och finans', 'lars.bergqvist', 'RH'),
  row('e9b5d990-b177-56b4-a321-e6b7c22dc3f2', 'malin.persson', 'Malin', 'Persson', 'Enhetschef Redovisningsenheten', 'Redovisningsenheten', 'goran.hellstrom', 'RH'),
  row('4f36c134-0dbe-5420-a9a2-7bdde882c593', 'nils.ostlund', 'Nils', 'Östlund', 'Enhetschef Upphandlingsenheten', 'Upphandlingsenheten', 'goran.hellstrom', 'RH'),
  row('144cb057-4833-5d6b-9dd2-deb0f00b6060', 'sara.andersson', 'Sara', 'Andersson', 'Ekonom', 'Redovisningsenheten', 'malin.persson', 'RH'),
  row('14f4234c-8fe9-5f59-ba38-f456579819f9', 'hannah.becker', 'Hannah', 'Becker', 'IT-säkerhetschef', 'IT och e-hälsa', 'amir.haddad', 'DC', 'en-US'),
  row('6a65c54e-f002-5f0a-a66e-4c0ce0e355c0', 'robert.lindstrom', 'Robert', 'Lindström', 'Avdelningschef IT-drift', 'IT-drift', 'amir.haddad', 'DC'),
  row('0673d1b0-20c8-58b9-b326-2df150d403d4', 'ulrika.berg', 'Ulrika', 'Berg', 'Enhetschef Driftcenter', 'Driftcenter', 'robert.lindstrom', 'DC'),
  row('18d65acc-6428-5dec-8f3c-a7976ca67604', 'kristoffer.nyberg', 'Kristoffer', 'Nyberg', 'Driftsäkerhetsansvarig', 'Driftcenter', 'ulrika.berg', 'DC'),
  row('26c3d5fc-a9b8-50ac-ac80-886a017c0d2c', 'jenny.axelsson', 'Jenny', 'Axelsson', 'Avdelningschef E-hälsa', 'E-hälsa', 'amir.haddad', 'RH'),
  row('959e3ed9-45ee-5204-aa82-15a40d5733e5', 'mattias.hermansson', 'Mattias', 'Hermansson', 'Enhetschef Vårdsystem', 'Vårdsystem', 'jenny.axelsson', 'RH'),
  row('b8cb59e4-74d0-5ede-b01b-1c29073c9659', 'birgitta.lundqvist', 'Birgitta', 'Lundqvist', 'Chefläkare', 'Hälso- och sjukvårdsförvaltningen', 'eva.lofgren', 'NS'),
  row('96a3dc2b-e1c5-569d-9605-a6b0d73c2299', 'asa.wennberg', 'Åsa', 'Wennberg', 'Medicinskt ansvarig sjuksköterska', 'Hälso- och sjukvårdsförvaltningen', 'eva.lofgren', 'NS'),
  row('8cb31422-428d-56cd-a433-46acf252aea7', 'johanna.vikstrom', 'Johanna', 'Vikström', 'Patientsäkerhetssamordnare', 'Hälso- och sjukvårdsförvaltningen', 'birgitta.lundqvist', 'NS'),
  row('6756e1d7-f135-594a-b77a-ab199705bc78', 'thomas.jakobsson', 'Thomas', 'Jakobsson', 'Smittskyddsläkare', 'Smittskydd', 'eva.lofgren', 'NS'),
  row('4ae77554-93b4-52c6-8be4-8d3dc34aebb6', 'cecilia.fransson', 'Cecilia', 'Fransson', 'Avdelningschef Hälsa och sjukvård primärvård', 'Primärvården', 'eva.lofgren', 'RH'),
  row('8b3b956d-a4d4-5f93-8e73-40ecb98d0d0e', 'erik.sundqvist', 'Erik', 'Sundqvist', 'Enhetschef Vårdcentralen Norrvik centrum', 'Vårdcentralen Norrvik centrum', 'cecilia.fransson', 'VC'),
  row('446a20b4-bae3-5c7f-be7d-5b78d0dec100', 'ida.magnusson', 'Ida', 'Magnusson', 'Enhetschef Storsjö hälsocentral', 'Storsjö hälsocentral', 'cecilia.fransson', 'SH'),
  row('a860dfb1-5ad1-5db4-ba9f-0c24976cb295', 'lisa.holmberg', 'Lisa', 'Holmberg', 'Distriktssköterska', 'Vårdcentralen Norrvik centrum', 'erik.sundqvist', 'VC'),
  row('7d255ad4-6c4c-5404-a5a9-f0ce7250fa03', 'magnus.olofsson', 'Magnus', 'Olofsson', 'Avdelningschef Hälsa och sjukvård specialistvård', 'Specialistvården', 'eva.lofgren', 'NS'),
  row('fa4b396e-a1fd-5c5d-8161-9cb24130b5b9', 'katarina.sjostrom', 'Katarina', 'Sjöström', 'Verksamhetschef Akutkliniken', 'Akutkliniken', 'magnus.olofsson', 'NS'),
  row('6e145852-a714-5b40-973d-3c03198b8985', 'martin.bostrom', 'Martin', 'Boström', 'Enhetschef Akutmottagningen', 'Akutmottagningen', 'katarina.sjostrom', 'NS'),
  row('75629c95-27b3-54ac-952e-417ef6603821', 'frida.engstrom', 'Frida', 'Engström', 'Enhetschef Medicinavdelning 3', 'Medicinavdelning 3', 'katarina.sjostrom', 'NS'),
  row('832c1ecc-d613-5da1-8eb5-8aacb9e067ae', 'peter.hansson', 'Peter', 'Hansson', 'Verksamhetschef Bild- och funktionsmedicin', 'Bild- och funktionsmedicin', 'magnus.olofsson', 'NS'),
  row('c61e87d4-3bd1-5e8a-8e92-5f521349131c', 'karl.westerberg', 'Karl', 'Westerberg', 'Enhetschef Röntgen', 'Röntgen', 'peter.hansson', 'NS'),
  row('ec02806e-8316-5a1c-bd7f-57ca3e7a17c2', 'mohammed.rahimi', 'Mohammed', 'Rahimi', 'Strålskyddsexpert', 'Bild- och funktionsmedicin', 'peter.hansson', 'NS'),
  row('ed64b815-d1a0-519c-90f1-a0d987be7eda', 'gunilla.ahman', 'Gunilla', 'Åhman', 'Avdelningschef Medicinsk service', 'Medicinsk service', 'eva.lofgren', 'NS'),
  row('686591e4-84c1-5c69-9b02-3141cd3be184', 'hanna.carlsson', 'Hanna', 'Carlsson', 'Läkemedelschef', 'Läkemedelsenheten', 'gunilla.ahman', 'NS'),
  row('6799efb8-5ac5-5c04-a276-4669179b9fd7', 'daniel.ek', 'Daniel', 'Ek', 'MT-chef', 'Medicinsk teknik', 'gunilla.ahman', 'NS'),
  row('16040b4f-f93a-5e5e-8b2e-7fb203c7a5e2', 'rebecka.molin', 'Rebecka', 'Molin', 'Enhetschef Vårdhygien', 'Vårdhygien', 'gunilla.ahman', 'NS'),
  row('f092a7b8-b071-5889-a5c5-96dddead522b', 'stefan.aslund', 'Stefan', 'Åslund', 'Hygienläkare', 'Vårdhygien', 'rebecka.molin', 'NS'),
  row('d48d68c4-f2e7-57bd-a958-fb5c71a87d4f', 'victoria.lind', 'Victoria', 'Lind', 'Enhetschef Webb och digitala kanaler', 'Webb och digitala kanaler', 'sofia.aberg', 'RH'),
  row('7631a91a-4ea8-5b36-8001-e197c3400d5c', 'alexander.moberg', 'Alexander', 'Moberg', 'Kommunikatör', 'Webb och digitala kanaler', 'victoria.lind', 'RH'),
  row('e45e2a9c-9b96-5678-b869-7afd085b0963', 'louise.palm', 'Louise', 'Palm', 'Avdelningschef Kultur och bildning', 'Kultur och bildning', 'per.nystrom', 'RH'),
  row('7c8d064d-c2ed-5b5d-811d-f015ae85080c', 'bjorn.hedberg', 'Björn', 'Hedberg', 'Enhetschef Folkhögskolan Norrvik', 'Folkhögskolan Norrvik', 'louise.palm', 'FH'),
  row('b4b4542a-3a64-5429-89b2-05952571754b', 'therese.lundberg', 'Therese', 'Lundberg', 'Enhetschef Kultursekretariatet', 'Kultursekretariatet', 'louise.palm', 'RH'),
  row('fa3f508f-8bbd-5510-a922-d16621a848a5', 'jan.soderstrom', 'Jan', 'Söderström', 'Avdelningschef Kollektivtrafik', 'Kollektivtrafik', 'per.nystrom', 'RH'),
  row('18f74071-3f8f-51d0-8943-849c6bf5ded6', 'sanna.lindblad', 'Sanna', 'Lindblad', 'Enhetschef Trafikplanering', 'Trafikplanering', 'jan.soderstrom', 'RH'),
  row('58e18639-dea0-5c1f-a369-3ce69beec4b2', 'olof.granlund', 'Olof', 'Granlund', 'Avdelningschef Näringsliv och samhällsbyggnad', 'Näringsliv och samhällsbyggnad', 'per.nystrom', 'RH'),
  row('ab49eff9-2030-58b8-881a-796b3eb7b96e', 'maria.ljung', 'Maria', 'Ljung', 'Miljöstrateg', 'Näringsliv och samhällsbyggnad', 'olof.granlund', 'RH'),
  row('87419766-725b-5a42-b3ac-423f510511db', 'elsa.strom', 'Elsa', 'Ström', 'HR-strateg', 'HR-avdelningen', 'karin.sjoberg', 'RH'),
  row('69ff6918-eecf-5255-b967-1239bee5ccb2', 'viktor.ahlgren', 'Viktor', 'Ahlgren', 'Verksamhetsutvecklare', 'Regionstaben', 'johan.ekstrom', 'RH'),
];

function resolveManagers(table: Row[]): DirectoryPerson[] {
  const idByKey = new Map(table.map((r) => [r.person.userPrincipalName.split('@')[0], r.person.id]));
  return table.map((r) => {
    const managerId = r.managerKey === null ? null : idByKey.get(r.managerKey);
    // A typo in the table must fail loudly at load time, not surface later as a missing manager.
    if (managerId === undefined) throw new Error(`demoDirectory: unknown manager key '${r.managerKey}'`);
    return { ...r.person, managerId };
  });
}

/** Everyone in Region Norrvik, region director first. */
export const demoDirectory: DirectoryPerson[] = resolveManagers(rows);

const upn = (key: string): string => `${key}@${DEMO_DOMAIN}`;

/** The people the workbench's person switch offers. */
export const personas: Personas = {
  // Controller at the finance department; coordinates internal control. The default user.
  coordinator: upn('anna.karlsson'),
  // Regionstabschef: holds several measures and is the manager of the security chief and the secretariat chain.
  manager: upn('johan.ekstrom'),
  // Nämndsekreterare in Sekretariatet.
  boardSecretary: upn('elin.forsberg'),
  // Säkerhetschef: holds the role that coordinates the security report; returns or approves the areas' chapters.
  securityCoordinator: upn('mikael.strand'),
  // Brandskyddssamordnare: owner of the fire-safety area and nothing else; this year's chapter is not started.
  areaOwner: upn('camilla.nord'),
  // Verksamhetschef Akutkliniken: answers for the scorecard's emergency-care indicators, split by sex, still open.
  indicatorOwner: upn('katarina.sjostrom'),
  // Medicinskt ansvarig sjuksköterska: convenes the patient-safety team, second responsible for activities led by LSG-patientsäkerhet.
  coResponsible: upn('asa.wennberg'),
};

/**
 * The reminder service's delegated service account. Graph accepts chat messages only from a delegated
 * identity (DESIGN.md, "Delivery into Teams"), so the service signs in as this account. It is not a person:
 * it is kept out of `demoDirectory` (and the person switch); add it to the emulators' directory with
 * `[...demoDirectory, reminderServiceAccount]` when the service should post chat messages as itself.
 */
export const reminderServiceAccount: DirectoryPerson = {
  id: '3f8d3771-a9f4-5524-b4b3-d3ec12744a89',
  userPrincipalName: `internkontroll365@${DEMO_DOMAIN}`,
  displayName: 'Internkontroll 365 (tjänstekonto)',
  givenName: 'Internkontroll 365',
  surname: 'Tjänstekonto',
  mail: `internkontroll365@${DEMO_DOMAIN}`,
  jobTitle: 'Tjänstekonto',
  department: 'IT och e-hälsa',
  officeLocation: null,
  preferredLanguage: 'sv-SE',
  managerId: null,
};

/**
 * Language-neutral keys for the fourteen security areas (säkerhetsområden), with the UPN of each area's
 * owner in the demo region. The product's own model decides how areas are stored; this is demo data only.
 */
export const securityAreaOwners = {
  workEnvironment: upn('henrik.wall'), // arbetsmiljö
  fireSafety: upn('camilla.nord'), // brandsäkerhet
  operationalReliability: upn('kristoffer.nyberg'), // driftsäkerhet
  informationSecurity: upn('linnea.soderlund'), // informationssäkerhet
  itSecurity: upn('hannah.becker'), // IT-säkerhet
  crimePrevention: upn('patrik.holmgren'), // kriminalitet och brottsförebyggande
  crisisPreparedness: upn('anders.mattsson'), // krisberedskap
  medicines: upn('hanna.carlsson'), // läkemedel
  environmentalSafety: upn('jonas.falk'), // miljösäkerhet / transport av farligt gods
  medicalTechnology: upn('daniel.ek'), // MT-säkerhet
  patientSafety: upn('birgitta.lundqvist'), // patientsäkerhet
  infectionControl: upn('thomas.jakobsson'), // smittskydd
  radiationSafety: upn('mohammed.rahimi'), // strålsäkerhet
  hospitalHygiene: upn('stefan.aslund'), // vårdhygien
} as const;
export type SecurityAreaKey = keyof typeof securityAreaOwners;

const byId = new Map(demoDirectory.map((p) => [p.id.toLowerCase(), p]));
const byUpn = new Map(demoDirectory.map((p) => [p.userPrincipalName.toLowerCase(), p]));

/** Finds a person by object id or by UPN (both case-insensitive, as Entra ID matches them). */
export function findPerson(idOrUpn: string): DirectoryPerson | undefined {
  const key = idOrUpn.trim().toLowerCase();
  return byId.get(key) ?? byUpn.get(key);
}

/** The manager of the person with this id (or UPN); undefined for the region director or an unknown person. */
export function managerOf(idOrUpn: string): DirectoryPerson | undefined {
  const person = findPerson(idOrUpn);
  return person?.managerId ? byId.get(person.managerId.toLowerCase()) : undefined;
}
