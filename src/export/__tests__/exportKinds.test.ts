/**
 * Every plan kind exports in the import's own format: an action plan's activities with their focus area,
 * goal, method and every responsible role, and a scorecard's goals and indicators with the target rule
 * and the period's value for women and men, read back by the import as the same plan.
 */
import { parseWorkbook } from '../../import/parseWorkbook';
import { ImportFocusArea, ImportGoal } from '../../import/types';
import { ITEM_DEFAULTS, MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../../model/defaults';
import { Category, FollowUpPeriod, Measure, Plan, PlanItem, Role, StatusReport } from '../../model/types';
import { exportPlanToXlsx } from '../exportPlan';

const role = (key: string, title: string): [string, Role] => [key, { key, title, unitKey: null, holder: null, delegate: null }];
const roles = new Map<string, Role>([role('role:lsg', 'LSG-patientsäkerhet'), role('role:team', 'Patientsäkerhetsteamet'), role('role:vc', 'Verksamhetschef')]);
const category = (key: string, title: string, categoryType: Category['categoryType']): [string, Category] =>
  [key, { key, title, titleEn: '', categoryType, code: '', sortOrder: 1 }];

function item(plan: Plan, n: number, fields: Partial<PlanItem>): PlanItem {
  return { ...ITEM_DEFAULTS, key: `item:${plan.key}:${n}`, planKey: plan.key, title: '', consequence: '', cause: '', handling: null, strategyKey: null,
    objectiveKey: null, securityAreaKey: null, probability: null, severity: null, residualProbability: null, residualSeverity: null,
    confidential: false, sortOrder: n, ...fields };
}

function measure(plan: Plan, n: number, m: number, fields: Partial<Measure>): Measure {
  return { ...MEASURE_DEFAULTS, key: `m:${plan.key}:${n}:${m}`, planKey: plan.key, itemKey: `item:${plan.key}:${n}`, title: '', measureKind: 'activity',
    roleKey: null, dueDate: null, method: '', closed: false, ...fields };
}

const periodOf = (plan: Plan): FollowUpPeriod =>
  ({ key: `period:${plan.key}`, planKey: plan.key, title: 'Delår augusti', asOfDate: '2026-08-31', deadline: '2026-09-15', state: 'open', sortOrder: 1 });

describe('export of every plan kind', () => {
  it('writes an action plan that the import reads back with its focus areas, activities and every responsible role', async () => {
    const plan: Plan = { key: 'plan:ps', title: 'Handlingsplan för patientsäkerhet 2026', kind: 'patientSafety', year: 2026, unitKey: null,
      state: 'followUp', decisionDate: null, diaryNumber: '' };
    const items = [item(plan, 1, { title: 'Säker vård här och nu', strategyKey: 'focus:nu' })];
    const measures = [measure(plan, 1, 1, { title: 'Införa strukturerad överrapportering', goal: 'Alla enheter använder SBAR', method: 'Journalgranskning',
      roleKey: 'role:lsg', roleKeys: ['role:lsg', 'role:team'] })];
    const period = periodOf(plan);
    const reports: StatusReport[] = [{ ...REPORT_DEFAULTS, key: 'r1', planKey: plan.key, measureKey: measures[0].key, periodKey: period.key, status: 'yellow',
      comment: 'Införd på hälften av enheterna.', reportedBy: null, reportedAt: '2026-09-01T10:00:00Z' }];
    const bytes = await exportPlanToXlsx({ plan, items, measures, roles, reports, period, locale: 'sv-SE',
      categories: new Map([category('focus:nu', 'Säker vård här och nu', 'focusArea')]) });
    const result = await parseWorkbook(bytes, 'handlingsplan.xlsx');
    expect(result.errors).toEqual([]);
    expect(result.plan?.kind).toBe('patientSafety');
    const [focus] = result.items as ImportFocusArea[];
    expect(focus.focusArea).toBe('Säker vård här och nu');
    expect(focus.measures).toHaveLength(1);
    expect(focus.measures[0]).toMatchObject({ text: 'Införa strukturerad överrapportering', goal: 'Alla enheter använder SBAR', method: 'Journalgranskning',
      status: 'yellow', comment: 'Införd på hälften av enheterna.' });
    expect(focus.measures[0].responsibles ?? [focus.measures[0].responsible]).toEqual(['LSG-patientsäkerhet', 'Patientsäkerhetsteamet']);
  });

  it('writes a scorecard that the import reads back with the target rule and the value for women and men', async () => {
    const plan: Plan = { key: 'plan:sk', title: 'Styrkort 2026 Länsteknik', kind: 'scorecard', year: 2026, unitKey: null,
      state: 'followUp', decisionDate: null, diaryNumber: '' };
    const items = [item(plan, 1, { title: 'Friska medarbetare', strategyKey: 'persp:med', strategicGoal: 'Attraktiv arbetsgivare' })];
    const measures = [measure(plan, 1, 1, { title: 'Sjukfrånvaro', measureKind: 'indicator', targetRule: 'atMost', targetValue: 3, unitOfMeasure: '%',
      splitBySex: true, roleKey: 'role:vc', roleKeys: ['role:vc'] })];
    const period = periodOf(plan);
    const reports: StatusReport[] = [{ ...REPORT_DEFAULTS, key: 'r1', planKey: plan.key, measureKey: measures[0].key, periodKey: period.key, status: null,
      value: 3.8, valueWomen: 4.4, valueMen: 2.9, comment: 'Korttidsfrånvaron har ökat.', reportedBy: null, reportedAt: '2026-09-01T10:00:00Z' }];
    const bytes = await exportPlanToXlsx({ plan, items, measures, roles, reports, period, locale: 'sv-SE',
      categories: new Map([category('persp:med', 'Medarbetare', 'perspective')]) });
    const result = await parseWorkbook(bytes, 'styrkort.xlsx');
    expect(result.errors).toEqual([]);
    expect(result.plan?.kind).toBe('scorecard');
    const [goal] = result.items as ImportGoal[];
    expect(goal).toMatchObject({ goal: 'Friska medarbetare', perspective: 'Medarbetare', strategicGoal: 'Attraktiv arbetsgivare' });
    expect(goal.measures[0]).toMatchObject({ text: 'Sjukfrånvaro', target: { rule: 'atMost', value: 3 }, splitBySex: true });
    expect(goal.measures[0].values[0]).toMatchObject({ value: 3.8, women: 4.4, men: 2.9, comment: 'Korttidsfrånvaron har ökat.' });
  });
});
