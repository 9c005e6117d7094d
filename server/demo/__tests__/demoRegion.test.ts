/**
 * Checks the demo region for consistency on several dates, including the calendar edges (year end,
 * midsummer, the early months when last year's plan is the one under follow-up): determinism, unique keys,
 * resolvable references and links, valid dates and assessments, the follow-up state the demo relies on (every
 * open follow-up due within two weeks with answers missing, full history before it) and the manager persona's
 * open requests. The plan kinds' own shape and the other personas: demoKinds.test.ts.
 */
import { demoDirectory, personas } from '../../directory/demoDirectory';
import { addDays, isIsoDate, daysBetween } from '../../../src/model/calendar';
import { chapterKey } from '../../../src/model/chapter';
import { latestReports, openRequests, periodOverview } from '../../../src/model/followUp';
import { responsibleRoles } from '../../../src/model/planKinds';
import { HANDLINGS, IsoDate, StatusReport } from '../../../src/model/types';
import { buildDemoRegion, demoSummary, DemoRegion } from '../demoRegion';
import { TODAYS } from './todays';

function allKeys(region: DemoRegion): string[] {
  return Object.values(region).flatMap((list: Array<{ key: string }>) => list.map((e) => e.key));
}

function currentIcPlan(region: DemoRegion) {
  const plans = region.plans.filter((p) => p.kind === 'internalControl' && p.state === 'followUp');
  expect(plans).toHaveLength(1);
  return plans[0];
}

describe.each(TODAYS)('buildDemoRegion(%s)', (today) => {
  const region = buildDemoRegion(today, demoDirectory);

  it('is deterministic', () => {
    expect(buildDemoRegion(today, demoDirectory)).toEqual(region);
  });

  it('has keys unique within and across lists, and no id or etag', () => {
    const keys = allKeys(region);
    expect(new Set(keys).size).toBe(keys.length);
    for (const list of Object.values(region) as Array<Array<Record<string, unknown>>>) {
      for (const entity of list) {
        expect(entity).not.toHaveProperty('id');
        expect(entity).not.toHaveProperty('etag');
        expect(typeof entity.key).toBe('string');
      }
    }
  });

  it('resolves every reference', () => {
    const keysOf = (list: Array<{ key: string }>): Set<string> => new Set(list.map((e) => e.key));
    const units = keysOf(region.orgUnits), roles = keysOf(region.roles), plans = keysOf(region.plans);
    const items = keysOf(region.items), measures = keysOf(region.measures), periods = keysOf(region.periods);
    const areas = keysOf(region.securityAreas);
    const categoryType = new Map(region.categories.map((c) => [c.key, c.categoryType]));
    const itemPlan = new Map(region.items.map((i) => [i.key, i.planKey]));
    const measurePlan = new Map(region.measures.map((m) => [m.key, m.planKey]));
    const periodPlan = new Map(region.periods.map((p) => [p.key, p.planKey]));
    const planKind = new Map(region.plans.map((p) => [p.key, p.kind]));

    for (const u of region.orgUnits) if (u.parentKey !== null) expect(units).toContain(u.parentKey);
    expect(region.orgUnits.filter((u) => u.parentKey === null)).toHaveLength(1);
    for (const r of region.roles) if (r.unitKey !== null) expect(units).toContain(r.unitKey);
    for (const p of region.plans) if (p.unitKey !== null) expect(units).toContain(p.unitKey);
    const allowed: Record<string, string[]> = {
      internalControl: ['strategy'], patientSafety: ['foundation', 'focusArea'], scorecard: ['perspective'], securityReport: []
    };
    for (const i of region.items) {
      expect(plans).toContain(i.planKey);
      if (i.strategyKey !== null) expect(allowed[planKind.get(i.planKey) as string]).toContain(categoryType.get(i.strategyKey));
      if (i.objectiveKey !== null) expect(categoryType.get(i.objectiveKey)).toBe('controlObjective');
      if (i.securityAreaKey !== null) expect(areas).toContain(i.securityAreaKey);
    }
    for (const m of region.measures) {
      expect(plans).toContain(m.planKey);
      expect(items).toContain(m.itemKey);
      expect(itemPlan.get(m.itemKey)).toBe(m.planKey);
      expect(m.roleKeys.length).toBeGreaterThanOrEqual(1);
      expect(m.roleKey).toBe(m.roleKeys[0]);
      expect(new Set(m.roleKeys).size).toBe(m.roleKeys.length);
      for (const k of m.roleKeys) expect(roles).toContain(k);
    }
    for (const p of region.periods) expect(plans).toContain(p.planKey);
    for (const r of region.statusReports) {
      expect(measures).toContain(r.measureKey);
      expect(periods).toContain(r.periodKey);
      expect(measurePlan.get(r.measureKey)).toBe(r.planKey);
      expect(periodPlan.get(r.periodKey)).toBe(r.planKey);
    }
    for (const a of region.securityAreas) expect(roles).toContain(a.ownerRoleKey);
    for (const c of region.chapters) {
      expect(planKind.get(c.planKey)).toBe('securityReport');
      expect(areas).toContain(c.areaKey);
      expect(periodPlan.get(c.periodKey)).toBe(c.planKey);
      expect(c.key).toBe(chapterKey(c.planKey, c.areaKey));
    }
  });

  it("links every measure to each of its responsible roles and each threatened goal to a risk", () => {
    const measureByKey = new Map(region.measures.map((m) => [m.key, m]));
    const itemByKey = new Map(region.items.map((i) => [i.key, i]));
    const planKind = new Map(region.plans.map((p) => [p.key, p.kind]));
    const responsible = region.links.filter((l) => l.linkType === 'responsible');
    const threatens = region.links.filter((l) => l.linkType === 'threatens');
    expect(responsible.length + threatens.length).toBe(region.links.length);
    const pairs = new Set(responsible.map((l) => `${l.fromKey}|${l.toKey}`));
    expect(pairs.size).toBe(responsible.length);
    for (const m of region.measures) for (const k of responsibleRoles(m)) expect(pairs).toContain(`${m.key}|${k}`);
    expect(responsible).toHaveLength(region.measures.reduce((n, m) => n + responsibleRoles(m).length, 0));
    for (const l of responsible) {
      expect(measureByKey.get(l.fromKey)?.planKey).toBe(l.planKey);
      expect(responsibleRoles(measureByKey.get(l.fromKey)!)).toContain(l.toKey);
    }
    expect(threatens.length).toBeGreaterThanOrEqual(5);
    for (const l of threatens) {
      const risk = itemByKey.get(l.fromKey)!, goal = itemByKey.get(l.toKey)!;
      expect(planKind.get(risk.planKey)).toBe('internalControl');
      expect(risk.planKey).toBe(l.planKey);
      expect(planKind.get(goal.planKey)).toBe('scorecard');
      expect(region.plans.find((p) => p.key === goal.planKey)?.year).toBe(region.plans.find((p) => p.key === risk.planKey)?.year);
    }
  });

  it('sets only the settings the product reads, as JSON', () => {
    const roles = new Set(region.roles.map((r) => r.key));
    for (const s of region.settings) expect(() => JSON.parse(s.value)).not.toThrow();
    const coordinators = region.settings.find((s) => s.key === 'setting:coordinatorRoles:securityReport');
    expect(JSON.parse(coordinators!.value)).toEqual(['role:sakerhetschef']);
    for (const k of JSON.parse(coordinators!.value) as string[]) expect(roles).toContain(k);
  });

  it("gives this year's internal control plan at least 15 risks over all strategies, objectives c–f and handlings", () => {
    const plan = currentIcPlan(region);
    expect(plan.decisionDate).not.toBeNull();
    expect(plan.decisionDate! <= today).toBe(true);
    expect(plan.diaryNumber).toMatch(/^RS \d{4}\/\d+$/);
    const risks = region.items.filter((i) => i.planKey === plan.key);
    expect(risks.length).toBeGreaterThanOrEqual(15);
    expect(new Set(risks.map((r) => r.strategyKey))).toEqual(new Set(['strategy:lan', 'strategy:vard', 'strategy:medarbetare', 'strategy:ekonomi']));
    expect(new Set(risks.map((r) => r.objectiveKey))).toEqual(new Set(['objective:c', 'objective:d', 'objective:e', 'objective:f']));
    expect(new Set(risks.map((r) => r.handling))).toEqual(new Set(HANDLINGS));
    expect(risks.some((r) => r.confidential)).toBe(true);
    expect(new Set(risks.map((r) => `${r.probability}x${r.severity}`)).size).toBeGreaterThanOrEqual(5);
    const measures = region.measures.filter((m) => m.planKey === plan.key);
    expect(measures.length).toBeGreaterThanOrEqual(28);
    for (const r of risks) {
      const own = measures.filter((m) => m.itemKey === r.key);
      expect(own.length).toBeGreaterThanOrEqual(1);
      expect(own.length).toBeLessThanOrEqual(3);
    }
  });

  it('keeps probabilities and severities within 1–4', () => {
    for (const i of region.items) {
      for (const v of [i.probability, i.severity, i.residualProbability, i.residualSeverity]) {
        if (v !== null) {
          expect(Number.isInteger(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(1);
          expect(v).toBeLessThanOrEqual(4);
        }
      }
      expect(i.residualProbability === null).toBe(i.residualSeverity === null);
    }
  });

  it('has valid ISO dates and instants everywhere', () => {
    const dates = [
      ...region.plans.map((p) => p.decisionDate),
      ...region.measures.map((m) => m.dueDate),
      ...region.periods.flatMap((p) => [p.asOfDate, p.deadline])
    ].filter((d): d is string => d !== null);
    for (const d of dates) expect(isIsoDate(d)).toBe(true);
    for (const r of region.statusReports) {
      expect(r.reportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(isIsoDate(r.reportedAt.slice(0, 10))).toBe(true);
      expect(Number.isNaN(Date.parse(r.reportedAt))).toBe(false);
      expect(r.reportedAt.slice(0, 10) <= today).toBe(true);
    }
    for (const p of region.plans) if (p.decisionDate) expect(p.decisionDate <= today).toBe(true);
    for (const c of region.chapters) {
      for (const at of [c.submittedAt, c.decidedAt]) {
        if (at === null) continue;
        expect(at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        expect(at.slice(0, 10) <= today).toBe(true);
      }
      if (c.decidedAt !== null) expect(c.decidedAt > (c.submittedAt as string)).toBe(true);
      for (const r of c.riskAnalyses) {
        expect(isIsoDate(r.date as string)).toBe(true);
        expect(r.date! <= today).toBe(true);
      }
    }
  });

  it('follows every plan up on one open follow-up due within 14 days, with some measures unanswered', () => {
    const open = region.periods.filter((p) => p.state === 'open');
    const soon = region.periods.filter((p) => daysBetween(today, p.deadline) >= 0 && daysBetween(today, p.deadline) <= 14);
    expect(new Set(soon)).toEqual(new Set(open));
    expect(new Set(open.map((p) => p.deadline)).size).toBe(1);
    const followedUp = region.plans.filter((p) => p.state === 'followUp');
    expect(new Set(open.map((p) => p.planKey))).toEqual(new Set(followedUp.map((p) => p.key)));
    expect(open).toHaveLength(followedUp.length);
    expect(new Set(followedUp.map((p) => p.kind)).size).toBe(4);
    for (const period of open) {
      expect(period.asOfDate < today).toBe(true);
      const overview = periodOverview(period, region.measures, region.statusReports, today);
      expect(overview.unanswered).toBeGreaterThan(0);
      expect(overview.answered).toBeGreaterThan(0);
    }
    const ic = open.find((p) => p.planKey === currentIcPlan(region).key)!;
    const overview = periodOverview(ic, region.measures, region.statusReports, today);
    expect(overview.shareAnswered).toBeGreaterThan(0.3);
    expect(overview.shareAnswered).toBeLessThan(0.5);
  });

  it('answers every measure in every closed follow-up, before the deadline, with corrections later', () => {
    const closed = region.periods.filter((p) => p.state === 'closed');
    expect(closed.length).toBeGreaterThanOrEqual(4);
    for (const period of closed) {
      expect(period.deadline < today).toBe(true);
      const planMeasures = region.measures.filter((m) => m.planKey === period.planKey);
      const latest = latestReports(region.statusReports, period.key);
      for (const m of planMeasures) expect(latest.has(m.key)).toBe(true);
      for (const r of region.statusReports.filter((x) => x.periodKey === period.key)) {
        expect(r.reportedAt.slice(0, 10) <= period.deadline).toBe(true);
        expect(r.reportedAt.slice(0, 10) > period.asOfDate).toBe(true);
      }
    }
    const byMeasurePeriod = new Map<string, StatusReport[]>();
    for (const r of region.statusReports) {
      const k = `${r.measureKey}|${r.periodKey}`;
      byMeasurePeriod.set(k, [...(byMeasurePeriod.get(k) ?? []), r]);
    }
    const corrected = [...byMeasurePeriod.values()].filter((rs) => rs.length > 1);
    expect(corrected.length).toBeGreaterThanOrEqual(2);
    for (const rs of corrected) expect(rs[1].reportedAt > rs[0].reportedAt).toBe(true);
    // Closed periods of this year's plan: deadlines in order, the first about five months back.
    const plan = currentIcPlan(region);
    const own = region.periods.filter((p) => p.planKey === plan.key).sort((a, b) => a.sortOrder - b.sortOrder);
    expect(own).toHaveLength(3);
    expect(own[0].deadline < own[1].deadline && own[1].deadline < own[2].deadline).toBe(true);
    for (const p of own) expect(p.asOfDate.slice(0, 4)).toBe(String(plan.year));
    // More green over time.
    const greens = own.slice(0, 2).map((p) => [...latestReports(region.statusReports, p.key).values()].filter((r) => r.status === 'green').length);
    expect(greens[1]).toBeGreaterThan(greens[0]);
  });

  it('gives every role holder and delegate as a directory person', () => {
    const byId = new Map(demoDirectory.map((p) => [p.id, p]));
    for (const role of region.roles) {
      for (const ref of [role.holder, role.delegate]) {
        if (!ref) continue;
        const person = byId.get(ref.objectId);
        expect(person).toBeDefined();
        expect(ref.upn).toBe(person!.userPrincipalName);
        expect(ref.displayName).toBe(person!.displayName);
        expect(ref.siteUserId).toBeUndefined();
      }
    }
    expect(region.roles.filter((r) => r.delegate !== null).length).toBeGreaterThanOrEqual(2);
  });

  it('leaves the manager persona at least 2 open requests, under at least 3 roles with open measures', () => {
    const requests = openRequests(personas.manager, region.roles, region.measures, region.periods, region.statusReports, today);
    expect(requests.length).toBeGreaterThanOrEqual(2);
    for (const r of requests) expect(r.state).toBe('open');
    const upn = personas.manager.toLowerCase();
    const myRoles = region.roles.filter((r) => r.holder?.upn.toLowerCase() === upn).map((r) => r.key);
    const withOpenMeasures = myRoles.filter((k) => region.measures.some((m) => m.roleKey === k && !m.closed));
    expect(withOpenMeasures.length).toBeGreaterThanOrEqual(3);
  });

  it('summarises counts', () => {
    const summary = demoSummary(region);
    expect(summary.securityAreas).toBe(14);
    expect(summary.chapters).toBe(28);
    expect(summary.statusReports).toBe(region.statusReports.length);
    expect(Object.keys(summary).sort()).toEqual(Object.keys(region).sort());
  });
});

describe('buildDemoRegion calendar', () => {
  it("follows up this year's plan in November and last year's year end in February", () => {
    expect(currentIcPlan(buildDemoRegion('2026-11-23', demoDirectory)).year).toBe(2026);
    expect(currentIcPlan(buildDemoRegion('2027-01-02', demoDirectory)).year).toBe(2026);
    expect(currentIcPlan(buildDemoRegion('2027-02-15', demoDirectory)).year).toBe(2026);
    expect(currentIcPlan(buildDemoRegion('2027-05-01', demoDirectory)).year).toBe(2027);
  });

  it('titles the follow-ups of a November day by their months', () => {
    const region = buildDemoRegion('2026-11-23', demoDirectory);
    const titles = region.periods.filter((p) => p.planKey === 'plan:ik-2026-rs').sort((a, b) => a.sortOrder - b.sortOrder).map((p) => p.title);
    expect(titles).toEqual(['Uppföljning maj', 'Delår augusti', 'Uppföljning oktober']);
    const open = region.periods.find((p) => p.state === 'open')!;
    expect(open.asOfDate).toBe('2026-10-31');
    expect(open.deadline).toBe('2026-12-03');
  });

  it('keeps the follow-up invariants on every day of three years', () => {
    const problems: string[] = [];
    for (let day = '2026-01-01'; day <= '2028-12-31'; day = addDays(day, 1)) {
      const region = buildDemoRegion(day, demoDirectory);
      const plan = region.plans.find((p) => p.kind === 'internalControl' && p.state === 'followUp')!;
      const own = region.periods.filter((p) => p.planKey === plan.key).sort((a, b) => a.sortOrder - b.sortOrder);
      const soon = region.periods.filter((p) => p.deadline >= day && daysBetween(day, p.deadline) <= 14);
      const ok = own.length === 3 && soon.length === 4 && soon.includes(own[2]) && soon.every((p) => p.state === 'open' && p.deadline === own[2].deadline)
        && own[0].deadline < own[1].deadline && own[1].deadline < day
        && own.every((p) => p.asOfDate.slice(0, 4) === String(plan.year) && p.asOfDate > (plan.decisionDate as string))
        && region.plans.every((p) => p.decisionDate === null || p.decisionDate <= day)
        && region.statusReports.every((r) => r.reportedAt.slice(0, 10) <= day)
        && region.chapters.every((c) => (c.submittedAt ?? '') <= `${day}T23:59:59Z` && (c.decidedAt ?? '') <= `${day}T23:59:59Z`)
        && openRequests(personas.manager, region.roles, region.measures, region.periods, region.statusReports, day).length >= 2
        && openRequests(personas.coResponsible, region.roles, region.measures, region.periods, region.statusReports, day)
          .some((r) => r.measure.roleKeys.length === 2 && !r.measure.roleKeys[0].includes('patientsakerhetsteamet'));
      if (!ok) problems.push(day);
    }
    expect(problems).toEqual([]);
  });

  it('rejects a malformed date', () => {
    expect(() => buildDemoRegion('2026-13-01', demoDirectory)).toThrow();
  });
});
