/**
 * Wires a reminder run from configuration: clients, the Store, Graph look-ups and the delivery channel.
 * The command line, the Azure Functions timer and the workbench's "run now" all start here.
 */
import { createStore } from '../data/stores';
import { createDelivery, lookupPeople } from './delivery';
import { createClients, readConfig } from './config';
import { runReminders, RunResult } from './runReminders';

type Env = Record<string, string | undefined>;

export async function runFromConfig(options: { now: Date; dryRun: boolean }, env: Env = process.env): Promise<RunResult> {
  const config = readConfig(env);
  const clients = await createClients(config, env);
  const delivery = createDelivery({ channel: config.channel, appClient: clients.appGraph, chatClient: clients.chatGraph,
    serviceAccountUpn: config.serviceAccountUpn, mailSender: config.mailSender });
  return runReminders({ store: createStore(clients.sp), delivery, lookupPeople: (upns) => lookupPeople(clients.appGraph, upns) },
    { now: options.now, dryRun: options.dryRun, channel: config.channel, locale: config.locale, tab: config.tab });
}
