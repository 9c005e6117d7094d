/**
 * The linked risks over an in-memory Store: the risks that threaten goals (only `threatens` links, each
 * risk once per goal, in the risks' order) and those filed under security areas (the same year's other
 * plans only), each with its plan and open measures, a measure's latest report of any period with that
 * report's period; and no large list read whole.
 */
import { ITEM_DEFAULTS, MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../../model/defaults';
import { FollowUpPeriod, Link, Measure, Plan, PlanItem, StatusReport } from '../../model/types';
import { withDerivedKeys } from '../../model/derivedKeys';
import { risksOfAreas, risksThreatening, threatLinks } from '../linkedRisks';
import { createMemoryStore, MemoryStore } from './memoryStore';

const plan = (key: string, kind: Plan['kind'], year: number): Plan =>
  ({ key, title: `Plan ${key}`, kind, year, unitKey: null, state: 'followUp', decisionDate: null, diaryNumber: '' });
const item = (key: string, planKey: string, sortOrder: number, extra: Partial<PlanItem> = {}): PlanItem => ({
  ...ITEM_DEFAULTS, key, planKey, title: key, consequence: '', cause: '', handling: null, strategyKey: null, objectiveKey: null, securityAreaKey: null,
  probability: null, severity: null, residualProbability: null, residualSeverity: null, confidential: false, sortOrder, ...extra
});
const measure = (key: string, planKey: string, itemKey: string, closed = false): Measure => ({
  ...MEASURE_DEFAULTS, key, planKey, itemKey, title: key, measureKind: 'measure', roleKey: null, dueDate: null, method: '', closed
});
const period = (key: string, planKey: string, sortOrder: number): FollowUpPeriod =>
  ({ key, planKey, title: `Uppföljning ${key}`, asOfDate: '2018-12-31', deadline: '2019-01-25', state: 'open', sortOrder });
const report = (measureKey: string, periodKey: string, status: StatusReport['status'], reportedAt: string): StatusReport =>
  ({ ...REPORT_DEFAULTS, key: `${measureKey}:${reportedAt}`, planKey: 'ik', measureKey, periodKey, status, comment: '', reportedBy: null, reportedAt });
const link = (key: string, linkType: Link['linkType'], fromKey: string, toKey: string): Link =>
  ({ key, linkType, fromKey, toKey, planKey: 'ik', toPlanKey: linkType === 'threatens' ? 'sc' : null });
const PLANS = [plan('sc', 'scorecard', 2018), plan('ik', 'internalControl', 2018), plan('ik17', 'internalControl', 2017),
  plan('sb', 'securityReport', 2018), plan('sb-other', 'securityReport', 2018)];
const ITEMS = [item('g1', 'sc', 1), item('g2', 'sc', 2), item('r1', 'ik', 2), item('r2', 'ik', 1),
  item('area-risk', 'ik', 1, { securityAreaKey: 'a1' }), item('old-risk', 'ik17', 1, { securityAreaKey: 'a1' }),
  item('area-goal', 'sb', 1, { securityAreaKey: 'a1' }), item('other-goal', 'sb-other', 1, { securityAreaKey: 'a1' })];
/** Measures and reports carry their item's keys, as every writer sets them (model/derivedKeys.ts). */
const DERIVED = withDerivedKeys({
  items: ITEMS,
  measures: [measure('m1', 'ik', 'r1'), measure('m1-closed', 'ik', 'r1', true), measure('m2', 'ik', 'r2'), measure('m3', 'ik', 'area-risk'),
    measure('m-old', 'ik17', 'old-risk')],
  reports: [report('m1', 't3', 'yellow', '2019-01-10T00:00:00Z'), report('m1', 't2', 'red', '2018-09-01T00:00:00Z'),
    report('m3', 't2', 'green', '2018-09-02T00:00:00Z'), report('m-old', 't2', 'red', '2017-09-02T00:00:00Z')]
});

function store(): MemoryStore {
  const s = createMemoryStore();
  s.memory.plans.seed(...PLANS);
  s.memory.items.seed(...ITEMS);
  s.memory.measures.seed(...DERIVED.measures);
  s.memory.periods.seed(period('t2', 'ik', 2), period('t3', 'ik', 3));
  s.memory.statusReports.seed(...(DERIVED.reports ?? []));
  s.memory.links.seed(link('l1', 'threatens', 'r1', 'g1'), link('l1b', 'threatens', 'r1', 'g1'), link('l2', 'threatens', 'r2', 'g1'),
    link('l3', 'threatens', 'r1', 'g2'), link('l4', 'responsible', 'm2', 'g2'), link('l5', 'threatens', 'gone', 'g1'));
  return s;
}

const s0 = store();

describe('the risks that threaten goals', () => {
  it('gives each goal its threatening risks once, in the risks’ order, with their plan', async () => {
    const byGoal = await risksThreatening(store(), PLANS[0], await threatLinks(s0), PLANS);
    expect(byGoal.get('g1')?.map((l) => [l.risk.key, l.plan?.key])).toEqual([['r2', 'ik'], ['r1', 'ik']]);
    expect(byGoal.get('g2')?.map((l) => l.risk.key)).toEqual(['r1']);
    expect(await risksThreatening(store(), PLANS[1], await threatLinks(s0), PLANS)).toEqual(new Map());
  });

  it('gives each open measure its latest report of any period, with that report’s period', async () => {
    const r1 = (await risksThreatening(store(), PLANS[0], await threatLinks(s0), PLANS)).get('g1')?.find((l) => l.risk.key === 'r1');
    expect(r1?.measures.map((m) => [m.measure.key, m.latest?.status, m.period?.title])).toEqual([['m1', 'yellow', 'Uppföljning t3']]);
    const r2 = (await risksThreatening(store(), PLANS[0], await threatLinks(s0), PLANS)).get('g1')?.find((l) => l.risk.key === 'r2');
    expect(r2?.measures.map((m) => [m.measure.key, m.latest, m.period])).toEqual([['m2', null, null]]);
  });

  it('reads no large list whole', async () => {
    const s = store();
    await risksThreatening(s, PLANS[0], await threatLinks(s), PLANS);
    expect([s.memory.items.scans, s.memory.measures.scans, s.memory.statusReports.scans, s.memory.links.scans]).toEqual([0, 0, 0, 0]);
  });
});

describe('the risks filed under security areas', () => {
  it('takes the same year’s other plans only, not a security report’s goals', async () => {
    const s = store();
    const plans = await s.memory.plans.all();
    const byArea = await risksOfAreas(s, plans.find((p) => p.key === 'sb') as Plan, plans, ['a1', 'a2']);
    expect([...byArea.keys()]).toEqual(['a1']);
    expect(byArea.get('a1')?.map((l) => [l.risk.key, l.measures.map((m) => [m.measure.key, m.latest?.status, m.period?.key])]))
      .toEqual([['area-risk', [['m3', 'green', 't2']]]]);
    expect([s.memory.items.scans, s.memory.measures.scans, s.memory.statusReports.scans]).toEqual([0, 0, 0]);
  });
});
