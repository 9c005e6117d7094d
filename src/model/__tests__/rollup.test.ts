import { ITEM_DEFAULTS, MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../defaults';
import { chaseList, periodOverviewByUnit, plansUnder, rollupHeatMap, unitTree } from '../rollup';
import { FollowUpPeriod, Measure, OrgUnit, Plan, PlanItem, Role, StatusReport } from '../types';

const unit = (key: string, title: string, parentKey: string | null, level: OrgUnit['level']): OrgUnit => ({ key, title, parentKey, level });
const units: OrgUnit[] = [
  unit('region', 'Region Norrvik', null, 'region'),
  unit('hsf', 'Hälso- och sjukvårdsförvaltningen', 'region', 'administration'),
  unit('rs', 'Regionstaben', 'region', 'administration'),
  unit('pv', 'Primärvården', 'hsf', 'department'),
  unit('vc', 'Vårdcentralen Norrvik', 'pv', 'unit'),
  unit('sekr', 'Sekretariatet', 'rs', 'unit')
];
const person = (upn: string, displayName: string): Role['holder'] => ({ upn, objectId: upn, displayName });
const roles: Role[] = [
  { key: 'ec-vc', title: 'Enhetschef VC Norrvik', unitKey: 'vc', holder: person('eva@x', 'Eva'), delegate: person('dan@x', 'Dan') },
  { key: 'ac-pv', title: 'Avdelningschef primärvård', unitKey: 'pv', holder: person('per@x', 'Per'), delegate: null },
  { key: 'ec-sekr', title: 'EC Sekretariatet', unitKey: 'sekr', holder: person('sara@x', 'Sara'), delegate: null },
  { key: 'ec-vc2', title: 'Verksamhetsutvecklare VC', unitKey: 'vc', holder: person('Eva@X', 'Eva'), delegate: null },
  { key: 'vacant', title: 'Miljöstrateg', unitKey: 'gone', holder: null, delegate: null }
];
const measure = (key: string, roleKey: string | null, closed = false, planKey = 'p'): Measure =>
  ({ ...MEASURE_DEFAULTS, key, planKey, itemKey: 'i', title: key, measureKind: 'measure', roleKey, dueDate: null, method: '', closed });
const measures = [measure('m1', 'ec-vc'), measure('m2', 'ec-vc'), measure('m3', 'ac-pv'), measure('m4', 'ec-sekr'),
  measure('m5', 'vacant'), measure('m6', null), measure('m7', 'ec-vc', true), measure('m8', 'ec-vc2'), measure('x1', 'ec-vc', false, 'other')];
const period: FollowUpPeriod = { key: 't2', planKey: 'p', title: 'Delår augusti', asOfDate: '2026-08-31', deadline: '2026-09-15', state: 'open', sortOrder: 2 };
const report = (measureKey: string, periodKey = 't2'): StatusReport =>
  ({ ...REPORT_DEFAULTS, key: `${measureKey}:${periodKey}`, planKey: 'p', measureKey, periodKey, status: 'green', comment: '', reportedBy: null, reportedAt: '2026-09-01T08:00:00Z' });
const reports = [report('m1'), report('m4'), report('m3', 't1')];

describe('the period per unit, rolled up the tree', () => {
  it('counts each measure in its role’s unit and in every unit above it, in tree order', () => {
    const rows = periodOverviewByUnit(period, measures, reports, roles, units, '2026-09-10');
    expect(rows.map((r) => [r.unit?.key ?? null, r.depth, r.total, r.answered])).toEqual([
      ['region', 0, 5, 2],
      ['hsf', 1, 4, 1],
      ['pv', 2, 4, 1],
      ['vc', 3, 3, 1],
      ['rs', 1, 1, 1],
      ['sekr', 2, 1, 1],
      [null, 0, 2, 0]
    ]);
    const pv = rows.find((r) => r.unit?.key === 'pv');
    expect(pv).toMatchObject({ ownTotal: 1, unanswered: 3, late: 0, shareAnswered: 1 / 4 });
  });

  it('counts the unanswered as late once the deadline has passed', () => {
    const rows = periodOverviewByUnit(period, measures, reports, roles, units, '2026-09-16');
    expect(rows[0]).toMatchObject({ unit: units[0], late: 3, unanswered: 3 });
  });

  it('leaves out units with nothing to answer and survives a cycle in the tree', () => {
    const cyclic = [...units, unit('a', 'A', 'b', 'unit'), unit('b', 'B', 'a', 'unit')];
    const rows = periodOverviewByUnit(period, [measure('m1', 'ec-vc')], [], roles, cyclic, '2026-09-10');
    expect(rows.map((r) => r.unit?.key)).toEqual(['region', 'hsf', 'pv', 'vc']);
  });

  it('orders the tree with parents before children and siblings alphabetically', () => {
    expect(unitTree(units).map((u) => `${u.depth}:${u.unit.key}`)).toEqual(['0:region', '1:hsf', '2:pv', '3:vc', '1:rs', '2:sekr']);
  });
});

describe('whom to chase', () => {
  it('lists each role holder once with their unanswered measures, and notes the delegate', () => {
    const list = chaseList(period, measures, reports, roles, '2026-09-10');
    const eva = list.find((e) => e.person?.upn === 'eva@x');
    expect(eva?.roles.map((r) => r.key)).toEqual(['ec-vc', 'ec-vc2']);
    expect(eva?.measures.map((m) => m.measure.key)).toEqual(['m2', 'm8']);
    expect(eva?.delegates.map((d) => d.upn)).toEqual(['dan@x']);
    expect(list.some((e) => e.person?.upn === 'sara@x')).toBe(false);
  });

  it('keeps a vacant role and measures without a role, with no person to write to', () => {
    const list = chaseList(period, measures, reports, roles, '2026-09-10');
    expect(list.filter((e) => e.person === null).map((e) => e.measures.map((m) => m.measure.key))).toEqual(
      expect.arrayContaining([['m5'], ['m6']]));
  });

  it('puts people with late answers first once the deadline has passed, most unanswered first', () => {
    const list = chaseList(period, measures, reports, roles, '2026-09-16');
    expect(list[0].person?.upn).toBe('eva@x');
    expect(list[0].late).toBe(2);
    expect(list.every((e) => e.measures.every((m) => m.late))).toBe(true);
    const before = chaseList(period, measures, reports, roles, '2026-09-10');
    expect(before.every((e) => e.late === 0)).toBe(true);
  });
});

describe('the heat map over a unit and its sub-units', () => {
  const plan = (key: string, unitKey: string | null): Plan =>
    ({ key, title: key, kind: 'internalControl', year: 2026, unitKey, state: 'followUp', decisionDate: null, diaryNumber: '' });
  const plans = [plan('p-region', 'region'), plan('p-pv', 'pv'), plan('p-vc', 'vc'), plan('p-rs', 'rs'), plan('p-none', null)];
  const item = (key: string, planKey: string, p: number | null, c: number | null, rp: number | null = null, rc: number | null = null): PlanItem =>
    ({ ...ITEM_DEFAULTS, key, planKey, title: key, consequence: '', cause: '', handling: null, strategyKey: null, objectiveKey: null, securityAreaKey: null,
      probability: p, severity: c, residualProbability: rp, residualSeverity: rc, confidential: false, sortOrder: 0 });
  const items = [item('a', 'p-region', 4, 4, 2, 2), item('b', 'p-pv', 4, 4, 1, 2), item('c', 'p-vc', 3, 2), item('d', 'p-rs', 4, 4), item('e', 'p-none', 4, 4)];

  it('counts the risks of every plan owned by the unit or below it', () => {
    expect(plansUnder(units, 'hsf', plans).map((p) => p.key)).toEqual(['p-pv', 'p-vc']);
    const counts = rollupHeatMap(units, 'hsf', plans, items);
    expect(Object.fromEntries(counts)).toEqual({ '4x4': 1, '3x2': 1 });
    expect(rollupHeatMap(units, 'region', plans, items).get('4x4')).toBe(3);
  });

  it('counts the residual assessment when asked, leaving out risks without one', () => {
    expect(Object.fromEntries(rollupHeatMap(units, 'region', plans, items, true))).toEqual({ '2x2': 1, '1x2': 1 });
  });
});
