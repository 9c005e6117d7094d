/**
 * The demo data of Region Norrvik, assembled: units, categories, roles with their current holders, the
 * internal control plans of this year and last year with their follow-ups and status history, this year's
 * patient-safety action plan and balanced scorecard, the fourteen security areas with last year's and this
 * year's security reports and their chapters, the links between them (every measure's responsible roles;
 * risks that threaten scorecard goals) and the region's settings.
 *
 * Deterministic for a given `today`: every date is derived from it, nothing reads the clock or a random
 * source. Entities carry natural keys and no id/etag, so seeding is idempotent.
 */
import type { DirectoryPerson } from '../directory/types';
import type {
  Category, Chapter, FollowUpPeriod, IsoDate, Link, Measure, OrgUnit, Plan, PlanItem, Role, SecurityArea, Setting, StatusReport
} from '../../src/model/types';
import { isIsoDate } from '../../src/model/calendar';
import { responsibilityLinks } from '../../src/model/planKinds';
import { buildCategories } from './categories';
import { buildPeriods, buildStatusReports, followUpSchedule, lsgSlot, previousYearSlots } from './followUps';
import { buildInternalControlPlan, CURRENT_RISKS, internalControlSlug, PREVIOUS_RISKS } from './internalControlPlan';
import { buildPatientSafetyPlan, patientSafetySlug } from './patientSafetyPlan';
import { buildRoles } from './roles';
import { buildScorecard, scorecardSlug } from './scorecard';
import { buildSecurityAreas } from './securityAreas';
import { buildSecurityReports } from './securityReport';
import { buildSettings } from './settings';
import { buildUnits } from './units';

/** The demo entities per list, in the order they are seeded. */
export interface DemoRegion {
  orgUnits: OrgUnit[];
  categories: Category[];
  roles: Role[];
  plans: Plan[];
  items: PlanItem[];
  measures: Measure[];
  periods: FollowUpPeriod[];
  statusReports: StatusReport[];
  securityAreas: SecurityArea[];
  chapters: Chapter[];
  links: Link[];
  settings: Setting[];
}

/**
 * Builds the region as it stands on `today`. The internal control plan under follow-up is this year's
 * (from February to April, when this year's plan has had no follow-up yet, it is last year's; see
 * followUps.ts); the other plans are dated relative to that plan year and followed up on its dates, so
 * every open follow-up has the same deadline, within the next two weeks.
 */
export function buildDemoRegion(today: IsoDate, directory: DirectoryPerson[]): DemoRegion {
  if (!isIsoDate(today)) throw new Error(`buildDemoRegion: '${today}' is not an ISO date`);
  const schedule = followUpSchedule(today);
  const year = schedule.planYear;
  const [first, second, open] = schedule.slots;
  const roles = buildRoles(directory);

  const current = buildInternalControlPlan(year, 'followUp', CURRENT_RISKS, 123);
  const currentPeriods = buildPeriods(internalControlSlug(year), schedule.slots);
  const previous = buildInternalControlPlan(year - 1, 'closed', PREVIOUS_RISKS, 97);
  const previousPeriods = buildPeriods(internalControlSlug(year - 1), previousYearSlots(year - 1));
  const patientSafety = buildPatientSafetyPlan(year);
  const patientSafetyPeriods = buildPeriods(patientSafetySlug(year), [lsgSlot(second), lsgSlot(open)]);
  const scorecard = buildScorecard(year);
  const scorecardPeriods = buildPeriods(scorecardSlug(year), [first, second, open]);
  const security = buildSecurityReports(year, [second, open], roles, today);

  const measures = [...current.measures, ...previous.measures, ...patientSafety.measures, ...scorecard.measures, ...security.measures];
  return {
    orgUnits: buildUnits(),
    categories: buildCategories(),
    roles,
    plans: [current.plan, previous.plan, patientSafety.plan, scorecard.plan, ...security.plans],
    items: [...current.items, ...previous.items, ...patientSafety.items, ...scorecard.items, ...security.items],
    measures,
    periods: [...currentPeriods, ...previousPeriods, ...patientSafetyPeriods, ...scorecardPeriods, ...security.periods],
    statusReports: [
      ...buildStatusReports(current.tracks, currentPeriods, roles, today),
      ...buildStatusReports(previous.tracks, previousPeriods, roles, today),
      ...buildStatusReports(patientSafety.tracks, patientSafetyPeriods, roles, today),
      ...buildStatusReports(scorecard.tracks, scorecardPeriods, roles, today),
      ...security.statusReports
    ],
    securityAreas: buildSecurityAreas(),
    chapters: security.chapters,
    links: [...measures.flatMap(responsibilityLinks), ...current.threats, ...previous.threats],
    settings: buildSettings()
  };
}

export type DemoSummary = { [K in keyof DemoRegion]: number };

/** Counts per list, for a log line. */
export function demoSummary(region: DemoRegion): DemoSummary {
  return Object.fromEntries(Object.entries(region).map(([list, entities]) => [list, (entities as unknown[]).length])) as DemoSummary;
}
