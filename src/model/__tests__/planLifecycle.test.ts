import { ITEM_DEFAULTS, MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../defaults';
import { canTransition, copyToNextYear, keyForYear, validateDecision } from '../planLifecycle';
import { threatLink } from '../planKinds';
import { validateItem, validateMeasure, validatePeriod } from '../validation';
import { Measure, Plan, PlanItem, StatusReport } from '../types';

const plan: Plan = { key: 'plan:ik-2026-rs', title: 'Internkontrollplan 2026 RS', kind: 'internalControl', year: 2026, unitKey: 'unit:rs',
  state: 'followUp', decisionDate: '2026-01-27', diaryNumber: 'RS 2026/1' };
const item = (key: string): PlanItem => ({ ...ITEM_DEFAULTS, key, planKey: plan.key, title: key, consequence: '', cause: '', handling: 'reduce', strategyKey: null,
  objectiveKey: null, securityAreaKey: null, probability: 3, severity: 2, residualProbability: null, residualSeverity: null, confidential: false, sortOrder: 1 });
const measure = (key: string, itemKey: string, closed = false): Measure => ({ ...MEASURE_DEFAULTS, key, planKey: plan.key, itemKey, title: key, measureKind: 'measure',
  roleKey: 'role:a', dueDate: '2026-12-31', method: '', closed });
const report = (measureKey: string, status: StatusReport['status'], at: string): StatusReport => ({ ...REPORT_DEFAULTS, key: `r:${measureKey}:${at}`, planKey: plan.key,
  measureKey, periodKey: 'p', status, comment: 'x', reportedBy: null, reportedAt: at });

describe('plan life cycle', () => {
  it('goes draft → decided → followUp → closed and nowhere else', () => {
    expect(canTransition('draft', 'decided')).toBe(true);
    expect(canTransition('decided', 'followUp')).toBe(true);
    expect(canTransition('followUp', 'closed')).toBe(true);
    expect(canTransition('draft', 'closed')).toBe(false);
    expect(canTransition('closed', 'draft')).toBe(false);
  });

  it('needs a decision date and a diary number to decide', () => {
    expect(validateDecision('', '')).toEqual({ decisionDate: 'required', diaryNumber: 'required' });
    expect(validateDecision('2026-02-30', 'RS 1')).toEqual({ decisionDate: 'invalidDate' });
    expect(validateDecision('2026-02-03', 'RS 2026/12')).toEqual({});
  });

  it('copies open risks and measures to next year, leaving done ones behind', () => {
    const items = [item('risk:ik-2026-rs:01'), item('risk:ik-2026-rs:02'), item('risk:ik-2026-rs:03')];
    const measures = [measure('m:ik-2026-rs:01:1', items[0].key), measure('m:ik-2026-rs:01:2', items[0].key),
      measure('m:ik-2026-rs:02:1', items[1].key), measure('m:ik-2026-rs:03:1', items[2].key, true)];
    const reports = [report('m:ik-2026-rs:01:1', 'green', '2026-09-01T10:00:00Z'), report('m:ik-2026-rs:01:2', 'green', '2026-05-01T10:00:00Z'),
      report('m:ik-2026-rs:01:2', 'yellow', '2026-09-01T10:00:00Z'), report('m:ik-2026-rs:02:1', 'green', '2026-09-01T10:00:00Z')];
    const copy = copyToNextYear(plan, items, measures, reports);
    expect(copy.plan).toMatchObject({ key: 'plan:ik-2027-rs', title: 'Internkontrollplan 2027 RS', year: 2027, state: 'draft', diaryNumber: '' });
    expect(copy.items.map((i) => i.key)).toEqual(['risk:ik-2027-rs:01']);
    expect(copy.measures.map((m) => m.key)).toEqual(['m:ik-2027-rs:01:2']);
    expect(copy.measures[0]).toMatchObject({ planKey: 'plan:ik-2027-rs', itemKey: 'risk:ik-2027-rs:01', dueDate: null });
    expect(copyToNextYear(plan, items, measures, reports)).toEqual(copy);
    expect(keyForYear('risk:abc', 2026, 2027)).toBe('risk:abc@2027');
  });

  it('carries a copied risk\'s threatened goals and its measures\' responsible roles, and nothing of a risk left behind', () => {
    const items = [item('risk:ik-2026-rs:01'), item('risk:ik-2026-rs:02')];
    const measures = [{ ...measure('m:ik-2026-rs:01:1', items[0].key), roleKeys: ['role:a', 'role:b'] }, measure('m:ik-2026-rs:02:1', items[1].key)];
    const reports = [report('m:ik-2026-rs:02:1', 'green', '2026-09-01T10:00:00Z')];
    const links = [threatLink(items[0], 'goal:sk-2026:1'), threatLink(items[0], 'goal:sk-2026:4'), threatLink(items[1], 'goal:sk-2026:2')];
    const copy = copyToNextYear(plan, items, measures, reports, links);
    expect(copy.links.filter((l) => l.linkType === 'threatens').map((l) => [l.fromKey, l.toKey, l.planKey])).toEqual([
      ['risk:ik-2027-rs:01', 'goal:sk-2026:1', 'plan:ik-2027-rs'], ['risk:ik-2027-rs:01', 'goal:sk-2026:4', 'plan:ik-2027-rs']
    ]);
    expect(copy.links.filter((l) => l.linkType === 'responsible').map((l) => [l.fromKey, l.toKey])).toEqual([
      ['m:ik-2027-rs:01:1', 'role:a'], ['m:ik-2027-rs:01:1', 'role:b']
    ]);
    expect(copy.measures[0].roleKeys).toEqual(['role:a', 'role:b']);
  });
});

describe('validation before any write', () => {
  it('requires a risk text and a whole assessment within the matrix', () => {
    expect(validateItem({ ...item('x'), title: ' ', probability: 5, severity: 1 })).toEqual({ title: 'required', probability: 'assessmentOutOfRange' });
    expect(validateItem({ ...item('x'), residualProbability: 2 })).toEqual({ residualProbability: 'assessmentIncomplete' });
  });

  it('requires a measure text and a responsible role, and a real date', () => {
    expect(validateMeasure({ ...measure('m', 'i'), title: '', roleKey: null, dueDate: '2026-13-01' }))
      .toEqual({ title: 'required', roleKey: 'roleRequired', dueDate: 'invalidDate' });
  });

  it('refuses a period whose deadline is before its date or whose title is taken', () => {
    const p = { key: 'p1', planKey: plan.key, title: 'Delår augusti', asOfDate: '2026-08-31', deadline: '2026-08-01', state: 'open' as const, sortOrder: 1 };
    expect(validatePeriod(p, [])).toEqual({ deadline: 'deadlineBeforeAsOf' });
    expect(validatePeriod({ ...p, key: 'p2', deadline: '2026-09-15' }, [p])).toEqual({ title: 'duplicateTitle' });
  });
});
