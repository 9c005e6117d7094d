/** Request counters for `GET <sitePath>/_emulator/stats`, so tests can assert batching. */

export interface StatsSnapshot {
  total: number;
  byMethod: Record<string, number>;
  /** Outer `$batch` requests and the operations inside them. */
  batches: number;
  batchOperations: number;
  /** Requests answered with an injected 429/503 (faults.ts). */
  faulted: number;
}

export class Stats {
  private s: StatsSnapshot = { total: 0, byMethod: {}, batches: 0, batchOperations: 0, faulted: 0 };

  count(method: string): void {
    this.s.total++;
    this.s.byMethod[method] = (this.s.byMethod[method] ?? 0) + 1;
  }

  countFault(): void {
    this.s.faulted++;
  }

  countBatch(operations: number): void {
    this.s.batches++;
    this.s.batchOperations += operations;
  }

  snapshot(): StatsSnapshot {
    return { ...this.s, byMethod: { ...this.s.byMethod } };
  }

  reset(): void {
    this.s = { total: 0, byMethod: {}, batches: 0, batchOperations: 0, faulted: 0 };
  }
}
