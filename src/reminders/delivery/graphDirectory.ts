/**
 * Looks people up in Entra ID through Graph `$batch` (at most 20 requests per call): each person's id,
 * name and whether the account is enabled, with their manager expanded into the same answer
 * (`$expand=manager($select=…)`), so one step per person: 2,000 recipients are 100 `$batch` calls, four at a time. Planning needs both: a disabled holder or a
 * missing manager is a problem for the coordinator, not a reminder into the void. Steps throttled inside
 * a batch (429/503/504 in a 200 response) are not retried by the Graph client, so they are resent here
 * after their Retry-After.
 */
import { Client } from '@microsoft/microsoft-graph-client';
import { PersonRef } from '../../model/types';
import { Clock, systemClock } from './rateLimit';

export interface DirectoryEntry {
  person: PersonRef;
  /** False only when Graph says so; a missing `accountEnabled` counts as enabled. */
  accountEnabled: boolean;
  /** Null when the person has no manager. */
  manager: PersonRef | null;
}

export interface LookupOptions {
  clock?: Clock;
  /** Rounds for steps throttled inside a batch (default 4). */
  maxAttempts?: number;
}

export const BATCH_LIMIT = 20;
const USER_SELECT = 'id,displayName,userPrincipalName,accountEnabled';
const MANAGER_SELECT = 'id,displayName,userPrincipalName';
/** One person with their manager: Graph leaves `manager` out when there is none. */
const PERSON_QUERY = `$select=${USER_SELECT}&$expand=manager($select=${MANAGER_SELECT})`;
const RETRYABLE = [429, 503, 504];

interface BatchStep {
  id: string;
  method: 'GET';
  url: string;
}

interface BatchStepResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

interface GraphUser {
  id: string;
  displayName: string | null;
  userPrincipalName: string;
  accountEnabled?: boolean | null;
  manager?: GraphUser | null;
}

/** A sub-request failed in a way that says nothing about the person (403, 5xx, throttled to the end). */
export class DirectoryLookupError extends Error {
  public constructor(public readonly upn: string, public readonly status: number, detail: string) {
    super(`Looking up ${upn} in the directory failed with ${status}: ${detail}`);
    this.name = 'DirectoryLookupError';
  }
}

function toPerson(user: GraphUser): PersonRef {
  return { objectId: user.id, upn: user.userPrincipalName, displayName: user.displayName ?? user.userPrincipalName };
}

function retryAfterMs(response: BatchStepResponse, attempt: number): number {
  const header = Object.keys(response.headers ?? {}).find((k) => k.toLowerCase() === 'retry-after');
  const seconds = header === undefined ? NaN : Number((response.headers as Record<string, string>)[header]);
  return (isNaN(seconds) ? 2 ** attempt : seconds) * 1000;
}

function errorDetail(response: BatchStepResponse): string {
  const error = (response.body as { error?: { code?: string; message?: string } } | undefined)?.error;
  return error ? `${error.code ?? ''} ${error.message ?? ''}`.trim() : 'no details';
}

/**
 * `$batch` calls in flight at once. Graph's directory reads allow about 3,500 resource units per 10 seconds per
 * app and tenant (a user with its manager costs 1–2), so four batches of 20 at a time keep 2,000 look-ups within
 * a few rounds of that budget; steps Graph throttles anyway are resent after its Retry-After.
 */
export const PARALLEL_BATCHES = 4;

/** Sends the steps in batches of 20, a few at a time, resending throttled steps until they answer or attempts run out. */
async function runBatches(client: Client, steps: BatchStep[], clock: Clock, maxAttempts: number): Promise<Map<string, BatchStepResponse>> {
  const done = new Map<string, BatchStepResponse>();
  let pending = steps;
  for (let attempt = 1; pending.length > 0; attempt += 1) {
    const throttled: BatchStepResponse[] = [];
    const batches: BatchStep[][] = [];
    for (let i = 0; i < pending.length; i += BATCH_LIMIT) batches.push(pending.slice(i, i + BATCH_LIMIT));
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < batches.length) {
        const batch = batches[next++];
        const answer = (await client.api('/$batch').post({ requests: batch })) as { responses: BatchStepResponse[] };
        for (const response of answer.responses) {
          if (RETRYABLE.indexOf(response.status) >= 0 && attempt < maxAttempts) throttled.push(response);
          else done.set(response.id, response);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_BATCHES, batches.length) }, worker));
    if (throttled.length > 0) await clock.sleep(Math.max(...throttled.map((r) => retryAfterMs(r, attempt))));
    const again = new Set(throttled.map((r) => r.id));
    pending = pending.filter((step) => again.has(step.id));
  }
  return done;
}

/** Looks up people by UPN; the map is keyed by lower-case UPN and leaves out people Graph does not know (404). */
export async function lookupPeople(appClient: Client, upns: string[], options: LookupOptions = {}): Promise<Map<string, DirectoryEntry>> {
  const unique = upns.map((u) => u.trim().toLowerCase()).filter((u, i, all) => u !== '' && all.indexOf(u) === i);
  const steps: BatchStep[] = [];
  unique.forEach((upn, i) => {
    steps.push({ id: `user-${i}`, method: 'GET', url: `/users/${encodeURIComponent(upn)}?${PERSON_QUERY}` });
  });
  const responses = await runBatches(appClient, steps, options.clock ?? systemClock, options.maxAttempts ?? 4);

  const result = new Map<string, DirectoryEntry>();
  unique.forEach((upn, i) => {
    const user = responses.get(`user-${i}`) as BatchStepResponse;
    if (user.status === 404) return;
    if (user.status !== 200) throw new DirectoryLookupError(upn, user.status, errorDetail(user));
    const found = user.body as GraphUser;
    result.set(upn, {
      person: toPerson(found),
      accountEnabled: found.accountEnabled !== false,
      manager: found.manager ? toPerson(found.manager) : null
    });
  });
  return result;
}
