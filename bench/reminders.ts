/**
 * The reminder service at scale. `planReminders` (pure) timed on the scale region's real inputs, and the
 * service run as tools/reminders.ts runs it (runFromConfig: the Store over SharePoint, Graph look-ups, the
 * chat channel with its own rate limits) through the emulators with the latency model on: a dry run over
 * the whole region, and on a smaller region a run stopped half-way and restarted, counting what was
 * delivered twice (Graph emulator's deliveries).
 */
import { personas } from '../server/directory/demoDirectory';
import { createSp } from '../src/data/spClient';
import { createStore } from '../src/data/stores';
import { repairDerivedKeys } from '../src/plans/derivedKeyWrites';
import { createClients, readConfig } from '../src/reminders/config';
import { createDelivery, lookupPeople } from '../src/reminders/delivery';
import { planReminders } from '../src/reminders/planning';
import { runFromConfig } from '../src/reminders/runFromConfig';
import { runReminders, RunResult } from '../src/reminders/runReminders';
import type { PlanningInput, ReminderDelivery } from '../src/reminders/types';
import type { PersonRef } from '../src/model/types';
import type { BenchProduct } from './product';
import type { ScaleRegion } from './scale/region';
import { countTraffic, Traffic } from './traffic';
import { median } from './views';

/** The planning function's input from the scale region as the service would read it (no ledger yet). */
export function planningInput(scale: ScaleRegion): PlanningInput {
  const byId = new Map(scale.directory.map((p) => [p.id, p]));
  const managers = new Map<string, PersonRef | null>();
  for (const p of scale.directory) {
    const m = p.managerId ? byId.get(p.managerId) : undefined;
    managers.set(p.userPrincipalName.toLowerCase(), m ? { objectId: m.id, upn: m.userPrincipalName, displayName: m.displayName } : null);
  }
  const r = scale.region;
  return {
    today: scale.today, plans: r.plans, periods: r.periods, measures: r.measures, chapters: r.chapters, securityAreas: r.securityAreas,
    roles: r.roles, reports: r.statusReports, ledger: [], stagesByPlan: new Map(), managers, disabled: new Set()
  };
}

export interface PlanningTiming {
  measures: number;
  due: number;
  recipients: number;
  runsMs: number[];
  medianMs: number;
}

/** Times `planReminders` `runs` times on the region's inputs (after one warm-up). */
export function timePlanning(scale: ScaleRegion, runs = 7): PlanningTiming {
  const input = planningInput(scale);
  const first = planReminders(input);
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    planReminders(input);
    runsMs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return {
    measures: input.measures.length, due: first.due.length, recipients: first.digests.length,
    runsMs: runsMs.map((ms) => Math.round(ms * 10) / 10), medianMs: Math.round(median(runsMs.map((ms) => ms * 10)) / 10)
  };
}

/** The environment runFromConfig reads, pointed at the bench's product (as the workbench's "run now" does). */
function serviceEnv(product: BenchProduct): Record<string, string | undefined> {
  return { ...process.env, SP_SITE_URL: product.siteUrl, GRAPH_BASE_URL: product.graphUrl, SP_EMULATOR_USER: personas.coordinator,
    IK_REMINDER_CHANNEL: process.env.IK_REMINDER_CHANNEL ?? 'chat' };
}

export interface RunFigures {
  seconds: number;
  recipients: number;
  items: number;
  measures: number;
  sent: number;
  skipped: number;
  failed: number;
  sharePointRequests: number;
  graphRequests: number;
  graphBatchSteps: number;
}

function figures(result: RunResult, traffic: Traffic, ms: number): RunFigures {
  return {
    seconds: Math.round(ms / 100) / 10, recipients: result.planned.length, items: result.planned.reduce((n, p) => n + p.measures.length, 0),
    measures: new Set(result.planned.flatMap((p) => p.measures)).size, sent: result.sent, skipped: result.skipped, failed: result.failed,
    sharePointRequests: traffic.sharePoint, graphRequests: traffic.graph, graphBatchSteps: traffic.graphBatchSteps
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ result: T; traffic: Traffic; ms: number }> {
  const start = Date.now();
  const { result, traffic } = await countTraffic(fn);
  return { result, traffic, ms: Date.now() - start };
}

/** A run as tools/reminders.ts makes it: `runFromConfig` (dry or real). */
export async function serviceRun(product: BenchProduct, now: Date, dryRun: boolean): Promise<RunFigures> {
  const run = await timed(() => runFromConfig({ now, dryRun }, serviceEnv(product)));
  return figures(run.result, run.traffic, run.ms);
}

/**
 * The repair of the copied keys a full run ends with (runFromConfig), on its own: it reads every list whole,
 * so its cost grows with the region, not with the reminders due.
 */
export async function repairRun(product: BenchProduct): Promise<{ seconds: number; sharePointRequests: number }> {
  const store = createStore(createSp(product.siteUrl, { emulatorUser: personas.coordinator }));
  const run = await timed(() => repairDerivedKeys(store));
  return { seconds: Math.round(run.ms / 100) / 10, sharePointRequests: run.traffic.sharePoint };
}

class Stopped extends Error {}

/**
 * A run wired exactly as runFromConfig wires it, except that the delivery stops the run (as a crash would)
 * before its message number `stopAfter + 1`: entries of that digest are left claimed and pending.
 */
export async function interruptedRun(product: BenchProduct, now: Date, stopAfter: number): Promise<RunFigures & { stoppedAfter: number; messages: number }> {
  const env = serviceEnv(product);
  const config = readConfig(env);
  const clients = await createClients(config, env);
  const delivery = createDelivery({ channel: config.channel, appClient: clients.appGraph, chatClient: clients.chatGraph,
    serviceAccountUpn: config.serviceAccountUpn, mailSender: config.mailSender });
  let sends = 0;
  const stopping: ReminderDelivery = {
    send: async (message) => {
      if (sends >= stopAfter) throw new Stopped(`stopped after ${sends} messages`);
      sends++;
      return delivery.send(message);
    }
  };
  const planned: RunResult = { now: now.toISOString(), planned: [], sent: 0, skipped: 0, failed: 0, problems: [], settingProblems: [] };
  const run = await timed(async () => {
    try {
      return await runReminders({ store: createStore(clients.sp), delivery: stopping, lookupPeople: (upns) => lookupPeople(clients.appGraph, upns) },
        { now, dryRun: false, channel: config.channel, locale: config.locale, tab: config.tab });
    } catch (error) {
      if (!(error instanceof Stopped)) throw error;
      return planned;
    }
  });
  // A stopped run returns nothing: what it sent is on the ledger (`ledgerStates`).
  return { ...figures(run.result, run.traffic, run.ms), messages: sends, stoppedAfter: sends };
}

/** Messages delivered more than once to the same person (each run sends one digest per recipient). */
export async function duplicateDeliveries(product: BenchProduct): Promise<{ deliveries: number; duplicates: number }> {
  const deliveries = await product.deliveries();
  const perRecipient = new Map<string, number>();
  for (const d of deliveries) for (const to of d.to) perRecipient.set(to.toLowerCase(), (perRecipient.get(to.toLowerCase()) ?? 0) + 1);
  return { deliveries: deliveries.length, duplicates: [...perRecipient.values()].reduce((n, c) => n + Math.max(0, c - 1), 0) };
}

/** The site's ledger entries, by state (what the runs recorded). */
export async function ledgerStates(product: BenchProduct): Promise<Record<string, number>> {
  const store = createStore(createSp(product.siteUrl, { emulatorUser: personas.coordinator }));
  const entries = await store.reminderLedger.all();
  return entries.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.state]: (acc[e.state] ?? 0) + 1 }), {});
}
