/**
 * List items: query (`$select`, `$filter`, `$orderby`, `$top`, `$expand`, `$skiptoken` paging
 * with `odata.nextLink`), get by id, add, MERGE with ETag checks, DELETE and recycle.
 *
 * In a document library the items are its files and folders: they are added through the files
 * API (`items.add` is refused as SharePoint refuses it), a MERGE of a file's item is a new major
 * version of the file and may rename it (FileLeafRef), and deleting the item deletes the file or
 * the folder with its contents.
 */
import { itemVisibility } from './security';
import { Ctx, empty, json, metadataUrl } from '../context';
import { Errors } from '../errors';
import { Accessor, compareValues, compileFilter, Compiled, EqualityLookup, indexedCandidates, indexedMatches, isoSeconds, parseFilter, Scalar } from '../odata/filter';
import { shapeCollection, shapeEntity, shapePrimitive } from '../odata/format';
import { nextLinkQuery, parseSkiptoken } from '../odata/query';
import { deleteDoc, metadataVersion, renameDoc } from '../store/library';
import { ItemRecord, StoredValue } from '../store/model';
import { newGuid } from '../store/naming';
import { ListState } from '../store/site';
import { defaultValues, valuesFromBody } from '../store/values';
import { checkThreshold, checkTop } from '../threshold';
import { EmuResponse } from '../types';
import { jsonBody } from './body';
import { checkIfMatch } from './etag';
import { itemResolver } from './item-access';
import { buildSelectPlan, itemMeta, itemProps } from './item-shape';

interface OrderKey {
  name: string;
  desc: boolean;
  acc: Accessor<ItemRecord>;
}

function selectSuffix(ctx: Ctx): string {
  const sel = ctx.query.params.find(([k]) => k.toLowerCase() === '$select');
  return sel ? `&$select=${sel[1]}` : '';
}

function comparator(keys: OrderKey[]): (a: ItemRecord, b: ItemRecord) => number {
  return (a, b) => {
    for (const k of keys) {
      const c = compareValues(k.acc.get(a), k.acc.get(b), k.acc.kind);
      if (c !== 0) return k.desc ? -c : c;
    }
    return a.id - b.id;
  };
}

function tokenValue(v: Scalar | Scalar[]): string {
  const s = Array.isArray(v) ? (v[0] ?? null) : v;
  return s === null ? '' : String(s);
}

function parseTokenValue(raw: string, acc: Accessor<ItemRecord>): Scalar {
  if (raw === '') return null;
  switch (acc.kind) {
    case 'number':
      return Number(raw);
    case 'boolean':
      return /^(1|true)$/i.test(raw);
    case 'date':
      return isoSeconds(new Date(raw));
    default:
      return raw;
  }
}

/** Keeps the rows after the position a `$skiptoken` points at. */
function applySkiptoken(rows: ItemRecord[], token: string, keys: OrderKey[]): ItemRecord[] {
  const t = parseSkiptoken(token);
  const pid = Number(t.get('ID') ?? '0');
  if (keys.length === 0) return rows.filter((r) => r.id > pid);
  const tokenVals = keys.map((k) => parseTokenValue(t.get(k.name) ?? '', k.acc));
  const after = (r: ItemRecord): boolean => {
    for (let i = 0; i < keys.length; i++) {
      const c = compareValues(keys[i].acc.get(r), tokenVals[i], keys[i].acc.kind);
      if (c !== 0) return (keys[i].desc ? -c : c) > 0;
    }
    return r.id > pid;
  };
  const start = rows.findIndex(after);
  return start < 0 ? [] : rows.slice(start);
}

export function queryItems(ctx: Ctx, list: ListState): EmuResponse {
  const q = ctx.query;
  const top = q.top ?? 100;
  checkTop(top);
  const plan = buildSelectPlan(list, q.select, q.expand);
  const resolve = itemResolver(list, ctx.site);
  const filter: Compiled<ItemRecord> | null = q.filter ? compileFilter(parseFilter(q.filter), resolve) : null;
  const keys: OrderKey[] = q.orderby
    .filter((o) => !(o.field.toLowerCase() === 'id' && !o.desc && q.orderby.length === 1))
    .map((o) => ({ name: o.field, desc: o.desc, acc: resolve(o.field) }));
  // Equalities on indexed columns are looked up, as SharePoint's indexes do; everything else is scanned.
  const lookup: EqualityLookup<ItemRecord> = (acc, literal) =>
    (acc.column ? list.equalityIndex(acc.column, acc.kind, acc.get).get(literal) ?? [] : null);
  checkThreshold(list.items.size, { [Symbol.iterator]: () => list.items.values() }, filter, keys.map((k) => ({ name: k.name, indexed: k.acc.indexed })),
    (leaf) => indexedMatches(leaf, lookup)?.length ?? null);

  let rows: ItemRecord[] = [];
  const candidates = filter ? indexedCandidates(filter, lookup, (it) => it.id) : null;
  // Items the caller may not see are left out, as SharePoint trims a query to what the caller may read.
  const visible = itemVisibility(ctx, list);
  for (const it of candidates ?? list.items.values()) if ((!filter || filter.test(it)) && visible(it)) rows.push(it);
  if (keys.length > 0) rows.sort(comparator(keys));
  if (q.skiptoken) rows = applySkiptoken(rows, q.skiptoken, keys);

  const page = rows.slice(0, top);
  let nextLink: string | undefined;
  if (rows.length > top && page.length > 0) {
    const last = page[page.length - 1];
    const parts = ['Paged=TRUE'];
    for (const k of keys) if (k.name.toLowerCase() !== 'id') parts.push(`p_${k.name}=${encodeURIComponent(tokenValue(k.acc.get(last)))}`);
    parts.push(`p_ID=${last.id}`);
    const path = `${ctx.sitePath}/_api/${ctx.req.apiPath}`.replace(/'/g, '%27');
    nextLink = ctx.req.origin + path + nextLinkQuery(q.params, parts.join('&'));
  }
  const rowsOut = page.map((it) => ({ meta: itemMeta(ctx, list, it), props: itemProps(ctx, list, it, plan) }));
  return json(ctx, 200, shapeCollection(rowsOut, ctx.level, metadataUrl(ctx, `SP.ListData.${list.itemSetName}${selectSuffix(ctx)}`), nextLink));
}

export function getItemRecord(list: ListState, id: number): ItemRecord {
  const it = list.items.get(id);
  if (!it) throw Errors.itemNotFound();
  return it;
}

function itemResponse(ctx: Ctx, list: ListState, it: ItemRecord, status: number, headers: Record<string, string> = {}): EmuResponse {
  const plan = status === 201 ? buildSelectPlan(list, null, []) : buildSelectPlan(list, ctx.query.select, ctx.query.expand);
  const body = shapeEntity(
    itemMeta(ctx, list, it),
    itemProps(ctx, list, it, plan),
    ctx.level,
    metadataUrl(ctx, `SP.ListData.${list.itemSetName}/@Element${status === 201 ? '' : selectSuffix(ctx)}`),
  );
  return json(ctx, status, body, { etag: `"${it.version}"`, ...headers });
}

export function getItem(ctx: Ctx, list: ListState, id: number): EmuResponse {
  return itemResponse(ctx, list, getItemRecord(list, id), 200);
}

export function addItem(ctx: Ctx, list: ListState): EmuResponse {
  if (list.isLibrary) throw Errors.libraryItemAdd();
  const values: Record<string, StoredValue> = { Title: null, ...defaultValues(list, ctx.site), ...valuesFromBody(list, jsonBody(ctx.req.body), ctx.site) };
  list.checkUnique(values, null);
  const now = isoSeconds(new Date());
  const item: ItemRecord = {
    id: list.meta.nextItemId++,
    version: 1,
    guid: newGuid(),
    // Who created an item, and when, is SharePoint's to say: a value the client sends for these is not taken.
    values: { ...values, Created: now, Modified: now, Author: ctx.user.Id, Editor: ctx.user.Id },
  };
  list.items.set(item.id, item);
  list.indexItem(null, item);
  ctx.site.saveItem(list, item);
  const location = `${ctx.webUrl}/_api/Web/Lists(guid'${list.meta.Id}')/Items(${item.id})`;
  return itemResponse(ctx, list, item, 201, { location });
}

export function updateItem(ctx: Ctx, list: ListState, id: number): EmuResponse {
  const old = getItemRecord(list, id);
  checkIfMatch(ctx.req.headers['if-match'], old.version);
  const { FileLeafRef: newName, ...body } = jsonBody(ctx.req.body);
  if (newName !== undefined && !old.doc) throw Errors.propertyNotOnType('FileLeafRef', list.itemType);
  const changes = valuesFromBody(list, body, ctx.site);
  list.checkUnique(changes, old.id);
  const now = isoSeconds(new Date());
  let doc = old.doc;
  if (doc && newName !== undefined) {
    if (typeof newName !== 'string') throw Errors.cannotConvert('Edm.String');
    doc = renameDoc(ctx.site, list, old, newName);
  }
  if (doc) doc = metadataVersion(list, { ...old, doc }, ctx.user.Id, now);
  const next: ItemRecord = {
    ...old,
    ...(list.isLibrary ? {} : { history: keptHistory(list, old) }),
    version: old.version + 1,
    values: { ...old.values, ...changes, Created: old.values.Created ?? null, Author: old.values.Author ?? null, Modified: now, Editor: ctx.user.Id },
    ...(doc ? { doc } : {}),
  };
  list.items.set(id, next);
  list.indexItem(old, next);
  list.indexDoc(old, next);
  ctx.site.saveItem(list, next);
  return empty(ctx, 204, { etag: `"${next.version}"` });
}

/**
 * A list keeps its items' earlier versions while versioning is on (the default for a list made over REST, with
 * MajorVersionLimit 50, permissions-versions-files.md §3): the version being replaced joins the history, and the
 * oldest go once the limit is reached.
 */
function keptHistory(list: ListState, old: ItemRecord): ItemRecord['history'] {
  if (list.meta.extra.EnableVersioning === false) return undefined;
  const limit = Math.max(1, Number(list.meta.extra.MajorVersionLimit ?? 50) || 50);
  return [...(old.history ?? []), { version: old.version, values: old.values }].slice(-(limit - 1));
}

export function deleteItem(ctx: Ctx, list: ListState, id: number): EmuResponse {
  const old = getItemRecord(list, id);
  checkIfMatch(ctx.req.headers['if-match'], old.version);
  if (old.doc) deleteDoc(ctx.site, list, old);
  else ctx.site.deleteItem(list, old);
  return empty(ctx, 200);
}

export function recycleItem(ctx: Ctx, list: ListState, id: number): EmuResponse {
  const old = getItemRecord(list, id);
  if (old.doc) deleteDoc(ctx.site, list, old);
  else ctx.site.deleteItem(list, old);
  return json(ctx, 200, shapePrimitive('Recycle', newGuid(), ctx.level, metadataUrl(ctx, 'Edm.Guid')));
}
