/**
 * Reads in waves: every list read the app starts in the same turn of the event loop (all the hooks of one
 * render, all the reads of one `Promise.all`) goes to SharePoint together, as one plain GET when it is alone
 * and as `$batch`es of at most 20 parts, sent in parallel, when there are several. Identical reads in a wave
 * share one request. A read's further pages (`odata.nextLink`) join the next wave, so a view that reads ten
 * lists pays two round trips, not ten. SharePoint runs the parts of a batch one after another and answers
 * each part on its own: a refused part (the list view threshold) rejects its own read only.
 *
 * PnPjs sends the chunks of one batch one after another; to keep a wave one round trip, the chunks are
 * separate batches here. In SPFx the form digest a `$batch` POST needs comes from the page, so a wave costs
 * no extra request; outside SPFx PnPjs asks `contextinfo` once and keeps the digest.
 */
import { SPFI, SPCollection, spfi } from '@pnp/sp';
import { TimelinePipe } from '@pnp/core';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import { IItems } from '@pnp/sp/items';

/** SharePoint answers at most this many requests in one `$batch` as PnPjs sends it (SPFX-NOTES.md). */
export const BATCH_PARTS = 20;

/** One list query: what `items.select(…).expand(…).filter(…).orderBy(…).top(…)` asks. */
export interface ItemQuery {
  list: string;
  select: readonly string[];
  expand: readonly string[];
  filter?: string;
  /** Field and ascending. */
  orderBy?: readonly [string, boolean];
  top: number;
  /**
   * Sent as a request of its own, ahead of its wave's batches, so that a small read the view draws from first
   * (a large register's first rows) is not held up behind the wave's large batches. Still one round trip.
   */
  alone?: boolean;
}

/** A read: a first page, or the page an `odata.nextLink` points to. */
export type ReadRequest = { kind: 'query'; query: ItemQuery } | { kind: 'next'; list: string; url: string }
  /** The site's lists (e.g. each with the caller's EffectiveBasePermissions): one page, no further ones. */
  | { kind: 'lists'; select: readonly string[] };

export interface ReadPage {
  rows: Array<Record<string, unknown>>;
  nextLink: string | null;
}

interface Queued {
  read: ReadRequest;
  resolve: (page: ReadPage) => void;
  reject: (error: unknown) => void;
}

export interface ReadWaveStats {
  /** Waves sent: each is one round trip (its batches go out together). */
  waves: number;
  /** HTTP requests sent for reads: plain GETs and `$batch` POSTs. */
  requests: number;
  /** Reads asked for, including those that shared a request with an identical one. */
  reads: number;
}

/** Waits for the rest of this turn's reads: a macrotask, after every pending promise chain has run. */
export type Scheduler = (flush: () => void) => void;

const nextTurn: Scheduler = (flush) => { setTimeout(flush, 0); };

function keyOf(read: ReadRequest): string {
  return JSON.stringify(read);
}

/**
 * Calls `signal` once a request whose URL passes `test` has been handed to `fetch`: at PnPjs's last moment before
 * `send` (`auth`), which comes a few timer turns after the request was asked for (PnPjs starts every request with a
 * `setTimeout`), plus one turn, in which PnPjs's own promise steps reach `fetch`.
 */
function onSending(test: (url: string) => boolean, signal: () => void): TimelinePipe {
  return (instance) => {
    instance.on.auth(async function (this: unknown, url: URL, init: RequestInit): Promise<[URL, RequestInit]> {
      if (test(url.toString())) setTimeout(signal, 0);
      return [url, init];
    });
    return instance;
  };
}

/** The items of a query on a (possibly batched) SPFI, parsed to rows plus the next page's link. */
function request(sp: SPFI, read: ReadRequest, sending?: TimelinePipe): () => Promise<ReadPage> {
  if (read.kind === 'lists') {
    const lists = sp.web.lists.select(...read.select);
    const parsedLists = (sending ? lists.using(sending) : lists).using(parseBinderWithErrorCheck(async (response: Response): Promise<ReadPage> =>
      ({ rows: parseODataJSON(await response.json()) as Array<Record<string, unknown>>, nextLink: null })));
    return () => parsedLists() as Promise<ReadPage>;
  }
  const base: IItems = sp.web.lists.getByTitle(read.kind === 'query' ? read.query.list : read.list).items;
  let target: IItems = base;
  if (read.kind === 'next') {
    // The link holds the whole query; only the page it names is new.
    target = SPCollection([base, read.url]) as IItems;
  } else {
    const q = read.query;
    target = target.select(...q.select).expand(...q.expand).top(q.top);
    if (q.filter) target = target.filter(q.filter);
    if (q.orderBy) target = target.orderBy(q.orderBy[0], q.orderBy[1]);
  }
  if (sending) target = target.using(sending);
  const parsed = target.using(parseBinderWithErrorCheck(async (response: Response): Promise<ReadPage> => {
    const json = (await response.json()) as Record<string, unknown>;
    const next = json['odata.nextLink'] ?? (json.d as { __next?: unknown } | undefined)?.__next;
    return { rows: parseODataJSON(json) as Array<Record<string, unknown>>, nextLink: typeof next === 'string' && next !== '' ? next : null };
  }));
  return () => parsed() as Promise<ReadPage>;
}

export class ReadWaves {
  private queue: Queued[] = [];
  private scheduled = false;
  /** Settles when every read asked for so far is on its way to SharePoint (or has failed before it got there). */
  private onTheWire: Promise<void> = Promise.resolve();
  private flushSent: (() => void) | null = null;
  private readonly counts: ReadWaveStats = { waves: 0, requests: 0, reads: 0 };

  public constructor(private readonly sp: SPFI, private readonly schedule: Scheduler = nextTurn) {}

  public get stats(): ReadWaveStats {
    return { ...this.counts };
  }

  /** One page of a read, sent with the other reads of this turn. */
  public page(read: ReadRequest): Promise<ReadPage> {
    this.counts.reads += 1;
    return new Promise<ReadPage>((resolve, reject) => {
      this.queue.push({ read, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        const before = this.onTheWire;
        this.onTheWire = new Promise<void>((resolve) => { this.flushSent = resolve; }).then(() => before);
        this.schedule(() => { this.flush().catch(() => undefined); });
      }
    });
  }

  /**
   * Settles once every read asked for so far has been handed to the network. A host that starts a view's reads
   * before drawing it (earlyLoads.ts) draws after this: React's first render is synchronous and would otherwise
   * hold the requests back for as long as it takes.
   */
  public sent(): Promise<void> {
    return this.onTheWire;
  }

  /** Every row of a query: the first page in this turn's wave, each further page in the wave after. */
  public async all(query: ItemQuery): Promise<Array<Record<string, unknown>>> {
    const rows: Array<Record<string, unknown>> = [];
    let page = await this.page({ kind: 'query', query });
    rows.push(...page.rows);
    while (page.nextLink) {
      page = await this.page({ kind: 'next', list: query.list, url: page.nextLink });
      rows.push(...page.rows);
    }
    return rows;
  }

  private async flush(): Promise<void> {
    const queued = this.queue;
    const flushSent = this.flushSent ?? ((): void => undefined);
    this.queue = [];
    this.scheduled = false;
    this.flushSent = null;
    if (queued.length === 0) {
      flushSent();
      return;
    }
    // Identical reads share one request.
    const byKey = new Map<string, Queued[]>();
    for (const q of queued) {
      const key = keyOf(q.read);
      byKey.set(key, [...(byKey.get(key) ?? []), q]);
    }
    const all = [...byKey.values()];
    const alone = (group: Queued[]): boolean => group[0].read.kind === 'query' && group[0].read.query.alone === true;
    this.counts.waves += 1;
    const settle = (group: Queued[], outcome: Promise<ReadPage>): Promise<void> =>
      outcome.then((page) => group.forEach((q) => q.resolve(page)), (error: unknown) => group.forEach((q) => q.reject(error)));
    const groups = all.filter((group) => !alone(group));
    const chunks: Queued[][][] = [];
    if (groups.length > 1) for (let i = 0; i < groups.length; i += BATCH_PARTS) chunks.push(groups.slice(i, i + BATCH_PARTS));
    const plains = [...all.filter(alone), ...(groups.length <= 1 ? groups : [])];
    // The wave is on the wire when each of its HTTP requests (a plain GET, a $batch POST) is, or has failed first.
    const sends: Array<Promise<void>> = [];
    const sendSignal = (): (() => void) => {
      let signal: () => void = () => undefined;
      sends.push(new Promise<void>((resolve) => { signal = resolve; }));
      return signal;
    };
    const plain = (group: Queued[]): Promise<void> => {
      this.counts.requests += 1;
      const sent = sendSignal();
      return settle(group, request(this.sp, group[0].read, onSending(() => true, sent))()).finally(sent);
    };
    this.counts.requests += chunks.length;
    const reads = Promise.all([...plains.map(plain), ...chunks.map(async (chunk) => {
      const sent = sendSignal();
      // The batch's own POST is the request that goes out; its parts only pass through PnPjs's moments.
      const [batched, execute] = spfi(this.sp).using(onSending((url) => /\/_api\/\$batch$/i.test(url), sent)).batched();
      const outcomes = chunk.map((group) => request(batched, group[0].read)());
      const settled = Promise.all(chunk.map((group, i) => settle(group, outcomes[i])));
      try {
        await execute();
      } catch (error) {
        // The batch itself failed (throttled past the retries, network): every read in it fails with it.
        chunk.forEach((group) => group.forEach((q) => q.reject(error)));
        return;
      } finally {
        sent();
      }
      await settled;
    })]);
    Promise.all(sends).then(flushSent).catch(() => undefined);
    await reads;
  }
}
