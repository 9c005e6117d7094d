/**
 * Injected faults, so the product's retry and fallback paths can be exercised: throttling (429) and
 * service errors (503/504) on a share of requests or on the next n requests, optionally only for paths
 * containing a string; and users for whom Teams delivery always fails (403), to test the mail fallback.
 *
 * Rule semantics: `share` (default 1) is the fraction of matching requests that fail, applied
 * deterministically (every 1/share-th request) so tests are repeatable; a rule expires after it has
 * injected `count` faults, unless `count` is absent or `permanent` is true (then it lasts until DELETE).
 */
import { GraphHttpError } from './errors';

export type FaultStatus = 429 | 503 | 504;

export interface FaultRule {
  status: FaultStatus;
  share: number;
  count: number | null;
  /** Seconds for the Retry-After header (may be fractional or 0). */
  retryAfter: number;
  pathContains: string | null;
  permanent: boolean;
}

interface ActiveRule extends FaultRule {
  /** Accumulated share; a fault fires each time it reaches 1. */
  acc: number;
  injected: number;
}

const STATUSES: readonly number[] = [429, 503, 504];

/** Validates one rule from the control endpoint's JSON. Throws an Error with a readable message. */
export function parseFaultRule(input: unknown): FaultRule {
  const r = (input ?? {}) as Record<string, unknown>;
  const status = Number(r.status);
  if (!STATUSES.includes(status)) throw new Error(`status must be one of ${STATUSES.join(', ')}`);
  const share = r.share === undefined ? 1 : Number(r.share);
  if (!(share > 0 && share <= 1)) throw new Error('share must be in (0, 1]');
  const count = r.count === undefined || r.count === null ? null : Number(r.count);
  if (count !== null && !(Number.isInteger(count) && count > 0)) throw new Error('count must be a positive integer');
  const retryAfter = r.retryAfter === undefined ? 1 : Number(r.retryAfter);
  if (!(retryAfter >= 0)) throw new Error('retryAfter must be a number of seconds >= 0');
  const pathContains = typeof r.pathContains === 'string' && r.pathContains !== '' ? r.pathContains : null;
  return { status: status as FaultStatus, share, count, retryAfter, pathContains, permanent: r.permanent === true };
}

/**
 * Parses the start-up option, e.g. `"429:0.2:1"` = status 429 on a fifth of all requests with
 * Retry-After 1 s, for as long as the emulator runs. Several rules are separated by commas.
 */
export function parseFaultOption(text: string): FaultRule[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((spec) => {
      const [status, share, retryAfter] = spec.split(':');
      return parseFaultRule({ status, share: share ?? 1, retryAfter: retryAfter ?? 1, permanent: true });
    });
}

export class Faults {
  private rules: ActiveRule[] = [];
  private readonly teamsBlocked = new Set<string>();
  /** Calls checked (every request and `$batch` step) and faults injected, since start or the last reset. */
  private counts = { calls: 0, faulted: 0 };

  constructor(initial: FaultRule[] = []) {
    this.set(initial);
  }

  set(rules: FaultRule[]): void {
    this.rules = rules.map((r) => ({ ...r, acc: 0, injected: 0 }));
  }

  list(): FaultRule[] {
    return this.rules.map(({ acc: _acc, injected: _injected, ...rule }) => rule);
  }

  clear(): void {
    this.rules = [];
  }

  stats(): { calls: number; faulted: number } {
    return { ...this.counts };
  }

  resetStats(): void {
    this.counts = { calls: 0, faulted: 0 };
  }

  /** Decides whether this request fails; returns the error to answer with, or null. */
  check(path: string): GraphHttpError | null {
    this.counts.calls += 1;
    const p = path.toLowerCase();
    for (const rule of this.rules) {
      if (rule.pathContains !== null && !p.includes(rule.pathContains.toLowerCase())) continue;
      rule.acc += rule.share;
      if (rule.acc < 1 - 1e-9) continue;
      rule.acc -= 1;
      rule.injected += 1;
      if (!rule.permanent && rule.count !== null && rule.injected >= rule.count) {
        this.rules = this.rules.filter((r) => r !== rule);
      }
      this.counts.faulted += 1;
      return faultError(rule);
    }
    return null;
  }

  setTeamsBlocked(upns: string[]): void {
    this.teamsBlocked.clear();
    for (const u of upns) this.teamsBlocked.add(u.toLowerCase());
  }

  teamsBlockedUsers(): string[] {
    return [...this.teamsBlocked];
  }

  isTeamsBlocked(upn: string): boolean {
    return this.teamsBlocked.has(upn.toLowerCase());
  }
}

function faultError(rule: FaultRule): GraphHttpError {
  const headers = { 'Retry-After': String(rule.retryAfter) };
  switch (rule.status) {
    case 429:
      // error-429.response.json: innerError also carries code, message and status.
      return new GraphHttpError(429, 'TooManyRequests', 'Please retry again later.', {
        headers,
        inner: { code: '429', message: 'Please retry after', status: '429' },
      });
    case 503:
      return new GraphHttpError(503, 'serviceNotAvailable', 'The service is temporarily unavailable. Please retry after some time.', { headers });
    case 504:
      return new GraphHttpError(504, 'gatewayTimeout', 'The gateway did not receive a response from the service in time.', { headers });
  }
}
