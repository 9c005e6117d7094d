/**
 * A report counts only from the measure's holder or delegate at the moment it was written (reportAuthority.ts):
 * tenures say who that was, a role without tenures has had its current people all along.
 */
import { MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../defaults';
import { reportStanding, responsibleAt, sortReports, tenuresAfter } from '../reportAuthority';
import { Measure, PersonRef, Role, StatusReport } from '../types';

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
});
