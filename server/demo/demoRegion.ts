/**
 * The demo data of Region Norrvik, assembled: units, categories, roles with their current holders, the
 * internal control plans of this year and last year with their follow-ups and status history, the fourteen
 * security areas and last year's security report, a patient-safety action plan and a balanced scorecard.
 *
 * Deterministic for a given `today`: every date is derived from it, nothing reads the clock or a random
 * source. Entities carry natural keys and no id/etag, so seeding is idempotent.
 */
import type { DirectoryPerson } from '../directory/types';
import type {
  Category, FollowUpPeriod, Indicator, IndicatorValue, IsoDate, Measure, OrgUnit, Plan, PlanItem, Role,
  SecurityArea, StatusReport
} from '../../src/model/types';
import { isIsoDate } from '../../src/model/calendar';
import { buildCategories } from './categories';
import { buildPeriods, buildStatusReports, followUpSchedule, lsgSlot, previousYearSlots } from './followUps';
import { buildInternalControlPlan, CURRENT_RISKS, internalControlSlug, PREVIOUS_RISKS } from './internalControlPlan';
import { buildPatientSafetyPlan, patientSafetySlug } from './patientSafetyPlan';
import { buildRoles } from './roles';
import { buildScorecard } from './scorecard';
import { buildSecurityAreas, buildSecurityReport } from './securityAreas';
import { buildUnits } from './units';

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
  indicators: Indicator[];
  indicatorValues: IndicatorValue[];
}

/**
 * Builds the region as it stands on `today`. The internal control plan under follow-up is this year's
 * (from February to April, when this year's plan has had no follow-up yet, it is last year's; see
 * followUps.ts); "last year's plan", the security report, the patient-safety plan and the scorecard are
 * dated relative to that plan year.
 */
export function buildDemoRegion(today: IsoDate, directory: DirectoryPerson[]): DemoRegion {
  if (!isIsoDate(today)) throw new Error(`buildDemoRegion: '${today}' is not an ISO date`);
  const schedule = followUpSchedule(today);
  const year = schedule.planYear;
  const roles = buildRoles(directory);

  const current = buildInternalControlPlan(year, 'followUp', CURRENT_RISKS, 123);
  const currentPeriods = buildPeriods(internalControlSlug(year), schedule.slots);
  const previous = buildInternalControlPlan(year - 1, 'closed', PREVIOUS_RISKS, 97);
  const previousPeriods = buildPeriods(internalControlSlug(year - 1), previousYearSlots(year - 1));
  const patientSafety = buildPatientSafetyPlan(year);
  const patientSafetyPeriods = buildPeriods(patientSafetySlug(year), [lsgSlot(schedule.slots[1])]);
  const security = buildSecurityReport(year - 1);
  const scorecard = buildScorecard(year);

  return {
    orgUnits: buildUnits(),
    categories: buildCategories(),
    roles,
    plans: [current.plan, previous.plan, security.plan, patientSafety.plan, scorecard.plan],
    items: [...current.items, ...previous.items, ...security.items, ...patientSafety.items, ...scorecard.items],
    measures: [...current.measures, ...previous.measures, ...patientSafety.measures],
    periods: [...currentPeriods, ...previousPeriods, ...patientSafetyPeriods],
    statusReports: [
      ...buildStatusReports(current.tracks, currentPeriods, roles, today),
      ...buildStatusReports(previous.tracks, previousPeriods, roles, today),
      ...buildStatusReports(patientSafety.tracks, patientSafetyPeriods, roles, today)
    ],
    securityAreas: buildSecurityAreas(),
    indicators: [...security.indicators, ...scorecard.indicators],
    indicatorValues: [...security.indicatorValues, ...scorecard.indicatorValues]
  };
}

export type DemoSummary = { [K in keyof DemoRegion]: number };

/** Counts per list, for a log line. */
export function demoSummary(region: DemoRegion): DemoSummary {
  return {
    orgUnits: region.orgUnits.length,
    categories: region.categories.length,
    roles: region.roles.length,
    plans: region.plans.length,
    items: region.items.length,
    measures: region.measures.length,
    periods: region.periods.length,
    statusReports: region.statusReports.length,
    securityAreas: region.securityAreas.length,
    indicators: region.indicators.length,
    indicatorValues: region.indicatorValues.length
  };
}
