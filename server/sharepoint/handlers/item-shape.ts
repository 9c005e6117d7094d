/**
 * Builds a list item's response properties, honouring `$select` and `$expand`: the default
 * property set and order SharePoint returns (README §1), `<User>Id` / `<User>StringId` /
 * `<Lookup>Id` for person and lookup columns, and expanded user or lookup entities for
 * `$select=Responsible/EMail&$expand=Responsible`.
 */
import { Ctx } from '../context';
import { Errors } from '../errors';
import { ComplexValue, Deferred, EntityMeta, NestedEntity, Props, PropValue } from '../odata/format';
import { entityPropertyName, isLookupType, isMultiType, isUserType } from '../store/fieldtypes';
import { FieldDef, ItemRecord, StoredValue } from '../store/model';
import { stableGuid } from '../store/naming';
import { ListState } from '../store/site';
import { findField, USER_PROPS, userProp } from './item-access';

export interface SelectPlan {
  /** null = the default property set */
  names: string[] | null;
  /** expanded navigation property → selected sub-properties ([] = default set) */
  expand: Map<string, { field: FieldDef; subs: string[] }>;
}

function isNav(f: FieldDef): boolean {
  return isUserType(f.TypeAsString) || isLookupType(f.TypeAsString);
}

export function buildSelectPlan(list: ListState, select: string[] | null, expand: string[]): SelectPlan {
  const plan: SelectPlan = { names: null, expand: new Map() };
  for (const e of expand) {
    const f = findField(list, e);
    if (!f || !isNav(f)) throw Errors.selectNotFound(e);
    plan.expand.set(entityPropertyName(f), { field: f, subs: [] });
  }
  if (select === null || select.includes('*')) return plan;
  const names: string[] = [];
  for (const s of select) {
    const slash = s.indexOf('/');
    if (slash >= 0) {
      const nav = s.slice(0, slash);
      const f = findField(list, nav);
      if (!f || !isNav(f)) throw Errors.selectNotFound(s);
      const ex = plan.expand.get(entityPropertyName(f));
      if (!ex) throw Errors.selectNeedsExpand(s, nav);
      ex.subs.push(s.slice(slash + 1));
      if (!names.includes(entityPropertyName(f))) names.push(entityPropertyName(f));
      continue;
    }
    names.push(s);
  }
  plan.names = names;
  return plan;
}

export function itemMeta(ctx: Ctx, list: ListState, item: ItemRecord): EntityMeta {
  const editLink = `Web/Lists(guid'${list.meta.Id}')/Items(${item.id})`;
  return { type: list.itemType, id: item.guid, uri: `${ctx.webUrl}/_api/${editLink}`, editLink, etag: item.version };
}

function storedToProp(v: StoredValue | undefined): PropValue {
  if (v === undefined) return null;
  if (Array.isArray(v)) return [...v];
  if (v !== null && typeof v === 'object') return new ComplexValue('SP.FieldUrlValue', { Description: v.Description, Url: v.Url });
  return v;
}

function idsOf(v: StoredValue | undefined): number[] {
  if (Array.isArray(v)) return v.filter((x): x is number => typeof x === 'number');
  return typeof v === 'number' ? [v] : [];
}

function expandUser(ctx: Ctx, id: number, subs: string[]): NestedEntity | null {
  const u = ctx.site.userById(id);
  if (!u) return null;
  const props: Props = {};
  for (const s of subs.length > 0 ? subs : USER_PROPS) {
    const v = userProp(ctx.site, u, s);
    if (v === undefined) throw Errors.selectNotFound(s);
    const canonical = USER_PROPS.find((p) => p.toLowerCase() === s.toLowerCase()) ?? s;
    props[canonical] = v;
    if (canonical === 'Id' && subs.length === 0) props.ID = v;
  }
  const meta: EntityMeta = {
    type: 'SP.Data.UserInfoItem',
    id: stableGuid(`user:${u.Id}`),
    uri: `${ctx.webUrl}/_api/Web/SiteUserInfoList/Items(${u.Id})`,
  };
  return new NestedEntity(meta, props);
}

function expandLookup(ctx: Ctx, f: FieldDef, id: number, subs: string[]): NestedEntity | null {
  const target = f.LookupList ? ctx.site.listById(f.LookupList) : undefined;
  const item = target?.items.get(id);
  if (!target || !item) return null;
  const names = subs.length > 0 ? subs : ['Id', f.LookupField ?? 'Title'];
  const plan: SelectPlan = { names, expand: new Map() };
  const full = itemProps(ctx, target, item, plan);
  const meta: EntityMeta = { type: target.itemType, id: item.guid, uri: `${ctx.webUrl}/_api/Web/Lists(guid'${target.meta.Id}')/Items(${item.id})` };
  return new NestedEntity(meta, full);
}

function navValue(ctx: Ctx, list: ListState, item: ItemRecord, f: FieldDef, subs: string[]): PropValue {
  const ids = idsOf(item.values[f.InternalName]);
  const one = (id: number): NestedEntity | null => (isUserType(f.TypeAsString) ? expandUser(ctx, id, subs) : expandLookup(ctx, f, id, subs));
  if (isMultiType(f.TypeAsString)) return ids.map(one).filter((x): x is NestedEntity => x !== null);
  return ids.length > 0 ? one(ids[0]) : null;
}

/** Properties for one field in the default set (person/lookup as `<Name>Id`). */
function addFieldProps(out: Props, f: FieldDef, item: ItemRecord): void {
  const name = entityPropertyName(f);
  const v = item.values[f.InternalName];
  if (isUserType(f.TypeAsString)) {
    const ids = idsOf(v);
    if (isMultiType(f.TypeAsString)) {
      out[`${name}Id`] = ids;
      out[`${name}StringId`] = ids.map(String);
    } else {
      out[`${name}Id`] = ids[0] ?? null;
      out[`${name}StringId`] = ids.length > 0 ? String(ids[0]) : null;
    }
  } else if (isLookupType(f.TypeAsString)) {
    const ids = idsOf(v);
    out[`${name}Id`] = isMultiType(f.TypeAsString) ? ids : (ids[0] ?? null);
  } else out[name] = storedToProp(v);
}

const CUSTOM_SKIP = new Set(['ID', 'Title', 'Modified', 'Created', 'Author', 'Editor', 'GUID', 'Attachments', 'ContentTypeId', 'FileSystemObjectType', '_UIVersionString']);

/** One named property, or undefined if the item type has no such property. */
function namedProp(ctx: Ctx, list: ListState, item: ItemRecord, name: string, plan: SelectPlan): [string, PropValue] | undefined {
  const lower = name.toLowerCase();
  switch (lower) {
    case 'id':
      return [name === 'ID' ? 'ID' : 'Id', item.id];
    case 'guid':
      return ['GUID', item.guid];
    case 'filesystemobjecttype':
      return ['FileSystemObjectType', 0];
    case 'contenttypeid':
      return ['ContentTypeId', contentTypeId(list)];
    case 'attachments':
      return ['Attachments', false];
    case 'odata__uiversionstring':
      return ['OData__UIVersionString', `${item.version}.0`];
    case 'serverredirectedembeduri':
      return ['ServerRedirectedEmbedUri', null];
    case 'serverredirectedembedurl':
      return ['ServerRedirectedEmbedUrl', ''];
    case 'complianceassetid':
      return ['ComplianceAssetId', null];
  }
  const f = findField(list, name);
  if (f) {
    const pn = entityPropertyName(f);
    if (isNav(f)) {
      const ex = plan.expand.get(pn);
      if (ex) return [pn, navValue(ctx, list, item, f, ex.subs)];
      return [pn, new Deferred(`${ctx.webUrl}/_api/Web/Lists(guid'${list.meta.Id}')/Items(${item.id})/${pn}`)];
    }
    return [pn, storedToProp(item.values[f.InternalName])];
  }
  const idMatch = /^(.*?)(String)?Id$/i.exec(name);
  if (idMatch) {
    const nf = findField(list, idMatch[1]);
    if (nf && isNav(nf)) {
      const tmp: Props = {};
      addFieldProps(tmp, nf, item);
      const key = Object.keys(tmp).find((k) => k.toLowerCase() === lower);
      if (key) return [key, tmp[key]];
    }
  }
  return undefined;
}

function contentTypeId(list: ListState): string {
  return `0x0100${list.meta.Id.replace(/-/g, '').toUpperCase()}`;
}

/** The item's properties for a response. */
export function itemProps(ctx: Ctx, list: ListState, item: ItemRecord, plan: SelectPlan): Props {
  const out: Props = {};
  if (plan.names === null) {
    out.FileSystemObjectType = 0;
    out.Id = item.id;
    out.ServerRedirectedEmbedUri = null;
    out.ServerRedirectedEmbedUrl = '';
    out.ContentTypeId = contentTypeId(list);
    out.Title = storedToProp(item.values.Title);
    out.ComplianceAssetId = null;
    for (const f of list.meta.fields) {
      if (f.FromBaseType && CUSTOM_SKIP.has(f.InternalName)) continue;
      addFieldProps(out, f, item);
    }
    out.ID = item.id;
    out.Modified = storedToProp(item.values.Modified);
    out.Created = storedToProp(item.values.Created);
    out.AuthorId = idsOf(item.values.Author)[0] ?? null;
    out.EditorId = idsOf(item.values.Editor)[0] ?? null;
    out.OData__UIVersionString = `${item.version}.0`;
    out.Attachments = false;
    out.GUID = item.guid;
    for (const [pn, ex] of plan.expand) out[pn] = navValue(ctx, list, item, ex.field, ex.subs);
    return out;
  }
  for (const name of plan.names) {
    const hit = namedProp(ctx, list, item, name, plan);
    if (!hit) throw Errors.selectNotFound(name);
    out[hit[0]] = hit[1];
  }
  return out;
}
