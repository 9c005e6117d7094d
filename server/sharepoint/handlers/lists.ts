/**
 * Lists: the collection (GET with query options, POST to add), one list by title or id (GET,
 * MERGE, DELETE), and the property bag SharePoint answers for `SP.List` (README §8 and the
 * recorded `batch-201-list-created-etag.txt`). Document libraries (BaseTemplate 101) answer with
 * BaseType 1, versioning on with MajorVersionLimit 500 (permissions-versions-files.md §3) and
 * their own entity names; `$expand=RootFolder` gives the root folder (`<site>/<UrlName>`).
 */
import { has } from './security';
import { Ctx, empty, json, metadataUrl } from '../context';
import { Errors } from '../errors';
import { ComplexValue, EntityMeta, Props, shapeCollection, shapeEntity } from '../odata/format';
import { listScope, wireMask } from '../store/security';
import { LIBRARY_VERSION_LIMIT } from '../store/library';
import { ListMeta } from '../store/model';
import { ListState, MAX_LIST_TITLE } from '../store/site';
import { EmuResponse, Json, JsonObject } from '../types';
import { jsonBody, withoutMetadata } from './body';
import { applyCollectionQuery, selectProps } from './collection';
import { checkIfMatch } from './etag';
import { rootFolderNested } from './doc-shape';

/** SP.List properties a client may set on add/update (anything else is a 400). */
const SETTABLE = new Set([
  'AllowContentTypes', 'BaseTemplate', 'ContentTypesEnabled', 'Description', 'Title', 'Hidden', 'EnableVersioning',
  'EnableAttachments', 'EnableFolderCreation', 'EnableMinorVersions', 'EnableModeration', 'MajorVersionLimit',
  'MajorWithMinorVersionsLimit', 'NoCrawl', 'OnQuickLaunch', 'DraftVersionVisibility', 'ForceCheckout', 'IrmEnabled',
  'DisableGridEditing', 'Direction', 'ImageUrl', 'ValidationFormula', 'ValidationMessage', 'DocumentTemplateType',
  'TemplateFeatureId', 'DefaultContentApprovalWorkflowId', 'ReadSecurity', 'WriteSecurity', 'DisableCommenting',
  'ExcludeFromOfflineClient', 'ListExperienceOptions', 'IsApplicationList', 'CrawlNonDefaultViews',
]);

export function listMeta(ctx: Ctx, l: ListState): EntityMeta {
  const editLink = `Web/Lists(guid'${l.meta.Id}')`;
  return { type: 'SP.List', id: `${ctx.webUrl}/_api/${editLink}`, uri: `${ctx.webUrl}/_api/${editLink}`, editLink, etag: l.meta.version };
}

export function listProps(ctx: Ctx, l: ListState): Props {
  const m = l.meta;
  // The newest change is a scan of the list: made only when the caller asks for it (or for everything).
  const select = (ctx.query.select ?? ['*']).map((s) => s.toLowerCase());
  const wantsModified = select.some((s) => s === '*' || s.startsWith('lastitem'));
  let lastModified = m.Created;
  if (wantsModified) {
    for (const it of l.items.values()) {
      const mod = it.values.Modified;
      if (typeof mod === 'string' && mod > lastModified) lastModified = mod;
    }
  }
  const lib = l.isLibrary;
  const p: Props = {
    AllowContentTypes: false,
    BaseTemplate: m.BaseTemplate,
    BaseType: m.BaseTemplate === 101 ? 1 : 0,
    ContentTypesEnabled: false,
    CrawlNonDefaultViews: false,
    Created: m.Created,
    DefaultContentApprovalWorkflowId: '00000000-0000-0000-0000-000000000000',
    DefaultItemOpenUseListSetting: false,
    Description: m.Description,
    Direction: 'none',
    DisableCommenting: false,
    DisableGridEditing: false,
    DocumentTemplateUrl: null,
    DraftVersionVisibility: 0,
    EnableAttachments: !lib,
    EnableFolderCreation: lib,
    EnableMinorVersions: false,
    EnableModeration: false,
    EnableRequestSignOff: true,
    EnableVersioning: true,
    EntityTypeName: l.entityTypeName,
    ExemptFromBlockDownloadOfNonViewableFiles: false,
    FileSavePostProcessingEnabled: false,
    ForceCheckout: false,
    HasExternalDataSource: false,
    Hidden: false,
    Id: m.Id,
    ImagePath: { DecodedUrl: lib ? '/_layouts/15/images/itdl.png?rev=47' : '/_layouts/15/images/itgen.png?rev=47' },
    ImageUrl: lib ? '/_layouts/15/images/itdl.png?rev=47' : '/_layouts/15/images/itgen.png?rev=47',
    IrmEnabled: false,
    IrmExpire: false,
    IrmReject: false,
    IsApplicationList: false,
    IsCatalog: false,
    IsPrivate: false,
    ItemCount: l.items.size,
    LastItemDeletedDate: m.Created,
    LastItemModifiedDate: lastModified,
    LastItemUserModifiedDate: lastModified,
    ListExperienceOptions: 0,
    ListItemEntityTypeFullName: l.itemType,
    MajorVersionLimit: lib ? LIBRARY_VERSION_LIMIT : 50,
    MajorWithMinorVersionsLimit: 0,
    MultipleDataList: false,
    NoCrawl: false,
    ParentWebPath: { DecodedUrl: ctx.sitePath },
    ParentWebUrl: ctx.sitePath,
    ParserDisabled: false,
    ServerTemplateCanCreateFolders: true,
    TemplateFeatureId: lib ? '00bfea71-e717-4e80-aa17-d0c71b360101' : '00bfea71-de22-43b2-a848-c05709900100',
    Title: m.Title,
  };
  for (const [k, v] of Object.entries(m.extra)) if (k in p || SETTABLE.has(k)) p[k] = v;
  // Not in the default payload: only when asked for by name (permissions-versions-files.md §1–2).
  const asked = new Set((ctx.query.select ?? []).map((s) => s.toLowerCase()));
  if (asked.has('readsecurity')) p.ReadSecurity = Number(m.extra.ReadSecurity ?? 1);
  if (asked.has('writesecurity')) p.WriteSecurity = Number(m.extra.WriteSecurity ?? 1);
  if (asked.has('hasuniqueroleassignments')) p.HasUniqueRoleAssignments = ctx.site.security.hasUnique(listScope(m.Id));
  if (asked.has('effectivebasepermissions')) {
    const { High, Low } = wireMask(ctx.site.security.effectiveMask(ctx.site.principalOf(ctx.user), ctx.site.scopeChain(l)));
    p.EffectiveBasePermissions = new ComplexValue('SP.BasePermissions', { High, Low });
  }
  return p;
}

/**
 * `$expand=RootFolder` (with `$select=RootFolder/ServerRelativeUrl`, PnPjs's usual way to find a
 * library's URL): the root folder as a nested entity, the other selected names as usual.
 */
function listPropsFor(ctx: Ctx, l: ListState): Props {
  const all = listProps(ctx, l);
  const expandRoot = ctx.query.expand.some((e) => e.toLowerCase() === 'rootfolder');
  const select = ctx.query.select;
  const subs = (select ?? []).filter((s) => s.toLowerCase().startsWith('rootfolder/')).map((s) => s.slice('rootfolder/'.length));
  if (subs.length > 0 && !expandRoot) throw Errors.selectNeedsExpand(`RootFolder/${subs[0]}`, 'RootFolder');
  const plain = select === null ? null : select.filter((s) => !s.toLowerCase().startsWith('rootfolder/') && s.toLowerCase() !== 'rootfolder');
  const props = plain !== null && plain.length === 0 ? {} : selectProps(all, plain);
  if (expandRoot) props.RootFolder = rootFolderNested(ctx, l, subs.length > 0 ? subs : null);
  return props;
}

function listResponse(ctx: Ctx, l: ListState, status: number, headers: Record<string, string> = {}): EmuResponse {
  const props = status === 201 ? listProps(ctx, l) : listPropsFor(ctx, l);
  const sel = ctx.query.params.find(([k]) => k.toLowerCase() === '$select');
  const body = shapeEntity(listMeta(ctx, l), props, ctx.level, metadataUrl(ctx, `SP.ApiData.Lists/@Element${sel ? `&$select=${sel[1]}` : ''}`));
  return json(ctx, status, body, { etag: `"${l.meta.version}"`, ...headers });
}

export function getLists(ctx: Ctx): EmuResponse {
  // Lists the caller may not read are left out, as SharePoint leaves them out.
  const rows = [...ctx.site.lists.values()].filter((l) => has(ctx, ctx.site.scopeChain(l), 'ViewListItems'))
    .map((l) => ({ meta: listMeta(ctx, l), props: listProps(ctx, l) }));
  const sel = ctx.query.params.find(([k]) => k.toLowerCase() === '$select');
  return json(ctx, 200, shapeCollection(applyCollectionQuery(ctx, rows), ctx.level, metadataUrl(ctx, `SP.ApiData.Lists${sel ? `&$select=${sel[1]}` : ''}`)));
}

function extraProps(body: JsonObject): ListMeta['extra'] {
  const extra: ListMeta['extra'] = {};
  for (const [k, v] of Object.entries(body)) {
    if (!SETTABLE.has(k)) throw Errors.propertyNotOnType(k, 'SP.List');
    if (k === 'Title' || k === 'Description' || k === 'BaseTemplate') continue;
    if (v === null || typeof v !== 'object') extra[k] = v;
  }
  return extra;
}

function str(v: Json | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function addList(ctx: Ctx): EmuResponse {
  const body = withoutMetadata(jsonBody(ctx.req.body));
  const title = str(body.Title);
  if (!title) throw Errors.badQuery('The list title is required.');
  const extra = extraProps(body);
  const l = ctx.site.createList(title, str(body.Description) ?? '', typeof body.BaseTemplate === 'number' ? body.BaseTemplate : 100, extra);
  ctx.site.saveList(l);
  return listResponse(ctx, l, 201, { location: `${ctx.webUrl}/_api/Web/Lists(guid'${l.meta.Id}')` });
}

export function getList(ctx: Ctx, l: ListState): EmuResponse {
  return listResponse(ctx, l, 200);
}

export function updateList(ctx: Ctx, l: ListState): EmuResponse {
  checkIfMatch(ctx.req.headers['if-match'] ?? '*', l.meta.version);
  const body = withoutMetadata(jsonBody(ctx.req.body));
  const extra = extraProps(body);
  const title = str(body.Title);
  if (title !== undefined && title.length > MAX_LIST_TITLE) throw Errors.titleTooLong();
  if (title !== undefined && title.toLowerCase() !== l.meta.Title.toLowerCase() && ctx.site.listByTitle(title)) throw Errors.listExists();
  if (title !== undefined) l.meta.Title = title;
  if (typeof body.Description === 'string') l.meta.Description = body.Description;
  Object.assign(l.meta.extra, extra);
  l.meta.version++;
  ctx.site.saveList(l);
  return empty(ctx, 204, { etag: `"${l.meta.version}"` });
}

export function deleteList(ctx: Ctx, l: ListState): EmuResponse {
  checkIfMatch(ctx.req.headers['if-match'] ?? '*', l.meta.version);
  ctx.site.deleteList(l);
  return empty(ctx, 200);
}
