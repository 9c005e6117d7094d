/**
 * The site's state: lists and document libraries (with fields and items), site users, the journal
 * that persists them and the blob store that holds file bytes. All mutations go through here (or
 * store/library.ts for files and folders) so persistence, ETag counters, unique-value and path
 * indexes stay consistent. Items live in a Map in ID order; queries iterate it without copying.
 *
 * A new site has its default document library "Documents" at `<site>/Shared Documents`, as every
 * SharePoint team site does; it is made once (a `defaults` journal line remembers that), so a
 * library the user deleted stays deleted across restarts.
 */
import { DirectoryPerson } from '../../directory/types';
import { Errors } from '../errors';
import { isoSeconds, normaliseValue, Scalar, ValueKind } from '../odata/filter';
import { BlobStore } from './blobs';
import { builtInFields, isMultiType, libraryFields, withFixedIds } from './fieldtypes';
import { Journal, JournalOp } from './journal';
import { FieldDef, ItemRecord, ListMeta, SiteUser, StoredValue } from './model';
import { EVERYONE_LOGIN, EVERYONE_TITLE, listScope, itemScope, Principal, ROLE, SecurityState, WEB_SCOPE } from './security';
import { encodeName, newGuid } from './naming';

export const DOCUMENT_LIBRARY = 101;

/** SharePoint's limit on a list title (the column is nvarchar(255)). */
export const MAX_LIST_TITLE = 255;

/** Normalised key for unique-value comparison (SharePoint compares case-insensitively). */
export function uniqueKey(v: StoredValue): string | null {
  if (v === null || v === '' || Array.isArray(v)) return null;
  if (typeof v === 'string') return v.toLowerCase();
  if (typeof v === 'object') return v.Url.toLowerCase();
  return String(v);
}

export class ListState {
  readonly items = new Map<number, ItemRecord>();
  /** Document libraries: lower-cased path below the root folder → id of the file or folder item. */
  readonly paths = new Map<string, number>();
  /** For each EnforceUniqueValues field: normalised value → item id. */
  private unique = new Map<string, Map<string, number>>();
  /**
   * Equality indexes of indexed columns, made when a query first needs one and dropped on any write: what
   * SharePoint's column indexes do for `eq`, so that reads past the threshold cost the emulator what they
   * cost SharePoint (a look-up), not a scan of the list.
   */
  private equality = new Map<string, Map<Scalar, ItemRecord[]>>();

  constructor(public meta: ListMeta) {}

  get isLibrary(): boolean {
    return this.meta.BaseTemplate === DOCUMENT_LIBRARY;
  }

  get entityName(): string {
    return encodeName(this.meta.urlName);
  }
  /** `SP.Data.<Name>ListItem`; a library's items are `SP.Data.<Name>Item` (`SP.Data.Shared_x0020_DocumentsItem`). */
  get itemType(): string {
    return this.isLibrary ? `SP.Data.${this.entityName}Item` : `SP.Data.${this.entityName}ListItem`;
  }
  /** The entity set in `odata.metadata`: `<Name>ListItems`, for a library `<Name>Items`. */
  get itemSetName(): string {
    return this.isLibrary ? `${this.entityName}Items` : `${this.entityName}ListItems`;
  }
  /** SP.List EntityTypeName: `<Name>List`, for a library just `<Name>` (`Shared_x0020_Documents`). */
  get entityTypeName(): string {
    return this.isLibrary ? this.entityName : `${this.entityName}List`;
  }

  /** Keeps the path index in step with a file or folder item that was added, changed or removed. */
  indexDoc(before: ItemRecord | null, after: ItemRecord | null): void {
    const key = (it: ItemRecord | null): string | null => (it?.doc ? (it.doc.dir === '' ? it.doc.name : `${it.doc.dir}/${it.doc.name}`).toLowerCase() : null);
    const oldKey = key(before);
    if (oldKey !== null && this.paths.get(oldKey) === before?.id) this.paths.delete(oldKey);
    const newKey = key(after);
    if (newKey !== null && after) this.paths.set(newKey, after.id);
  }

  rebuildPaths(): void {
    this.paths.clear();
    for (const it of this.items.values()) this.indexDoc(null, it);
  }

  field(internalName: string): FieldDef | undefined {
    return this.meta.fields.find((f) => f.InternalName === internalName);
  }

  /** Rebuilds the unique-value indexes; throws if a unique field already holds duplicates. */
  rebuildUnique(): void {
    this.equality.clear();
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

  /** The items (in ID order) by a column's normalised value; `values` reads a record's value(s) as filters see them. */
  equalityIndex(column: string, kind: ValueKind, values: (r: ItemRecord) => Scalar | Scalar[]): Map<Scalar, ItemRecord[]> {
    const key = `${column}|${kind}`;
    let index = this.equality.get(key);
    if (!index) {
      index = new Map();
      for (const it of this.items.values()) {
        const raw = values(it);
        for (const v of new Set((Array.isArray(raw) ? raw : [raw]).map((x) => normaliseValue(x, kind)))) {
          if (v === null) continue;
          const bucket = index.get(v);
          if (bucket) bucket.push(it); else index.set(v, [it]);
        }
      }
      this.equality.set(key, index);
    }
    return index;
  }

  indexItem(before: ItemRecord | null, after: ItemRecord | null): void {
    this.equality.clear();
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
  private defaultsMade = false;
  private securityDefaultsMade = false;
  /** Groups, permission levels and role assignments (store/security.ts). */
  readonly security = new SecurityState((change) => this.journal.append({ op: 'security', change }));

  constructor(
    private readonly journal: Journal,
    private readonly directory: DirectoryPerson[],
    /** The bytes of library files. */
    readonly blobs: BlobStore,
    /** Server-relative URL of the site, e.g. '/sites/internkontroll'. */
    readonly sitePath: string,
    /** UPNs of the site's owners (the Owners group), e.g. whoever created the site and provisions it. */
    private readonly owners: readonly string[] = [],
  ) {
    this.replay(journal.load());
    // made before the compacting rewrite, so the snapshot records them
    if (!this.defaultsMade) this.makeDefaults(false);
    if (!this.securityDefaultsMade) this.makeSecurityDefaults();
    journal.rewrite(this.snapshot());
    blobs.retainOnly(this.referencedBlobs());
  }

  // ------------------------------------------------------------------ persistence

  private replay(ops: JournalOp[]): void {
    for (const op of ops) {
      switch (op.op) {
        case 'reset':
          this.lists.clear();
          this.users.clear();
          this.security.clear();
          this.nextUserId = 7;
          this.defaultsMade = false;
          this.securityDefaultsMade = false;
          break;
        case 'defaults':
          this.defaultsMade = true;
          break;
        case 'securityDefaults':
          this.securityDefaultsMade = true;
          break;
        case 'security':
          this.security.apply(op.change);
          if (op.change.op === 'group') this.nextUserId = Math.max(this.nextUserId, op.change.group.Id + 1);
          break;
        case 'list': {
          const meta: ListMeta = { ...op.list, fields: withFixedIds(op.list.fields) };
          const existing = this.lists.get(meta.Id);
          if (existing) existing.meta = { ...meta, nextItemId: Math.max(meta.nextItemId, existing.meta.nextItemId) };
          else this.lists.set(meta.Id, new ListState(meta));
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
    const everyone = [...this.users.values()].find((u) => u.LoginName === EVERYONE_LOGIN);
    if (everyone) this.security.everyoneId = everyone.Id;
    for (const l of this.lists.values()) {
      // Map insertion order must be ID order for paging; replay may have reordered nothing,
      // but an item re-put after update keeps its original slot, so this is already sorted.
      try {
        l.rebuildUnique();
      } catch {
        // duplicates can only come from a hand-edited journal; keep serving the data
      }
      l.rebuildPaths();
    }
  }

  private snapshot(): JournalOp[] {
    const ops: JournalOp[] = [];
    if (this.defaultsMade) ops.push({ op: 'defaults' });
    for (const u of this.users.values()) ops.push({ op: 'user', user: u });
    if (this.securityDefaultsMade) ops.push({ op: 'securityDefaults' });
    for (const change of this.security.snapshot()) ops.push({ op: 'security', change });
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
    this.security.clear();
    this.nextUserId = 7;
    this.journal.append({ op: 'reset' });
    this.makeDefaults(true);
    this.makeSecurityDefaults();
    this.releaseBlobs();
  }

  /** The next principal id: site users and groups share one sequence, as in SharePoint. */
  allocatePrincipalId(): number {
    return this.nextUserId++;
  }

  /**
   * What a new team site has: "Everyone except external users", and the groups Owners (Full Control, the
   * site's owners in it), Visitors (Read) and Members (Edit, with everyone in it) assigned on the web.
   */
  private makeSecurityDefaults(): void {
    const everyone = this.ensureEveryone();
    const name = this.sitePath.split('/').filter((s) => s !== '').pop() ?? 'Site';
    const title = name.charAt(0).toUpperCase() + name.slice(1);
    const made = (suffix: string, role: number, members: number[]): number => {
      const existing = this.security.groupByName(`${title} ${suffix}`);
      const id = existing?.Id ?? this.allocatePrincipalId();
      this.security.saveGroup({ Id: id, Title: `${title} ${suffix}`, Description: '', OwnerId: 0, OnlyAllowMembersViewMembership: false,
        AllowMembersEditMembership: false, members });
      this.security.addAssignment(WEB_SCOPE, id, role);
      return id;
    };
    const owners = made('Owners', ROLE.fullControl, this.owners.map((upn) => this.ensureUser(upn, false).Id));
    made('Visitors', ROLE.read, []);
    made('Members', ROLE.edit, [everyone.Id]);
    for (const g of this.security.groups.values()) if (g.OwnerId === 0) this.security.saveGroup({ ...g, OwnerId: owners });
    this.securityDefaultsMade = true;
    this.journal.append({ op: 'securityDefaults' });
  }

  /** The site user for "Everyone except external users" (a claim, not a person). */
  private ensureEveryone(): SiteUser {
    const found = [...this.users.values()].find((u) => u.LoginName === EVERYONE_LOGIN);
    const user = found ?? { Id: this.allocatePrincipalId(), LoginName: EVERYONE_LOGIN, Title: EVERYONE_TITLE, Email: '', UserPrincipalName: '',
      ObjectId: '', IsSiteAdmin: false, PrincipalType: 4 };
    if (!found) {
      this.users.set(user.Id, user);
      this.journal.append({ op: 'user', user });
    }
    this.security.everyoneId = user.Id;
    return user;
  }

  /** The caller as the permission model sees them. */
  principalOf(user: SiteUser): Principal {
    return { userId: user.Id, inDirectory: user.ObjectId !== '', isSiteAdmin: user.IsSiteAdmin };
  }

  /**
   * The scopes a list's or an item's permissions come from, most specific first. In a library a file or folder
   * inherits from the folder it is in (and that one from its own), as SharePoint's do: a folder with permissions of
   * its own governs everything below it that has none.
   */
  scopeChain(list?: ListState, itemId?: number): string[] {
    if (!list) return [WEB_SCOPE];
    if (itemId === undefined) return [listScope(list.meta.Id), WEB_SCOPE];
    return [itemScope(list.meta.Id, itemId), ...this.folderScopes(list, list.items.get(itemId)), listScope(list.meta.Id), WEB_SCOPE];
  }

  /** A library item's enclosing folders' scopes, innermost first (none for a list item or one at the library's root). */
  private folderScopes(list: ListState, item: ItemRecord | undefined): string[] {
    const dir = item?.doc?.dir;
    if (!dir) return [];
    const folders = new Map<string, number>();
    for (const other of list.items.values()) {
      if (other.doc?.kind === 'folder') folders.set((other.doc.dir ? `${other.doc.dir}/${other.doc.name}` : other.doc.name).toLowerCase(), other.id);
    }
    const parts = dir.split('/');
    const out: string[] = [];
    for (let depth = parts.length; depth > 0; depth--) {
      const id = folders.get(parts.slice(0, depth).join('/').toLowerCase());
      if (id !== undefined) out.push(itemScope(list.meta.Id, id));
    }
    return out;
  }

  /** The lists every new SharePoint site has: the document library "Documents" at Shared Documents. */
  private makeDefaults(journal: boolean): void {
    const taken = [...this.lists.values()].some((l) => l.meta.Title.toLowerCase() === 'documents' || l.meta.urlName.toLowerCase() === 'shared documents');
    if (!taken) {
      const docs = this.createList('Documents', '', DOCUMENT_LIBRARY, {}, 'Shared Documents');
      if (journal) this.saveList(docs);
    }
    this.defaultsMade = true;
    if (journal) this.journal.append({ op: 'defaults' });
  }

  // ------------------------------------------------------------------ file bytes

  /** Every blob a file version still refers to. */
  referencedBlobs(): Set<string> {
    const keep = new Set<string>();
    for (const l of this.lists.values()) {
      if (!l.isLibrary) continue;
      for (const it of l.items.values()) for (const v of it.doc?.versions ?? []) keep.add(v.hash);
    }
    return keep;
  }

  /**
   * Frees the bytes no file refers to any more. In memory at once; on disk only at the next start,
   * after the journal that no longer refers to them has been written (a crash in between must not
   * leave a journal pointing at deleted bytes).
   */
  releaseBlobs(): void {
    if (!this.blobs.persistent) this.blobs.retainOnly(this.referencedBlobs());
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

  /**
   * A new list with its built-in fields. The URL name comes from the title (a library lives at
   * `<site>/<title>`, a list at `<site>/Lists/<title>`); [unknown] when another list already has
   * that URL, SharePoint's exact choice is not known: the emulator appends 1, 2, … as for files.
   */
  createList(title: string, description: string, baseTemplate: number, extra: ListMeta['extra'], urlName: string = title): ListState {
    if (title.length > MAX_LIST_TITLE) throw Errors.titleTooLong();
    if (this.listByTitle(title)) throw Errors.listExists();
    const urlTaken = (u: string): boolean => [...this.lists.values()].some((l) => l.meta.urlName.toLowerCase() === u.toLowerCase());
    let url = urlName;
    for (let i = 1; urlTaken(url); i++) url = `${urlName}${i}`;
    const meta: ListMeta = {
      Id: newGuid(),
      Title: title,
      Description: description,
      BaseTemplate: baseTemplate,
      urlName: url,
      Created: isoSeconds(new Date()),
      version: 1,
      nextItemId: 1,
      fields: baseTemplate === DOCUMENT_LIBRARY ? libraryFields() : builtInFields(),
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
    this.security.forget(listScope(l.meta.Id));
    this.security.forget(`item:${l.meta.Id}`);
    for (const it of l.items.values()) if (it.doc) this.blobs.cancelSessionsOf(it.doc.uniqueId);
    this.releaseBlobs();
  }

  // ------------------------------------------------------------------ items

  saveItem(l: ListState, item: ItemRecord): void {
    this.journal.append({ op: 'item', listId: l.meta.Id, item });
  }

  deleteItem(l: ListState, item: ItemRecord): void {
    l.items.delete(item.id);
    l.indexItem(item, null);
    l.indexDoc(item, null);
    this.journal.append({ op: 'dropItem', listId: l.meta.Id, id: item.id });
    this.security.forget(itemScope(l.meta.Id, item.id));
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
