/**
 * The scale region's plans answered with values: the region's balanced scorecard (100 goals under the five
 * perspectives, 900 indicators and 100 assignments at scale 1, followed up three times) and the security
 * report (the fourteen areas' goals, 400 indicators owned by the area owners, and the fourteen chapters of
 * the open round). Shaped like the demo's (server/demo/scorecard.ts, securityReport.ts).
 */
import { PERSPECTIVE } from '../../server/demo/categories';
import type { ReportTrack } from '../../server/demo/followUps';
import { ROLE } from '../../server/demo/roles';
import { AREA_SPECS } from '../../server/demo/securityAreas';
import { GOAL_ITEM, instant, meetingDate } from '../../server/demo/support';
import { UNIT } from '../../server/demo/units';
import { emptyChapter } from '../../src/model/chapter';
import { MEASURE_DEFAULTS } from '../../src/model/defaults';
import { withRoles } from '../../src/model/planKinds';
import type { Chapter, ChapterState, FollowUpPeriod, IsoDate, Measure, PersonRef, Plan, PlanItem } from '../../src/model/types';
import { history } from './answers';
import { Random } from './random';
import type { BuiltPlan, RolePool } from './statusPlans';
import { AREA_GOAL_FORMS, AREA_INDICATOR_FORMS, INDICATOR_FORMS, PLACES } from './words';

export function scorecardKey(year: number): string {
  return `plan:skala-sk-${year}`;
}

export function scorecardSizes(scale: number): { goals: number; indicators: number; assignments: number; ownerIndicators: number } {
  return {
    goals: Math.max(5, Math.round(100 * scale)), indicators: Math.max(5, Math.round(900 * scale)),
    assignments: Math.max(1, Math.round(100 * scale)), ownerIndicators: Math.max(2, Math.round(10 * scale))
  };
}

const STRATEGIC_GOALS = [
  'En god och jämlik hälsa i hela länet', 'En effektiv verksamhet med hög kvalitet', 'Lärande och förnyelse i vardagen',
  'En attraktiv arbetsgivare', 'En ekonomi i balans'
];

/** The scorecard; the indicator-owner persona's role answers for the first few indicators. */
export function buildScorecard(year: number, scale: number, pool: RolePool, random: Random): BuiltPlan {
  const sizes = scorecardSizes(scale);
  const planKey = scorecardKey(year);
  const plan: Plan = {
    key: planKey, title: `Styrkort ${year} – Region Norrvik`, kind: 'scorecard', year, unitKey: UNIT.region, state: 'followUp',
    decisionDate: meetingDate(year, '01-20'), diaryNumber: `RS ${year}/44`
  };
  const perspectives = Object.values(PERSPECTIVE);
  const items: PlanItem[] = Array.from({ length: sizes.goals }, (_, i) => ({
    ...GOAL_ITEM, key: `goal:skala-sk:${i + 1}`, planKey, title: `${INDICATOR_FORMS[i % INDICATOR_FORMS.length][0]} i ${PLACES[i % PLACES.length]} ska utvecklas enligt plan`,
    strategyKey: perspectives[i % perspectives.length], securityAreaKey: null, strategicGoal: STRATEGIC_GOALS[i % STRATEGIC_GOALS.length], sortOrder: i + 1
  }));
  const measures: Measure[] = [];
  const tracks: ReportTrack[] = [];
  for (let i = 0; i < sizes.indicators; i++) {
    const [title, unitOfMeasure, rule, target, split] = INDICATOR_FORMS[random.int(0, INDICATOR_FORMS.length - 1)];
    const role = i < sizes.ownerIndicators ? ROLE.vcAkutkliniken : pool.pick(random);
    const item = items[i % items.length];
    const measure = withRoles({
      ...MEASURE_DEFAULTS, key: `indicator:skala-sk:${i + 1}`, planKey, itemKey: item.key, title: `${title}, ${PLACES[i % PLACES.length]}`,
      measureKind: 'indicator' as const, roleKey: role, dueDate: null, method: 'Regionens beslutsstöd', closed: false,
      targetRule: rule, targetValue: target, unitOfMeasure, splitBySex: split, tolerance: null
    }, [role]);
    measures.push(measure);
    tracks.push({ measure, ...history(measure, 3, random, { unansweredNow: i < sizes.ownerIndicators }) });
  }
  for (let i = 0; i < sizes.assignments; i++) {
    const role = pool.pick(random);
    const measure = withRoles({
      ...MEASURE_DEFAULTS, key: `assignment:skala-sk:${i + 1}`, planKey, itemKey: items[(i * 7) % items.length].key,
      title: `Uppdrag: utreda samordning av ${['lokaler', 'bemanning', 'inköp', 'IT-stöd', 'utbildning'][i % 5]} i ${PLACES[i % PLACES.length]}`,
      measureKind: 'assignment' as const, roleKey: role, dueDate: `${year}-12-31`, method: '', closed: false, goal: 'Redovisas till regionstyrelsen'
    }, [role]);
    measures.push(measure);
    tracks.push({ measure, ...history(measure, 3, random) });
  }
  return { plan, items, measures, tracks };
}

export function securityReportKey(year: number): string {
  return `plan:skala-sb-${year}`;
}

const CHAPTER_STATES: ReadonlyArray<readonly [ChapterState, number]> = [['draft', 4], ['submitted', 4], ['approved', 3], ['returned', 1], ['notStarted', 2]];

function chapterFor(base: Chapter, state: ChapterState, owner: PersonRef | null, coordinator: PersonRef | null, day: IsoDate, area: string): Chapter {
  if (state === 'notStarted') return base;
  const text = {
    ...base, goalFulfilment: `Målen för ${area} är delvis uppfyllda.`, followUp: 'Uppföljning sker i områdets samverkansgrupp varje kvartal.',
    improvements: 'Rutiner har förtydligats och fler chefer har utbildats.', currentState: `Arbetet med ${area} bedrivs i alla förvaltningar.`,
    improvementOpportunities: 'Bättre systemstöd för avvikelser och gemensamma övningar.',
    riskAnalyses: [{ title: `Riskanalys ${area}`, date: day }], incidents: [{ kind: 'Rapporterade avvikelser', count: 40, women: 24, men: 16 }]
  };
  if (state === 'draft') return { ...text, state };
  const submitted = { ...text, state, submittedBy: owner, submittedAt: instant(day, 9, 30) };
  if (state === 'submitted') return submitted;
  return { ...submitted, decidedBy: coordinator, decidedAt: instant(day, 15, 0), returnComment: state === 'returned' ? 'Komplettera med könsuppdelad statistik.' : '' };
}

/**
 * The security report with an interim round (closed) and the open round. Its indicators are owned by the
 * area owners' roles, like the demo's; fire safety's chapter is not started (the area-owner persona's).
 */
export function buildSecurityReport(year: number, scale: number, periods: readonly FollowUpPeriod[], owners: (slug: string) => PersonRef | null,
  coordinator: PersonRef | null, random: Random): BuiltPlan & { chapters: Chapter[] } {
  const planKey = securityReportKey(year);
  const plan: Plan = {
    key: planKey, title: `Säkerhetsberättelse ${year} – Region Norrvik`, kind: 'securityReport', year, unitKey: UNIT.region, state: 'followUp',
    decisionDate: null, diaryNumber: ''
  };
  const open = periods[periods.length - 1];
  const items: PlanItem[] = [];
  const chapters: Chapter[] = [];
  AREA_SPECS.forEach((area, index) => {
    AREA_GOAL_FORMS.forEach((form, goalIndex) => items.push({
      ...GOAL_ITEM, key: `goal:skala-sb:${area.slug}:${goalIndex + 1}`, planKey, title: form.replace('{a}', area.title.toLowerCase()),
      strategyKey: null, securityAreaKey: `area:${area.slug}`, confidential: area.confidential ?? false, sortOrder: index * 3 + goalIndex + 1
    }));
    const state = area.slug === 'brand' ? 'notStarted' : random.weighted(CHAPTER_STATES);
    chapters.push(chapterFor(emptyChapter(planKey, `area:${area.slug}`, open.key), state, owners(area.slug), coordinator, open.asOfDate, area.title.toLowerCase()));
  });
  const measures: Measure[] = [];
  const tracks: ReportTrack[] = [];
  const count = Math.max(AREA_SPECS.length, Math.round(400 * scale));
  for (let i = 0; i < count; i++) {
    const area = AREA_SPECS[i % AREA_SPECS.length];
    const goal = items[(i % AREA_SPECS.length) * 3 + (Math.floor(i / AREA_SPECS.length) % 3)];
    const form = AREA_INDICATOR_FORMS[Math.floor(i / AREA_SPECS.length) % AREA_INDICATOR_FORMS.length];
    const role = `role:omr:${area.slug}`;
    const percent = form.startsWith('Andel');
    const measure = withRoles({
      ...MEASURE_DEFAULTS, key: `indicator:skala-sb:${area.slug}:${i + 1}`, planKey, itemKey: goal.key,
      title: `${form.replace('{a}', area.title.toLowerCase())} (${PLACES[Math.floor(i / AREA_SPECS.length) % PLACES.length]})`,
      measureKind: 'indicator' as const, roleKey: role, dueDate: null, method: 'Avvikelsesystemet, rullande tolv månader', closed: false,
      targetRule: percent ? 'atLeast' as const : 'decrease' as const, targetValue: percent ? 100 : null, unitOfMeasure: percent ? '%' : 'antal',
      splitBySex: !percent && random.chance(0.3), tolerance: null
    }, [role]);
    measures.push(measure);
    tracks.push({ measure, ...history(measure, periods.length, random) });
  }
  return { plan, items, measures, tracks, chapters };
}
