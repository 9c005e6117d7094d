/**
 * A small security report of our own for the chapter tests: three areas with owner roles (one with a
 * delegate), a coordinating role named in the setting, a plan with two reporting rounds, goals with
 * indicators of several rules (one split by sex), and risks of the year's internal control plan linked
 * to an area (one confidential), plus one of last year's that must not show.
 */
import { withDerivedKeys } from '../../model/derivedKeys';
import { COORDINATOR_ROLES_SETTING } from '../../model/chapter';
import { ITEM_DEFAULTS, MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../../model/defaults';
import { FollowUpPeriod, Measure, PersonRef, Plan, PlanItem, Role, SecurityArea, StatusReport } from '../../model/types';
import { createMemoryStore, MemoryStore } from './memoryStore';

export const person = (upn: string, displayName: string): PersonRef => ({ upn, objectId: `oid-${upn}`, displayName });
export const people = {
  lena: person('lena.bjork@norrvik.test', 'Lena Björk'),
  henrik: person('henrik.wall@norrvik.test', 'Henrik Wall'),
  camilla: person('camilla.nord@norrvik.test', 'Camilla Nord'),
  tobias: person('tobias.lindgren@norrvik.test', 'Tobias Lindgren'),
  elin: person('elin.forsberg@norrvik.test', 'Elin Forsberg')
};
export const actor = (p: PersonRef): { upn: string; displayName: string } => ({ upn: p.upn, displayName: p.displayName });

export const PLAN = 'plan:sakerhetsberattelse-2026';
export const HALF = 'period:sakerhetsberattelse-2026:halvar';
export const YEAR = 'period:sakerhetsberattelse-2026:helar';
export const AREA = { work: 'area:arbetsmiljo', fire: 'area:brand', it: 'area:it' };
export const TODAY = '2027-01-20';

export const roles: Role[] = [
  { key: 'role:omr:arbetsmiljo', title: 'Funktionsområdesansvarig arbetsmiljö', unitKey: null, holder: people.lena, delegate: people.henrik },
  { key: 'role:omr:brand', title: 'Funktionsområdesansvarig brandsäkerhet', unitKey: null, holder: people.camilla, delegate: null },
  { key: 'role:omr:it', title: 'Funktionsområdesansvarig IT-säkerhet', unitKey: null, holder: null, delegate: null },
  { key: 'role:sakerhetssamordnare', title: 'Säkerhetssamordnare', unitKey: null, holder: people.tobias, delegate: null }
];

export const areas: SecurityArea[] = [
  { key: AREA.fire, title: 'Brandsäkerhet', titleEn: 'Fire safety', ownerRoleKey: 'role:omr:brand', sortOrder: 2 },
  { key: AREA.work, title: 'Arbetsmiljö', titleEn: 'Work environment', ownerRoleKey: 'role:omr:arbetsmiljo', sortOrder: 1 },
  { key: AREA.it, title: 'IT-säkerhet', titleEn: 'IT security', ownerRoleKey: 'role:omr:it', sortOrder: 3 }
];

export const plan: Plan = { key: PLAN, title: 'Säkerhetsberättelse 2026', kind: 'securityReport', year: 2026, unitKey: null, state: 'followUp', decisionDate: null, diaryNumber: 'RS 2027/12' };
const icPlan: Plan = { key: 'plan:ik-2026', title: 'Internkontrollplan 2026', kind: 'internalControl', year: 2026, unitKey: null, state: 'followUp', decisionDate: null, diaryNumber: '' };
const icPlanOld: Plan = { key: 'plan:ik-2025', title: 'Internkontrollplan 2025', kind: 'internalControl', year: 2025, unitKey: null, state: 'closed', decisionDate: null, diaryNumber: '' };

export const periods: FollowUpPeriod[] = [
  { key: HALF, planKey: PLAN, title: 'Halvår', asOfDate: '2026-06-30', deadline: '2026-08-31', state: 'closed', sortOrder: 1 },
  { key: YEAR, planKey: PLAN, title: 'Helår', asOfDate: '2026-12-31', deadline: '2027-02-15', state: 'open', sortOrder: 2 }
];
const icPeriod: FollowUpPeriod = { key: 'period:ik-2026:t2', planKey: icPlan.key, title: 'Delår augusti', asOfDate: '2026-08-31', deadline: '2026-09-15', state: 'closed', sortOrder: 2 };

const item = (key: string, planKey: string, title: string, securityAreaKey: string, sortOrder: number, confidential = false): PlanItem => ({
  ...ITEM_DEFAULTS, key, planKey, title, consequence: '', cause: '', handling: null, strategyKey: null, objectiveKey: null, securityAreaKey,
  probability: null, severity: null, residualProbability: null, residualSeverity: null, confidential, sortOrder
});
const indicator = (key: string, itemKey: string, title: string, rule: Partial<Measure>): Measure => ({
  ...MEASURE_DEFAULTS, key, planKey: PLAN, itemKey, title, measureKind: 'indicator', roleKey: null, dueDate: null, method: '', closed: false, ...rule
});
const reading = (measureKey: string, periodKey: string, value: number, split?: [number, number], planKey = PLAN): StatusReport => ({
  ...REPORT_DEFAULTS, key: `report:${measureKey}:${periodKey}:1`, planKey, measureKey, periodKey, status: null, comment: '', reportedBy: null,
  reportedAt: periodKey === HALF ? '2026-08-20T08:00:00Z' : '2027-01-10T08:00:00Z', value, valueWomen: split?.[0] ?? null, valueMen: split?.[1] ?? null
});

export const goals: PlanItem[] = [
  item('goal:arbetsmiljo', PLAN, 'Ingen ska skadas av sitt arbete; hot och våld ska minska', AREA.work, 1),
  item('goal:brand', PLAN, 'Alla vet hur de ska agera vid brand', AREA.fire, 1)
];
export const indicators: Measure[] = [
  indicator('ind:hot', 'goal:arbetsmiljo', 'Anmälda händelser av hot och våld', { targetRule: 'decrease', unitOfMeasure: 'antal', splitBySex: true }),
  indicator('ind:chefer', 'goal:arbetsmiljo', 'Andel chefer med arbetsmiljöutbildning', { targetRule: 'atLeast', targetValue: 90, unitOfMeasure: '%' }),
  indicator('ind:skyddsrond', 'goal:arbetsmiljo', 'Skyddsronder genomförda', { targetRule: 'done' }),
  indicator('ind:brandutb', 'goal:brand', 'Andel med brandskyddsutbildning', { targetRule: 'atLeast', targetValue: 90, unitOfMeasure: '%' })
];
const readings: StatusReport[] = [
  reading('ind:hot', HALF, 553, [431, 122]), reading('ind:hot', YEAR, 519, [402, 117]),
  reading('ind:chefer', HALF, 80), reading('ind:chefer', YEAR, 84),
  reading('ind:brandutb', YEAR, 92)
];

const risks: PlanItem[] = [
  item('risk:ik-2026:hot', icPlan.key, 'Hot och våld mot personal på akutmottagningen', AREA.work, 1),
  item('risk:ik-2026:passer', icPlan.key, 'Obehöriga tar sig in genom passersystemet', AREA.work, 2, true),
  item('risk:ik-2025:hot', icPlanOld.key, 'Förra årets risk om hot', AREA.work, 1)
];
const riskMeasure = (key: string, itemKey: string, title: string, planKey: string): Measure => ({
  ...MEASURE_DEFAULTS, key, planKey, itemKey, title, measureKind: 'measure', roleKey: null, dueDate: null, method: '', closed: false
});
const riskMeasures: Measure[] = [
  riskMeasure('measure:ik-2026:larm', 'risk:ik-2026:hot', 'Överfallslarm i alla behandlingsrum', icPlan.key),
  riskMeasure('measure:ik-2026:kort', 'risk:ik-2026:passer', 'Byt passerkort med svag kryptering', icPlan.key),
  riskMeasure('measure:ik-2025:x', 'risk:ik-2025:hot', 'Förra årets åtgärd', icPlanOld.key)
];
const riskReports: StatusReport[] = [
  { ...REPORT_DEFAULTS, key: 'report:larm:1', planKey: icPlan.key, measureKey: 'measure:ik-2026:larm', periodKey: icPeriod.key, status: 'yellow',
    comment: 'Hälften installerade', reportedBy: null, reportedAt: '2026-09-10T08:00:00Z' },
  { ...REPORT_DEFAULTS, key: 'report:kort:1', planKey: icPlan.key, measureKey: 'measure:ik-2026:kort', periodKey: icPeriod.key, status: 'red',
    comment: 'Hemlig kommentar', reportedBy: null, reportedAt: '2026-09-10T08:00:00Z' }
];

/** The store with the fixture; `coordinatorSetting: null` leaves the setting out, a string stores it as given. */
export function securityStore(options: { coordinatorSetting?: string | null } = {}): MemoryStore {
  const store = createMemoryStore();
  const m = store.memory;
  m.roles.seed(...roles);
  m.securityAreas.seed(...areas);
  m.plans.seed(plan, icPlan, icPlanOld);
  m.periods.seed(...periods, icPeriod);
  m.items.seed(...goals, ...risks);
  // Measures and reports carry their item's keys, as every writer sets them (model/derivedKeys.ts).
  const derived = withDerivedKeys({ items: [...goals, ...risks], measures: [...indicators, ...riskMeasures], reports: [...readings, ...riskReports] });
  m.measures.seed(...derived.measures);
  m.statusReports.seed(...(derived.reports ?? []));
  const setting = options.coordinatorSetting === undefined ? JSON.stringify(['role:sakerhetssamordnare']) : options.coordinatorSetting;
  if (setting !== null) m.settings.seed({ key: COORDINATOR_ROLES_SETTING, value: setting });
  return store;
}
