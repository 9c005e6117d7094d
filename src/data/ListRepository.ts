/**
 * Reads and writes one list's entities through PnPjs, the way a list past 5,000 items allows. Reads go
 * through the Store's read waves (readWaves.ts), so the reads a view starts together cost one round trip:
 * queries lead with an indexed clause and page at ≤ 5,000; if SharePoint still refuses (the first
 * clause matches too much), the query falls back to paging the whole list in ID order, which is always
 * allowed, and filters in memory. Writes send the ETag they read (412 → ConcurrencyError), and bulk
 * writes are idempotent by natural key and batched.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import { IItems } from '@pnp/sp/items';
import { IList } from '@pnp/sp/lists';
import { ItemQuery, ReadWaves } from './readWaves';
import { planBucket, planBuckets } from '../model/derivedKeys';
import { FieldDef, ListDef } from '../model/schema';
import { PersonRef, Stored } from '../model/types';
import { ConcurrencyError, DuplicateKeyError, isDuplicateValue, isNotFound, isPreconditionFailed, isThresholdExceeded } from './errors';
import { fromItem, itemShape, peopleIn, RawItem, toItem } from './itemMapping';
import type { ItemVersion, RawVersion } from './itemHistory';
import { Condition, matches, toFilter } from './query';
import { PermissionMask, permissionMaskOf } from './permissions';

/** SharePoint's largest page, and the list view threshold. */
export const PAGE_SIZE = 5000;
/**
 * Writes per `$batch`: SharePoint Online takes up to 100 requests in one (PnP Core SDK's
 * MaxRequestsInSharePointRestBatch); PnPjs would split at 20 unless told, which makes a 1,000-row import
 * five times as many requests. Reads stay at PnPjs's 20 per batch, sent in parallel (readWaves.ts), since
 * SharePoint runs a batch's parts one after another.
 */
const WRITE_BATCH = 100;
/** Values per OR query in `whereAny`: 25 keys of ~60 characters keep the URL well under 2,000 characters encoded. */
const ANY_CHUNK = 25;
/** Up to this many entities, ensureAll checks which exist by key instead of reading the whole list. */
const FEW = 100;

/** Resolves people to site user ids with ensureUser, once per person per session. */
export class SiteUserResolver {
  private readonly known = new Map<string, number>();

  public constructor(private readonly sp: SPFI) {}

  public async resolve(people: readonly PersonRef[]): Promise<Map<string, number>> {
    for (const person of people) {
      const upn = person.upn.toLowerCase();
      if (this.known.has(upn)) continue;
      if (person.siteUserId !== undefined) {
        this.known.set(upn, person.siteUserId);
        continue;
      }
      const user = await this.sp.web.ensureUser(`i:0#.f|membership|${person.upn}`);
      this.known.set(upn, user.Id);
    }
    return this.known;
  }
}

export class ListRepository<T extends Stored> {
  private readonly shape;

  public constructor(private readonly sp: SPFI, public readonly list: ListDef<T>,
    private readonly people: SiteUserResolver = new SiteUserResolver(sp), private readonly reads: ReadWaves = new ReadWaves(sp)) {
    this.shape = itemShape(list);
  }

  private query(filter?: string, orderById = false): ItemQuery {
    return {
      list: this.list.title, select: this.shape.select, expand: this.shape.expand, top: PAGE_SIZE,
      ...(filter ? { filter } : {}), ...(orderById ? { orderBy: ['Id', true] as const } : {})
    };
  }

  private async read(query: ItemQuery): Promise<T[]> {
    return (await this.reads.all(query)).map((item) => fromItem(this.list, item as RawItem));
  }

  private items(): IItems {
    return this.sp.web.lists.getByTitle(this.list.title).items;
  }

  /**
   * The item's history from SharePoint's versions, newest first (itemHistory.ts, loaded with the first history
   * asked for: only the history panel reads it); reading it needs View Versions.
   */
  public async history(id: number): Promise<ItemVersion[]> {
    const [{ historyOf }, versions] = await Promise.all([
      import(/* webpackChunkName: "item-history" */ './itemHistory'), this.items().getById(id).versions()]);
    return historyOf(this.list, versions as RawVersion[]);
  }

  /**
   * What the signed-in person may do on each item that matches (SharePoint's EffectiveBasePermissions, by the
   * item's key): for a list whose items carry permissions of their own, as a security area's chapter does. Read in
   * the wave it is asked in; for a small list (a plan's chapters), not one past the threshold.
   */
  public async permissionsWhere(condition: Condition<T>): Promise<Map<string, PermissionMask>> {
    const key = this.list.fields.key.internalName;
    const rows = await this.reads.all({ list: this.list.title, select: ['Id', key, 'EffectiveBasePermissions'], expand: [], top: PAGE_SIZE,
      filter: toFilter(this.list, condition) });
    const out = new Map<string, PermissionMask>();
    for (const row of rows) {
      const mask = permissionMaskOf(row.EffectiveBasePermissions);
      if (typeof row[key] === 'string' && mask) out.set(row[key] as string, mask);
    }
    return out;
  }

  /** Every entity, paging in ID order (allowed on any list size). */

  public async all(): Promise<T[]> {
    return this.read(this.query(undefined, true));
  }

  /** Entities matching every condition; put the most selective indexed condition first. */
  public async where(condition: Condition<T>): Promise<T[]> {
    if (Object.keys(condition).length === 0) return this.all();
    try {
      return await this.read(this.query(toFilter(this.list, condition)));
    } catch (error) {
      if (!isThresholdExceeded(error)) throw error;
      return (await this.all()).filter((entity) => matches(entity, condition));
    }
  }

  /**
   * Entities whose property equals any of the values: an OR of indexed equality clauses, which SharePoint
   * accepts past the threshold when every branch narrows. Sent in chunks to keep URLs short; the chunks go
   * out in parallel. Duplicates in `values` are asked once.
   */
  public async whereAny<P extends keyof T & string>(property: P, values: ReadonlyArray<T[P]>): Promise<T[]> {
    const unique = [...new Set(values)];
    const chunks: Array<Array<T[P]>> = [];
    for (let i = 0; i < unique.length; i += ANY_CHUNK) chunks.push(unique.slice(i, i + ANY_CHUNK));
    const pages = await Promise.all(chunks.map(async (chunk) => {
      const filter = chunk.map((v) => `(${toFilter(this.list, { [property]: v } as unknown as Condition<T>)})`).join(' or ');
      try {
        return await this.read(this.query(filter));
      } catch (error) {
        if (!isThresholdExceeded(error)) throw error;
        const wanted = new Set(chunk.map((v) => String(v).toLowerCase()));
        return (await this.all()).filter((e) => wanted.has(String(e[property]).toLowerCase()));
      }
    }));
    return pages.flat();
  }

  public async byKey(key: string): Promise<T | null> {
    const found = await this.where({ key } as Condition<T>);
    return found[0] ?? null;
  }

  public async byId(id: number): Promise<T> {
    const item = await this.items().getById(id).select(...this.shape.select).expand(...this.shape.expand)<RawItem>();
    return fromItem(this.list, item);
  }

  /** The entity with the part of its plan it belongs to, on the lists that have parts. */
  private stamped(entity: T): T {
    if (!('planBucket' in this.list.fields)) return entity;
    const planKey = (entity as unknown as { planKey?: string }).planKey;
    return planKey ? { ...entity, planBucket: planBucket(planKey, entity.key) } : entity;
  }

  /**
   * A plan's entities on a list that may pass 5,000 items: one indexed query, or, for a large plan (or when
   * SharePoint refuses the one query), a query per part of the plan, all in the same round trip.
   */
  public async inPlan(planKey: string, large = false): Promise<T[]> {
    const parts = (): Promise<T[]> => Promise.all(planBuckets(planKey).map((bucket) => this.where({ planBucket: bucket } as unknown as Condition<T>)))
      .then((pages) => pages.flat());
    if (!('planBucket' in this.list.fields)) return this.where({ planKey } as unknown as Condition<T>);
    if (large) return parts();
    try {
      return await this.read(this.query(toFilter(this.list, { planKey } as unknown as Condition<T>)));
    } catch (error) {
      if (!isThresholdExceeded(error)) throw error;
      return parts();
    }
  }

  /**
   * A large plan's first entities in their order (sort order up to `upTo`), as a request of its own in this
   * turn's wave: what a register draws first while the whole plan is on its way. The query leads with the
   * indexed sort order, which stays under the threshold however large the plan (each plan numbers its own
   * from 1). Empty when the list keeps no indexed order or SharePoint refuses: the view then waits for the whole plan.
   */
  public async firstInPlan(planKey: string, upTo: number): Promise<T[]> {
    const order = (this.list.fields as Record<string, FieldDef | undefined>).sortOrder;
    if (!order?.indexed || !('planKey' in this.list.fields)) return [];
    const filter = `${order.internalName} le ${Math.floor(upTo)} and (${toFilter(this.list, { planKey } as unknown as Condition<T>)})`;
    try {
      return await this.read({ ...this.query(filter), alone: true });
    } catch (error) {
      if (!isThresholdExceeded(error)) throw error;
      return [];
    }
  }

  public async add(unstamped: T): Promise<T> {
    const entity = this.stamped(unstamped);
    const ids = await this.people.resolve(peopleIn(this.list, entity));
    try {
      const created = await this.items().add(toItem(this.list, entity, ids));
      return { ...entity, id: Number((created as RawItem).Id), etag: String((created as RawItem)['odata.etag'] ?? '"1"') };
    } catch (error) {
      if (isDuplicateValue(error)) throw new DuplicateKeyError(this.list.title, entity.key);
      throw error;
    }
  }

  /**
   * Changes the given properties of a stored entity, sending the ETag it was read with.
   * Returns the entity with its new ETag; a stale ETag raises ConcurrencyError.
   */
  public async update(entity: T, changes: Partial<T>): Promise<T> {
    if (entity.id === undefined) throw new Error('Cannot update an entity that was never stored');
    const ids = await this.people.resolve(peopleIn(this.list, changes));
    try {
      const result = await this.items().getById(entity.id).update(toItem(this.list, changes, ids), entity.etag ?? '*');
      return { ...entity, ...changes, etag: (result as { etag?: string }).etag ?? entity.etag };
    } catch (error) {
      if (isPreconditionFailed(error)) throw new ConcurrencyError(this.list.title, entity.id);
      if (isDuplicateValue(error)) throw new DuplicateKeyError(this.list.title, entity.key);
      throw error;
    }
  }

  public async remove(entity: T): Promise<void> {
    if (entity.id === undefined) return;
    try {
      await this.items().getById(entity.id).delete(entity.etag ?? '*');
    } catch (error) {
      if (isPreconditionFailed(error)) throw new ConcurrencyError(this.list.title, entity.id);
      throw error;
    }
  }

  /**
   * Adds the entities whose keys are not stored yet, in batches; already stored keys are left alone.
   * A rerun after a crash therefore completes the set without duplicates. Returns how many were added.
   */
  public async ensureAll(entities: readonly T[]): Promise<number> {
    if (entities.length === 0) return 0;
    // A few entities are looked up by key (indexed); a bulk write of one plan's entities reads what the plan
    // has (a new plan: one empty page), any other bulk write the keys of the whole list once. A key stored
    // under another plan is refused by SharePoint's unique index and skipped below, so nothing is added twice.
    const plans = new Set(entities.map((e) => (e as unknown as { planKey?: string }).planKey));
    const [planKey] = [...plans];
    const stored = entities.length <= FEW ? await this.whereAny('key' as keyof T & string, entities.map((e) => e.key) as Array<T[keyof T & string]>)
      : plans.size === 1 && typeof planKey === 'string' && 'planKey' in this.list.fields ? await this.inPlan(planKey) : await this.all();
    const existing = new Set(stored.map((e) => e.key.toLowerCase()));
    return this.addAll(entities.filter((e) => !existing.has(e.key.toLowerCase())));
  }

  /**
   * Adds the entities in batches without first reading what is stored: for a caller that has just read it.
   * A key stored meanwhile (another run) is refused by SharePoint's unique index and skipped.
   */
  public async addAll(entities: readonly T[]): Promise<number> {
    const missing = entities.map((e) => this.stamped(e));
    const ids = await this.people.resolve(missing.flatMap((e) => peopleIn(this.list, e)));
    await this.inBatches(missing, (list, e) => list.items.add(toItem(this.list, e, ids)), isDuplicateValue);
    return missing.length;
  }

  /**
   * Changes many stored entities in batches, each with the ETag it was read with (derived keys: a rerun after
   * a crash finds what is left to change and changes only that). A stale ETag raises ConcurrencyError after
   * the batch; the other changes of the batch stand.
   */
  public async updateAll(changes: ReadonlyArray<readonly [T, Partial<T>]>): Promise<number> {
    const ids = await this.people.resolve(changes.flatMap(([, c]) => peopleIn(this.list, c)));
    await this.inBatches(changes, (list, [entity, change]) => {
      if (entity.id === undefined) throw new Error('Cannot update an entity that was never stored');
      return list.items.getById(entity.id).update(toItem(this.list, change, ids), entity.etag ?? '*');
    });
    return changes.length;
  }

  /**
   * Changes many stored entities in batches, each with the ETag it was read with, and says per entity how it
   * went: the entity with its new ETag, or ConcurrencyError where another writer changed it first (412).
   * Where each write must win or lose on its own (claiming reminders), unlike updateAll.
   */
  public async updateEach(changes: ReadonlyArray<readonly [T, Partial<T>]>): Promise<Array<T | ConcurrencyError>> {
    const ids = await this.people.resolve(changes.flatMap(([, c]) => peopleIn(this.list, c)));
    const out: Array<T | ConcurrencyError> = [];
    for (let start = 0; start < changes.length; start += WRITE_BATCH) {
      const chunk = changes.slice(start, start + WRITE_BATCH);
      const results = await this.batch(chunk, (list, [entity, change]) =>
        list.items.getById(entity.id as number).update(toItem(this.list, change, ids), entity.etag ?? '*'));
      for (let i = 0; i < chunk.length; i++) {
        const [entity, change] = chunk[i];
        const r = results[i];
        if (r.status === 'fulfilled') out.push({ ...entity, ...change, etag: (r.value as { etag?: string }).etag ?? entity.etag });
        else if (isPreconditionFailed(r.reason)) out.push(new ConcurrencyError(this.list.title, entity.id as number));
        else throw r.reason;
      }
    }
    return out;
  }

  /** Deletes many stored entities in batches; one already gone is not an error. */
  public async removeAll(entities: readonly T[]): Promise<number> {
    const stored = entities.filter((e) => e.id !== undefined);
    await this.inBatches(stored, (list, entity) => list.items.getById(entity.id as number).delete(entity.etag ?? '*'), isNotFound);
    return stored.length;
  }

  private async inBatches<E>(entries: readonly E[], write: (list: IList, entry: E) => Promise<unknown>, ignore: (error: unknown) => boolean = () => false): Promise<void> {
    for (let start = 0; start < entries.length; start += WRITE_BATCH) {
      const failed = (await this.batch(entries.slice(start, start + WRITE_BATCH), write))
        .find((r): r is PromiseRejectedResult => r.status === 'rejected' && !ignore(r.reason));
      if (failed) throw isPreconditionFailed(failed.reason) ? new ConcurrencyError(this.list.title, -1) : failed.reason;
    }
  }

  /** One `$batch` of writes (at most WRITE_BATCH), with each write's outcome in order. */
  private async batch<E>(chunk: readonly E[], write: (list: IList, entry: E) => Promise<unknown>): Promise<Array<PromiseSettledResult<unknown>>> {
    const [batchedSp, execute] = this.sp.batched({ maxRequests: WRITE_BATCH });
    const list = batchedSp.web.lists.getByTitle(this.list.title);
    const writes = chunk.map((e) => write(list, e));
    await execute();
    return Promise.allSettled(writes);
  }

}
