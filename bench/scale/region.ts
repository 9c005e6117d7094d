/**
 * The region at scale, for `npm run bench` and the scale test: at scale factor 1, 30,000 people in a
 * management chain, 2,000 responsible roles with holders (some with delegates), a region-wide internal
 * control plan of 5,000 risks, 10,000 measures, activities and indicators over the year's follow-ups with
 * their status history and values, and the security report's fourteen chapters. Deterministic for a given
 * `today`, scale and seed; entities carry natural keys, so seeding it twice adds nothing the second time.
 *
 * Built with the demo region's own pieces (server/demo: categories, units, security areas, settings, the
 * follow-up schedule and the status-report builder), so it has the same shape as what `npm start` seeds.
 */
import type { DemoRegion } from '../../server/demo/demoRegion';
import { buildCategories } from '../../server/demo/categories';
import { buildPeriods, buildStatusReports, followUpSchedule, lsgSlot, PeriodSlot } from '../../server/demo/followUps';
import { ROLE } from '../../server/demo/roles';
import { buildSecurityAreas } from '../../server/demo/securityAreas';
import { buildSettings } from '../../server/demo/settings';
import type { DirectoryPerson } from '../../server/directory/types';
import { personas } from '../../server/directory/demoDirectory';
import { responsibilityLinks } from '../../src/model/planKinds';
import type { FollowUpPeriod, IsoDate, Role } from '../../src/model/types';
import { buildScorecard, buildSecurityReport, scorecardKey, securityReportKey } from './indicatorPlans';
import { buildOrganisation } from './organisation';
import { Random } from './random';
import { BuiltPlan, buildInternalControl, buildPatientSafety, internalControlKey, internalControlSizes, patientSafetyKey, RolePool } from './statusPlans';

export interface ScaleRegion {
  scale: number;
  today: IsoDate;
  directory: DirectoryPerson[];
  region: DemoRegion;
  plans: { internalControl: string; patientSafety: string; scorecard: string; securityReport: string };
  /** What the views are measured on. */
  facts: { managerUpn: string; managerOpenRequests: number; openPeriodDeadline: IsoDate };
}

export const DEFAULT_SEED = 2026;

function periodsOf(planKey: string, slots: readonly PeriodSlot[]): FollowUpPeriod[] {
  return buildPeriods(planKey.replace(/^plan:/, ''), slots);
}

function rolePool(generated: readonly Role[]): RolePool {
  const keys = generated.map((r) => r.key);
  return { generated: keys, pick: (random) => random.pick(keys) };
}

/** Counts per list, for a log line. */
export function regionCounts(region: DemoRegion): Record<string, number> {
  return Object.fromEntries(Object.entries(region).map(([list, entities]) => [list, (entities as unknown[]).length]));
}

export function buildScaleRegion(today: IsoDate, scale = 1, seed = DEFAULT_SEED): ScaleRegion {
  if (!(scale > 0)) throw new Error(`buildScaleRegion: scale must be above 0, not ${scale}`);
  const random = new Random(seed);
  const schedule = followUpSchedule(today);
  const year = schedule.planYear;
  const [first, second, open] = schedule.slots;
  const organisation = buildOrganisation(scale, random);
  const roles = organisation.roles;
  const categories = buildCategories();
  const pool = rolePool(organisation.generatedRoles);
  const holder = (key: string) => roles.find((r) => r.key === key)?.holder ?? null;

  const scorecard = buildScorecard(year, scale, pool, random);
  const internalControl = buildInternalControl(year, scale, pool, scorecard.items.map((i) => i.key), random);
  const patientSafety = buildPatientSafety(year, scale, pool, categories, random);
  const securityPeriods = periodsOf(securityReportKey(year), [second, open]);
  const security = buildSecurityReport(year, scale, securityPeriods, (slug) => holder(`role:omr:${slug}`), holder(ROLE.sakerhetschef), random);

  const withPeriods: Array<[BuiltPlan, FollowUpPeriod[]]> = [
    [internalControl, periodsOf(internalControl.plan.key, [first, second, open])],
    [patientSafety, periodsOf(patientSafety.plan.key, [lsgSlot(second), lsgSlot(open)])],
    [scorecard, periodsOf(scorecard.plan.key, [first, second, open])],
    [security, securityPeriods]
  ];
  const measures = withPeriods.flatMap(([p]) => p.measures);
  const region: DemoRegion = {
    orgUnits: organisation.units,
    categories,
    roles,
    plans: withPeriods.map(([p]) => p.plan),
    items: withPeriods.flatMap(([p]) => p.items),
    measures,
    periods: withPeriods.flatMap(([, periods]) => periods),
    statusReports: withPeriods.flatMap(([p, periods]) => buildStatusReports(p.tracks, periods, roles, today)),
    securityAreas: buildSecurityAreas(),
    chapters: security.chapters,
    links: [...measures.flatMap(responsibilityLinks), ...internalControl.threats],
    settings: buildSettings()
  };
  return {
    scale, today, directory: organisation.directory, region,
    plans: { internalControl: internalControlKey(year), patientSafety: patientSafetyKey(year), scorecard: scorecardKey(year), securityReport: securityReportKey(year) },
    facts: { managerUpn: personas.manager, managerOpenRequests: internalControlSizes(scale).managerRequests, openPeriodDeadline: open.deadline }
  };
}
