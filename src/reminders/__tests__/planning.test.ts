/**
 * The due rule (planning.ts) on one measure with one role: stages on their days and days off, answered
 * pairs, holder and delegate, problems, the ledger, digests, what is not followed up, stage configuration.
 */
import { isWorkingDay, swedishHolidays } from '../../model/calendar';
import { ledgerKey, managerLookupsNeeded, parseStageConfig, planReminders } from '../planning';
import { ReminderStageConfig, defaultStages } from '../types';
import { anna, bo, cecilia, chefen, entry, input, measure, period, person, plan, report, role, stagesDue } from './planningFixtures';

describe('reminder stages on their days (deadline Tuesday 2026-12-15)', () => {
  it('sends nothing the day before the first stage', () => {
    expect(planReminders(input('2026-11-30')).due).toEqual([]);
  });

  it.each([
    ['d-14', '2026-12-01'],
    ['d-7', '2026-12-08'],
    ['d-1', '2026-12-14'],
    ['d0', '2026-12-15'],
    ['d+3', '2026-12-18']
  ])('reminds the holder at stage %s on %s', (stage, day) => {
    const result = planReminders(input(day));
    expect(stagesDue(result)).toEqual([`${stage}:anna@region.se`]);
    expect(result.due[0]).toMatchObject({ reason: 'holder', about: null, deadline: '2026-12-15',
      ledgerKey: `m1|t3|${stage}|anna@region.se` });
  });

  it('escalates to the holder\'s manager at esc+7 on 2026-12-22, naming whose measure it is', () => {
    const result = planReminders(input('2026-12-22'));
    expect(stagesDue(result)).toEqual(['esc+7:chefen@region.se']);
    expect(result.due[0]).toMatchObject({ reason: 'manager', about: anna });
    expect(result.digests[0]).toMatchObject({ recipient: chefen, stage: 'esc+7', escalation: true });
    expect(result.problems).toEqual([]);
  });

  it('keeps the escalation due after its day while the measure is unanswered', () => {
    expect(stagesDue(planReminders(input('2027-01-20')))).toEqual(['esc+7:chefen@region.se']);
  });
});

describe('days off and missed runs', () => {
  it('moves a stage on a weekend or holiday to the working day before (d-1 of 2026-12-28 goes out 2026-12-23)', () => {
    // 27 Dec is a Sunday and 24–26 Dec are days off, so the working day before is Wednesday 23 Dec.
    const holidays = swedishHolidays(2026);
    expect(['2026-12-24', '2026-12-25', '2026-12-26'].every((d) => holidays.has(d))).toBe(true);
    expect(isWorkingDay('2026-12-27')).toBe(false);
    expect(isWorkingDay('2026-12-23')).toBe(true);
    const periods = [period('t3', 'p1', '2026-12-28')];
    expect(stagesDue(planReminders(input('2026-12-22', { periods })))).toEqual(['d-7:anna@region.se']);
    expect(stagesDue(planReminders(input('2026-12-23', { periods })))).toEqual(['d-1:anna@region.se']);
    expect(stagesDue(planReminders(input('2026-12-27', { periods })))).toEqual(['d-1:anna@region.se']);
    expect(stagesDue(planReminders(input('2026-12-28', { periods })))).toEqual(['d0:anna@region.se']);
  });

  it('keeps a stage whose day had no run due on the following days until the next stage begins', () => {
    // No run on 2026-12-08 (d-7): the reminder is still due 9–11 Dec, and d-1 takes over on 14 Dec.
    for (const day of ['2026-12-09', '2026-12-11', '2026-12-13']) {
      expect(stagesDue(planReminders(input(day)))).toEqual(['d-7:anna@region.se']);
    }
    expect(stagesDue(planReminders(input('2026-12-14')))).toEqual(['d-1:anna@region.se']);
  });

  it('sends a missed stage only once: after it is sent the following days have nothing until the next stage', () => {
    const ledger = [entry('m1', 't3', 'd-7', 'anna@region.se', 'sent')];
    expect(planReminders(input('2026-12-10', { ledger })).due).toEqual([]);
    expect(stagesDue(planReminders(input('2026-12-14', { ledger })))).toEqual(['d-1:anna@region.se']);
  });
});

describe('answered measures', () => {
  it('sends nothing for a measure already answered for the period, but still reminds for another open period', () => {
    const periods = [period('t3', 'p1', '2026-12-15'), period('t2', 'p1', '2026-12-22')];
    const result = planReminders(input('2026-12-08', { periods, reports: [report('m1', 't3')] }));
    expect(result.due.map((d) => `${d.periodKey}:${d.stage}`)).toEqual(['t2:d-14']);
  });

  it('does not count a report for another measure or another period as an answer', () => {
    const result = planReminders(input('2026-12-08', { reports: [report('m2', 't3'), report('m1', 't1')] }));
    expect(stagesDue(result)).toEqual(['d-7:anna@region.se']);
  });
});

describe('recipients', () => {
  it('reminds the delegate too', () => {
    const result = planReminders(input('2026-12-08', { roles: [role('r1', anna, bo)] }));
    expect(result.due.map((d) => `${d.recipient.upn}:${d.reason}`)).toEqual(['anna@region.se:holder', 'bo@region.se:delegate']);
    expect(result.digests).toHaveLength(2);
  });

  it('reminds the new holder of a role even though the old holder was already reminded at that stage', () => {
    const ledger = [entry('m1', 't3', 'd-7', 'anna@region.se', 'sent')];
    const result = planReminders(input('2026-12-08', { roles: [role('r1', cecilia)], ledger }));
    expect(stagesDue(result)).toEqual(['d-7:cecilia@region.se']);
  });

  it('reports a holder without a manager instead of escalating', () => {
    const result = planReminders(input('2026-12-22', { managers: new Map([['anna@region.se', null]]) }));
    expect(result.due).toEqual([]);
    expect(result.problems).toEqual([{ kind: 'noManager', planKey: 'p1', periodKey: 't3', measureKey: 'm1', roleKey: 'r1', upn: 'anna@region.se' }]);
  });

  it('reports a manager not looked up, and lists the holder among the manager lookups needed', () => {
    const work = input('2026-12-22');
    expect(managerLookupsNeeded(work)).toEqual(['anna@region.se']);
    const result = planReminders({ ...work, managers: new Map() });
    expect(result.due).toEqual([]);
    expect(result.problems.map((p) => p.kind)).toEqual(['noManager']);
  });

  it('needs no manager lookups before the escalation stage or for answered measures', () => {
    expect(managerLookupsNeeded(input('2026-12-18'))).toEqual([]);
    expect(managerLookupsNeeded(input('2026-12-22', { reports: [report('m1', 't3')] }))).toEqual([]);
  });

  it('lists each holder once, in lower case, however many escalations they have', () => {
    const measures = [measure('m1', 'p1', 'r1'), measure('m2', 'p1', 'r2')];
    const roles = [role('r1', person('Anna@Region.se')), role('r2', anna)];
    expect(managerLookupsNeeded(input('2026-12-22', { measures, roles }))).toEqual(['anna@region.se']);
  });

  it('reports a role without a holder (and a measure without a role) instead of failing silently', () => {
    const measures = [measure('m1', 'p1', 'r1'), measure('m2', 'p1', null), measure('m3', 'p1', 'gone')];
    const result = planReminders(input('2026-12-08', { measures, roles: [role('r1', null)] }));
    expect(result.due).toEqual([]);
    expect(result.problems).toEqual([
      { kind: 'noHolder', planKey: 'p1', periodKey: 't3', measureKey: 'm1', roleKey: 'r1', upn: null },
      { kind: 'noHolder', planKey: 'p1', periodKey: 't3', measureKey: 'm2', roleKey: null, upn: null },
      { kind: 'noHolder', planKey: 'p1', periodKey: 't3', measureKey: 'm3', roleKey: 'gone', upn: null }
    ]);
    expect(managerLookupsNeeded(input('2026-12-22', { measures, roles: [role('r1', null)] }))).toEqual([]);
  });

  it('reports a disabled holder and still reminds the delegate', () => {
    const result = planReminders(input('2026-12-08', { roles: [role('r1', anna, bo)], disabled: new Set(['anna@region.se']) }));
    expect(stagesDue(result)).toEqual(['d-7:bo@region.se']);
    expect(result.problems).toEqual([{ kind: 'disabledAccount', planKey: 'p1', periodKey: 't3', measureKey: 'm1', roleKey: 'r1', upn: 'anna@region.se' }]);
  });

  it('escalates a disabled holder\'s measure to their manager as usual, and reports the account', () => {
    const result = planReminders(input('2026-12-22', { disabled: new Set(['anna@region.se']) }));
    expect(stagesDue(result)).toEqual(['esc+7:chefen@region.se']);
    expect(result.problems.map((p) => `${p.kind}:${p.upn}`)).toEqual(['disabledAccount:anna@region.se']);
  });
});

describe('the ledger', () => {
  it('does not send a reminder again once the ledger says it was sent', () => {
    const ledger = [entry('m1', 't3', 'd-7', 'ANNA@region.se', 'sent')];
    const result = planReminders(input('2026-12-08', { ledger }));
    expect(result.due).toEqual([]);
    expect(result.digests).toEqual([]);
  });

  it.each(['pending', 'failed'] as const)('keeps a reminder with a %s ledger entry due, so the run resumes it', (state) => {
    const ledger = [entry('m1', 't3', 'd-7', 'anna@region.se', state)];
    expect(stagesDue(planReminders(input('2026-12-08', { ledger })))).toEqual(['d-7:anna@region.se']);
  });

  it('builds the ledger key with the UPN in lower case', () => {
    expect(ledgerKey('m1', 't3', 'esc+7', 'Chefen@Region.SE')).toBe('m1|t3|esc+7|chefen@region.se');
  });
});

describe('digests', () => {
  it('gives each recipient one digest with all their measures across plans and periods', () => {
    const result = planReminders(input('2026-12-22', {
      plans: [plan('p1'), plan('p2', 'decided')],
      periods: [period('t3', 'p1', '2026-12-15'), period('t4', 'p1', '2026-12-23'), period('q1', 'p2', '2026-12-29')],
      measures: [measure('m2', 'p1', 'r1'), measure('m1', 'p1', 'r1'), measure('x1', 'p2', 'r2')],
      roles: [role('r1', anna), role('r2', person('Anna@Region.se'), bo)]
    }));
    expect(result.digests.map((d) => d.recipient.upn.toLowerCase())).toEqual(['anna@region.se', 'bo@region.se', 'chefen@region.se']);
    const annas = result.digests[0];
    expect(annas.items.map((i) => `${i.deadline}:${i.measureKey}:${i.stage}`))
      .toEqual(['2026-12-23:m1:d-1', '2026-12-23:m2:d-1', '2026-12-29:x1:d-7']);
    expect(annas).toMatchObject({ stage: 'd-1', escalation: false });
    const chefens = result.digests[2];
    expect(chefens.items.map((i) => `${i.periodKey}:${i.measureKey}`)).toEqual(['t3:m1', 't3:m2']);
    expect(chefens).toMatchObject({ stage: 'esc+7', escalation: true });
  });

  it('names the latest stage of a digest and marks it an escalation when any item is one', () => {
    const result = planReminders(input('2026-12-22', {
      periods: [period('t3', 'p1', '2026-12-15'), period('t4', 'p1', '2027-01-05')],
      measures: [measure('m1', 'p1', 'r1'), measure('m2', 'p1', 'r2')],
      roles: [role('r1', anna), role('r2', chefen)]
    }));
    const chefens = result.digests.find((d) => d.recipient.upn === 'chefen@region.se');
    expect(chefens?.items.map((i) => `${i.stage}:${i.reason}`)).toEqual(['esc+7:manager', 'd-14:holder']);
    expect(chefens).toMatchObject({ stage: 'esc+7', escalation: true });
    expect(result.digests.filter((d) => d.recipient.upn === 'chefen@region.se')).toHaveLength(1);
  });

  it('gives the same output whatever the order of the input', () => {
    const base = input('2026-12-08', {
      measures: [measure('m1', 'p1', 'r1'), measure('m2', 'p1', 'r2'), measure('m3', 'p1', 'r1')],
      roles: [role('r1', anna, bo), role('r2', bo)]
    });
    const reversed = { ...base, measures: [...base.measures].reverse(), roles: [...base.roles].reverse() };
    expect(planReminders(reversed)).toEqual(planReminders(base));
  });
});

describe('what is not followed up', () => {
  it('sends nothing for a closed measure', () => {
    expect(planReminders(input('2026-12-08', { measures: [measure('m1', 'p1', 'r1', true)] }))).toEqual({ due: [], digests: [], problems: [] });
  });

  it('sends nothing for a closed or planned period', () => {
    for (const state of ['closed', 'planned'] as const) {
      expect(planReminders(input('2026-12-08', { periods: [period('t3', 'p1', '2026-12-15', state)] })).due).toEqual([]);
    }
  });

  it('sends nothing for a draft or closed plan', () => {
    for (const state of ['draft', 'closed'] as const) {
      expect(planReminders(input('2026-12-08', { plans: [plan('p1', state)] })).due).toEqual([]);
    }
  });
});

describe('stage configuration', () => {
  const custom: ReminderStageConfig[] = [
    { id: 'esc+2', offsetDays: 2, audience: 'manager' },
    { id: 'd-3', offsetDays: -3, audience: 'holder' }
  ];

  it('uses a plan\'s own stages, in offset order, and the defaults for other plans', () => {
    const plans = [plan('p1'), plan('p2')];
    const periods = [period('t3', 'p1', '2026-12-15'), period('q1', 'p2', '2026-12-15')];
    const measures = [measure('m1', 'p1', 'r1'), measure('x1', 'p2', 'r1')];
    const stagesByPlan = new Map([['p1', custom]]);
    const on = (today: string): string[] => planReminders(input(today, { plans, periods, measures, stagesByPlan }))
      .due.map((d) => `${d.measureKey}:${d.stage}`);
    expect(on('2026-12-08')).toEqual(['x1:d-7']);
    expect(on('2026-12-14')).toEqual(['m1:d-3', 'x1:d-1']);
    expect(on('2026-12-17')).toEqual(['x1:d0', 'm1:esc+2']);
  });

  it('accepts a valid stored configuration and returns it in offset order', () => {
    expect(parseStageConfig(JSON.stringify(custom))).toEqual({ stages: [custom[1], custom[0]], problem: null });
  });

  it('uses the defaults without complaint when nothing is stored', () => {
    expect(parseStageConfig(null)).toEqual({ stages: defaultStages, problem: null });
    expect(parseStageConfig('  ')).toEqual({ stages: defaultStages, problem: null });
  });

  it.each([
    ['not JSON', '[{'],
    ['not an array', '{"id":"d0","offsetDays":0,"audience":"holder"}'],
    ['an empty array', '[]'],
    ['a stage that is not an object', '[1]'],
    ['an empty id', '[{"id":"","offsetDays":0,"audience":"holder"}]'],
    ['an id with the ledger separator', '[{"id":"a|b","offsetDays":0,"audience":"holder"}]'],
    ['a duplicate id', '[{"id":"a","offsetDays":0,"audience":"holder"},{"id":"a","offsetDays":1,"audience":"holder"}]'],
    ['a duplicate offset', '[{"id":"a","offsetDays":0,"audience":"holder"},{"id":"b","offsetDays":0,"audience":"manager"}]'],
    ['a fractional offset', '[{"id":"a","offsetDays":1.5,"audience":"holder"}]'],
    ['an offset out of range', '[{"id":"a","offsetDays":-61,"audience":"holder"}]'],
    ['an offset as text', '[{"id":"a","offsetDays":"1","audience":"holder"}]'],
    ['an unknown audience', '[{"id":"a","offsetDays":1,"audience":"coordinator"}]']
  ])('falls back to the defaults and says why for %s', (_, json) => {
    const result = parseStageConfig(json);
    expect(result.stages).toBe(defaultStages);
    expect(result.problem).toEqual(expect.any(String));
  });

  it('accepts the outer offsets −60 and 60', () => {
    const json = '[{"id":"early","offsetDays":-60,"audience":"holder"},{"id":"late","offsetDays":60,"audience":"manager"}]';
    expect(parseStageConfig(json).problem).toBeNull();
  });
});
