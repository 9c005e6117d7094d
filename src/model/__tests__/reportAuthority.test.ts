/**
 * A report counts only from the measure's holder or delegate at the moment it was written (reportAuthority.ts):
 * tenures say who that was, a role without tenures has had its current people all along; an import's history is
 * the importing coordinator's, in the periods the import made.
 */
import { MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../defaults';
import { importersOf, reportsForViews, reportStanding, responsibleAt, sortReports, tenuresAfter } from '../reportAuthority';
import { FollowUpPeriod, Measure, PersonRef, Role, StatusReport } from '../types';

const person = (upn: string): PersonRef => ({ upn, objectId: '', displayName: upn });
const measure: Measure = { ...MEASURE_DEFAULTS, key: 'm', planKey: 'p', itemKey: 'i', title: 'Åtgärd', measureKind: 'measure', roleKey: 'lead',
  roleKeys: ['lead', 'shared'], dueDate: null, method: '', closed: false };
const report = (by: string | null, at: string, key = `${by}-${at}`): StatusReport => ({ ...REPORT_DEFAULTS, key, planKey: 'p', measureKey: 'm', periodKey: 't',
  status: 'green', comment: '', reportedBy: by ? person(by) : null, reportedAt: at });

describe('who answered for a role when', () => {
  const before: Role = { key: 'lead', title: 'Chef', unitKey: null, holder: person('Anna@x'), delegate: person('bo@x') };

  it('is the current holder and delegate while nothing is recorded', () => {
    expect(responsibleAt(before, '2020-01-01T00:00:00Z')).toEqual({ holder: 'anna@x', delegate: 'bo@x' });
  });

  it('keeps each change of holder or delegate with its moment, and nothing when nothing changed', () => {
    const first = tenuresAfter(before, { holder: person('cia@x'), delegate: before.delegate }, '2026-06-01T08:00:00Z');
    expect(first).toEqual([{ from: '', holder: 'anna@x', delegate: 'bo@x' }, { from: '2026-06-01T08:00:00Z', holder: 'cia@x', delegate: 'bo@x' }]);
    const after: Role = { ...before, holder: person('cia@x'), tenures: first };
    expect(tenuresAfter(after, { holder: person('CIA@x'), delegate: person('bo@x') }, '2026-07-01T08:00:00Z')).toBe(first);
    expect(responsibleAt(after, '2026-05-31T23:59:59Z').holder).toBe('anna@x');
    expect(responsibleAt(after, '2026-06-01T08:00:00Z').holder).toBe('cia@x');
    expect(tenuresAfter(null, { holder: person('dan@x'), delegate: null }, '2026-01-01T00:00:00Z')).toEqual([{ from: '2026-01-01T00:00:00Z', holder: 'dan@x', delegate: null }]);
  });

  it('reads tenures recorded out of order, and passes over entries edited into something else', () => {
    const role: Role = { ...before, tenures: [{ from: '2026-09-01T00:00:00Z', holder: 'eva@x', delegate: null }, { from: '', holder: 'anna@x', delegate: null },
      { nonsense: true } as never] };
    expect(responsibleAt(role, '2026-08-01T00:00:00Z').holder).toBe('anna@x');
    expect(responsibleAt(role, '2026-10-01T00:00:00Z').holder).toBe('eva@x');
  });
});

describe('whether a report counts', () => {
  const roles = new Map<string, Role>([
    ['lead', { key: 'lead', title: 'Chef', unitKey: null, holder: person('cia@x'), delegate: null,
      tenures: [{ from: '', holder: 'anna@x', delegate: null }, { from: '2026-06-01T08:00:00Z', holder: 'cia@x', delegate: null }] }],
    ['shared', { key: 'shared', title: 'Medansvarig', unitKey: null, holder: person('dan@x'), delegate: person('eli@x') }]
  ]);

  it('counts the holder, the delegate and a co-responsible role, each at the time of writing', () => {
    expect(reportStanding(report('anna@x', '2026-05-01T00:00:00Z'), measure, roles)).toBe('responsible');
    expect(reportStanding(report('cia@x', '2026-06-02T00:00:00Z'), measure, roles)).toBe('responsible');
    expect(reportStanding(report('ELI@x', '2026-06-02T00:00:00Z'), measure, roles)).toBe('responsible');
    expect(reportStanding(report('dan@x', '2026-06-02T00:00:00Z'), measure, roles)).toBe('responsible');
  });

  it('does not count an earlier holder after the change, a later one before it, someone else, or a report of an unknown measure', () => {
    expect(reportStanding(report('anna@x', '2026-06-02T00:00:00Z'), measure, roles)).toBe('notResponsible');
    expect(reportStanding(report('cia@x', '2026-05-01T00:00:00Z'), measure, roles)).toBe('notResponsible');
    expect(reportStanding(report('mallory@x', '2026-06-02T00:00:00Z'), measure, roles)).toBe('notResponsible');
    expect(reportStanding(report('cia@x', '2026-06-02T00:00:00Z'), undefined, roles)).toBe('notResponsible');
  });

  it('counts a report on a measure no role answers for, whoever wrote it', () => {
    expect(reportStanding(report('mallory@x', '2026-06-02T00:00:00Z'), { ...measure, roleKey: null, roleKeys: [] }, roles)).toBe('responsible');
  });

  it('splits reports into those that count and those flagged, newest flagged first', () => {
    const sorted = sortReports([report('cia@x', '2026-06-02T00:00:00Z'), report('x@x', '2026-06-03T00:00:00Z'), report('y@x', '2026-06-04T00:00:00Z')], [measure], roles);
    expect(sorted.accepted.map((r) => r.reportedBy?.upn)).toEqual(['cia@x']);
    expect(sorted.flagged.map((r) => r.reportedBy?.upn)).toEqual(['y@x', 'x@x']);
  });

  it('takes a report in an import\'s period by the coordinator who imported it as the file\'s history, and nobody else\'s', () => {
    const period = (key: string, importedBy: string | null): FollowUpPeriod => ({ key, planKey: 'p', title: key, asOfDate: '2026-01-01', deadline: '2026-01-01',
      state: 'closed', sortOrder: 0, importedBy });
    const importers = importersOf([period('t', 'Kim@x'), period('u', null)]);
    expect(importers).toEqual(new Map([['t', 'kim@x']]));
    expect(reportStanding(report('kim@x', '2026-06-02T00:00:00Z'), measure, roles, importers)).toBe('imported');
    // Another writer in the import's period, the importer in a period they did not import, or on an unknown measure: not imported.
    expect(reportStanding(report('mallory@x', '2026-06-02T00:00:00Z'), measure, roles, importers)).toBe('notResponsible');
    expect(reportStanding({ ...report('kim@x', '2026-06-02T00:00:00Z'), periodKey: 'u' }, measure, roles, importers)).toBe('notResponsible');
    expect(reportStanding(report('kim@x', '2026-06-02T00:00:00Z'), undefined, roles, importers)).toBe('notResponsible');
    // The holder stays the holder in an import's period.
    expect(reportStanding(report('cia@x', '2026-06-02T00:00:00Z'), measure, roles, importers)).toBe('responsible');

    const sorted = sortReports([report('cia@x', '2026-06-02T00:00:00Z'), report('kim@x', '2026-06-03T00:00:00Z'), report('y@x', '2026-06-04T00:00:00Z')],
      [measure], roles, [period('t', 'kim@x')]);
    expect(sorted.accepted.map((r) => r.reportedBy?.upn)).toEqual(['cia@x']);
    expect(sorted.imported.map((r) => r.reportedBy?.upn)).toEqual(['kim@x']);
    expect(sorted.flagged.map((r) => r.reportedBy?.upn)).toEqual(['y@x']);
    const forViews = reportsForViews([report('cia@x', '2026-06-02T00:00:00Z'), report('kim@x', '2026-06-03T00:00:00Z'), report('y@x', '2026-06-04T00:00:00Z')],
      [measure], roles, [period('t', 'kim@x')]);
    expect(forViews.counted.map((r) => r.reportedBy?.upn)).toEqual(['cia@x', 'kim@x']);
    expect(forViews.imported.map((r) => r.reportedBy?.upn)).toEqual(['kim@x']);
    expect(forViews.flagged.map((r) => r.reportedBy?.upn)).toEqual(['y@x']);
    // Without the periods nothing is taken as imported.
    expect(sortReports([report('kim@x', '2026-06-03T00:00:00Z')], [measure], roles).flagged).toHaveLength(1);
  });
});
