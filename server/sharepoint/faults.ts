/**
 * Injected throttling (429) and overload (503) responses, to exercise clients' Retry-After
 * handling. A fault spec answers a `share` (0..1) of requests at random and/or the next `count`
 * requests, optionally only those whose URL contains `pathContains`. Set it with
 * `PUT <sitePath>/_emulator/faults` (JSON) or the `faults` option / env string
 * `"status:share:retryAfter"` (e.g. `"429:0.2:1"`). The body mimics SharePoint's plain text
 * (README §2e: "likely").
 */

export interface FaultSpec {
  status: 429 | 503;
  share: number;
  count: number;
  retryAfter: number;
  pathContains: string | null;
}

export function parseFaultString(s: string | undefined): FaultSpec | null {
  if (!s || s.trim() === '') return null;
  const [status, share, retryAfter] = s.split(':');
  return normaliseFault({ status: Number(status), share: Number(share ?? 0), retryAfter: Number(retryAfter ?? 1) });
}

export function normaliseFault(raw: unknown): FaultSpec | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const o = raw as Record<string, unknown>;
  const status = Number(o.status ?? 429) === 503 ? 503 : 429;
  const num = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v !== '' && !Number.isNaN(Number(v)) ? Number(v) : d);
  return {
    status,
    share: Math.min(1, Math.max(0, num(o.share, 0))),
    count: Math.max(0, Math.floor(num(o.count, 0))),
    retryAfter: Math.max(0, num(o.retryAfter, 1)),
    pathContains: typeof o.pathContains === 'string' && o.pathContains !== '' ? o.pathContains : null,
  };
}

export interface FaultResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export class Faults {
  constructor(private spec: FaultSpec | null) {}

  get current(): FaultSpec | null {
    return this.spec;
  }

  set(spec: FaultSpec | null): void {
    this.spec = spec;
  }

  /** Decides whether this request is faulted (and consumes one of `count`). */
  check(url: string): FaultResponse | null {
    const s = this.spec;
    if (!s) return null;
    if (s.pathContains !== null && !url.toLowerCase().includes(s.pathContains.toLowerCase())) return null;
    let hit = false;
    if (s.count > 0) {
      s.count--;
      hit = true;
    } else if (s.share > 0 && Math.random() < s.share) hit = true;
    if (!hit) return null;
    const text = s.status === 429 ? '429 TOO MANY REQUESTS' : '503 Server Too Busy';
    return {
      status: s.status,
      headers: { 'retry-after': String(s.retryAfter), 'content-type': 'text/plain; charset=utf-8' },
      body: text,
    };
  }
}
