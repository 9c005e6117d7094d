/**
 * Builds a list item's response properties, honouring `$select` and `$expand`: the default
 * property set and order SharePoint returns (README §1), `<User>Id` / `<User>StringId` /
 * `<Lookup>Id` for person and lookup columns, and expanded user or lookup entities for
 * `$select=Responsible/EMail&$expand=Responsible`.
 *
 * Items of a document library answer as SharePoint's documents do: FileSystemObjectType 0 (file)
 * or 1 (folder), the Document or Folder content type, `OData__UIVersionString` from the file's
 * major version, `CheckoutUserId` and `OData__CopySource`, no `Attachments`; the file-system
 * fields (FileLeafRef, FileRef, FileDirRef, FSObjType, File_x0020_Size, UniqueId) only when
 * selected, as in SharePoint; and `$expand=File` / `$expand=Folder` nest the SP.File / SP.Folder.
 */
import { itemScope, wireMask } from '../store/security';
import { Ctx } from '../context';
import { Errors } from '../errors';
import { ComplexValue, Deferred, EntityMeta, NestedEntity, Props, PropValue } from '../odata/format';
import { DOC_FIELDS, entityPropertyName, isLookupType, isMultiType, isUserType } from '../store/fieldtypes';
import { contentTypeIdOf, docFieldValue, uiVersionString } from '../store/library';
import { FieldDef, ItemRecord, StoredValue } from '../store/model';
import { stableGuid } from '../store/naming';
import { ListState } from '../store/site';
import { fileMeta, fileProps, folderMeta, folderProps, pick } from './doc-shape';
import { findField, USER_PROPS, userProp } from './item-access';

type DocNav = 'File' | 'Folder';

export interface SelectPlan {
  /** null = the default property set */
  names: string[] | null;
  /** expanded navigation property → selected sub-properties ([] = default set) */
  expand: Map<string, { field: FieldDef; subs: string[] }>;
  /** Library items: `$expand=File` / `Folder` → selected sub-properties ([] = default set). */
  docs: Map<DocNav, string[]>;
}

function docNavName(list: ListState, name: string): DocNav | null {
  if (!list.isLibrary) return null;
  const l = name.toLowerCase();
  return l === 'file' ? 'File' : l === 'folder' ? 'Folder' : null;
}

function isNav(f: FieldDef): boolean {
  return isUserType(f.TypeAsString) || isLookupType(f.TypeAsString);
}

export function buildSelectPlan(list: ListState, select: string[] | null, expand: string[]): SelectPlan {
  const plan: SelectPlan = { names: null, expand: new Map(), docs: new Map() };
  for (const e of expand) {
    const nav = docNavName(list, e);
    if (nav) {
      plan.docs.set(nav, []);
      continue;
    }
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
      const docNav = docNavName(list, nav);
      if (docNav) {
        const subs = plan.docs.get(docNav);
        if (!subs) throw Errors.selectNeedsExpand(s, nav);
        subs.push(s.slice(slash + 1));
        if (!names.includes(docNav)) names.push(docNav);
        continue;
      }
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
  const plan: SelectPlan = { names, expand: new Map(), docs: new Map() };
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

const CUSTOM_SKIP = new Set(['ID', 'Title', 'Modified', 'Created', 'Author', 'Editor', 'GUID', 'Attachments', 'ContentTypeId', 'FileSystemObjectType', '_UIVersionString', ...DOC_FIELDS]);

/** `File` / `Folder` of a library item, nested; null when the item is the other kind. */
function docNavValue(ctx: Ctx, list: ListState, item: ItemRecord, nav: DocNav, subs: string[]): PropValue {
  const sel = subs.length > 0 ? subs : null;
  if (nav === 'File') {
    if (item.doc?.kind !== 'file') return null;
    const bag = fileProps(ctx, list, item);
    return new NestedEntity(fileMeta(ctx, list, item.doc), pick(bag.defaults, bag.extras, sel));
  }
  if (item.doc?.kind !== 'folder') return null;
  const bag = folderProps(ctx, { kind: 'doc', list, item });
  return new NestedEntity(folderMeta(ctx, { kind: 'doc', list, item }), pick(bag.defaults, bag.extras, sel));
}

function fsObjectType(item: ItemRecord): number {
  return item.doc?.kind === 'folder' ? 1 : 0;
}

/** One named property, or undefined if the item type has no such property. */
function namedProp(ctx: Ctx, list: ListState, item: ItemRecord, name: string, plan: SelectPlan): [string, PropValue] | undefined {
  const lower = name.toLowerCase();
  const docNav = docNavName(list, name);
  if (docNav) {
    const subs = plan.docs.get(docNav);
    return [docNav, subs ? docNavValue(ctx, list, item, docNav, subs) : new Deferred(`${ctx.webUrl}/_api/Web/Lists(guid'${list.meta.Id}')/Items(${item.id})/${docNav}`)];
  }
  if (list.isLibrary) {
    const docField = [...DOC_FIELDS].find((d) => d.toLowerCase() === lower);
    if (docField) return [docField, docFieldValue(ctx.sitePath, list, item, docField) ?? null];
    if (lower === 'checkoutuserid') return ['CheckoutUserId', null];
    if (lower === 'odata__copysource') return ['OData__CopySource', null];
  }
  switch (lower) {
    case 'id':
      return [name === 'ID' ? 'ID' : 'Id', item.id];
    case 'guid':
      return ['GUID', item.guid];
    case 'filesystemobjecttype':
      return ['FileSystemObjectType', fsObjectType(item)];
    case 'contenttypeid':
      return ['ContentTypeId', contentTypeIdOf(list, item)];
    case 'attachments':
      return ['Attachments', false];
    case 'odata__uiversionstring':
      return ['OData__UIVersionString', uiVersionString(item)];
    case 'serverredirectedembeduri':
      return ['ServerRedirectedEmbedUri', null];
    case 'serverredirectedembedurl':
      return ['ServerRedirectedEmbedUrl', ''];
    case 'complianceassetid':
      return ['ComplianceAssetId', null];
    case 'hasuniqueroleassignments':
      return ['HasUniqueRoleAssignments', ctx.site.security.hasUnique(itemScope(list.meta.Id, item.id))];
    case 'effectivebasepermissions': {
      const { High, Low } = wireMask(ctx.site.security.effectiveMask(ctx.site.principalOf(ctx.user), ctx.site.scopeChain(list, item.id)));
      return ['EffectiveBasePermissions', new ComplexValue('SP.BasePermissions', { High, Low })];
    }
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

/** The default property set of a library item (file or folder). */
function docDefaultProps(ctx: Ctx, list: ListState, item: ItemRecord, plan: SelectPlan): Props {
  const out: Props = {};
  const office = item.doc?.kind === 'file' && /\.(docx?|xlsx?|pptx?)$/i.test(item.doc.name);
  const embed = office ? `${ctx.webUrl}/_layouts/15/WopiFrame.aspx?sourcedoc={${item.doc?.uniqueId}}&action=interactivepreview` : null;
  out.FileSystemObjectType = fsObjectType(item);
  out.Id = item.id;
  out.ServerRedirectedEmbedUri = embed;
  out.ServerRedirectedEmbedUrl = embed ?? '';
  out.ContentTypeId = contentTypeIdOf(list, item);
  out.Title = storedToProp(item.values.Title);
  out.ComplianceAssetId = null;
  for (const f of list.meta.fields) {
    if (f.FromBaseType && CUSTOM_SKIP.has(f.InternalName)) continue;
    addFieldProps(out, f, item);
  }
  out.ID = item.id;
  out.Created = storedToProp(item.values.Created);
  out.AuthorId = idsOf(item.values.Author)[0] ?? null;
  out.Modified = storedToProp(item.values.Modified);
  out.EditorId = idsOf(item.values.Editor)[0] ?? null;
  out.OData__CopySource = null;
  out.CheckoutUserId = null;
  out.OData__UIVersionString = uiVersionString(item);
  out.GUID = item.guid;
  for (const [pn, ex] of plan.expand) out[pn] = navValue(ctx, list, item, ex.field, ex.subs);
  for (const [nav, subs] of plan.docs) out[nav] = docNavValue(ctx, list, item, nav, subs);
  return out;
}

/** The item's properties for a response. */
export function itemProps(ctx: Ctx, list: ListState, item: ItemRecord, plan: SelectPlan): Props {
  const out: Props = {};
  if (plan.names === null && list.isLibrary) return docDefaultProps(ctx, list, item, plan);
  if (plan.names === null) {
    out.FileSystemObjectType = 0;
    out.Id = item.id;
    out.ServerRedirectedEmbedUri = null;
    out.ServerRedirectedEmbedUrl = '';
    out.ContentTypeId = contentTypeIdOf(list, item);
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
