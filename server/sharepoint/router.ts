/**
 * Routes one `_api` request (direct or from inside a `$batch`) to its handler, matching path
 * segments case-insensitively as SharePoint does, and turns `SpError`s into SharePoint error
 * bodies in the flavour the client accepts. `@alias` arguments are resolved from the query string
 * first (alias.ts).
 */
import { resolveAliases } from './alias';
import { runBatch } from './batch';
import { Ctx, json, makeCtx } from './context';
import { Errors, SpError } from './errors';
import { contentTypeFor, metadataLevel, shapeError } from './odata/format';
import { Segment, parsePath } from './path';
import { Site } from './store/site';
import { EmuRequest, EmuResponse, retarget } from './types';
import * as fields from './handlers/fields';
import { FolderRef } from './handlers/doc-shape';
import { fileRoute, resolveFile } from './handlers/files';
import { folderById, folderRoute, resolveFolder, webFoldersRoute } from './handlers/folders';
import * as items from './handlers/items';
import * as lists from './handlers/lists';
import { peoplePickerSearch } from './handlers/people-picker';
import * as users from './handlers/users';
import { contextInfo, getWeb } from './handlers/web';
import { versionsRoute } from './handlers/versions';
import {
  canSeeItem, demand, demandItemAdd, demandItemWrite, demandListVisible, roleDefinitionsRoute, securableRoute, Securable, siteGroupsRoute
} from './handlers/security';
import { ItemRecord } from './store/model';
import { itemScope, WEB_SCOPE } from './store/security';
import { findByUniqueId } from './store/library';
import { FieldDef } from './store/model';
import { ListState } from './store/site';

export interface RouterEnv {
  site: Site;
  sitePath: string;
}

const PEOPLE_PICKER_SEARCH = 'sp.ui.applicationpages.clientpeoplepickerwebserviceinterface.clientpeoplepickersearchuser';

function is(seg: Segment | undefined, name: string, withArgs?: boolean): boolean {
  if (!seg || seg.name !== name) return false;
  if (withArgs === undefined) return true;
  return withArgs ? seg.args !== null : seg.args === null;
}

function arg(seg: Segment): string {
  return seg.args?.[0] ?? '';
}

function intArg(seg: Segment): number {
  const n = Number(arg(seg));
  if (!Number.isInteger(n)) throw Errors.badPath(`${seg.name}(${arg(seg)})`);
  return n;
}

function fail(): never {
  throw Errors.methodNotAllowed();
}

/** A list (or library) as a securable object: its scope chain, edit link and its items' scopes. */
function listSecurable(ctx: Ctx, list: ListState): Securable {
  return { chain: ctx.site.scopeChain(list), base: `Web/Lists(guid'${list.meta.Id}')`,
    children: () => [...list.items.keys()].map((id) => itemScope(list.meta.Id, id)) };
}

/** Who may use a library's files and folders: read with the list's ViewListItems (and the item's, when named), write with Add and Edit. */
function demandDocAccess(ctx: Ctx, list: ListState, item?: ItemRecord): void {
  demandListVisible(ctx, list);
  if (item && !canSeeItem(ctx, list, item)) throw Errors.fileNotFound(ctx.req.apiPath);
  if (ctx.req.method !== 'GET') demand(ctx, ctx.site.scopeChain(list, item?.id), 'AddListItems', 'EditListItems');
}

function itemRoute(ctx: Ctx, list: ListState, id: number, rest: Segment[]): ReturnType<typeof items.getItem> {
  const m = ctx.req.method;
  demandListVisible(ctx, list);
  const record = items.getItemRecord(list, id);
  // An item the caller may not see answers as an item that does not exist.
  if (!canSeeItem(ctx, list, record)) throw Errors.itemNotFound();
  if (rest.length === 0) {
    if (m === 'GET') return items.getItem(ctx, list, id);
    if (m === 'MERGE' || m === 'PATCH' || m === 'PUT') {
      demandItemWrite(ctx, list, record, 'EditListItems');
      return items.updateItem(ctx, list, id);
    }
    if (m === 'DELETE') {
      demandItemWrite(ctx, list, record, 'DeleteListItems');
      return items.deleteItem(ctx, list, id);
    }
    fail();
  }
  const secured = securableRoute(ctx, { chain: ctx.site.scopeChain(list, id), base: `Web/Lists(guid'${list.meta.Id}')/Items(${id})`, children: () => [] }, rest);
  if (secured) return secured;
  if (is(rest[0], 'versions')) return versionsRoute(ctx, list, record, rest[0], rest.slice(1));
  if (rest.length === 1 && is(rest[0], 'recycle') && m === 'POST') {
    demandItemWrite(ctx, list, record, 'DeleteListItems');
    return items.recycleItem(ctx, list, id);
  }
  if (is(rest[0], 'file', false)) {
    const item = items.getItemRecord(list, id);
    if (item.doc?.kind !== 'file') throw Errors.folderNotFound(); // [unknown] SPO's answer for a folder's or list item's File
    demandDocAccess(ctx, list, item);
    return fileRoute(ctx, { list, item }, rest.slice(1));
  }
  if (is(rest[0], 'folder', false)) {
    const item = items.getItemRecord(list, id);
    if (item.doc?.kind !== 'folder') {
      if (rest.length === 1 && m === 'GET') return json(ctx, 200, { 'odata.null': true }); // [unknown] as for a root folder's item
      throw Errors.folderNotFound();
    }
    demandDocAccess(ctx, list, item);
    return folderRoute(ctx, { kind: 'doc', list, item }, rest.slice(1));
  }
  throw Errors.badPath(ctx.req.apiPath);
}

function fieldRoute(ctx: Ctx, list: ListState, f: FieldDef, rest: Segment[]): EmuResponse {
  const m = ctx.req.method;
  if (rest.length === 0) {
    if (m === 'GET') return fields.getField(ctx, list, f);
    if (m === 'MERGE' || m === 'PATCH') return fields.updateField(ctx, list, f);
    if (m === 'DELETE') return fields.deleteField(ctx, list, f);
    fail();
  }
  if (rest.length === 1 && /^setshowin(display|edit|new)form$/.test(rest[0].name) && m === 'POST') {
    return json(ctx, 200, { 'odata.null': true });
  }
  throw Errors.badPath(ctx.req.apiPath);
}

function listRoute(ctx: Ctx, list: ListState, rest: Segment[]): EmuResponse {
  const m = ctx.req.method;
  const [s0, s1, ...more] = rest;
  demandListVisible(ctx, list);
  if (!s0) {
    if (m === 'GET') return lists.getList(ctx, list);
    demand(ctx, ctx.site.scopeChain(list), 'ManageLists');
    if (m === 'MERGE' || m === 'PATCH') return lists.updateList(ctx, list);
    if (m === 'DELETE') return lists.deleteList(ctx, list);
    fail();
  }
  const secured = securableRoute(ctx, listSecurable(ctx, list), rest);
  if (secured) return secured;
  if (is(s0, 'items', false)) {
    if (!s1) {
      if (m === 'GET') return items.queryItems(ctx, list);
      if (m === 'POST') {
        demandItemAdd(ctx, list);
        return items.addItem(ctx, list);
      }
      fail();
    }
    if (is(s1, 'getbyid', true)) return itemRoute(ctx, list, intArg(s1), more);
    throw Errors.badPath(ctx.req.apiPath);
  }
  if (is(s0, 'items', true)) return itemRoute(ctx, list, intArg(s0), rest.slice(1));
  if (is(s0, 'getitembyid', true)) return itemRoute(ctx, list, intArg(s0), rest.slice(1));
  if (is(s0, 'fields') && m !== 'GET') demand(ctx, ctx.site.scopeChain(list), 'ManageLists');
  if (is(s0, 'fields', false)) {
    if (!s1) {
      if (m === 'GET') return fields.getFields(ctx, list);
      if (m === 'POST') return fields.addField(ctx, list);
      fail();
    }
    if (is(s1, 'addfield') && m === 'POST') return fields.addFieldByParameters(ctx, list);
    if (is(s1, 'createfieldasxml') && m === 'POST') return fields.createFieldAsXml(ctx, list);
    if (is(s1, 'getbyinternalnameortitle', true)) return fieldRoute(ctx, list, fields.findFieldByKey(list, 'nameOrTitle', arg(s1)), more);
    if (is(s1, 'getbytitle', true)) return fieldRoute(ctx, list, fields.findFieldByKey(list, 'title', arg(s1)), more);
    if (is(s1, 'getbyid', true)) return fieldRoute(ctx, list, fields.findFieldByKey(list, 'id', arg(s1)), more);
    throw Errors.badPath(ctx.req.apiPath);
  }
  if (is(s0, 'fields', true)) return fieldRoute(ctx, list, fields.findFieldByKey(list, 'id', arg(s0)), rest.slice(1));
  if (is(s0, 'rootfolder', false)) {
    demandDocAccess(ctx, list);
    return folderRoute(ctx, { kind: 'root', list }, rest.slice(1));
  }
  throw Errors.badPath(ctx.req.apiPath);
}

/** `decodedUrl='…'` of a `…ByServerRelativePath`, or the plain argument of a `…ByServerRelativeUrl`. */
function urlArg(seg: Segment): string {
  return seg.named.decodedurl ?? seg.named.serverrelativeurl ?? arg(seg);
}

function folderBy(ctx: Ctx, seg: Segment): FolderRef | null {
  if (is(seg, 'getfolderbyserverrelativepath', true) || is(seg, 'getfolderbyserverrelativeurl', true)) return resolveFolder(ctx, urlArg(seg));
  if (is(seg, 'getfolderbyid', true)) return folderById(ctx, arg(seg));
  return null;
}

function fileBy(ctx: Ctx, seg: Segment, rest: Segment[]): EmuResponse | null {
  if (is(seg, 'getfilebyserverrelativepath', true) || is(seg, 'getfilebyserverrelativeurl', true)) {
    const target = resolveFile(ctx, urlArg(seg));
    demandDocAccess(ctx, target.list, target.item);
    return fileRoute(ctx, target, rest);
  }
  if (is(seg, 'getfilebyid', true)) {
    const hit = findByUniqueId(ctx.site, arg(seg));
    // [unknown] SPO's text for an unknown id; the missing-file 404 with the id in place of a path
    if (!hit || hit.item.doc?.kind !== 'file') throw Errors.fileNotFound(arg(seg));
    demandDocAccess(ctx, hit.list, hit.item);
    return fileRoute(ctx, { list: hit.list, item: hit.item }, rest);
  }
  return null;
}

function listByUrl(ctx: Ctx, url: string): ListState {
  const last = decodeURIComponent(url.replace(/\/+$/, '').split('/').pop() ?? '').toLowerCase();
  for (const l of ctx.site.lists.values()) {
    if (l.meta.urlName.toLowerCase() === last || l.entityName.toLowerCase() === last) return l;
  }
  throw Errors.listIdNotFound();
}

function webRoute(ctx: Ctx, rest: Segment[]): EmuResponse {
  const m = ctx.req.method;
  const [s0, s1, ...more] = rest;
  if (!s0) {
    if (m === 'GET') return getWeb(ctx);
    fail();
  }
  const secured = securableRoute(ctx, { chain: [WEB_SCOPE], base: 'Web', children: () => [] }, rest);
  if (secured) return secured;
  if (is(s0, 'roledefinitions')) return roleDefinitionsRoute(ctx, s0, rest.slice(1));
  if (is(s0, 'sitegroups') || is(s0, 'associatedownergroup') || is(s0, 'associatedmembergroup') || is(s0, 'associatedvisitorgroup')) {
    return siteGroupsRoute(ctx, s0, rest.slice(1));
  }
  if (is(s0, 'currentuser')) {
    if (m !== 'GET') fail();
    return users.currentUser(ctx);
  }
  if (is(s0, 'ensureuser')) {
    if (m !== 'POST') fail();
    return users.ensureUser(ctx);
  }
  if (is(s0, 'getuserbyid', true)) return users.userById(ctx, intArg(s0));
  if (is(s0, 'siteusers')) {
    if (s0.args !== null) {
      // siteUsers(@v)?@v='i:0#.f|membership|…' arrives here with the alias resolved
      const a = arg(s0);
      return /^\d+$/.test(a.trim()) ? users.userById(ctx, intArg(s0)) : users.userByLogin(ctx, a);
    }
    if (!s1) return users.siteUsers(ctx);
    if (is(s1, 'getbyemail', true)) return users.userByEmail(ctx, arg(s1));
    if (is(s1, 'getbyid', true)) return users.userById(ctx, intArg(s1));
    if (is(s1, 'getbyloginname', true)) return users.userByLogin(ctx, arg(s1));
    throw Errors.badPath(ctx.req.apiPath);
  }
  if (is(s0, 'lists', false)) {
    if (!s1) {
      if (m === 'GET') return lists.getLists(ctx);
      if (m === 'POST') {
        demand(ctx, [WEB_SCOPE], 'ManageLists');
        return lists.addList(ctx);
      }
      fail();
    }
    if (is(s1, 'getbytitle', true)) {
      const title = arg(s1);
      const l = ctx.site.listByTitle(title);
      if (!l) throw Errors.listNotFound(title, ctx.webUrl);
      return listRoute(ctx, l, more);
    }
    if (is(s1, 'getbyid', true)) {
      const l = ctx.site.listById(arg(s1));
      if (!l) throw Errors.listIdNotFound();
      return listRoute(ctx, l, more);
    }
    throw Errors.badPath(ctx.req.apiPath);
  }
  if (is(s0, 'lists', true)) {
    const l = ctx.site.listById(arg(s0));
    if (!l) throw Errors.listIdNotFound();
    return listRoute(ctx, l, rest.slice(1));
  }
  if (is(s0, 'getlist', true)) return listRoute(ctx, listByUrl(ctx, arg(s0)), rest.slice(1));
  const folder = folderBy(ctx, s0);
  if (folder) {
    demandDocAccess(ctx, folder.list, folder.kind === 'doc' ? folder.item : undefined);
    return folderRoute(ctx, folder, rest.slice(1));
  }
  const file = fileBy(ctx, s0, rest.slice(1));
  if (file) return file;
  if (is(s0, 'folders')) return webFoldersRoute(ctx, s0, rest.slice(1));
  throw Errors.badPath(ctx.req.apiPath);
}

function dispatch(ctx: Ctx, env: RouterEnv): EmuResponse {
  const segs = parsePath(ctx.req.apiPath);
  const [s0] = segs;
  if (!s0) return getWeb(ctx);
  if (is(s0, 'contextinfo')) {
    if (ctx.req.method !== 'POST') fail();
    return contextInfo(ctx);
  }
  if (is(s0, '$batch')) {
    if (ctx.req.method !== 'POST') fail();
    return runBatch(ctx.req, (inner) => route(inner, env));
  }
  if (is(s0, PEOPLE_PICKER_SEARCH)) {
    if (ctx.req.method !== 'POST') fail();
    return peoplePickerSearch(ctx);
  }
  if (is(s0, 'web')) return webRoute(ctx, segs.slice(1));
  throw Errors.badPath(ctx.req.apiPath);
}

export function errorResponse(e: unknown, accept: string | undefined): EmuResponse {
  const level = metadataLevel(accept);
  const err =
    e instanceof SpError ? e : new SpError(500, '-2146233088, System.InvalidOperationException', e instanceof Error ? e.message : String(e));
  return {
    status: err.status,
    headers: { 'content-type': contentTypeFor(level), ...err.headers },
    body: JSON.stringify(shapeError(err.code, err.message, level)),
  };
}

/** Answers one request; never throws. */
export function route(req: EmuRequest, env: RouterEnv): EmuResponse {
  try {
    const aliased = resolveAliases(req.apiPath, req.query);
    const target = aliased.apiPath === req.apiPath && aliased.query === req.query ? req : retarget(req, aliased.apiPath, aliased.query);
    return dispatch(makeCtx(target, env.site, env.sitePath), env);
  } catch (e) {
    return errorResponse(e, req.headers['accept']);
  }
}
