/**
 * Looks people up in Entra ID through Graph `$batch` (at most 20 requests per call): each person's id,
 * name and whether the account is enabled, with their manager expanded into the same answer
 * (`$expand=manager($select=…)`), so one step per person: 2,000 recipients are 100 `$batch` calls, four at a time. Planning needs both: a disabled holder or a
 * missing manager is a problem for the coordinator, not a reminder into the void. Steps throttled inside
 * a batch (429/503/504 in a 200 response) are not retried by the Graph client, so they are resent here
 * after their Retry-After, within the product's retry bound (RetryBudget, src/data/throttleRetry.ts). A step
 * refused because the app lacks User.Read.All is a configuration problem (MissingDirectoryPermission).
 */
import { Client } from '@microsoft/microsoft-graph-client';
import { PersonRef } from '../../model/types';
import { retryAfterMs, RetryBudget, RetryPolicy } from '../../data/throttleRetry';
import { isMissingPermission } from './errors';
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
  /** The bound for steps throttled inside a batch (default: the product's, RETRY_POLICY). */
  policy?: RetryPolicy;
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

/** The permission the look-ups need: a user's `accountEnabled` and manager are not in User.ReadBasic.All. */
export const DIRECTORY_PERMISSION = 'User.Read.All';

/** A sub-request failed in a way that says nothing about the person (403, 5xx, throttled to the end). */
export class DirectoryLookupError extends Error {
  public constructor(public readonly upn: string, public readonly status: number, detail: string) {
    super(`Looking up ${upn} in the directory failed with ${status}: ${detail}`);
    this.name = 'DirectoryLookupError';
  }
}

/** Graph refused the look-ups because the app lacks User.Read.All: a configuration problem, not the person's. */
export class MissingDirectoryPermission extends DirectoryLookupError {
  public readonly permission = DIRECTORY_PERMISSION;

  public constructor(upn: string, public readonly detail: string) {
    super(upn, 403, detail);
    this.name = 'MissingDirectoryPermission';
    this.message = `The reminder service may not read the directory (${DIRECTORY_PERMISSION}): ${detail}`;
  }
}

function toPerson(user: GraphUser): PersonRef {
  return { objectId: user.id, upn: user.userPrincipalName, displayName: user.displayName ?? user.userPrincipalName };
}

function stepRetryAfter(response: BatchStepResponse): number | null {
  const header = Object.keys(response.headers ?? {}).find((k) => k.toLowerCase() === 'retry-after');
  return header === undefined ? null : retryAfterMs((response.headers as Record<string, string>)[header]);
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

/**
 * Sends the steps in batches of 20, a few at a time, resending throttled steps until they answer or the bound is
 * reached: each round of resending counts as an attempt, and waits the longest Retry-After its steps asked for.
 */
async function runBatches(client: Client, steps: BatchStep[], clock: Clock, policy: RetryPolicy | undefined): Promise<Map<string, BatchStepResponse>> {
  const done = new Map<string, BatchStepResponse>();
  const budget = new RetryBudget(policy);
  let pending = steps;
  while (pending.length > 0) {
    const throttled: BatchStepResponse[] = [];
    const batches: BatchStep[][] = [];
    for (let i = 0; i < pending.length; i += BATCH_LIMIT) batches.push(pending.slice(i, i + BATCH_LIMIT));
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < batches.length) {
        const batch = batches[next++];
        const answer = (await client.api('/$batch').post({ requests: batch })) as { responses: BatchStepResponse[] };
        for (const response of answer.responses) {
          if (RETRYABLE.indexOf(response.status) >= 0) throttled.push(response);
          done.set(response.id, response);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_BATCHES, batches.length) }, worker));
    if (throttled.length === 0) break;
    const asked = throttled.map(stepRetryAfter);
    const wait = budget.next(asked.some((a) => a === null) ? null : Math.max(...(asked as number[])));
    // Past the bound the throttled answers stand, and the look-up reports them.
    if (wait === null) break;
    await clock.sleep(wait);
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
  const responses = await runBatches(appClient, steps, options.clock ?? systemClock, options.policy);

  const result = new Map<string, DirectoryEntry>();
  unique.forEach((upn, i) => {
    const user = responses.get(`user-${i}`) as BatchStepResponse;
    if (user.status === 404) return;
    const error = (user.body as { error?: { code?: string; message?: string } } | undefined)?.error;
    if (isMissingPermission(user.status, error?.code ?? '', error?.message ?? '')) throw new MissingDirectoryPermission(upn, errorDetail(user));
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
