import { filterRows, GroupLabels, groupRows, noFilter, registerRows, sortRows } from '../registerRows';
import type { PlanView } from '../../shared/usePlanData';
import { Category, FollowUpPeriod, Measure, PlanItem, Role, StatusReport } from '../../../model/types';

const category = (key: string, categoryType: Category['categoryType'], title: string, code: string, sortOrder: number): Category =>
  ({ key, categoryType, title, titleEn: title, code, sortOrder });
const role = (key: string, title: string): Role => ({ key, title, unitKey: null, holder: { upn: `${key}@x`, objectId: key, displayName: key }, delegate: null });
const item = (key: string, sortOrder: number, extra: Partial<PlanItem>): PlanItem => ({
  key, planKey: 'p', title: key, consequence: '', cause: '', handling: null, strategyKey: null, objectiveKey: null, securityAreaKey: null,
  probability: null, severity: null, residualProbability: null, residualSeverity: null, confidential: false, sortOrder, ...extra
});
const measure = (key: string, itemKey: string, roleKey: string | null): Measure =>
  ({ key, planKey: 'p', itemKey, title: `Åtgärd ${key}`, measureKind: 'measure', roleKeys: [], roleKey, dueDate: null, method: '', closed: false });
const period = (key: string, sortOrder: number): FollowUpPeriod =>
  ({ key, planKey: 'p', title: key, asOfDate: '2026-01-01', deadline: `2026-0${sortOrder}-15`, state: 'closed', sortOrder });
const report = (measureKey: string, periodKey: string, status: StatusReport['status']): StatusReport =>
  ({ key: `${measureKey}:${periodKey}`, planKey: 'p', measureKey, periodKey, status, comment: 'Pågår', reportedBy: null, reportedAt: '2026-01-01T00:00:00Z' });

const categories = [category('s-vard', 'strategy', 'Strategi för vård', '', 2), category('s-eko', 'strategy', 'Strategi för ekonomi', '', 4),
  category('o-c', 'controlObjective', 'Lagar och styrdokument', 'c', 1), category('o-e', 'controlObjective', 'Informationssäkerhet', 'e', 3)];
const roles = [role('hr', 'HR-direktör'), role('it', 'IT- och e-hälsochef')];
const view: PlanView = {
  plan: { key: 'p', title: 'Plan', kind: 'internalControl', year: 2026, unitKey: null, state: 'followUp', decisionDate: null, diaryNumber: '' },
  plans: [],
  items: [
    item('Bemanning', 1, { handling: 'reduce', strategyKey: 's-vard', objectiveKey: 'o-c', probability: 4, severity: 3, residualProbability: 2, residualSeverity: 2 }),
    item('Dataintrång', 2, { handling: 'eliminate', strategyKey: 's-eko', objectiveKey: 'o-e', probability: 2, severity: 4, residualProbability: 1, residualSeverity: 2, cause: 'Svaga lösenord' }),
    item('Avtal', 3, { handling: 'accept', probability: 1, severity: 1 })
  ],
  measures: [measure('m1', 'Bemanning', 'hr'), measure('m2', 'Bemanning', 'it'), measure('m3', 'Dataintrång', 'it')],
  periods: [period('t1', 1), period('t2', 2)],
  reports: [report('m1', 't1', 'red'), report('m1', 't2', 'yellow'), report('m2', 't1', 'green'), report('m2', 't2', 'red'), report('m3', 't2', 'green')],
  roles: new Map(roles.map((r) => [r.key, r])),
  categories: new Map(categories.map((c) => [c.key, c])),
  period: period('t2', 2)
};
const labels: GroupLabels = {
  none: (g) => `Ingen ${g}`, handling: (h) => h, status: (s) => s, category: (c) => c.title
};

describe('the register rows', () => {
  const rows = registerRows(view);

  it('gives each measure its latest status, the previous one and the change toward green or red', () => {
    const [m1, m2] = rows[0].measures;
    expect([m1.latest?.status, m1.previous?.status, m1.change]).toEqual(['yellow', 'red', 'better']);
    expect([m2.latest?.status, m2.previous?.status, m2.change]).toEqual(['red', 'green', 'worse']);
    expect(rows[1].measures[0].change).toBe('new');
    expect(rows[0].residualValue).toBe(4);
  });

  it('filters by strategy, objective, handling, responsible and status, each a choice of several', () => {
    expect(filterRows(rows, { ...noFilter, strategies: ['s-vard', 's-eko'] }).map((r) => r.key)).toEqual(['Bemanning', 'Dataintrång']);
    expect(filterRows(rows, { ...noFilter, objectives: ['o-e'] }).map((r) => r.key)).toEqual(['Dataintrång']);
    expect(filterRows(rows, { ...noFilter, handlings: ['accept', 'reduce'] }).map((r) => r.key)).toEqual(['Bemanning', 'Avtal']);
    expect(filterRows(rows, { ...noFilter, roles: ['hr'] }).map((r) => r.key)).toEqual(['Bemanning']);
    expect(filterRows(rows, { ...noFilter, statuses: ['green'] }).map((r) => r.key)).toEqual(['Dataintrång']);
  });

  it('asks role and status of the same measure', () => {
    expect(filterRows(rows, { ...noFilter, roles: ['hr'], statuses: ['red'] })).toEqual([]);
    expect(filterRows(rows, { ...noFilter, roles: ['it'], statuses: ['red'] }).map((r) => r.key)).toEqual(['Bemanning']);
  });

  it('filters by a heat map cell of the inherent or the residual assessment, and by free text', () => {
    expect(filterRows(rows, { ...noFilter, cell: '4x3' }).map((r) => r.key)).toEqual(['Bemanning']);
    expect(filterRows(rows, { ...noFilter, cell: '1x2', residual: true }).map((r) => r.key)).toEqual(['Dataintrång']);
    expect(filterRows(rows, { ...noFilter, search: 'svaga LÖSENORD' }).map((r) => r.key)).toEqual(['Dataintrång']);
  });

  it('sorts by risk, handling, risk value and worst status, both ways, keeping the plan order on ties', () => {
    expect(sortRows(rows, { key: 'value', descending: true }).map((r) => r.key)).toEqual(['Bemanning', 'Dataintrång', 'Avtal']);
    expect(sortRows(rows, { key: 'risk', descending: false }).map((r) => r.key)).toEqual(['Avtal', 'Bemanning', 'Dataintrång']);
    expect(sortRows(rows, { key: 'handling', descending: false }).map((r) => r.key)).toEqual(['Avtal', 'Bemanning', 'Dataintrång']);
    expect(sortRows(rows, { key: 'status', descending: true }).map((r) => r.key)).toEqual(['Bemanning', 'Dataintrång', 'Avtal']);
    expect(sortRows(rows, null).map((r) => r.key)).toEqual(['Bemanning', 'Dataintrång', 'Avtal']);
  });

  it('groups by strategy in the categories’ order, with the risks without one last', () => {
    const { rows: grouped, groups } = groupRows(rows, 'strategy', labels);
    expect(groups?.map((g) => [g.name, g.startIndex, g.count])).toEqual([['Strategi för vård', 0, 1], ['Strategi för ekonomi', 1, 1], ['Ingen strategy', 2, 1]]);
    expect(new Set(grouped.map((r) => r.key)).size).toBe(3);
  });

  it('places a risk under each responsible, with only that role’s measures', () => {
    const { rows: grouped, groups } = groupRows(rows, 'responsible', labels);
    expect(groups?.map((g) => [g.name, g.count])).toEqual([['HR-direktör', 1], ['IT- och e-hälsochef', 2], ['Ingen responsible', 1]]);
    expect(grouped[0].measures.map((m) => m.measure.key)).toEqual(['m1']);
    expect(grouped[1].measures.map((m) => m.measure.key)).toEqual(['m2']);
    expect(new Set(grouped.map((r) => r.key)).size).toBe(grouped.length);
  });

  it('groups by status worst first, leaving out measures the filter excludes', () => {
    const { groups } = groupRows(rows, 'status', labels);
    expect(groups?.map((g) => [g.key, g.count])).toEqual([['red', 1], ['yellow', 1], ['green', 1], ['none', 1]]);
    const onlyRed = groupRows(rows, 'status', labels, (m) => m.latest?.status === 'red');
    expect(onlyRed.groups?.map((g) => g.key)).toEqual(['red', 'none']);
  });

  it('does not group when asked for none', () => {
    expect(groupRows(rows, 'none', labels).groups).toBeUndefined();
  });
});
