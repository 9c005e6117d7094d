/**
 * Wires a reminder run from configuration: clients, the Store, Graph look-ups and the delivery channel.
 * The command line, the Azure Functions timers and the workbench's "run now" all start here. A run sends
 * the reminders due today and tells the board secretaries of papers published since (src/board/announce.ts);
 * `only: 'publications'` does the latter alone (the short timer that follows publishing). Whatever either could
 * not do reaches the coordinators as one problem digest per run (problemDigest.ts).
 */
import { announcePublications, AnnounceResult } from '../board/announce';
import { createStore, Store } from '../data/stores';
import { repairDerivedKeys, RepairReport } from '../plans/derivedKeyWrites';
import { createDelivery, lookupPeople } from './delivery';
import { createClients, readConfig } from './config';
import { publicationNotices } from './notices';
import { DigestResult, sendProblemDigest } from './problemDigest';
import { RunReport, runReminders } from './runReminders';

type Env = Record<string, string | undefined>;

export interface ServiceRunResult extends RunReport {
  /** The publication notices of this run. */
  publications: AnnounceResult;
  /** The coordinators' problem digest of this run. */
  digest: DigestResult;
  /** What the nightly repair of the copied keys put right (a full run that is not a dry run; else absent). */
  repair?: RepairReport;
}

const NO_REMINDERS = (now: Date): RunReport => ({
  now: now.toISOString(), planned: [], sent: 0, skipped: 0, failed: 0, problems: [], settingProblems: [],
  missingPermissions: [], recovered: 0, notices: [], ledgerPruned: 0
});

/** The roles' titles, read only when a publication problem names a role. */
async function roleTitles(store: Store, keys: ReadonlyArray<string | null>): Promise<(key: string) => string> {
  if (!keys.some((k) => k !== null)) return (key) => key;
  const roles = new Map((await store.roles.all()).map((r) => [r.key, r.title]));
  return (key) => roles.get(key) ?? key;
}

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
  const titles = await roleTitles(store, publications.problems.map((p) => p.roleKey));
  // A channel stopped while announcing is missing too; the reminders' own run already named what it found.
  const known = new Set(reminders.missingPermissions.map((m) => `${m.permission}|${m.use}`));
  const laterMissing = delivery.missingPermissions?.().filter((m) => !known.has(`${m.permission}|${m.use}`)) ?? [];
  const notices = [
    ...laterMissing.map((m) => ({ kind: 'missingPermission' as const, permission: m.permission, use: m.use, held: 0 })),
    ...reminders.notices,
    ...publicationNotices(publications.problems, titles)
  ];
  const digest = await sendProblemDigest({ store, delivery }, { now: options.now, dryRun: options.dryRun, channel: config.channel, locale: config.locale, notices });
  // The copied keys the views read by (answer index, areas, goals' plans) put right after changes made outside the product.
  const repair = options.only === 'publications' || options.dryRun ? undefined : await repairDerivedKeys(store);
  return { ...reminders, missingPermissions: [...reminders.missingPermissions, ...laterMissing], notices, publications, digest, ...(repair ? { repair } : {}) };
}
