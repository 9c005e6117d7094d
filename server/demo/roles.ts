/**
 * The responsible roles ("Ansvarig för genomförande") of Region Norrvik and who holds them today.
 * A role is a title within a unit; its holder (and for a few, a delegate) is found in the directory by
 * job title, so reminders reach whoever holds the role now. The fourteen security-area owner roles
 * ("funktionsområdesansvarig") come from the security-area table. The patient-safety plan names bodies as
 * well as posts (LSG-patientsäkerhet, the patient-safety team): such a body is a role held by the person
 * who convenes it.
 */
import type { DirectoryPerson } from '../directory/types';
import type { Role } from '../../src/model/types';
import { SECURITY_AREAS } from './securityAreas';
import { personByJobTitle, personRef } from './support';
import { UNIT } from './units';

export const ROLE = {
  regionstabschef: 'role:regionstabschef',
  processagareIk: 'role:processagare-ik',
  informationsagareDiarium: 'role:informationsagare-diarium',
  hrDirektor: 'role:hr-direktor',
  itChef: 'role:it-chef',
  ekonomidirektor: 'role:ekonomidirektor',
  miljostrateg: 'role:miljostrateg',
  acHospa: 'role:ac-hospa',
  acSpecialistvard: 'role:ac-specialistvard',
  acArbetsmiljo: 'role:ac-arbetsmiljo',
  acEhalsa: 'role:ac-ehalsa',
  acKultur: 'role:ac-kultur',
  acKollektivtrafik: 'role:ac-kollektivtrafik',
  ecSekretariatet: 'role:ec-sekretariatet',
  ecUpphandling: 'role:ec-upphandling',
  ecLon: 'role:ec-lon',
  ecJuridik: 'role:ec-juridik',
  sakerhetschef: 'role:sakerhetschef',
  patientsakerhetssamordnare: 'role:patientsakerhetssamordnare',
  chefslakare: 'role:chefslakare',
  hsDirektor: 'role:hs-direktor',
  lsgPatientsakerhet: 'role:lsg-patientsakerhet',
  patientsakerhetsteamet: 'role:patientsakerhetsteamet',
  vcAkutkliniken: 'role:vc-akutkliniken',
  ecAkutmottagningen: 'role:ec-akutmottagningen',
  ecMedicin3: 'role:ec-medicin3',
  namndsekreterare: 'role:namndsekreterare'
} as const;

interface RoleSpec {
  key: string;
  title: string;
  unitKey: string;
  /** Job title of the holder in the directory. */
  holder: string;
  /** Job title of the delegate ("ersättare"), if the role has one. */
  delegate?: string;
}

/**
 * The Regionstabschef holds three roles: the post itself, process owner for governance and internal
 * control, and information owner for the diary; the demo's "manager" persona therefore answers for
 * measures under more than one role title.
 */
const specs: RoleSpec[] = [
  { key: ROLE.regionstabschef, title: 'Regionstabschef', unitKey: UNIT.regionstaben, holder: 'Regionstabschef', delegate: 'Verksamhetsutvecklare' },
  { key: ROLE.processagareIk, title: 'Processägare styrning och internkontroll', unitKey: UNIT.regionstaben, holder: 'Regionstabschef' },
  { key: ROLE.informationsagareDiarium, title: 'Informationsägare diarium och ärendehantering', unitKey: UNIT.regionstaben, holder: 'Regionstabschef' },
  { key: ROLE.hrDirektor, title: 'HR-direktör', unitKey: UNIT.hrStaben, holder: 'HR-direktör', delegate: 'HR-strateg' },
  { key: ROLE.itChef, title: 'IT- och e-hälsochef', unitKey: UNIT.itEhalsa, holder: 'IT- och e-hälsochef', delegate: 'Avdelningschef IT-drift' },
  { key: ROLE.ekonomidirektor, title: 'Ekonomidirektör', unitKey: UNIT.ekonomistaben, holder: 'Ekonomidirektör' },
  { key: ROLE.miljostrateg, title: 'Miljöstrateg', unitKey: UNIT.naringsliv, holder: 'Miljöstrateg' },
  { key: ROLE.acHospa, title: 'Avdelningschef Hälsa och sjukvård', unitKey: UNIT.primarvard, holder: 'Avdelningschef Hälsa och sjukvård primärvård' },
  { key: ROLE.acSpecialistvard, title: 'Avdelningschef Specialistvård', unitKey: UNIT.specialistvard, holder: 'Avdelningschef Hälsa och sjukvård specialistvård' },
  { key: ROLE.acArbetsmiljo, title: 'Avdelningschef Arbetsmiljö och hälsa', unitKey: UNIT.arbetsmiljo, holder: 'Avdelningschef Arbetsmiljö och hälsa' },
  { key: ROLE.acEhalsa, title: 'Avdelningschef E-hälsa', unitKey: UNIT.eHalsa, holder: 'Avdelningschef E-hälsa' },
  { key: ROLE.acKultur, title: 'Avdelningschef Kultur och bildning', unitKey: UNIT.kulturBildning, holder: 'Avdelningschef Kultur och bildning' },
  { key: ROLE.acKollektivtrafik, title: 'Avdelningschef Kollektivtrafik', unitKey: UNIT.kollektivtrafik, holder: 'Avdelningschef Kollektivtrafik' },
  { key: ROLE.ecSekretariatet, title: 'Enhetschef Sekretariatet', unitKey: UNIT.sekretariatet, holder: 'Enhetschef Sekretariatet', delegate: 'Registrator' },
  { key: ROLE.ecUpphandling, title: 'Enhetschef Upphandlingsenheten', unitKey: UNIT.upphandling, holder: 'Enhetschef Upphandlingsenheten' },
  { key: ROLE.ecLon, title: 'Enhetschef Löneenheten', unitKey: UNIT.lon, holder: 'Enhetschef Löneenheten', delegate: 'Lönespecialist' },
  { key: ROLE.ecJuridik, title: 'Enhetschef Juridiska enheten', unitKey: UNIT.juridik, holder: 'Enhetschef Juridiska enheten' },
  { key: ROLE.sakerhetschef, title: 'Säkerhetschef', unitKey: UNIT.sakerhetsenheten, holder: 'Säkerhetschef', delegate: 'Säkerhetssamordnare' },
  { key: ROLE.patientsakerhetssamordnare, title: 'Patientsäkerhetssamordnare', unitKey: UNIT.hsf, holder: 'Patientsäkerhetssamordnare' },
  { key: ROLE.chefslakare, title: 'Chefläkare', unitKey: UNIT.hsf, holder: 'Chefläkare' },
  { key: ROLE.hsDirektor, title: 'Hälso- och sjukvårdsdirektör', unitKey: UNIT.hsf, holder: 'Hälso- och sjukvårdsdirektör' },
  { key: ROLE.lsgPatientsakerhet, title: 'Ordförande i LSG-patientsäkerhet', unitKey: UNIT.hsf, holder: 'Hälso- och sjukvårdsdirektör' },
  // Held by the medically responsible nurse alone, so that she answers only as the team's convener.
  { key: ROLE.patientsakerhetsteamet, title: 'Sammankallande i patientsäkerhetsteamet', unitKey: UNIT.hsf, holder: 'Medicinskt ansvarig sjuksköterska' },
  { key: ROLE.vcAkutkliniken, title: 'Verksamhetschef Akutkliniken', unitKey: UNIT.specialistvard, holder: 'Verksamhetschef Akutkliniken' },
  { key: ROLE.ecAkutmottagningen, title: 'Enhetschef Akutmottagningen', unitKey: UNIT.akutmottagningen, holder: 'Enhetschef Akutmottagningen' },
  { key: ROLE.ecMedicin3, title: 'Enhetschef Medicinavdelning 3', unitKey: UNIT.medicin3, holder: 'Enhetschef Medicinavdelning 3' },
  // Told when papers are published for the board (setting:boardSecretaryRoles); the registrar stands in.
  { key: ROLE.namndsekreterare, title: 'Nämndsekreterare regionstyrelsen', unitKey: UNIT.sekretariatet, holder: 'Nämndsekreterare', delegate: 'Registrator' }
];

export function buildRoles(directory: readonly DirectoryPerson[]): Role[] {
  const areaOwners: RoleSpec[] = SECURITY_AREAS.map((area) => ({
    key: area.ownerRoleKey,
    title: `Funktionsområdesansvarig ${area.ownerTitleSuffix}`,
    unitKey: area.ownerUnitKey,
    holder: area.ownerJobTitle
  }));
  return [...specs, ...areaOwners].map((spec): Role => ({
    key: spec.key,
    title: spec.title,
    unitKey: spec.unitKey,
    holder: personRef(personByJobTitle(directory, spec.holder)),
    delegate: spec.delegate ? personRef(personByJobTitle(directory, spec.delegate)) : null
  }));
}
