/**
 * One reminder run: reads the open follow-ups from SharePoint (world.ts), asks Graph who manages whom and whose
 * account is disabled, plans what is due today (planning.ts), and sends one digest per recipient through the
 * configured channel — each reminder guarded by the ledger so that reruns, crashed runs and concurrent runs
 * never send the same reminder twice (sendOnce.ts). It ends by deleting ledger entries past their retention
 * (retention.ts) and says, in the coordinators' names, what it could not do (notices.ts). `dryRun` plans
 * without writing or sending.
 */
import type { Store } from '../data/stores';
import { stockholmDate } from '../model/calendar';
import { Locale } from '../model/statusLegend';
import { PersonRef } from '../model/types';
import { MissingDirectoryPermission } from './delivery/graphDirectory';
import { claimAll } from './ledger';
import { messageContext, messageFor } from './messages';
import { noticeNames, reminderNotices, Undelivered } from './notices';
import { managerLookupsNeeded, planReminders } from './planning';
import { pruneLedger } from './retention';
import { ClaimedItem, sendOnce } from './sendOnce';
import { ChannelName, CoordinatorNotice, DueReminder, MissingPermission, Problem, ReminderDelivery } from './types';
import { readWorld } from './world';

export { REMINDER_STAGES_SETTING_PREFIX } from './world';

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

/** A run's result with what the coordinators are told about it. */
export interface RunReport extends RunResult {
  /** Graph permissions the service lacked: the channel, or the directory look-ups, stopped for the run. */
  missingPermissions: MissingPermission[];
  /** Reminders a run that died had sent, found in the chat and recorded without sending again. */
  recovered: number;
  /** What the coordinators are told, in their names (the problem digest, problemDigest.ts). */
  notices: CoordinatorNotice[];
  /** Ledger entries deleted for being older than the retention. */
  ledgerPruned: number;
}

/**
 * Recipients whose reminders are claimed and recorded together. A run stopped half-way leaves at most one
 * group's entries pending; another run takes them over when their lease has run out (ledger.ts).
 */
const DIGESTS_PER_GROUP = 25;

interface Directory {
  managers: Map<string, PersonRef | null>;
  disabled: Set<string>;
  names: Map<string, string>;
  /** Set when the app may not read the directory: escalations and disabled accounts are then unknown. */
  missing: MissingPermission | null;
}

/** The people planning asks about, looked up in Graph once (batched); a missing User.Read.All is reported, not thrown. */
async function lookUp(deps: RunDependencies, upns: string[]): Promise<Directory> {
  const directory: Directory = { managers: new Map(), disabled: new Set(), names: new Map(), missing: null };
  if (upns.length === 0) return directory;
  let facts: Map<string, PersonFacts>;
  try {
    facts = await deps.lookupPeople(upns);
  } catch (error) {
    if (!(error instanceof MissingDirectoryPermission)) throw error;
    return { ...directory, missing: { permission: error.permission, use: 'directory', detail: error.detail } };
  }
  for (const [upn, f] of facts) {
    directory.managers.set(upn, f.manager);
    directory.names.set(upn, f.person.displayName);
    if (f.manager) directory.names.set(f.manager.upn.toLowerCase(), f.manager.displayName);
    if (!f.accountEnabled) directory.disabled.add(upn);
  }
  return directory;
}

/** What the run sent, and what it could not, while it works through the digests. */
interface Tally {
  sent: number;
  skipped: number;
  failed: number;
  recovered: number;
  held: Map<string, number>;
  undelivered: Undelivered[];
}

export async function runReminders(deps: RunDependencies, options: RunOptions): Promise<RunReport> {
  const today = stockholmDate(options.now);
  const runId = options.runId ?? `${options.now.getTime().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
  const world = await readWorld(deps.store);
  const base = { today, plans: world.plans, periods: world.periods, measures: world.measures, chapters: world.chapters,
    securityAreas: world.securityAreas, roles: world.roles, reports: world.reports, ledger: world.ledger, stagesByPlan: world.stagesByPlan };
  // First pass: whom will we write to, and whose manager do we need? Then ask Graph once, batched.
  const firstPass = planReminders({ ...base, managers: new Map(), disabled: new Set() });
  const upns = [...new Set([...firstPass.due.map((d) => d.recipient.upn.toLowerCase()), ...managerLookupsNeeded(base)])];
  const directory = await lookUp(deps, upns);
  const plan = planReminders({ ...base, managers: directory.managers, disabled: directory.disabled });
  // Without the directory every escalation lacks a manager: that is the permission's fault, reported once as such.
  const problems = directory.missing ? plan.problems.filter((p) => p.kind !== 'noManager') : plan.problems;
  const context = messageContext(world, options.locale, options.tab);
  const tally: Tally = { sent: 0, skipped: 0, failed: 0, recovered: 0, held: new Map(), undelivered: [] };
  if (!options.dryRun) {
    for (let start = 0; start < plan.digests.length; start += DIGESTS_PER_GROUP) {
      await sendGroup(deps, plan.digests.slice(start, start + DIGESTS_PER_GROUP), { ...options, runId }, (digest, items) => messageFor({ ...digest, items }, context, today), tally);
    }
  }
  const missing = [...(directory.missing ? [directory.missing] : []), ...(deps.delivery.missingPermissions?.() ?? [])];
  const names = noticeNames({
    subjects: new Map([...context.subjects].map(([key, s]) => [key, s.title])), plans: new Map(world.plans.map((p) => [p.key, p.title])),
    roles: world.roles, people: directory.names
  });
  const report: RunReport = {
    now: options.now.toISOString(), problems, settingProblems: world.settingProblems, sent: tally.sent, skipped: tally.skipped, failed: tally.failed,
    planned: plan.digests.map((d) => ({ recipient: d.recipient.upn, channel: options.channel, stage: d.stage, measures: d.items.map((i) => i.measureKey) })),
    missingPermissions: missing, recovered: tally.recovered, ledgerPruned: 0,
    notices: reminderNotices({ problems, missing, held: tally.held, undelivered: tally.undelivered, settingProblems: world.settingProblems }, names)
  };
  if (options.dryRun) return report;
  report.ledgerPruned = (await pruneLedger(deps.store, { now: options.now, days: world.retentionDays, openPeriods: world.openPeriodKeys })).deleted;
  return report;
}

type Digest = ReturnType<typeof planReminders>['digests'][number];

/**
 * One group of digests: their ledger entries claimed together (a few round trips), then each digest sent once
 * (sendOnce.ts) and recorded on its entries right after, so the run's time is Graph's: the channels' rate limits.
 */
async function sendGroup(deps: RunDependencies, group: readonly Digest[], options: RunOptions & { runId: string },
  compose: (digest: Digest, items: DueReminder[]) => ReturnType<typeof messageFor>, tally: Tally): Promise<void> {
  const claims = await claimAll(deps.store, group.flatMap((d) => d.items), options.channel, options.runId, options.now);
  for (const digest of group) {
    const won: Array<ClaimedItem<DueReminder>> = [];
    for (const item of digest.items) {
      const claimed = claims.get(item.ledgerKey);
      if (claimed?.outcome === 'claimed' && claimed.entry) won.push({ item, entry: claimed.entry, inDoubt: claimed.inDoubt === true });
      else tally.skipped++;
    }
    if (won.length === 0) continue;
    const outcome = await sendOnce(deps, digest.recipient, won, (items) => compose(digest, items));
    tally.sent += outcome.delivered.length;
    tally.recovered += outcome.found.length;
    tally.failed += outcome.undelivered.length;
    const result = outcome.result;
    if (!result || result.ok) continue;
    if (result.missingPermission) {
      const use = result.missingPermission.use;
      tally.held.set(use, (tally.held.get(use) ?? 0) + outcome.undelivered.length);
    } else if (result.permanent) {
      tally.undelivered.push({ upn: digest.recipient.upn, subjects: outcome.undelivered.length, error: result.error });
    }
  }
}
