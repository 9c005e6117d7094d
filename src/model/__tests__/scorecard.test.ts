import { MEASURE_DEFAULTS, ITEM_DEFAULTS, REPORT_DEFAULTS } from '../defaults';
import { defaultFulfilmentSettings } from '../fulfilment';
import { scorecardSections } from '../scorecard';
import { Category, FollowUpPeriod, Measure, PlanItem, StatusReport } from '../types';

const period = (key: string, planKey: string, sortOrder: number, deadline: string, state: FollowUpPeriod['state'] = 'closed'): FollowUpPeriod =>
  ({ key, planKey, title: key, asOfDate: deadline, deadline, state, sortOrder });
const item = (key: string, planKey: string, strategyKey: string | null, strategicGoal = '', sortOrder = 0): PlanItem => ({
  ...ITEM_DEFAULTS, key, planKey, title: key, consequence: '', cause: '', handling: null, strategyKey, objectiveKey: null, securityAreaKey: null,
  probability: null, severity: null, residualProbability: null, residualSeverity: null, confidential: false, sortOrder, strategicGoal
});
const measure = (key: string, planKey: string, itemKey: string, extra: Partial<Measure> = {}): Measure => ({
  ...MEASURE_DEFAULTS, key, planKey, itemKey, title: key, measureKind: 'indicator', roleKey: null, dueDate: null, method: '', closed: false, ...extra
});
const report = (measureKey: string, periodKey: string, value: number | null, reportedAt: string, status: StatusReport['status'] = null): StatusReport =>
  ({ ...REPORT_DEFAULTS, key: `${measureKey}:${periodKey}:${reportedAt}`, planKey: 'x', measureKey, periodKey, status, comment: '', reportedBy: null,
    reportedAt, value });
const perspective = (key: string, sortOrder: number): Category => ({ key, title: key, titleEn: key, categoryType: 'perspective', code: '', sortOrder });

describe('the scorecard', () => {
  const periods = [period('y18', 'sc', 2, '2019-01-31', 'open'), period('y17', 'sc', 1, '2018-01-31')];
  const categories = [perspective('ma', 2), perspective('mb', 1), { ...perspective('s', 1), categoryType: 'strategy' as const }];
  const items = [item('g2', 'sc', 'ma', 'Aktivt medarbetarskap', 2), item('g1', 'sc', 'ma', 'Attraktiv arbetsgivare', 1),
    item('g3', 'sc', 'ma', 'Attraktiv arbetsgivare', 3), item('g4', 'sc', 's')];
  const measures = [measure('sick', 'sc', 'g2', { targetRule: 'atMost', targetValue: 3 }), measure('a', 'sc', 'g1', { measureKind: 'assignment' })];
  const reports = [report('sick', 'y17', 3.4, '2018-01-10T00:00:00Z'), report('sick', 'y18', 2.5, '2019-01-10T00:00:00Z'),
    report('sick', 'y18', 3.8, '2019-01-12T00:00:00Z'), report('a', 'y18', null, '2019-01-12T00:00:00Z', 'green')];

  it('orders perspectives by the region’s order and groups goals by strategic goal, goals under none last', () => {
    const sections = scorecardSections({ items, measures, periods, reports, categories }, 'y18', defaultFulfilmentSettings);
    expect(sections.map((s) => s.perspective?.key ?? null)).toEqual(['mb', 'ma', null]);
    expect(sections[0].groups).toEqual([]);
    expect(sections[1].groups.map((g) => [g.strategicGoal, g.goals.map((goal) => goal.item.key)]))
      .toEqual([['Attraktiv arbetsgivare', ['g1', 'g3']], ['Aktivt medarbetarskap', ['g2']]]);
    expect(sections[2].groups[0].goals.map((g) => g.item.key)).toEqual(['g4']);
  });

  it('reads the latest report of the period against the previous period, and every period for the chart', () => {
    const sections = scorecardSections({ items, measures, periods, reports, categories }, 'y18', defaultFulfilmentSettings);
    const sick = sections[1].groups[1].goals[0].indicators[0];
    expect(sick.current?.value).toBe(3.8);
    expect(sick.previous?.value).toBe(3.4);
    expect(sick.previousPeriod?.key).toBe('y17');
    expect(sick.fulfilment).toEqual({ kind: 'computed', colour: 'red' });
    expect(sick.trend).toMatchObject({ direction: 'up', better: false });
    expect(sick.series.map((p) => [p.period.key, p.report?.value])).toEqual([['y17', 3.4], ['y18', 3.8]]);
    expect(sections[1].groups[0].goals[0].assignments[0].answer?.report?.status).toBe('green');
  });

  it('has no current reading without a period', () => {
    const sections = scorecardSections({ items, measures, periods: [], reports, categories }, null, defaultFulfilmentSettings);
    const sick = sections[1].groups[1].goals[0].indicators[0];
    expect(sick.current).toBeNull();
    expect(sick.fulfilment).toEqual({ kind: 'none', why: 'noValue' });
  });
});
