/**
 * Checks that the demo region holds every plan kind in the shape of the users' documents: the patient-safety
 * action plan (4 foundations, 5 focus areas, activities with several responsible), the scorecard (five
 * perspectives, every target rule, three periods of values, some split by sex, assignments), this year's
 * security report (14 chapters in mixed states) next to last year's, links from risks to goals and areas,
 * and that the personas the browser tests sign in as hold what those tests need.
 */
import { demoDirectory, findPerson, personas } from '../../directory/demoDirectory';
import { hasChapterErrors, validateChapter } from '../../../src/model/chapter';
import { checkTotal } from '../../../src/model/fulfilment';
import { responsibleRoles } from '../../../src/model/planKinds';
import { openRequestsFor, rolesOfPerson, subjectsOf } from '../../../src/model/requests';
import { CHAPTER_STATES, IsoDate, Measure, Plan, TARGET_RULES } from '../../../src/model/types';
import { buildDemoRegion, DemoRegion } from '../demoRegion';
import { TODAYS } from './todays';

function onePlan(region: DemoRegion, kind: Plan['kind'], state: Plan['state'] = 'followUp'): Plan {
  const plans = region.plans.filter((p) => p.kind === kind && p.state === state);
  expect(plans).toHaveLength(1);
  return plans[0];
}

function periodsOf(region: DemoRegion, plan: Plan) {
  return region.periods.filter((p) => p.planKey === plan.key).sort((a, b) => a.sortOrder - b.sortOrder);
}

function reportsIn(region: DemoRegion, periodKey: string, measureKey: string) {
  return region.statusReports.filter((r) => r.periodKey === periodKey && r.measureKey === measureKey);
}

function requestsOf(region: DemoRegion, upn: string, today: IsoDate) {
  return openRequestsFor(upn, region.roles, subjectsOf(region.measures, region.chapters, region.securityAreas), region.periods,
    region.statusReports, region.chapters, today);
}

function holderOf(region: DemoRegion, roleKey: string): string | undefined {
  return region.roles.find((r) => r.key === roleKey)?.holder?.upn;
}

describe.each(TODAYS)('the plan kinds on %s', (today) => {
  const region = buildDemoRegion(today, demoDirectory);
  const categoryType = new Map(region.categories.map((c) => [c.key, c.categoryType]));

  describe('patient-safety action plan', () => {
    const plan = onePlan(region, 'patientSafety');
    const items = region.items.filter((i) => i.planKey === plan.key);
    const activities = region.measures.filter((m) => m.planKey === plan.key);
    const [closed, open] = periodsOf(region, plan);

    it('has 4 foundations with their strategies and 5 focus areas with purpose and goals', () => {
      const foundations = items.filter((i) => categoryType.get(i.strategyKey as string) === 'foundation');
      const focusAreas = items.filter((i) => categoryType.get(i.strategyKey as string) === 'focusArea');
      expect(foundations).toHaveLength(4);
      expect(focusAreas).toHaveLength(5);
      expect(foundations.length + focusAreas.length).toBe(items.length);
      expect(new Set(items.map((i) => i.strategyKey)).size).toBe(9);
      for (const f of foundations) expect(f.goals.split('\n').length).toBeGreaterThanOrEqual(3);
      for (const f of focusAreas) {
        expect(f.purpose.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(1);
        expect(f.goals.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(1);
        expect(activities.filter((a) => a.itemKey === f.key).length).toBeGreaterThanOrEqual(2);
      }
    });

    it('has activities with Aktivitet, Mål, Metod/Datakälla and often several responsible', () => {
      expect(activities.length).toBeGreaterThanOrEqual(15);
      for (const a of activities) {
        expect(a.measureKind).toBe('activity');
        expect(a.goal.length).toBeGreaterThan(0);
        expect(a.method.length).toBeGreaterThan(0);
      }
      expect(activities.filter((a) => a.roleKeys.length >= 2).length).toBeGreaterThanOrEqual(activities.length / 2);
      expect(activities.some((a) => a.roleKeys.length >= 3)).toBe(true);
    });

    it('is answered in full in the closed follow-up and in part in the open one', () => {
      expect(closed.state).toBe('closed');
      expect(open.state).toBe('open');
      for (const a of activities) expect(reportsIn(region, closed.key, a.key).length).toBeGreaterThanOrEqual(1);
      const unanswered = activities.filter((a) => reportsIn(region, open.key, a.key).length === 0);
      expect(unanswered.length).toBeGreaterThanOrEqual(3);
      expect(unanswered.length).toBeLessThan(activities.length);
      expect(unanswered.some((a) => a.roleKeys.length >= 2)).toBe(true);
    });
  });

  describe('scorecard', () => {
    const plan = onePlan(region, 'scorecard');
    const items = region.items.filter((i) => i.planKey === plan.key);
    const measures = region.measures.filter((m) => m.planKey === plan.key);
    const indicators = measures.filter((m) => m.measureKind === 'indicator');
    const assignments = measures.filter((m) => m.measureKind === 'assignment');
    const periods = periodsOf(region, plan);

    it('files its goals under five perspectives, each under the board’s strategic goal', () => {
      expect(new Set(items.map((i) => i.strategyKey))).toEqual(new Set(region.categories.filter((c) => c.categoryType === 'perspective').map((c) => c.key)));
      for (const i of items) expect(i.strategicGoal.length).toBeGreaterThan(0);
      expect(indicators.length + assignments.length).toBe(measures.length);
    });

    it('has indicators of every target rule, some split by sex, some with a tolerance', () => {
      expect(new Set(indicators.map((i) => i.targetRule))).toEqual(new Set(TARGET_RULES));
      for (const i of indicators.filter((x) => x.targetRule === 'atLeast' || x.targetRule === 'atMost')) expect(i.targetValue).not.toBeNull();
      expect(indicators.filter((i) => i.splitBySex).length).toBeGreaterThanOrEqual(4);
      expect(indicators.filter((i) => i.tolerance !== null).length).toBeGreaterThanOrEqual(2);
      expect(indicators.some((i) => i.splitBySex && i.unitOfMeasure === 'antal')).toBe(true);
      expect(indicators.some((i) => i.splitBySex && i.unitOfMeasure === '%')).toBe(true);
    });

    it('has three periods: two answered with values and analyses, the open one with values still missing', () => {
      expect(periods.map((p) => p.state)).toEqual(['closed', 'closed', 'open']);
      for (const period of periods.slice(0, 2)) {
        for (const i of indicators) {
          const [report] = reportsIn(region, period.key, i.key);
          expect(report.value).not.toBeNull();
          expect(report.comment.length).toBeGreaterThan(0);
        }
        for (const a of assignments) {
          const [report] = reportsIn(region, period.key, a.key);
          expect(report.status).not.toBeNull();
          expect(report.comment.length).toBeGreaterThan(0);
        }
      }
      const open = periods[2];
      const missing = indicators.filter((i) => reportsIn(region, open.key, i.key).length === 0);
      expect(missing.length).toBeGreaterThanOrEqual(3);
      expect(missing.length).toBeLessThan(indicators.length);
      expect(assignments.length).toBeGreaterThanOrEqual(3);
    });

    it('keeps indicator colours computed, except one set by hand with a reason', () => {
      const reports = region.statusReports.filter((r) => indicators.some((i) => i.key === r.measureKey));
      for (const r of reports) expect(r.status === null).toBe(r.statusReason === '');
      expect(reports.filter((r) => r.status !== null)).toHaveLength(1);
    });
  });

  describe('security reports', () => {
    const current = onePlan(region, 'securityReport');
    const previous = onePlan(region, 'securityReport', 'closed');
    const chapters = region.chapters.filter((c) => c.planKey === current.key);
    const [, open] = periodsOf(region, current);

    it("covers the 14 areas with goals and indicators, in last year's report and this year's", () => {
      for (const plan of [previous, current]) {
        const items = region.items.filter((i) => i.planKey === plan.key);
        expect(new Set(items.map((g) => g.securityAreaKey)).size).toBe(14);
        const indicators = region.measures.filter((m) => m.planKey === plan.key);
        expect(indicators.length).toBeGreaterThanOrEqual(14);
        for (const m of indicators) {
          const area = region.securityAreas.find((a) => a.key === items.find((i) => i.key === m.itemKey)?.securityAreaKey)!;
          expect(m.measureKind).toBe('indicator');
          expect(m.roleKeys).toEqual([area.ownerRoleKey]);
          expect(region.statusReports.some((r) => r.measureKey === m.key)).toBe(true);
        }
        expect(indicators.some((m) => m.splitBySex)).toBe(true);
      }
      expect(previous.decisionDate! <= today).toBe(true);
      expect(open.state).toBe('open');
      const missing = region.measures.filter((m) => m.planKey === current.key && reportsIn(region, open.key, m.key).length === 0);
      expect(missing.length).toBeGreaterThan(0);
    });

    it('has this year’s 14 chapters in every state, and last year’s approved', () => {
      expect(chapters).toHaveLength(14);
      expect(new Set(chapters.map((c) => c.areaKey)).size).toBe(14);
      for (const c of chapters) expect(c.periodKey).toBe(open.key);
      const states = new Set(chapters.map((c) => c.state));
      expect(states).toEqual(new Set(CHAPTER_STATES));
      expect(chapters.filter((c) => c.state === 'notStarted').length).toBeGreaterThanOrEqual(3);
      const returned = chapters.filter((c) => c.state === 'returned');
      expect(returned).toHaveLength(1);
      expect(returned[0].returnComment.length).toBeGreaterThan(0);
      for (const c of chapters.filter((x) => x.state === 'notStarted')) expect(c).toMatchObject({ goalFulfilment: '', incidents: [], submittedBy: null });
      for (const c of chapters.filter((x) => ['submitted', 'returned', 'approved'].includes(x.state))) {
        expect(hasChapterErrors(validateChapter(c, 'submit'))).toBe(false);
        expect(c.submittedBy).not.toBeNull();
      }
      for (const c of chapters.filter((x) => x.state === 'returned' || x.state === 'approved')) {
        expect(c.decidedBy?.upn).toBe(holderOf(region, 'role:sakerhetschef'));
      }
      const last = region.chapters.filter((c) => c.planKey === previous.key);
      expect(last).toHaveLength(14);
      for (const c of last) {
        expect(c.state).toBe('approved');
        expect(hasChapterErrors(validateChapter(c, 'submit'))).toBe(false);
      }
    });

    it('counts incidents by kind, some split by sex', () => {
      const incidents = chapters.flatMap((c) => c.incidents);
      expect(incidents.some((i) => i.women !== null && i.men !== null)).toBe(true);
      for (const i of incidents) if (i.women !== null && i.men !== null) expect(i.women + i.men).toBeLessThanOrEqual(i.count);
      expect(chapters.some((c) => c.riskAnalyses.length > 0)).toBe(true);
    });
  });

  it('gives every split-by-sex value a total consistent with women and men', () => {
    const split = new Map(region.measures.filter((m) => m.splitBySex).map((m) => [m.key, m]));
    const readings = region.statusReports.filter((r) => split.has(r.measureKey) && r.value !== null);
    expect(readings.length).toBeGreaterThanOrEqual(20);
    for (const r of readings) expect([r.measureKey, checkTotal(split.get(r.measureKey)!, r)]).toEqual([r.measureKey, 'ok']);
    for (const r of region.statusReports) if (!split.has(r.measureKey)) expect([r.valueWomen, r.valueMen]).toEqual([null, null]);
  });

  it("links risks of this year's internal control plan to scorecard goals and security areas", () => {
    const ic = onePlan(region, 'internalControl');
    const risks = region.items.filter((i) => i.planKey === ic.key);
    const threats = region.links.filter((l) => l.linkType === 'threatens' && l.planKey === ic.key);
    expect(new Set(threats.map((l) => l.fromKey)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(threats.map((l) => l.toKey)).size).toBeGreaterThanOrEqual(5);
    const withArea = risks.filter((r) => r.securityAreaKey !== null);
    expect(withArea.length).toBeGreaterThanOrEqual(5);
    expect(withArea.some((r) => threats.some((l) => l.fromKey === r.key))).toBe(true);
    const current = onePlan(region, 'securityReport');
    const chapterAreas = new Set(region.chapters.filter((c) => c.planKey === current.key).map((c) => c.areaKey));
    expect(withArea.every((r) => chapterAreas.has(r.securityAreaKey as string))).toBe(true);
  });

  describe('personas', () => {
    it('the security coordinator holds a role that coordinates the security report', () => {
      const coordinating = JSON.parse(region.settings.find((s) => s.key === 'setting:coordinatorRoles:securityReport')!.value) as string[];
      const held = rolesOfPerson(region.roles, personas.securityCoordinator).filter((r) => r.holder?.upn === personas.securityCoordinator);
      expect(held.some((r) => coordinating.includes(r.key))).toBe(true);
    });

    it("the area owner holds exactly one area's owner role, and that area's chapter is theirs to write", () => {
      const roles = rolesOfPerson(region.roles, personas.areaOwner);
      const areas = region.securityAreas.filter((a) => roles.some((r) => r.key === a.ownerRoleKey));
      expect(areas).toHaveLength(1);
      const current = onePlan(region, 'securityReport');
      const chapter = region.chapters.find((c) => c.planKey === current.key && c.areaKey === areas[0].key)!;
      expect(['notStarted', 'draft']).toContain(chapter.state);
      expect(requestsOf(region, personas.areaOwner, today).some((r) => r.subject.key === chapter.key)).toBe(true);
    });

    it('the indicator owner has an open, split-by-sex indicator without a value', () => {
      const requests = requestsOf(region, personas.indicatorOwner, today);
      const open = requests.filter((r) => r.subject.type === 'value' && r.subject.measure?.splitBySex);
      expect(open.length).toBeGreaterThanOrEqual(1);
      expect(region.plans.find((p) => p.key === open[0].subject.planKey)?.kind).toBe('scorecard');
    });

    it('the co-responsible holds the second role of an open two-role activity, not its first', () => {
      const mine = new Set(rolesOfPerson(region.roles, personas.coResponsible).map((r) => r.key));
      const shared = requestsOf(region, personas.coResponsible, today).map((r) => r.subject.measure as Measure)
        .filter((m) => m && m.measureKind === 'activity' && responsibleRoles(m).length === 2);
      const activity = shared.find((m) => !mine.has(m.roleKeys[0]) && mine.has(m.roleKeys[1]));
      expect(activity).toBeDefined();
      const lead = region.roles.find((r) => r.key === activity!.roleKeys[0])!;
      expect(lead.holder?.upn).not.toBe(personas.coResponsible);
      expect(lead.delegate?.upn).not.toBe(personas.coResponsible);
      expect(requestsOf(region, lead.holder!.upn, today).some((r) => r.subject.key === activity!.key)).toBe(true);
    });

    it('are people of the directory', () => {
      for (const upn of Object.values(personas)) expect(findPerson(upn)).toBeDefined();
      expect(new Set(Object.values(personas)).size).toBe(Object.values(personas).length);
    });
  });
});
