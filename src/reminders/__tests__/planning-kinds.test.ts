/**
 * Planning over subjects of every kind: measures and activities with several responsible roles (every
 * holder and delegate once, escalation to the lead holder's manager), indicators asked for a value in
 * every open period, and security-area chapters asked of the area owner in their own period until
 * submitted, and again once returned.
 */
import { emptyChapter } from '../../model/chapter';
import { withRoles } from '../../model/planKinds';
import { Chapter, ChapterState, Measure, SecurityArea } from '../../model/types';
import { managerLookupsNeeded, planReminders } from '../planning';
import { PlanningInput } from '../types';
import { anna, bo, chefen, entry, input, measure, period, person, report, role, stagesDue } from './planningFixtures';

const david = person('david@region.se');
const eva = person('eva@region.se');
const fredrik = person('fredrik@region.se');
const bossOfDavid = person('davids.chef@region.se');

/** A measure of any kind with several responsible roles, lead first. */
const multi = (key: string, kind: Measure['measureKind'], roleKeys: string[]): Measure => withRoles({ ...measure(key, 'p1', null), measureKind: kind }, roleKeys);
const area = (key: string, ownerRoleKey: string | null): SecurityArea => ({ key, title: `Område ${key}`, titleEn: `Area ${key}`, ownerRoleKey, sortOrder: 1 });
const chapter = (areaKey: string, periodKey: string, state: ChapterState): Chapter => ({ ...emptyChapter('p1', areaKey, periodKey), state });
const recipients = (result: ReturnType<typeof planReminders>): string[] => result.due.map((d) => `${d.measureKey}:${d.recipient.upn}:${d.reason}`);

describe('several responsible roles', () => {
  const roles = [role('lead', anna, bo), role('co', david, eva)];
  const activity = multi('a1', 'activity', ['lead', 'co']);

  it('reminds both holders and both delegates of a two-role activity, once each', () => {
    const result = planReminders(input('2026-12-08', { measures: [activity], roles }));
    expect(recipients(result)).toEqual(['a1:anna@region.se:holder', 'a1:bo@region.se:delegate', 'a1:david@region.se:holder', 'a1:eva@region.se:delegate']);
    expect(result.due.every((d) => d.requestType === 'status' && d.stage === 'd-7')).toBe(true);
    expect(result.digests).toHaveLength(4);
    expect(result.problems).toEqual([]);
  });

  it('reminds a person once per subject when they hold one role and stand in for the other, as a holder', () => {
    const result = planReminders(input('2026-12-08', { measures: [activity], roles: [role('lead', anna, david), role('co', david, anna)] }));
    expect(recipients(result)).toEqual(['a1:anna@region.se:holder', 'a1:david@region.se:holder']);
  });

  it('reminds nobody once the second holder has answered', () => {
    const answer = { ...report('a1', 't3'), reportedBy: david };
    const result = planReminders(input('2026-12-08', { measures: [activity], roles, reports: [answer] }));
    expect(result).toEqual({ due: [], digests: [], problems: [] });
  });

  it('reads older data with only the lead in roleKey as one role', () => {
    const older = { ...measure('m1', 'p1', 'lead'), roleKeys: [] };
    expect(recipients(planReminders(input('2026-12-08', { measures: [older], roles })))).toEqual(['m1:anna@region.se:holder', 'm1:bo@region.se:delegate']);
  });

  it('escalates to the lead holder’s manager only', () => {
    const managers = new Map([['anna@region.se', chefen], ['david@region.se', bossOfDavid]]);
    const work = input('2026-12-22', { measures: [activity], roles, managers });
    expect(managerLookupsNeeded(work)).toEqual(['anna@region.se']);
    const result = planReminders(work);
    expect(recipients(result)).toEqual(['a1:chefen@region.se:manager']);
    expect(result.due[0]).toMatchObject({ about: anna, requestType: 'status' });
  });

  it('escalates to the next role’s holder’s manager when the lead role has no holder, and says the lead has none', () => {
    const managers = new Map([['david@region.se', bossOfDavid]]);
    const work = input('2026-12-22', { measures: [activity], roles: [role('lead', null, bo), role('co', david)], managers });
    expect(managerLookupsNeeded(work)).toEqual(['david@region.se']);
    const result = planReminders(work);
    expect(recipients(result)).toEqual(['a1:davids.chef@region.se:manager']);
    expect(result.problems).toEqual([{ kind: 'roleWithoutHolder', planKey: 'p1', periodKey: 't3', measureKey: 'a1', roleKey: 'lead', upn: null }]);
  });

  it('reports a role without a holder among several and still reminds the others', () => {
    const result = planReminders(input('2026-12-08', { measures: [multi('a1', 'activity', ['lead', 'co', 'gone'])], roles: [role('lead', anna), role('co', null, eva)] }));
    expect(recipients(result)).toEqual(['a1:anna@region.se:holder', 'a1:eva@region.se:delegate']);
    expect(result.problems.map((p) => `${p.kind}:${p.roleKey}`)).toEqual(['roleWithoutHolder:co', 'roleWithoutHolder:gone']);
  });

  it('reports noHolder once, on the lead, only when no role has a holder or a delegate', () => {
    const result = planReminders(input('2026-12-08', { measures: [multi('a1', 'activity', ['lead', 'co'])], roles: [role('lead', null), role('co', null)] }));
    expect(result.due).toEqual([]);
    expect(result.problems).toEqual([{ kind: 'noHolder', planKey: 'p1', periodKey: 't3', measureKey: 'a1', roleKey: 'lead', upn: null }]);
  });

  it('names the role of a disabled delegate', () => {
    const result = planReminders(input('2026-12-08', { measures: [activity], roles, disabled: new Set(['eva@region.se']) }));
    expect(recipients(result)).toEqual(['a1:anna@region.se:holder', 'a1:bo@region.se:delegate', 'a1:david@region.se:holder']);
    expect(result.problems).toEqual([{ kind: 'disabledAccount', planKey: 'p1', periodKey: 't3', measureKey: 'a1', roleKey: 'co', upn: 'eva@region.se' }]);
  });
});

describe('indicators', () => {
  const indicator = multi('ind1', 'indicator', ['r1']);

  it('asks the indicator’s owner for a value in every open period, as a value request', () => {
    const periods = [period('t3', 'p1', '2026-12-15'), period('t4', 'p1', '2026-12-22')];
    const result = planReminders(input('2026-12-08', { measures: [indicator], periods }));
    expect(result.due.map((d) => `${d.measureKey}:${d.periodKey}:${d.stage}:${d.requestType}`)).toEqual(['ind1:t3:d-7:value', 'ind1:t4:d-14:value']);
    expect(result.digests).toHaveLength(1);
  });

  it('counts a reported value as the answer for its period', () => {
    const value = { ...report('ind1', 't3'), status: null, value: 97.5 };
    expect(planReminders(input('2026-12-08', { measures: [indicator], reports: [value] })).due).toEqual([]);
  });
});

describe('security-area chapters', () => {
  const periods = [period('t3', 'p1', '2026-12-15'), period('t4', 'p1', '2026-12-22')];
  const areas = [area('area:fire', 'r-fire')];
  const owner = role('r-fire', fredrik, bo);
  const on = (today: string, state: ChapterState, overrides: Partial<PlanningInput> = {}): ReturnType<typeof planReminders> =>
    planReminders(input(today, { measures: [], periods, roles: [owner], chapters: [chapter('area:fire', 't3', state)], securityAreas: areas, ...overrides }));

  it.each<ChapterState>(['notStarted', 'draft'])('asks the area owner and their delegate for a chapter that is %s, in its own period only', (state) => {
    const result = on('2026-12-08', state);
    expect(result.due.map((d) => `${d.measureKey}:${d.periodKey}:${d.stage}:${d.requestType}:${d.recipient.upn}:${d.reason}`)).toEqual([
      'chapter:p1:fire:t3:d-7:chapter:bo@region.se:delegate',
      'chapter:p1:fire:t3:d-7:chapter:fredrik@region.se:holder'
    ]);
  });

  it.each<ChapterState>(['submitted', 'approved'])('asks nothing more once the chapter is %s', (state) => {
    expect(on('2026-12-08', state)).toEqual({ due: [], digests: [], problems: [] });
    expect(on('2026-12-22', state).due).toEqual([]);
  });

  it('asks again after the coordinator returned the chapter, at the stage then due', () => {
    const ledger = [entry('chapter:p1:fire', 't3', 'd-7', 'fredrik@region.se', 'sent'), entry('chapter:p1:fire', 't3', 'd-7', 'bo@region.se', 'sent')];
    expect(on('2026-12-10', 'submitted', { ledger }).due).toEqual([]);
    expect(on('2026-12-10', 'returned', { ledger }).due).toEqual([]);
    expect(stagesDue(on('2026-12-14', 'returned', { ledger }))).toEqual(['d-1:bo@region.se', 'd-1:fredrik@region.se']);
  });

  it('escalates an unwritten chapter to the area owner’s manager', () => {
    const result = on('2026-12-22', 'draft', { managers: new Map([['fredrik@region.se', chefen]]) });
    expect(result.due).toEqual([expect.objectContaining({ measureKey: 'chapter:p1:fire', requestType: 'chapter', recipient: chefen, reason: 'manager', about: fredrik })]);
  });

  it('reports an area without an owner role, or a chapter whose area is unknown, as noHolder', () => {
    const result = planReminders(input('2026-12-08', {
      measures: [], periods, roles: [owner], securityAreas: [area('area:fire', null)],
      chapters: [chapter('area:fire', 't3', 'draft'), chapter('area:gone', 't3', 'notStarted')]
    }));
    expect(result.due).toEqual([]);
    expect(result.problems.map((p) => `${p.kind}:${p.measureKey}:${p.roleKey}`)).toEqual(['noHolder:chapter:p1:fire:null', 'noHolder:chapter:p1:gone:null']);
  });

  it('puts an owner’s chapter and indicators into one digest', () => {
    const result = on('2026-12-08', 'draft', { measures: [multi('ind1', 'indicator', ['r-fire'])] });
    const fredriks = result.digests.find((d) => d.recipient.upn === 'fredrik@region.se');
    expect(fredriks?.items.map((i) => `${i.measureKey}:${i.periodKey}:${i.requestType}`)).toEqual([
      'chapter:p1:fire:t3:chapter', 'ind1:t3:value', 'ind1:t4:value'
    ]);
  });
});
