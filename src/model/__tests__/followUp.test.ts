import { MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../defaults';
import { currentPeriod, latestReports, openRequests, periodOverview, previousPeriod } from '../followUp';
import { FollowUpPeriod, Measure, Role, StatusReport } from '../types';

const period = (key: string, deadline: string, sortOrder: number, state: FollowUpPeriod['state'] = 'closed'): FollowUpPeriod =>
  ({ key, planKey: 'p', title: key, asOfDate: deadline, deadline, state, sortOrder });
const measure = (key: string, roleKey: string | null, closed = false): Measure =>
  ({ ...MEASURE_DEFAULTS, key, planKey: 'p', itemKey: 'i', title: key, measureKind: 'measure', roleKey, dueDate: null, method: '', closed });
const report = (measureKey: string, periodKey: string, status: StatusReport['status'], reportedAt: string): StatusReport =>
  ({ ...REPORT_DEFAULTS, key: `${measureKey}:${periodKey}:${reportedAt}`, planKey: 'p', measureKey, periodKey, status, comment: '', reportedBy: null, reportedAt });
const person = (upn: string) => ({ upn, objectId: upn, displayName: upn });

const periods = [period('t1', '2026-05-15', 1), period('t2', '2026-09-15', 2), period('t3', '2026-12-01', 3, 'open')];
const roles: Role[] = [
  { key: 'r1', title: 'Regionstabschef', unitKey: null, holder: person('anna@x'), delegate: null },
  { key: 'r2', title: 'HR-direktör', unitKey: null, holder: person('bo@x'), delegate: person('Anna@X') }
];
const measures = [measure('m1', 'r1'), measure('m2', 'r1'), measure('m3', 'r2'), measure('m4', 'r2', true)];

describe('follow-up rules', () => {
  it('takes the latest report in a period as the status, so a correction wins', () => {
    const latest = latestReports([report('m1', 't1', 'red', '2026-05-10T08:00:00Z'), report('m1', 't1', 'yellow', '2026-05-11T08:00:00Z'),
      report('m1', 't2', 'green', '2026-09-01T08:00:00Z')], 't1');
    expect(latest.get('m1')?.status).toBe('yellow');
  });

  it('finds the previous period and the one being worked on', () => {
    expect(previousPeriod(periods, 't3')?.key).toBe('t2');
    expect(previousPeriod(periods, 't1')).toBeNull();
    expect(currentPeriod(periods, '2026-11-23')?.key).toBe('t3');
  });

  it('counts answered, unanswered and late per responsible, leaving closed measures out', () => {
    const reports = [report('m1', 't3', 'green', '2026-11-20T08:00:00Z')];
    const before = periodOverview(periods[2], measures, reports, '2026-11-23');
    expect(before).toMatchObject({ total: 3, answered: 1, unanswered: 2, late: 0 });
    const after = periodOverview(periods[2], measures, reports, '2026-12-02');
    expect(after.late).toBe(2);
    expect(after.byRole[0]).toMatchObject({ roleKey: 'r1', late: 1 });
    expect(after.statusCounts.green).toBe(1);
  });

  it("lists a person's open requests for roles held and delegated, with the previous answer", () => {
    const reports = [report('m2', 't2', 'yellow', '2026-09-10T08:00:00Z'), report('m1', 't3', 'green', '2026-11-20T08:00:00Z')];
    const open = openRequests('anna@x', roles, measures, periods, reports, '2026-11-23');
    expect(open.map((r) => r.measure.key).sort()).toEqual(['m2', 'm3']);
    expect(open.find((r) => r.measure.key === 'm2')?.previous?.status).toBe('yellow');
    expect(open[0].daysLeft).toBe(8);
  });
});
