/**
 * One reminder run: reads the open follow-ups from SharePoint (measures of every kind, and a security
 * report's chapters with their areas), asks Graph who manages whom and whose
 * account is disabled, plans what is due today (planning.ts), and sends one digest per recipient
 * through the configured channel — each reminder guarded by the ledger so that reruns, crashed runs
 * and concurrent runs never send the same reminder twice. `dryRun` plans without writing or sending.
 */
import type { Store } from '../data/stores';
import { stockholmDate } from '../model/calendar';
import { kindOf } from '../model/planKinds';
import { Chapter, FollowUpPeriod, Measure, PersonRef, Plan, ReminderLedgerEntry, SecurityArea, StatusReport } from '../model/types';
import { Locale } from '../model/statusLegend';
import { claimAll, recordDelivery } from './ledger';
import { messageContext, messageFor } from './messages';
import { managerLookupsNeeded, parseStageConfig, planReminders } from './planning';
import { ChannelName, Digest, PlanningInput, Problem, ReminderDelivery, ReminderStageConfig } from './types';

export interface PersonFacts {
  person: PersonRef;
  accountEnabled: boolean;
  manager: PersonRef | null;
}

export interface RunDependencies {
  store: Store;
  delivery: ReminderDelivery;
  /** Graph look-up of people (batched): by lower-case UPN. */
  lookupPeople: (upns: string[]) => Promise<Map<string, PersonFacts>>;
}

export interface RunOptions {
  now: Date;
  dryRun: boolean;
  channel: ChannelName;
  locale: Locale;
  /** The Teams tab the deep links open: the app id and the static tab's entity id. */
  tab: { appId: string; entityId: string };
  runId?: string;
}

export interface RunResult {
  now: string;
  planned: Array<{ recipient: string; channel: ChannelName; stage: string; measures: string[] }>;
  sent: number;
  skipped: number;
  failed: number;
  problems: Problem[];
  /** Settings that could not be read (the defaults were used instead), for the coordinator to fix. */
  settingProblems: string[];
}

export const REMINDER_STAGES_SETTING_PREFIX = 'setting:reminders:';

interface World {
  plans: Plan[];
  periods: FollowUpPeriod[];
  measures: Measure[];
  chapters: Chapter[];
  securityAreas: SecurityArea[];
  reports: StatusReport[];
  ledger: ReminderLedgerEntry[];
  stagesByPlan: Map<string, readonly ReminderStageConfig[]>;
  settingProblems: string[];
}

/** A plan's chapters, read only for kinds that ask for chapters (one indexed query per such plan). */
function chaptersOf(store: Store, plan: Plan | undefined): Promise<Chapter[]> {
  return plan && kindOf(plan.kind).chapters ? store.chapters.where({ planKey: plan.key }) : Promise.resolve([]);
}

/** Reads what planning needs, with indexed queries per open period's plan. */
async function readWorld(store: Store): Promise<World & { roles: PlanningInput['roles'] }> {
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
  return {
    plans, periods, roles, measures: perPlan.flatMap(([m]) => m), reports: perPlan.flatMap(([, r]) => r), chapters, securityAreas,
    ledger, stagesByPlan, settingProblems
  };
}

/**
 * Recipients whose reminders are claimed and recorded together. A run stopped half-way leaves at most one
 * group's entries pending; another run takes them over when their lease has run out (ledger.ts).
 */
const DIGESTS_PER_GROUP = 25;

export async function runReminders(deps: RunDependencies, options: RunOptions): Promise<RunResult> {
  const today = stockholmDate(options.now);
  const runId = options.runId ?? `${options.now.getTime().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
  const world = await readWorld(deps.store);
  const base = { today, plans: world.plans, periods: world.periods, measures: world.measures, chapters: world.chapters,
    securityAreas: world.securityAreas, roles: world.roles, reports: world.reports, ledger: world.ledger, stagesByPlan: world.stagesByPlan };
  // First pass: whom will we write to, and whose manager do we need? Then ask Graph once, batched.
  const firstPass = planReminders({ ...base, managers: new Map(), disabled: new Set() });
  const upns = [...new Set([...firstPass.due.map((d) => d.recipient.upn.toLowerCase()), ...managerLookupsNeeded(base)])];
  const facts = upns.length ? await deps.lookupPeople(upns) : new Map<string, PersonFacts>();
  const managers = new Map<string, PersonRef | null>();
  const disabled = new Set<string>();
  for (const [upn, f] of facts) {
    managers.set(upn, f.manager);
    if (!f.accountEnabled) disabled.add(upn);
  }
  const plan = planReminders({ ...base, managers, disabled });
  const result: RunResult = {
    now: options.now.toISOString(), problems: plan.problems, settingProblems: world.settingProblems, sent: 0, skipped: 0, failed: 0,
    planned: plan.digests.map((d) => ({ recipient: d.recipient.upn, channel: options.channel, stage: d.stage, measures: d.items.map((i) => i.measureKey) }))
  };
  if (options.dryRun) return result;

  const context = messageContext(world, options.locale, options.tab);
  // Digests in groups: the group's ledger entries are claimed together (a few round trips per group), and each
  // delivery is recorded on its entries in one request right after it is sent (as short a window as before
  // between a message and its record), so the run's time is Graph's: the channels' rate limits.
  for (let start = 0; start < plan.digests.length; start += DIGESTS_PER_GROUP) {
    const group = plan.digests.slice(start, start + DIGESTS_PER_GROUP);
    const claims = await claimAll(deps.store, group.flatMap((d) => d.items), options.channel, runId, options.now);
    for (const digest of group) {
      const won: Array<{ item: Digest['items'][number]; entry: ReminderLedgerEntry }> = [];
      for (const item of digest.items) {
        const claimed = claims.get(item.ledgerKey);
        if (claimed?.outcome === 'claimed' && claimed.entry) won.push({ item, entry: claimed.entry });
        else result.skipped++;
      }
      if (won.length === 0) continue;
      const delivery = await deps.delivery.send(messageFor({ ...digest, items: won.map((w) => w.item) }, context, today));
      await recordDelivery(deps.store, won.map((w) => w.entry), delivery);
      if (delivery.ok) result.sent += won.length;
      else result.failed += won.length;
    }
  }
  return result;
}
