/**
 * The site's state: lists (with fields and items), site users, and the journal that persists
 * them. All mutations go through here so persistence, ETag counters and unique-value indexes
 * stay consistent. Items live in a Map in ID order; queries iterate it without copying.
 */
import { DirectoryPerson } from '../../directory/types';
import { Errors } from '../errors';
import { isoSeconds } from '../odata/filter';
import { isMultiType } from './fieldtypes';
import { Journal, JournalOp } from './journal';
import { FieldDef, ItemRecord, ListMeta, SiteUser, StoredValue } from './model';
import { encodeName, newGuid } from './naming';

/** Normalised key for unique-value comparison (SharePoint compares case-insensitively). */
export function uniqueKey(v: StoredValue): string | null {
  if (v === null || v === '' || Array.isArray(v)) return null;
  if (typeof v === 'string') return v.toLowerCase();
  if (typeof v === 'object') return v.Url.toLowerCase();
  return String(v);
}

export class ListState {
  readonly items = new Map<number, ItemRecord>();
  /** For each EnforceUniqueValues field: normalised value → item id. */
  private unique = new Map<string, Map<string, number>>();

  constructor(public meta: ListMeta) {}

  get entityName(): string {
    return encodeName(this.meta.urlName);
  }
  /** `SP.Data.<Name>ListItem` */
  get itemType(): string {
    return `SP.Data.${this.entityName}ListItem`;
  }

  field(internalName: string): FieldDef | undefined {
    return this.meta.fields.find((f) => f.InternalName === internalName);
  }

  /** Rebuilds the unique-value indexes; throws if a unique field already holds duplicates. */
  rebuildUnique(): void {
    const next = new Map<string, Map<string, number>>();
    for (const f of this.meta.fields) {
      if (!f.EnforceUniqueValues || isMultiType(f.TypeAsString)) continue;
      const idx = new Map<string, number>();
      for (const it of this.items.values()) {
        const k = uniqueKey(it.values[f.InternalName] ?? null);
        if (k === null) continue;
        if (idx.has(k)) throw Errors.existingDuplicates();
        idx.set(k, it.id);
      }
      next.set(f.InternalName, idx);
    }
    this.unique = next;
  }

  /** Throws README §2c if `values` collides with another item on a unique field. */
  checkUnique(values: Record<string, StoredValue>, selfId: number | null): void {
    const dup: string[] = [];
    for (const [name, idx] of this.unique) {
      if (!(name in values)) continue;
      const k = uniqueKey(values[name]);
      if (k === null) continue;
      const owner = idx.get(k);
      if (owner !== undefined && owner !== selfId) dup.push(name);
    }
    if (dup.length > 0) throw Errors.duplicateValues(dup);
  }

  indexItem(before: ItemRecord | null, after: ItemRecord | null): void {
    for (const [name, idx] of this.unique) {
      const oldKey = before ? uniqueKey(before.values[name] ?? null) : null;
      if (oldKey !== null && idx.get(oldKey) === before?.id) idx.delete(oldKey);
      const newKey = after ? uniqueKey(after.values[name] ?? null) : null;
      if (newKey !== null && after) idx.set(newKey, after.id);
    }
  }
}

export class Site {
  readonly lists = new Map<string, ListState>();
  readonly users = new Map<number, SiteUser>();
  private nextUserId = 7;

  constructor(
    private readonly journal: Journal,
    private readonly directory: DirectoryPerson[],
  ) {
    this.replay(journal.load());
    journal.rewrite(this.snapshot());
  }

  // ------------------------------------------------------------------ persistence

  private replay(ops: JournalOp[]): void {
    for (const op of ops) {
      switch (op.op) {
        case 'reset':
          this.lists.clear();
          this.users.clear();
          this.nextUserId = 7;
          break;
        case 'list': {
          const existing = this.lists.get(op.list.Id);
          if (existing) existing.meta = { ...op.list, nextItemId: Math.max(op.list.nextItemId, existing.meta.nextItemId) };
          else this.lists.set(op.list.Id, new ListState(op.list));
          break;
        }
        case 'dropList':
          this.lists.delete(op.listId);
          break;
        case 'item': {
          const l = this.lists.get(op.listId);
          if (!l) break;
          l.items.set(op.item.id, op.item);
          // ids are never reused: the list definition is not rewritten per item, so the
          // next id is recovered from the highest id seen
          l.meta.nextItemId = Math.max(l.meta.nextItemId, op.item.id + 1);
          break;
        }
        case 'dropItem': {
          const l = this.lists.get(op.listId);
          if (!l) break;
          l.items.delete(op.id);
          l.meta.nextItemId = Math.max(l.meta.nextItemId, op.id + 1);
          break;
        }
        case 'user':
          this.users.set(op.user.Id, op.user);
          this.nextUserId = Math.max(this.nextUserId, op.user.Id + 1);
          break;
      }
    }
    for (const l of this.lists.values()) {
      // Map insertion order must be ID order for paging; replay may have reordered nothing,
      // but an item re-put after update keeps its original slot, so this is already sorted.
      try {
        l.rebuildUnique();
      } catch {
        // duplicates can only come from a hand-edited journal; keep serving the data
      }
    }
  }

  private snapshot(): JournalOp[] {
    const ops: JournalOp[] = [];
    for (const u of this.users.values()) ops.push({ op: 'user', user: u });
    for (const l of this.lists.values()) {
      ops.push({ op: 'list', list: l.meta });
      for (const it of l.items.values()) ops.push({ op: 'item', listId: l.meta.Id, item: it });
    }
    return ops;
  }

  flush(): void {
    this.journal.flush();
  }

  close(): void {
    this.journal.close();
  }

  reset(): void {
    this.lists.clear();
    this.users.clear();
    this.nextUserId = 7;
    this.journal.append({ op: 'reset' });
  }

  // ------------------------------------------------------------------ lists

  listByTitle(title: string): ListState | undefined {
    const t = title.toLowerCase();
    for (const l of this.lists.values()) if (l.meta.Title.toLowerCase() === t) return l;
    return undefined;
  }

  listById(id: string): ListState | undefined {
    const clean = id.replace(/[{}]/g, '').toLowerCase();
    return this.lists.get(clean);
  }

  createList(title: string, description: string, baseTemplate: number, extra: ListMeta['extra']): ListState {
    if (this.listByTitle(title)) throw Errors.listExists();
    const meta: ListMeta = {
      Id: newGuid(),
      Title: title,
      Description: description,
      BaseTemplate: baseTemplate,
      urlName: title,
      Created: isoSeconds(new Date()),
      version: 1,
      nextItemId: 1,
      fields: [],
      extra,
    };
    const l = new ListState(meta);
    this.lists.set(meta.Id, l);
    return l;
  }

  /** Persists a list's definition (after any change to its properties or fields). */
  saveList(l: ListState): void {
    this.journal.append({ op: 'list', list: l.meta });
  }

  deleteList(l: ListState): void {
    this.lists.delete(l.meta.Id);
    this.journal.append({ op: 'dropList', listId: l.meta.Id });
  }

  // ------------------------------------------------------------------ items

  saveItem(l: ListState, item: ItemRecord): void {
    this.journal.append({ op: 'item', listId: l.meta.Id, item });
  }

  deleteItem(l: ListState, item: ItemRecord): void {
    l.items.delete(item.id);
    l.indexItem(item, null);
    this.journal.append({ op: 'dropItem', listId: l.meta.Id, id: item.id });
  }

  // ------------------------------------------------------------------ users

  userById(id: number): SiteUser | undefined {
    return this.users.get(id);
  }

  /** The directory person a logon name, UPN or e-mail address refers to. */
  findPerson(name: string): DirectoryPerson | undefined {
    const n = name.replace(/^i:0#\.f\|membership\|/i, '').trim().toLowerCase();
    return this.directory.find((p) => p.userPrincipalName.toLowerCase() === n || p.mail.toLowerCase() === n);
  }

  /**
   * Adds the user to the site on first use (as SharePoint's ensureUser and first visit do) and
   * returns the site user; `strict` refuses names that are not in the directory.
   */
  ensureUser(name: string, strict: boolean): SiteUser {
    const person = this.findPerson(name);
    const upn = person ? person.userPrincipalName : name.replace(/^i:0#\.f\|membership\|/i, '').trim();
    if (!person && strict) throw Errors.userNotFound(name);
    const login = `i:0#.f|membership|${upn.toLowerCase()}`;
    for (const u of this.users.values()) if (u.LoginName === login) return u;
    const user: SiteUser = {
      Id: this.nextUserId++,
      LoginName: login,
      Title: person ? person.displayName : upn,
      Email: person ? person.mail : upn,
      UserPrincipalName: upn.toLowerCase(),
      ObjectId: person ? person.id : '',
      IsSiteAdmin: false,
    };
    this.users.set(user.Id, user);
    this.journal.append({ op: 'user', user });
    return user;
  }

  personOf(u: SiteUser): DirectoryPerson | undefined {
    return this.directory.find((p) => p.id === u.ObjectId);
  }

  get people(): DirectoryPerson[] {
    return this.directory;
  }
}
