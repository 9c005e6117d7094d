/**
 * The local Microsoft Graph emulator as a Fastify plugin, registered under `/graph` so that the Graph
 * client's `baseUrl` is `http://localhost:4321/graph/` and requests arrive as `/graph/v1.0/...`.
 * It serves the Graph endpoints the product calls (users, manager, chats and messages, activity
 * notifications, installed apps, sendMail, `$batch`) with Graph's wire shapes (see
 * /work/shared/graph-wire), records every delivery, can inject faults and refuse calls for a permission taken
 * away (permissions.ts). Emulator controls live under `/graph/_emulator/...`.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DirectoryPerson } from '../directory/types';
import { makeCall } from './calls';
import { registerControlRoutes } from './control';
import { errorResult, GraphHttpError } from './errors';
import { Faults, parseFaultOption } from './faults';
import { Permissions } from './permissions';
import { Latency, parseLatency, Sleep } from '../latency';
import { sendResult } from './http';
import { NOTIFIER_APP_EXTERNAL_ID, NOTIFIER_TEAMS_APP_ID, notifierAppInfo, type TeamsAppInfo } from './installedApps';
import { currentUser, People } from './people';
import { dispatch } from './router';
import { Store } from './store';
import type { EmulatorContext, GraphCall } from './types';

export { NOTIFIER_APP_EXTERNAL_ID, NOTIFIER_TEAMS_APP_ID, REMINDER_SERVICE_APP_ID } from './installedApps';
export type { TeamsAppInfo } from './installedApps';
export { DEMO_TENANT_ID, ADAPTIVE_CARD_CONTENT_TYPE } from './chats';
export type { Delivery, DeliveryKind } from './deliveries';
export type { FaultRule } from './faults';
export { BATCH_LIMIT } from './batch';

export interface GraphEmulatorOptions {
  directory: DirectoryPerson[];
  /** Folder for `graph-emulator.json` (chats, messages, deliveries, installations); null keeps it in memory. */
  dataDir: string | null;
  /** UPN (or id) of the user `/me` resolves to when no header or cookie says otherwise. */
  defaultUser: string;
  /** Start-up faults, e.g. "429:0.2:1" (status:share:retryAfter), comma-separated. */
  faults?: string;
  /** Every user starts with the notifier Teams app installed (default true). */
  installedAppsForAll?: boolean;
  /** Catalog id of the notifier Teams app (default NOTIFIER_TEAMS_APP_ID). */
  notifierAppId?: string;
  /** Manifest id of the notifier Teams app (default NOTIFIER_APP_EXTERNAL_ID). */
  notifierExternalId?: string;
  /** Further Teams apps in the tenant's catalog (installable through installedApps). */
  teamsApps?: TeamsAppInfo[];
  /** The latency model, e.g. `"150ms+10ms/op"` (server/latency.ts); off when absent. */
  latency?: string;
  /** For tests: how the latency is waited for. */
  sleep?: Sleep;
}

/** Graph answers up to 4 MB JSON for sendMail, MIME up to about 35 MB; allow a little more than that. */
const BODY_LIMIT = 40 * 1024 * 1024;

/** The operations an HTTP request carries for the latency model: a `$batch`'s steps, else one. */
function batchSize(path: string, body: unknown): number {
  if (!/^\$batch\/?$/i.test(path) || typeof body !== 'string') return 1;
  try {
    const requests = (JSON.parse(body) as { requests?: unknown }).requests;
    return Array.isArray(requests) ? Math.max(1, requests.length) : 1;
  } catch {
    return 1;
  }
}

export async function graphEmulator(app: FastifyInstance, opts: GraphEmulatorOptions): Promise<void> {
  const people = new People(opts.directory);
  const notifier = { id: opts.notifierAppId ?? NOTIFIER_TEAMS_APP_ID, externalId: opts.notifierExternalId ?? NOTIFIER_APP_EXTERNAL_ID };
  const catalog = new Map<string, TeamsAppInfo>([[notifier.id, notifierAppInfo(notifier.id, notifier.externalId)]]);
  for (const extra of opts.teamsApps ?? []) catalog.set(extra.id, extra);
  if (!people.find(opts.defaultUser)) throw new Error(`graphEmulator: defaultUser '${opts.defaultUser}' is not in the directory`);

  const ctx: EmulatorContext = {
    people,
    store: new Store(opts.dataDir),
    faults: new Faults(opts.faults ? parseFaultOption(opts.faults) : []),
    permissions: new Permissions(),
    latency: new Latency(parseLatency(opts.latency), opts.sleep),
    catalog,
    notifier,
    installedAppsForAll: opts.installedAppsForAll ?? true,
    me: (call: GraphCall) => currentUser(call, people, opts.defaultUser),
    dispatch: (call: GraphCall) => dispatch(call, ctx),
  };

  // Keep bodies as text inside this plugin: Graph decides itself how to read them (JSON, base64 MIME),
  // and malformed JSON must become a Graph error, not Fastify's. Parsers are scoped to this plugin.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_req, body, done) => done(null, body));

  // Every response carries request-id and client-request-id (echoed, else equal to request-id).
  app.addHook('onRequest', async (req, reply) => {
    const requestId = randomUUID();
    const clientId = req.headers['client-request-id'];
    reply.header('request-id', requestId);
    reply.header('client-request-id', typeof clientId === 'string' ? clientId : requestId);
  });

  const serviceRoot = (req: FastifyRequest): string => `${req.protocol}://${req.host}${app.prefix}/v1.0`;

  app.route({
    method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    url: '/v1.0/*',
    bodyLimit: BODY_LIMIT,
    handler: async (req, reply) => {
      const marker = `${app.prefix}/v1.0/`;
      const at = req.url.indexOf(marker);
      const call = makeCall({
        method: req.method,
        url: at < 0 ? '' : req.url.slice(at + marker.length),
        headers: req.headers,
        body: typeof req.body === 'string' ? req.body : undefined,
        serviceRoot: serviceRoot(req),
        inBatch: false,
      });
      // The response headers already hold this request's ids; the error bodies must repeat them.
      call.requestId = String(reply.getHeader('request-id'));
      call.clientRequestId = String(reply.getHeader('client-request-id'));
      return sendResult(reply, await ctx.latency.answer(batchSize(call.path, req.body), () => ctx.dispatch(call)));
    },
  });

  registerControlRoutes(app, ctx);

  // Anything else under the prefix (e.g. /graph/beta/...) gets a Graph-shaped error, not Fastify's.
  app.setNotFoundHandler(async (req, reply) => {
    const ids = { requestId: String(reply.getHeader('request-id')), clientRequestId: String(reply.getHeader('client-request-id')) };
    return sendResult(reply, errorResult(ids, new GraphHttpError(400, 'BadRequest', `Invalid version or resource: '${req.url}'.`)));
  });

  app.setErrorHandler(async (err, _req, reply) => {
    const ids = { requestId: String(reply.getHeader('request-id')), clientRequestId: String(reply.getHeader('client-request-id')) };
    const status = typeof (err as { statusCode?: number }).statusCode === 'number' ? (err as { statusCode: number }).statusCode : 500;
    return sendResult(reply, errorResult(ids, new GraphHttpError(status, status === 413 ? 'RequestEntityTooLarge' : 'BadRequest', (err as Error).message)));
  });
}
