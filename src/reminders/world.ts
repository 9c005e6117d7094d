/**
 * What a reminder run reads from SharePoint before it plans: the live plans' open periods with their measures,
 * reports and chapters (indexed queries per plan), the roles, the areas when a chapter needs its owner, the
 * ledger entries of those periods, and the settings that steer the run (each plan's stages, the ledger's
 * retention), each setting that cannot be read reported for the coordinator to fix.
 */
import type { Store } from '../data/stores';
import { kindOf } from '../model/planKinds';
import { Chapter, FollowUpPeriod, Measure, Plan, ReminderLedgerEntry, Role, SecurityArea, StatusReport } from '../model/types';
import { parseStageConfig } from './planning';
import { LEDGER_RETENTION_SETTING, parseRetention } from './retention';
import { ReminderStageConfig } from './types';

export const REMINDER_STAGES_SETTING_PREFIX = 'setting:reminders:';

export interface World {
  plans: Plan[];
  /** The open periods of live plans (followUp or decided): what planning works on. */
  periods: FollowUpPeriod[];
  /** Every open period, whatever its plan's state: the ledger keeps their entries whatever their age. */
  openPeriodKeys: Set<string>;
  measures: Measure[];
  chapters: Chapter[];
  securityAreas: SecurityArea[];
  roles: Role[];
  reports: StatusReport[];
  ledger: ReminderLedgerEntry[];
  stagesByPlan: Map<string, readonly ReminderStageConfig[]>;
  retentionDays: number;
  settingProblems: string[];
}

/** A plan's chapters, read only for kinds that ask for chapters (one indexed query per such plan). */
function chaptersOf(store: Store, plan: Plan | undefined): Promise<Chapter[]> {
  return plan && kindOf(plan.kind).chapters ? store.chapters.where({ planKey: plan.key }) : Promise.resolve([]);
}

export async function readWorld(store: Store): Promise<World> {
  const [plans, allPeriods, roles, settings] = await Promise.all([store.plans.all(), store.periods.all(), store.roles.all(), store.settings.all()]);
  const live = new Map(plans.filter((p) => p.state === 'followUp' || p.state === 'decided').map((p) => [p.key, p]));
  const periods = allPeriods.filter((p) => p.state === 'open' && live.has(p.planKey));
  const planKeys = [...new Set(periods.map((p) => p.planKey))];
  const perPlan = await Promise.all(planKeys.map((planKey) =>
    Promise.all([store.measures.where({ planKey }), store.statusReports.where({ planKey }), chaptersOf(store, live.get(planKey))])));
  const chapters = perPlan.flatMap(([, , c]) => c);
  // The areas list is small (the region's 14 areas): read whole, and only when a chapter needs its owner.
  const [securityAreas, ledger] = await Promise.all([
    chapters.length ? store.securityAreas.all() : Promise.resolve([]),
    Promise.all(periods.map((p) => store.reminderLedger.where({ periodKey: p.key }))).then((l) => l.flat())
  ]);
  const stagesByPlan = new Map<string, readonly ReminderStageConfig[]>();
  const settingProblems: string[] = [];
  for (const s of settings) {
    if (!s.key.startsWith(REMINDER_STAGES_SETTING_PREFIX)) continue;
    const parsed = parseStageConfig(s.value);
    stagesByPlan.set(s.key.slice(REMINDER_STAGES_SETTING_PREFIX.length), parsed.stages);
    if (parsed.problem) settingProblems.push(`${s.key}: ${parsed.problem}`);
  }
  const retention = parseRetention(settings.find((s) => s.key === LEDGER_RETENTION_SETTING)?.value);
  if (retention.problem) settingProblems.push(retention.problem);
  return {
    plans, periods, openPeriodKeys: new Set(allPeriods.filter((p) => p.state === 'open').map((p) => p.key)), roles,
    measures: perPlan.flatMap(([m]) => m), reports: perPlan.flatMap(([, r]) => r), chapters, securityAreas, ledger, stagesByPlan,
    retentionDays: retention.days, settingProblems
  };
}
