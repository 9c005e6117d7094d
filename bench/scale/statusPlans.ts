/**
 * The scale region's plans answered with a status colour: the region-wide internal control plan (5,000 risks
 * and 8,000 measures at scale 1, followed up three times) and the patient-safety action plan (600 activities
 * under the national plan's four foundations and five focus areas, followed up twice). Shaped like the
 * demo's plans (server/demo/internalControlPlan.ts, patientSafetyPlan.ts), with generated texts.
 */
import { FOCUS, FOUNDATION, OBJECTIVE, STRATEGY } from '../../server/demo/categories';
import type { ReportTrack } from '../../server/demo/followUps';
import { ROLE } from '../../server/demo/roles';
import { GOAL_ITEM, meetingDate } from '../../server/demo/support';
import { UNIT } from '../../server/demo/units';
import { ITEM_DEFAULTS, MEASURE_DEFAULTS } from '../../src/model/defaults';
import { threatLink, withRoles } from '../../src/model/planKinds';
import type { Category, Handling, Link, Measure, Plan, PlanItem } from '../../src/model/types';
import { history } from './answers';
import { Random } from './random';
import {
  ACTIVITY_FORMS, ACTIVITY_SUBJECTS, CAUSES, CONSEQUENCES, MEASURE_FORMS, METHODS, PROCESSES, RISK_FORMS, WHERE
} from './words';

export interface BuiltPlan {
  plan: Plan;
  items: PlanItem[];
  measures: Measure[];
  tracks: ReportTrack[];
}

/** Who answers for what: generated roles for most, a few demo roles so that the personas have work. */
export interface RolePool {
  generated: readonly string[];
  pick(random: Random): string;
}

/** The manager persona's roles (the Regionstabschef holds all three, see server/demo/roles.ts). */
export const MANAGER_ROLES = [ROLE.regionstabschef, ROLE.processagareIk, ROLE.informationsagareDiarium] as const;

export function internalControlKey(year: number): string {
  return `plan:skala-ik-${year}`;
}

export function internalControlSizes(scale: number): { risks: number; measures: number; managerRequests: number } {
  const risks = Math.max(10, Math.round(5000 * scale));
  return { risks, measures: Math.max(risks, Math.round(8000 * scale)), managerRequests: Math.max(5, Math.round(50 * scale)) };
}

function riskItem(planKey: string, index: number, random: Random): PlanItem {
  const process = random.pick(PROCESSES);
  const title = `${random.pick(RISK_FORMS).replace('{p}', process)} ${random.pick(WHERE)}`;
  const probability = random.int(1, 4);
  const severity = random.int(1, 4);
  const reduced = probability * severity >= 9 && random.chance(0.5);
  return {
    ...ITEM_DEFAULTS, key: `risk:skala-ik:${index + 1}`, planKey, title, consequence: random.pick(CONSEQUENCES), cause: random.pick(CAUSES),
    handling: random.weighted<Handling>([['reduce', 70], ['eliminate', 15], ['accept', 15]]),
    strategyKey: random.pick(Object.values(STRATEGY)), objectiveKey: random.pick(Object.values(OBJECTIVE)), securityAreaKey: null,
    probability, severity, residualProbability: reduced ? Math.max(1, probability - 1) : null, residualSeverity: reduced ? severity : null,
    confidential: random.chance(0.02), sortOrder: index + 1
  };
}

/**
 * The internal control plan. The first `managerRequests` measures belong to the manager persona's roles and
 * are unanswered in the open follow-up ("a manager with 50 open requests"); one measure in twelve has a
 * co-responsible role; a few risks threaten the scorecard's goals.
 */
export function buildInternalControl(year: number, scale: number, pool: RolePool, goalKeys: readonly string[], random: Random):
  BuiltPlan & { threats: Link[] } {
  const sizes = internalControlSizes(scale);
  const planKey = internalControlKey(year);
  const plan: Plan = {
    key: planKey, title: `Internkontrollplan ${year} – Region Norrvik, samtliga förvaltningar`, kind: 'internalControl', year,
    unitKey: UNIT.region, state: 'followUp', decisionDate: meetingDate(year, '01-27'), diaryNumber: `RS ${year}/301`
  };
  const items = Array.from({ length: sizes.risks }, (_, i) => riskItem(planKey, i, random));
  const measures: Measure[] = [];
  const tracks: ReportTrack[] = [];
  for (let i = 0; i < sizes.measures; i++) {
    // Every risk gets a measure; the rest go, in order, to the first risks as their second measure.
    const riskIndex = i < sizes.risks ? i : i - sizes.risks;
    const item = items[riskIndex];
    const ofManager = i < sizes.managerRequests;
    const lead = ofManager ? MANAGER_ROLES[i % MANAGER_ROLES.length] : pool.pick(random);
    const roles = !ofManager && random.chance(1 / 12) ? [lead, pool.pick(random)] : [lead];
    const process = PROCESSES.find((p) => item.title.includes(p)) ?? random.pick(PROCESSES);
    const measure = withRoles({
      ...MEASURE_DEFAULTS, key: `measure:skala-ik:${riskIndex + 1}:${i < sizes.risks ? 1 : 2}`, planKey, itemKey: item.key,
      title: random.pick(MEASURE_FORMS).replace('{p}', process), measureKind: 'measure' as const, roleKey: lead,
      dueDate: `${year}-${random.pick(['06-30', '09-30', '12-31', '12-31'])}`, method: random.pick(METHODS), closed: false,
      confidential: item.confidential
    }, roles);
    measures.push(measure);
    tracks.push({ measure, ...history(measure, 3, random, { unansweredNow: ofManager }) });
  }
  const threats = goalKeys.length === 0 ? [] : Array.from({ length: Math.max(3, Math.round(300 * scale)) }, (_, i) =>
    threatLink(items[(i * 16) % items.length], goalKeys[i % goalKeys.length]));
  return { plan, items, measures, tracks, threats: dedupe(threats) };
}

function dedupe(links: Link[]): Link[] {
  return [...new Map(links.map((l) => [l.key, l])).values()];
}

export function patientSafetyKey(year: number): string {
  return `plan:skala-ps-${year}`;
}

/** The action plan: the foundations and focus areas are its items (titled as the region's categories). */
export function buildPatientSafety(year: number, scale: number, pool: RolePool, categories: readonly Category[], random: Random): BuiltPlan {
  const planKey = patientSafetyKey(year);
  const plan: Plan = {
    key: planKey, title: `Handlingsplan för patientsäkerhet ${year} – hela regionen`, kind: 'patientSafety', year,
    unitKey: UNIT.hsf, state: 'followUp', decisionDate: meetingDate(year, '02-12'), diaryNumber: `HSF ${year}/77`
  };
  const title = (key: string): string => categories.find((c) => c.key === key)?.title ?? key;
  const foundations = Object.values(FOUNDATION);
  const focusAreas = Object.values(FOCUS);
  const items: PlanItem[] = [...foundations, ...focusAreas].map((category, index) => ({
    ...GOAL_ITEM, key: `item:skala-ps:${index + 1}`, planKey, title: title(category), strategyKey: category, securityAreaKey: null,
    purpose: index >= foundations.length ? 'Minska antalet vårdskador.\nStärka lärandet av det som händer.' : '',
    goals: 'Alla enheter arbetar systematiskt med patientsäkerhet.', sortOrder: index + 1
  }));
  const measures: Measure[] = [];
  const tracks: ReportTrack[] = [];
  const count = Math.max(9, Math.round(600 * scale));
  for (let i = 0; i < count; i++) {
    // Most activities sit under the focus areas; the team's convener is second responsible for some.
    const item = items[i % 5 === 0 ? i % foundations.length : foundations.length + (i % focusAreas.length)];
    const lead = i % 40 === 1 ? ROLE.lsgPatientsakerhet : pool.pick(random);
    const roles = i % 40 === 1 ? [lead, ROLE.patientsakerhetsteamet] : random.chance(0.2) ? [lead, pool.pick(random)] : [lead];
    const subject = random.pick(ACTIVITY_SUBJECTS);
    const measure = withRoles({
      ...MEASURE_DEFAULTS, key: `activity:skala-ps:${i + 1}`, planKey, itemKey: item.key, title: random.pick(ACTIVITY_FORMS).replace('{x}', subject),
      measureKind: 'activity' as const, roleKey: lead, dueDate: `${year}-12-31`, method: random.pick(METHODS), closed: false,
      goal: `Minskat antal vårdskador kopplade till ${subject}`
    }, roles);
    measures.push(measure);
    tracks.push({ measure, ...history(measure, 2, random) });
  }
  return { plan, items, measures, tracks };
}
