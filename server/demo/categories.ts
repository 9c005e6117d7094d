/**
 * The region's classifications: the four strategies an internal-control risk is linked to, the
 * internal-control objectives c–f, the national patient-safety plan's five focus areas and four
 * foundations, and the five perspectives of the balanced scorecard. Titles are paraphrased.
 */
import type { Category, CategoryType } from '../../src/model/types';

export const STRATEGY = {
  lan: 'strategy:lan',
  vard: 'strategy:vard',
  medarbetare: 'strategy:medarbetare',
  ekonomi: 'strategy:ekonomi'
} as const;

export const OBJECTIVE = {
  c: 'objective:c',
  d: 'objective:d',
  e: 'objective:e',
  f: 'objective:f'
} as const;

export const FOCUS = {
  vardskador: 'focus:1',
  system: 'focus:2',
  harOchNu: 'focus:3',
  larande: 'focus:4',
  beredskap: 'focus:5'
} as const;

export const FOUNDATION = {
  ledning: 'foundation:1',
  kultur: 'foundation:2',
  kompetens: 'foundation:3',
  patienten: 'foundation:4'
} as const;

export const PERSPECTIVE = {
  medborgare: 'perspective:medborgare',
  verksamhet: 'perspective:verksamhet',
  kunskap: 'perspective:kunskap',
  medarbetare: 'perspective:medarbetare',
  ekonomi: 'perspective:ekonomi'
} as const;

type CategoryRow = [key: string, code: string, title: string, titleEn: string];

const groups: Array<[CategoryType, CategoryRow[]]> = [
  ['strategy', [
    [STRATEGY.lan, 'LU', 'Strategi för länets utveckling', 'Strategy for the development of the county'],
    [STRATEGY.vard, 'V', 'Strategi för vård', 'Strategy for health care'],
    [STRATEGY.medarbetare, 'M', 'Strategi för våra medarbetare', 'Strategy for our employees'],
    [STRATEGY.ekonomi, 'E', 'Strategi för ekonomi', 'Strategy for the economy']
  ]],
  ['controlObjective', [
    [OBJECTIVE.c, 'c', 'Verksamheten följer lagar, förordningar och styrande dokument',
      'Operations comply with laws, ordinances and governing documents'],
    [OBJECTIVE.d, 'd', 'Redovisning och uppföljning av verksamhet och ekonomi är rättvisande och ändamålsenlig',
      'Accounting and follow-up of operations and finances are fair and fit for purpose'],
    [OBJECTIVE.e, 'e', 'Informationssäkerheten tillgodoses: konfidentialitet, riktighet, tillgänglighet och spårbarhet',
      'Information security is ensured: confidentiality, integrity, availability and traceability'],
    [OBJECTIVE.f, 'f', 'Övrigt', 'Other']
  ]],
  ['focusArea', [
    [FOCUS.vardskador, '1', 'Ökad kunskap om inträffade vårdskador', 'Better knowledge of adverse events that have occurred'],
    [FOCUS.system, '2', 'Tillförlitliga och säkra system och processer', 'Reliable and safe systems and processes'],
    [FOCUS.harOchNu, '3', 'Säker vård här och nu', 'Safe care here and now'],
    [FOCUS.larande, '4', 'Stärkt analys, lärande och utveckling', 'Stronger analysis, learning and development'],
    [FOCUS.beredskap, '5', 'Ökad riskmedvetenhet och beredskap', 'Greater risk awareness and preparedness']
  ]],
  ['foundation', [
    [FOUNDATION.ledning, 'A', 'Engagerad ledning och tydlig styrning', 'Committed leadership and clear governance'],
    [FOUNDATION.kultur, 'B', 'En god säkerhetskultur', 'A good safety culture'],
    [FOUNDATION.kompetens, 'C', 'Adekvat kunskap och kompetens', 'Adequate knowledge and competence'],
    [FOUNDATION.patienten, 'D', 'Patienten som medskapare', 'The patient as co-creator']
  ]],
  ['perspective', [
    [PERSPECTIVE.medborgare, 'MB', 'Medborgare', 'Citizens'],
    [PERSPECTIVE.verksamhet, 'VH', 'Verksamhet', 'Operations'],
    [PERSPECTIVE.kunskap, 'KF', 'Kunskap och förnyelse', 'Knowledge and renewal'],
    [PERSPECTIVE.medarbetare, 'MA', 'Medarbetare', 'Employees'],
    [PERSPECTIVE.ekonomi, 'EK', 'Ekonomi', 'Finances']
  ]]
];

export function buildCategories(): Category[] {
  return groups.flatMap(([categoryType, rows]) =>
    rows.map(([key, code, title, titleEn], index): Category => ({ key, title, titleEn, categoryType, code, sortOrder: index + 1 })));
}
