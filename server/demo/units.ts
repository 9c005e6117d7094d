/**
 * The organisation of the fictional Region Norrvik: region → förvaltningar/staber → avdelningar → enheter,
 * at the levels of ORG_UNIT_LEVELS. The tree follows the departments of the demo directory, so every role
 * holder's workplace exists as a unit.
 */
import type { OrgUnit, OrgUnitLevel } from '../../src/model/types';

/** Unit keys other demo files refer to. */
export const UNIT = {
  region: 'unit:region',
  // Förvaltningar och staber
  regionstaben: 'unit:rs',
  hrStaben: 'unit:hr',
  ekonomistaben: 'unit:ek',
  itEhalsa: 'unit:it',
  hsf: 'unit:hsf',
  regionalUtveckling: 'unit:ru',
  // Avdelningar
  administration: 'unit:adm',
  sakerhet: 'unit:sak',
  kommunikation: 'unit:kom',
  hrService: 'unit:hrservice',
  arbetsmiljo: 'unit:amh',
  redovisningFinans: 'unit:redofin',
  itDrift: 'unit:itdrift',
  eHalsa: 'unit:ehalsa',
  primarvard: 'unit:pv',
  specialistvard: 'unit:sv',
  medicinskService: 'unit:ms',
  kulturBildning: 'unit:kb',
  kollektivtrafik: 'unit:kt',
  naringsliv: 'unit:ns',
  // Enheter
  sekretariatet: 'unit:sekr',
  juridik: 'unit:jur',
  sakerhetsenheten: 'unit:sakenh',
  kommunikationsenheten: 'unit:komenh',
  webb: 'unit:webb',
  lon: 'unit:lon',
  foretagshalsovard: 'unit:fhv',
  redovisning: 'unit:redo',
  upphandling: 'unit:upph',
  driftcenter: 'unit:dc',
  vardsystem: 'unit:vs',
  vcNorrvik: 'unit:vcnorrvik',
  storsjo: 'unit:storsjo',
  akutmottagningen: 'unit:akut',
  medicin3: 'unit:med3',
  rontgen: 'unit:rtg',
  lakemedel: 'unit:lm',
  medicinskTeknik: 'unit:mt',
  vardhygien: 'unit:vh',
  smittskydd: 'unit:smitta',
  folkhogskolan: 'unit:fhsk',
  kultursekretariatet: 'unit:kultsekr',
  trafikplanering: 'unit:trafik'
} as const;

type UnitRow = [key: string, title: string, level: OrgUnitLevel, parentKey: string | null];

const rows: UnitRow[] = [
  [UNIT.region, 'Region Norrvik', 'region', null],

  [UNIT.regionstaben, 'Regionstaben', 'administration', UNIT.region],
  [UNIT.hrStaben, 'HR-staben', 'administration', UNIT.region],
  [UNIT.ekonomistaben, 'Ekonomistaben', 'administration', UNIT.region],
  [UNIT.itEhalsa, 'IT och e-hälsa', 'administration', UNIT.region],
  [UNIT.hsf, 'Hälso- och sjukvårdsförvaltningen', 'administration', UNIT.region],
  [UNIT.regionalUtveckling, 'Regional utveckling', 'administration', UNIT.region],

  [UNIT.administration, 'Avdelning Administration och juridik', 'department', UNIT.regionstaben],
  [UNIT.sakerhet, 'Avdelning Säkerhet och beredskap', 'department', UNIT.regionstaben],
  [UNIT.kommunikation, 'Avdelning Kommunikation', 'department', UNIT.regionstaben],
  [UNIT.hrService, 'Avdelning HR-service', 'department', UNIT.hrStaben],
  [UNIT.arbetsmiljo, 'Avdelning Arbetsmiljö och hälsa', 'department', UNIT.hrStaben],
  [UNIT.redovisningFinans, 'Avdelning Redovisning och finans', 'department', UNIT.ekonomistaben],
  [UNIT.itDrift, 'Avdelning IT-drift', 'department', UNIT.itEhalsa],
  [UNIT.eHalsa, 'Avdelning E-hälsa', 'department', UNIT.itEhalsa],
  [UNIT.primarvard, 'Avdelning Hälsa och sjukvård (primärvård)', 'department', UNIT.hsf],
  [UNIT.specialistvard, 'Avdelning Specialistvård', 'department', UNIT.hsf],
  [UNIT.medicinskService, 'Avdelning Medicinsk service', 'department', UNIT.hsf],
  [UNIT.kulturBildning, 'Avdelning Kultur och bildning', 'department', UNIT.regionalUtveckling],
  [UNIT.kollektivtrafik, 'Avdelning Kollektivtrafik', 'department', UNIT.regionalUtveckling],
  [UNIT.naringsliv, 'Avdelning Näringsliv och samhällsbyggnad', 'department', UNIT.regionalUtveckling],

  [UNIT.sekretariatet, 'Sekretariatet', 'unit', UNIT.administration],
  [UNIT.juridik, 'Juridiska enheten', 'unit', UNIT.administration],
  [UNIT.sakerhetsenheten, 'Säkerhetsenheten', 'unit', UNIT.sakerhet],
  [UNIT.kommunikationsenheten, 'Kommunikationsenheten', 'unit', UNIT.kommunikation],
  [UNIT.webb, 'Webb och digitala kanaler', 'unit', UNIT.kommunikation],
  [UNIT.lon, 'Löneenheten', 'unit', UNIT.hrService],
  [UNIT.foretagshalsovard, 'Företagshälsovården', 'unit', UNIT.arbetsmiljo],
  [UNIT.redovisning, 'Redovisningsenheten', 'unit', UNIT.redovisningFinans],
  [UNIT.upphandling, 'Upphandlingsenheten', 'unit', UNIT.redovisningFinans],
  [UNIT.driftcenter, 'Driftcenter', 'unit', UNIT.itDrift],
  [UNIT.vardsystem, 'Vårdsystem', 'unit', UNIT.eHalsa],
  [UNIT.vcNorrvik, 'Vårdcentralen Norrvik centrum', 'unit', UNIT.primarvard],
  [UNIT.storsjo, 'Storsjö hälsocentral', 'unit', UNIT.primarvard],
  [UNIT.akutmottagningen, 'Akutmottagningen', 'unit', UNIT.specialistvard],
  [UNIT.medicin3, 'Medicinavdelning 3', 'unit', UNIT.specialistvard],
  [UNIT.rontgen, 'Röntgen', 'unit', UNIT.specialistvard],
  [UNIT.lakemedel, 'Läkemedelsenheten', 'unit', UNIT.medicinskService],
  [UNIT.medicinskTeknik, 'Medicinsk teknik', 'unit', UNIT.medicinskService],
  [UNIT.vardhygien, 'Vårdhygien', 'unit', UNIT.medicinskService],
  [UNIT.smittskydd, 'Smittskyddsenheten', 'unit', UNIT.medicinskService],
  [UNIT.folkhogskolan, 'Folkhögskolan Norrvik', 'unit', UNIT.kulturBildning],
  [UNIT.kultursekretariatet, 'Kultursekretariatet', 'unit', UNIT.kulturBildning],
  [UNIT.trafikplanering, 'Trafikplanering', 'unit', UNIT.kollektivtrafik]
];

/** Every unit, parents before children. */
export function buildUnits(): OrgUnit[] {
  return rows.map(([key, title, level, parentKey]) => ({ key, title, level, parentKey }));
}
