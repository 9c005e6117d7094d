/**
 * How PnPjs sends a request and waits when SharePoint is busy. SharePoint Online throttles in bursts: it answers
 * 429 (or 503) with `Retry-After`, and a client that stops after PnPjs's default three attempts fails in the
 * middle of a provisioning, an import or a reminder run. This behaviour retries for as long as SharePoint asks,
 * within a bound that is written down (RETRY_POLICY, SECURITY.md, README):
 * - it waits `Retry-After` (seconds, or an HTTP date) when SharePoint gives one, else doubles its wait from 0.5 s;
 * - no single wait is longer than 60 s, and it gives up after 12 attempts or 5 minutes of waiting in all,
 *   with an error that says so;
 * - 429, 503 and 504 are retried for every method: SharePoint answers them before doing anything. A request that
 *   got no answer at all (the network failed) is retried only when it reads (GET), because a write may have been
 *   done; the product's writes are idempotent, so a caller that retries the whole operation does nothing twice.
 */
import { delay, TimelinePipe } from '@pnp/core';
import { HttpRequestError, Queryable } from '@pnp/queryable';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** The most it waits in all before it gives up (ms). */
  maxTotalWaitMs: number;
  /** The first wait without `Retry-After`, doubled each time (ms). */
  firstWaitMs: number;
  /** The longest single wait (ms), however long `Retry-After` asks for. */
  maxWaitMs: number;
}

export const RETRY_POLICY: RetryPolicy = { maxAttempts: 12, maxTotalWaitMs: 300_000, firstWaitMs: 500, maxWaitMs: 60_000 };

const RETRIED = new Set([429, 503, 504]);

/** `Retry-After` as milliseconds: seconds, or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * The waits of one request under a policy: after each refused (or unanswered) attempt, `next` says how long to
 * wait before the next one, or null when the bound is reached. The SharePoint pipeline below and the reminder
 * service's Graph client (src/reminders/delivery/graphClient.ts, graphDirectory.ts) count with it, so the bound is
 * one rule written once.
 */
export class RetryBudget {
  private attempt = 1;
  private waited = 0;
  private doubling: number;

  public constructor(private readonly policy: RetryPolicy = RETRY_POLICY) {
    this.doubling = policy.firstWaitMs;
  }

  /** Attempts made so far, the first included. */
  public get attempts(): number {
    return this.attempt;
  }

  /** Milliseconds waited so far. */
  public get waitedMs(): number {
    return this.waited;
  }

  /** `askedMs`: what the service asked for (`Retry-After`), or null; without it the wait doubles from the first. */
  public next(askedMs: number | null): number | null {
    const wait = Math.min(this.policy.maxWaitMs, askedMs ?? this.doubling);
    this.doubling = Math.min(this.policy.maxWaitMs, this.doubling * 2);
    if (this.attempt >= this.policy.maxAttempts || this.waited + wait > this.policy.maxTotalWaitMs) return null;
    this.waited += wait;
    this.attempt += 1;
    return wait;
  }
}

export interface ThrottleRetryOptions {
  policy?: RetryPolicy;
  /** How to wait (tests pass their own). */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Whether the request only reads, so that sending it again after getting no answer cannot do anything twice.
   * Default: it is a GET. (A Graph `$batch` of GETs is a POST that reads.)
   */
  reads?: boolean;
  /**
   * The statuses after which a request that writes is sent again: those that say the service did nothing with
   * it. Default 429, 503 and 504 (SharePoint answers them before doing anything); reads are resent after all three.
   */
  resendWritesAfter?: readonly number[];
  /**
   * What to do when the bound is reached with a throttled answer in hand. Default: throw an HttpRequestError that
   * says SharePoint was still busy (PnPjs's error type, so the product's failure texts read it).
   */
  giveUp?: (response: Response, attempts: number, waitedMs: number) => Response | Promise<Response>;
}

function sharePointGaveUp(response: Response, attempts: number, waitedMs: number): never {
  throw new HttpRequestError(`SharePoint was still busy after ${attempts} attempts and ${Math.round(waitedMs / 1000)} s of waiting ` +
    `(${response.status} ${response.statusText}); nothing more was sent.`, response);
}

/** The attempts and waits of one request, decided apart from fetch so that the rule can be tested alone. */
export async function sendWithRetry(send: () => Promise<Response>, method: string, options: ThrottleRetryOptions = {}): Promise<Response> {
  const budget = new RetryBudget(options.policy ?? RETRY_POLICY);
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const reads = options.reads ?? method.toUpperCase() === 'GET';
  const resent = reads ? RETRIED : new Set(options.resendWritesAfter ?? RETRIED);
  for (;;) {
    let response: Response | null = null;
    let failure: unknown = null;
    try {
      response = await send();
    } catch (error) {
      if (/AbortError/.test((error as Error)?.name ?? '')) throw error;
      // No answer: a read is safe to send again, a write may have been done.
      if (!reads) throw error;
      failure = error;
    }
    if (response && !resent.has(response.status)) return response;
    const attempts = budget.attempts;
    const waitedMs = budget.waitedMs;
    const wait = budget.next(response ? retryAfterMs(response.headers.get('Retry-After')) : null);
    if (wait === null) {
      if (!response) throw failure;
      return (options.giveUp ?? sharePointGaveUp)(response, attempts, waitedMs);
    }
    await sleep(wait);
  }
}

/** The PnPjs behaviour: replaces how requests are sent (PnPjs's BrowserFetchWithRetry) with `sendWithRetry`. */
export function ThrottleRetry(options: ThrottleRetryOptions = {}): TimelinePipe<Queryable> {
  return (instance) => {
    instance.on.send.clear();
    instance.on.send(function (url: URL, init: RequestInit): Promise<Response> {
      return sendWithRetry(() => fetch(url.toString(), init), init.method ?? 'GET', options);
    });
    return instance;
  };
}
