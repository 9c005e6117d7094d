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

export interface ThrottleRetryOptions {
  policy?: RetryPolicy;
  /** How to wait (tests pass their own). */
  sleep?: (ms: number) => Promise<void>;
}

/** The attempts and waits of one request, decided apart from fetch so that the rule can be tested alone. */
export async function sendWithRetry(send: () => Promise<Response>, method: string, options: ThrottleRetryOptions = {}): Promise<Response> {
  const policy = options.policy ?? RETRY_POLICY;
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  let waited = 0;
  let nextWait = policy.firstWaitMs;
  for (let attempt = 1; ; attempt++) {
    let response: Response | null = null;
    let failure: unknown = null;
    try {
      response = await send();
    } catch (error) {
      if (/AbortError/.test((error as Error)?.name ?? '')) throw error;
      // No answer: a read is safe to send again, a write may have been done.
      if (method.toUpperCase() !== 'GET') throw error;
      failure = error;
    }
    if (response && !RETRIED.has(response.status)) return response;
    const asked = response ? retryAfterMs(response.headers.get('Retry-After')) : null;
    const wait = Math.min(policy.maxWaitMs, asked ?? nextWait);
    nextWait = Math.min(policy.maxWaitMs, nextWait * 2);
    if (attempt >= policy.maxAttempts || waited + wait > policy.maxTotalWaitMs) {
      if (!response) throw failure;
      throw new HttpRequestError(`SharePoint was still busy after ${attempt} attempts and ${Math.round(waited / 1000)} s of waiting ` +
        `(${response.status} ${response.statusText}); nothing more was sent.`, response);
    }
    waited += wait;
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
