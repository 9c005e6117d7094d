/**
 * Shared types of the Graph emulator: one Graph call (from HTTP or from a `$batch` step), its result, and the
 * context every handler gets. Handlers never see Fastify, so `$batch` steps run through exactly the same code.
 */
import type { DirectoryPerson } from '../directory/types';
import type { People } from './people';
import type { Store } from './store';
import type { Faults } from './faults';
import type { Permissions } from './permissions';
import type { Latency } from '../latency';
import type { TeamsAppInfo } from './installedApps';

/** One request to a Graph resource, already split from its transport. */
export interface GraphCall {
  /** Upper-case HTTP method. */
  method: string;
  /** The path after the version as sent (not decoded, no query), e.g. `users/x/manager`; faults match on it. */
  path: string;
  /** Percent-decoded path segments after the version, `users('x')` already split into `users`, `x`. */
  segments: string[];
  /** Query options, percent-decoded; system options keyed without `$`, lower-cased (`select`, `filter`…). */
  query: Map<string, string>;
  /** The query as sent (original key spelling, decoded values), so a nextLink can repeat it. */
  queryPairs: Array<[string, string]>;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** Raw request body as text (a `$batch` step's JSON body is re-serialized), or undefined. */
  body: string | undefined;
  /** Media type of the body without parameters, lower-cased ('' when none). */
  contentType: string;
  /** Service root as the caller sees it, e.g. `http://127.0.0.1:4321/graph/v1.0`. Used for links. */
  serviceRoot: string;
  requestId: string;
  clientRequestId: string;
  /** True for a step inside `$batch` (a batch may not nest). */
  inBatch: boolean;
}

/** What a handler answers. Exactly one of json/text, or neither for an empty body (201/202/204). */
export interface GraphResult {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  text?: string;
}

/** The Teams app that sends the product's activity notifications. */
export interface NotifierApp {
  /** Teams app catalog id (teamsApp.id). */
  id: string;
  /** Manifest id (teamsApp.externalId). */
  externalId: string;
}

export interface EmulatorContext {
  people: People;
  store: Store;
  faults: Faults;
  /** The Graph permissions granted to the product (all it asks for, unless a test takes some away). */
  permissions: Permissions;
  /** The latency model applied before each HTTP request is answered (server/latency.ts). */
  latency: Latency;
  /** Every Teams app the emulator knows by catalog id. */
  catalog: Map<string, TeamsAppInfo>;
  notifier: NotifierApp;
  installedAppsForAll: boolean;
  /** The signed-in user for this call (header, cookie or the default user). */
  me(call: GraphCall): DirectoryPerson;
  /** Runs a call through routing, faults and error handling; used by `$batch` for its steps. */
  dispatch(call: GraphCall): Promise<GraphResult>;
}

export type GraphHandler = (call: GraphCall, params: string[], ctx: EmulatorContext) => GraphResult | Promise<GraphResult>;
