/**
 * An in-memory Store for use-case and component tests: the same repository contract as the SharePoint
 * one (natural keys unique → DuplicateKeyError, updates by ETag → ConcurrencyError, entities copied in
 * and out as if serialised), and a record of which lists were read whole, so a test can tell a scan.
 */
import { ConcurrencyError, DuplicateKeyError } from '../../data/errors';
import type { Repositories, Store } from '../../data/stores';
import { Condition, matches } from '../../data/query';
import { defaultRiskMatrix } from '../../model/riskMatrix';
import { EntityOf, ListDef, ListName, schema } from '../../model/schema';
import { Stored } from '../../model/types';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export class MemoryRepository<T extends Stored> {
  public rows: T[] = [];
  public scans = 0;
  public writes = 0;
  private nextId = 1;

  public constructor(public readonly list: ListDef<T>) {}

  public async all(): Promise<T[]> {
    this.scans++;
    return this.rows.map(copy);
  }

  public async where(condition: Condition<T>): Promise<T[]> {
    if (Object.keys(condition).length === 0) return this.all();
    return this.rows.filter((r) => matches(r, condition)).map(copy);
  }

  public async whereAny<P extends keyof T & string>(property: P, values: ReadonlyArray<T[P]>): Promise<T[]> {
    const wanted = new Set(values.map((v) => String(v).toLowerCase()));
    return this.rows.filter((r) => wanted.has(String(r[property]).toLowerCase())).map(copy);
  }

  public async byKey(key: string): Promise<T | null> {
    const found = this.rows.find((r) => r.key.toLowerCase() === key.toLowerCase());
    return found ? copy(found) : null;
  }

  public async byId(id: number): Promise<T> {
    const found = this.rows.find((r) => r.id === id);
    if (!found) throw Object.assign(new Error('Not found'), { status: 404 });
    return copy(found);
  }

  /** Stores an entity as it is (test set-up), giving it an id and an ETag. */
  public seed(...entities: T[]): T[] {
    return entities.map((e) => {
      const stored = { ...copy(e), id: this.nextId++, etag: '"1"' };
      this.rows.push(stored);
      return copy(stored);
    });
  }

  public async add(entity: T): Promise<T> {
    if (this.rows.some((r) => r.key.toLowerCase() === entity.key.toLowerCase())) throw new DuplicateKeyError(this.list.title, entity.key);
    this.writes++;
    return this.seed(entity)[0];
  }

  public async update(entity: T, changes: Partial<T>): Promise<T> {
    if (entity.id === undefined) throw new Error('Cannot update an entity that was never stored');
    const index = this.rows.findIndex((r) => r.id === entity.id);
    if (index < 0) throw Object.assign(new Error('Not found'), { status: 404 });
    const stored = this.rows[index];
    if (entity.etag !== undefined && entity.etag !== '*' && entity.etag !== stored.etag) throw new ConcurrencyError(this.list.title, entity.id);
    const version = Number(String(stored.etag).replace(/\D/g, '')) + 1;
    this.rows[index] = { ...stored, ...copy(changes), etag: `"${version}"` };
    this.writes++;
    return { ...entity, ...copy(changes), etag: `"${version}"` };
  }

  public async remove(entity: T): Promise<void> {
    this.rows = this.rows.filter((r) => r.id !== entity.id);
  }

  public async updateAll(changes: ReadonlyArray<readonly [T, Partial<T>]>): Promise<number> {
    for (const [entity, change] of changes) await this.update(entity, change);
    return changes.length;
  }

  public async removeAll(entities: readonly T[]): Promise<number> {
    for (const entity of entities) await this.remove(entity);
    return entities.length;
  }

  public async addAll(entities: readonly T[]): Promise<number> {
    return this.ensureAll(entities);
  }

  public async ensureAll(entities: readonly T[]): Promise<number> {
    let added = 0;
    for (const e of entities) {
      if (this.rows.some((r) => r.key.toLowerCase() === e.key.toLowerCase())) continue;
      this.seed(e);
      added++;
    }
    return added;
  }
}

export type MemoryRepositories = { [L in ListName]: MemoryRepository<EntityOf<L>> };

export interface MemoryStore extends Store {
  memory: MemoryRepositories;
}

export function createMemoryStore(): MemoryStore {
  const memory = Object.fromEntries((Object.keys(schema) as ListName[]).map((name) => [name, new MemoryRepository(schema[name] as never)])) as unknown as MemoryRepositories;
  const repos = memory as unknown as Repositories;
  return {
    ...repos,
    memory,
    async loadPlan(planKey: string) {
      const [plan, items, measures, periods, reports, links, chapters] = await Promise.all([
        repos.plans.byKey(planKey), repos.items.where({ planKey }), repos.measures.where({ planKey }), repos.periods.where({ planKey }),
        repos.statusReports.where({ planKey }), repos.links.where({ planKey }), repos.chapters.where({ planKey })
      ]);
      if (!plan) throw new Error(`No plan with key ${planKey}`);
      return { plan, items, measures, periods, reports, links, chapters };
    },
    linksTo: async (keys) => (keys.length ? repos.links.whereAny('toKey', keys) : []),
    async rolesOf(upn: string) {
      const me = upn.toLowerCase();
      return (await repos.roles.where({})).filter((r) => r.holder?.upn.toLowerCase() === me || r.delegate?.upn.toLowerCase() === me);
    },
    searchPeople: async () => [],
    riskMatrix: async () => defaultRiskMatrix
  };
}
