import { actionPlanStructure, textLines } from '../actionPlan';
import { ITEM_DEFAULTS, MEASURE_DEFAULTS } from '../defaults';
import { Category, Measure, PlanItem } from '../types';

const category = (key: string, categoryType: Category['categoryType'], sortOrder: number): Category =>
  ({ key, title: key, titleEn: key, categoryType, code: '', sortOrder });
const item = (key: string, strategyKey: string | null, sortOrder: number, extra: Partial<PlanItem> = {}): PlanItem => ({
  ...ITEM_DEFAULTS, key, planKey: 'p', title: key, consequence: '', cause: '', handling: null, strategyKey, objectiveKey: null,
  securityAreaKey: null, probability: null, severity: null, residualProbability: null, residualSeverity: null, confidential: false, sortOrder, ...extra
});
const activity = (key: string, itemKey: string): Measure => ({ ...MEASURE_DEFAULTS, key, planKey: 'p', itemKey, title: key, measureKind: 'activity',
  roleKey: null, dueDate: null, method: '', closed: false });

describe('the action plan’s structure', () => {
  it('reads a multi-line field as its points, without pasted bullets or blank lines', () => {
    expect(textLines('• Öka kunskapen.\r\n\n   Ge underlag.  \n- Förbättra\n\uf0b7 Följa upp')).toEqual(['Öka kunskapen.', 'Ge underlag.', 'Förbättra', 'Följa upp']);
    expect(textLines('')).toEqual([]);
    expect(textLines(null)).toEqual([]);
  });

  it('puts foundations apart from focus areas, each in its category’s order, with their activities', () => {
    const categories = new Map([category('f1', 'foundation', 1), category('f2', 'foundation', 2), category('a1', 'focusArea', 1),
      category('a2', 'focusArea', 2)].map((c) => [c.key, c]));
    const items = [item('area2', 'a2', 1), item('found2', 'f2', 1), item('loose', null, 0), item('area1', 'a1', 9, { purpose: 'Syfte' }),
      item('found1', 'f1', 5, { goals: 'Strategi 1\nStrategi 2' })];
    const structure = actionPlanStructure(items, [activity('x', 'area1'), activity('y', 'area1'), activity('z', 'found1')], categories);
    expect(structure.foundations.map((s) => s.item.key)).toEqual(['found1', 'found2']);
    expect(structure.foundations[0].goals).toEqual(['Strategi 1', 'Strategi 2']);
    expect(structure.foundations[0].activities.map((m) => m.key)).toEqual(['z']);
    // An item under no category is still shown, after the focus areas.
    expect(structure.focusAreas.map((s) => s.item.key)).toEqual(['area1', 'area2', 'loose']);
    expect(structure.focusAreas[0].purposes).toEqual(['Syfte']);
    expect(structure.focusAreas[0].activities.map((m) => m.key)).toEqual(['x', 'y']);
  });
});
