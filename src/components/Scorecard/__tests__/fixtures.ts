/**
 * A division's scorecard shaped like seed 003 (figures from the annual report), with the internal
 * control plan's risks linked to its goals, over a fake Store for jsdom tests.
 */
import { withDerivedKeys } from '../../../model/derivedKeys';
import type { Store } from '../../../data/stores';
import { ITEM_DEFAULTS, MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../../../model/defaults';
import { Category, FollowUpPeriod, Link, Measure, Plan, PlanItem, Role, Setting, StatusReport } from '../../../model/types';

export const env = (locale: 'sv-SE' | 'en-US' = 'sv-SE') =>
  ({ locale, host: 'sharePoint' as const, today: '2019-01-20', user: { upn: 'a@x', displayName: 'Anna' } });

const planOf = (key: string, title: string, kind: Plan['kind'], year: number): Plan =>
  ({ key, title, kind, year, unitKey: null, state: 'followUp', decisionDate: null, diaryNumber: '' });
export const scorecard = planOf('sc', 'Styrkort Länsteknik 2018', 'scorecard', 2018);
const olderScorecard: Plan = { ...planOf('sc17', 'Styrkort Länsteknik 2017', 'scorecard', 2017), state: 'closed' };
const riskPlan = planOf('ik', 'Internkontrollplan Länsteknik 2018', 'internalControl', 2018);

const perspective = (key: string, title: string, titleEn: string, sortOrder: number): Category =>
  ({ key, title, titleEn, categoryType: 'perspective', code: '', sortOrder });
export const categories: Category[] = [
  perspective('p:eko', 'Ekonomi', 'Finances', 5),
  perspective('p:mb', 'Medborgare', 'Citizens', 1),
  perspective('p:vh', 'Verksamhet', 'Operations', 2),
  perspective('p:kf', 'Kunskap och förnyelse', 'Knowledge and renewal', 3),
  perspective('p:ma', 'Medarbetare', 'Employees', 4),
  { key: 's:vard', title: 'Strategi för vård', titleEn: 'Care', categoryType: 'strategy', code: 'V', sortOrder: 1 }
];

const period = (key: string, planKey: string, title: string, deadline: string, sortOrder: number, state: FollowUpPeriod['state']): FollowUpPeriod =>
  ({ key, planKey, title, asOfDate: deadline, deadline, state, sortOrder });
export const periods: FollowUpPeriod[] = [
  period('y18', 'sc', '2018', '2019-01-31', 2, 'open'),
  period('y17', 'sc', '2017', '2018-01-31', 1, 'closed')
];
const riskPeriods: FollowUpPeriod[] = [
  period('ik-t2', 'ik', 'Tertial 2', '2018-09-15', 2, 'closed'),
  period('ik-t3', 'ik', 'Tertial 3', '2019-01-25', 3, 'open')
];

const goal = (key: string, strategyKey: string | null, strategicGoal: string, title: string, sortOrder: number, planKey = 'sc',
  extra: Partial<PlanItem> = {}): PlanItem => ({
  ...ITEM_DEFAULTS, key, planKey, title, consequence: '', cause: '', handling: null, strategyKey, objectiveKey: null, securityAreaKey: null,
  probability: null, severity: null, residualProbability: null, residualSeverity: null, confidential: false, sortOrder, strategicGoal, ...extra
});
export const goals: PlanItem[] = [
  goal('g1', 'p:mb', 'Nöjda medborgare', 'Tillgänglig, stabil och säker teknisk infrastruktur', 1),
  goal('g2', 'p:vh', 'En effektiv verksamhet med god kvalitet', 'Rätt kvalitet, vid rätt tid och plats', 2),
  goal('g3', 'p:vh', 'Helhetsperspektiv med personen i centrum', 'En effektiv och tydlig internkommunikation', 3),
  goal('g4', 'p:ma', 'Attraktiv arbetsgivare', 'Mångfald främjas och jämställda villkor råder', 4),
  goal('g5', 'p:ma', 'Attraktiv arbetsgivare', 'Optimal personalomsättning', 5),
  goal('g6', 'p:ma', 'Aktivt medarbetarskap', 'God arbetsmiljö, friska medarbetare, låg sjukfrånvaro', 6),
  goal('g7', 'p:eko', 'Ekonomi som ger handlingsfrihet', 'Ekonomi i balans', 7)
];

const indicator = (key: string, itemKey: string, title: string, rule: Partial<Measure>): Measure => ({
  ...MEASURE_DEFAULTS, key, planKey: 'sc', itemKey, title, measureKind: 'indicator', roleKey: 'chef', roleKeys: ['chef'], dueDate: null,
  method: '', closed: false, ...rule
});
export const measures: Measure[] = [
  indicator('i-outage', 'g1', 'Antal driftavbrott som Länsteknik kan påverka', { targetRule: 'decrease', unitOfMeasure: 'antal' }),
  indicator('i-sec', 'g1', 'Möjlighet att mäta antalet IT-säkerhetsincidenter', { targetRule: 'done' }),
  indicator('i-nki', 'g2', 'Kundnöjdhet i kundenkäten', { targetRule: 'increase', unitOfMeasure: 'av 5', splitBySex: true }),
  indicator('i-enk', 'g3', 'Vet du var du hittar informationen?', { targetRule: 'atLeast', targetValue: 80, unitOfMeasure: '%' }),
  indicator('i-jamix', 'g4', 'JÄMIX', { targetRule: 'increase' }),
  indicator('i-turn', 'g5', 'Personalomsättning', { targetRule: 'atLeast', unitOfMeasure: '%' }),
  indicator('i-sick', 'g6', 'Sjukfrånvaro', { targetRule: 'atMost', targetValue: 3, unitOfMeasure: '%', splitBySex: true }),
  indicator('i-eko', 'g7', 'Ekonomi i balans', { targetRule: 'atLeast', targetValue: 100, unitOfMeasure: '%' }),
  { ...indicator('a-mob', 'g2', 'Uppdrag: Mobilitet', { roleKey: 'mobilitet', roleKeys: ['mobilitet'] }), measureKind: 'assignment' },
  { ...indicator('a-ark', 'g2', 'Uppdrag: Arkitektur', {}), measureKind: 'assignment' }
];

const person = (name: string) => ({ upn: `${name}@x`, objectId: name, displayName: name });
const report = (measureKey: string, periodKey: string, figures: Partial<StatusReport>, reportedAt: string, by = 'Per Lind', planKey = 'sc'): StatusReport =>
  ({ ...REPORT_DEFAULTS, key: `${measureKey}:${periodKey}:${reportedAt}`, planKey, measureKey, periodKey, status: null, comment: '',
    reportedBy: person(by), reportedAt, ...figures });
export const reports: StatusReport[] = [
  report('i-outage', 'y17', { value: 16 }, '2018-01-20T08:00:00Z'),
  report('i-outage', 'y18', { value: 14, comment: '14 driftstörningar klassades som Major Incident.' }, '2019-01-10T08:00:00Z'),
  report('i-nki', 'y17', { value: 4.31, valueWomen: 4.35, valueMen: 4.25 }, '2018-01-20T08:00:00Z'),
  report('i-nki', 'y18', { value: 4.31, valueWomen: 4.39, valueMen: 4.27 }, '2019-01-10T08:00:00Z'),
  report('i-enk', 'y18', { value: null, status: 'yellow', statusReason: 'Enkäten följs upp under 2019' }, '2019-01-10T08:00:00Z'),
  report('i-jamix', 'y18', { value: 136 }, '2019-01-10T08:00:00Z'),
  report('i-turn', 'y18', { value: 8 }, '2019-01-10T08:00:00Z'),
  report('i-sick', 'y17', { value: 3.4, valueWomen: 2.3, valueMen: 4.1, comment: 'Sjukfrånvaron ligger över målet.' }, '2018-01-20T08:00:00Z', 'Eva Berg'),
  // A first answer, corrected later the same period: the correction counts.
  report('i-sick', 'y18', { value: 3.6, valueWomen: 2, valueMen: 4.4 }, '2019-01-08T08:00:00Z'),
  report('i-sick', 'y18', { value: 3.8, valueWomen: 2.07, valueMen: 4.47, comment: 'Korttidssjukfrånvaron har ökat.' }, '2019-01-12T08:00:00Z', 'Eva Berg'),
  report('i-eko', 'y18', { value: 100 }, '2019-01-10T08:00:00Z'),
  report('a-mob', 'y18', { status: 'green', comment: 'Uppdraget är slutfört. Nu- och nyläge är dokumenterat.' }, '2019-01-11T08:00:00Z', 'Lars Nord')
];

const risk = (key: string, title: string, confidential: boolean, sortOrder: number): PlanItem =>
  goal(key, 's:vard', '', title, sortOrder, 'ik', { confidential, probability: 3, severity: 4 });
const riskItems: PlanItem[] = [
  risk('r-vpn', 'Intrång via sårbarhet i VPN-lösningen', true, 2),
  risk('r-net', 'Driftstörning i nätet slår ut journalsystemet', false, 1),
  risk('r-other', 'Risk som inte hotar något mål i styrkortet', false, 3)
];
const riskMeasure = (key: string, itemKey: string, title: string): Measure =>
  ({ ...indicator(key, itemKey, title, { roleKey: 'it', roleKeys: ['it'] }), planKey: 'ik', measureKind: 'measure' });
const riskMeasures: Measure[] = [
  riskMeasure('m-net', 'r-net', 'Redundant nätverksväg till datahallen'),
  riskMeasure('m-net2', 'r-net', 'Övning i reservrutiner'),
  riskMeasure('m-vpn', 'r-vpn', 'Byt ut VPN-koncentratorerna')
];
// Reports carry their measure's item, as every writer sets it (model/derivedKeys.ts).
const riskReports: StatusReport[] = withDerivedKeys({ items: riskItems, measures: riskMeasures, reports: [
  report('m-net', 'ik-t2', { status: 'red' }, '2018-09-10T08:00:00Z', 'Amir Haddad', 'ik'),
  report('m-net', 'ik-t3', { status: 'yellow' }, '2019-01-15T08:00:00Z', 'Amir Haddad', 'ik'),
  report('m-vpn', 'ik-t3', { status: 'green' }, '2019-01-15T08:00:00Z', 'Amir Haddad', 'ik')
] }).reports ?? [];
const links: Link[] = [
  { key: 'l1', linkType: 'threatens', fromKey: 'r-net', toKey: 'g1', planKey: 'ik', toPlanKey: 'sc' },
  { key: 'l2', linkType: 'threatens', fromKey: 'r-vpn', toKey: 'g1', planKey: 'ik', toPlanKey: 'sc' },
  { key: 'l3', linkType: 'responsible', fromKey: 'r-other', toKey: 'g2', planKey: 'ik' }
];
// Reports count only from a measure's holder or delegate (reportAuthority.ts): each writer below holds or stands in for the role.
const roles: Role[] = [
  { key: 'chef', title: 'Divisionschef', unitKey: null, holder: person('Per Lind'), delegate: person('Eva Berg') },
  { key: 'mobilitet', title: 'Uppdragsledare mobilitet', unitKey: null, holder: person('Lars Nord'), delegate: null },
  { key: 'it', title: 'IT-chef', unitKey: null, holder: person('Amir Haddad'), delegate: null }
];

const whereAny = <T>(rows: T[]) => async (property: keyof T, values: readonly unknown[]) =>
  rows.filter((r) => values.includes(r[property]));

/** Lists the view does not read here (the Store grows as others build): empty, so a new read does not break the test. */
const emptyList = { all: async () => [], where: async () => [], whereAny: async () => [], byKey: async () => null };
const withEmptyLists = (lists: Record<string, unknown>): Store =>
  new Proxy(lists, { get: (target, name: string) => (name in target ? target[name] : emptyList) }) as unknown as Store;

export function fakeStore(options: { settings?: Setting | null; calls?: string[] } = {}): Store {
  const calls = options.calls ?? [];
  return withEmptyLists({
    plans: { all: async () => [riskPlan, olderScorecard, scorecard] },
    roles: { all: async () => roles },
    categories: { all: async () => categories },
    settings: { byKey: async () => options.settings ?? null },
    loadPlan: async (planKey: string) => {
      calls.push(`loadPlan:${planKey}`);
      return { plan: scorecard, items: goals, measures, periods, reports, links: [], chapters: [] };
    },
    links: { where: async (condition: Partial<Link>) => { calls.push('links'); return links.filter((l) => l.linkType === condition.linkType); } },
    items: { whereAny: whereAny(riskItems) },
    measures: { whereAny: whereAny(riskMeasures) },
    statusReports: { whereAny: whereAny(riskReports) },
    periods: { whereAny: whereAny(riskPeriods) }
  });
}
