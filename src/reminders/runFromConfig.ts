/**
 * Wires a reminder run from configuration: clients, the Store, Graph look-ups and the delivery channel.
 * The command line, the Azure Functions timers and the workbench's "run now" all start here. A run sends
 * the reminders due today and tells the board secretaries of papers published since (src/board/announce.ts);
 * `only: 'publications'` does the latter alone (the short timer that follows publishing).
 */
import { announcePublications, AnnounceResult } from '../board/announce';
import { createStore } from '../data/stores';
import { repairDerivedKeys, RepairReport } from '../plans/derivedKeyWrites';
import { createDelivery, lookupPeople } from './delivery';
import { createClients, readConfig } from './config';
import { runReminders, RunResult } from './runReminders';

type Env = Record<string, string | undefined>;

export interface ServiceRunResult extends RunResult {
  /** The publication notices of this run. */
  publications: AnnounceResult;
  /** What the nightly repair of the copied keys put right (a full run that is not a dry run; else absent). */
  repair?: RepairReport;
}

const NO_REMINDERS = (now: Date): RunResult => ({ now: now.toISOString(), planned: [], sent: 0, skipped: 0, failed: 0, problems: [], settingProblems: [] });

export async function runFromConfig(options: { now: Date; dryRun: boolean; only?: 'publications' }, env: Env = process.env): Promise<ServiceRunResult> {
  const config = readConfig(env);
  const clients = await createClients(config, env);
  const delivery = createDelivery({ channel: config.channel, appClient: clients.appGraph, chatClient: clients.chatGraph,
    serviceAccountUpn: config.serviceAccountUpn, mailSender: config.mailSender });
  const store = createStore(clients.sp);
  const reminders = options.only === 'publications' ? NO_REMINDERS(options.now)
    : await runReminders({ store, delivery, lookupPeople: (upns) => lookupPeople(clients.appGraph, upns) },
      { now: options.now, dryRun: options.dryRun, channel: config.channel, locale: config.locale, tab: config.tab });
  const publications = await announcePublications({ store, delivery },
    { now: options.now, dryRun: options.dryRun, channel: config.channel, locale: config.locale, boardPageUrl: config.boardPageUrl, siteUrl: config.siteUrl });
  // The copied keys the views read by (answer index, areas, goals' plans) put right after changes made outside the product.
  const repair = options.only === 'publications' || options.dryRun ? undefined : await repairDerivedKeys(store);
  return { ...reminders, publications, ...(repair ? { repair } : {}) };
}
