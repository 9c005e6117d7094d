/**
 * Folders, as PnPjs v4 reaches them: `web/getFolderByServerRelativePath(decodedUrl='…')` (and
 * `…Url('…')`, `getFolderById`), `lists/…/rootFolder`, `web/folders`, `items(n)/Folder`; on a
 * folder: GET, DELETE (with its contents), `files` (see files.ts), `folders` (GET,
 * `addUsingPath(DecodedUrl='…',overwrite=false)`, `add('…')`, `('name')`), `AddSubFolderUsingPath`,
 * `listItemAllFields` (`{"odata.null":true}` for a root folder, as PnPjs `getItem` expects),
 * `parentFolder`, `recycle`.
 *
 * Names are matched case-insensitively. A library's root folder also lists the `Forms` folder
 * SharePoint keeps there; it holds no documents here. A new folder is answered 200 with its
 * SP.Folder, as the recorded file upload is ([unknown] for folders: a service operation, so 200).
 */
import { Ctx, empty, json, metadataUrl } from '../context';
import { itemVisibility } from './security';
import { Errors } from '../errors';
import { shapeCollection, shapeEntity, shapePrimitive } from '../odata/format';
import { Segment } from '../path';
import { addFolder, children, deleteDoc, findByUniqueId, findDoc, isFormsFolder, locate, normaliseUrl } from '../store/library';
import { newGuid } from '../store/naming';
import { ListState } from '../store/site';
import { defaultValues } from '../store/values';
import { EmuResponse, isJsonObject } from '../types';
import { jsonBody } from './body';
import { applyCollectionQuery } from './collection';
import { withExpandedItem } from './doc-expand';
import { folderMeta, folderProps, FolderRef, folderRel, folderUrlOf } from './doc-shape';
import { checkIfMatch } from './etag';
import { addFileTo, fileInFolder, fileRoute, filesOf } from './files';
import * as items from './items';

/** The folder at a URL, or SPO's 404 "File Not Found.". */
export function resolveFolder(ctx: Ctx, rawUrl: string): FolderRef {
  const loc = locate(ctx.site, rawUrl);
  if (!loc) throw Errors.folderNotFound();
  if (loc.rel === '') return { kind: 'root', list: loc.list };
  if (isFormsFolder(loc.list, loc.rel)) return { kind: 'forms', list: loc.list };
  const item = loc.list.isLibrary ? findDoc(loc.list, loc.rel) : undefined;
  if (!item || item.doc?.kind !== 'folder') throw Errors.folderNotFound();
  return { kind: 'doc', list: loc.list, item };
}

export function folderById(ctx: Ctx, uniqueId: string): FolderRef {
  const hit = findByUniqueId(ctx.site, uniqueId);
  if (!hit || hit.item.doc?.kind !== 'folder') throw Errors.folderNotFound();
  return { kind: 'doc', list: hit.list, item: hit.item };
}

function folderResponse(ctx: Ctx, ref: FolderRef): EmuResponse {
  const props = withExpandedItem(ctx, ref.list, ref.kind === 'doc' ? ref.item : null, folderProps(ctx, ref));
  return json(ctx, 200, shapeEntity(folderMeta(ctx, ref), props, ctx.level, metadataUrl(ctx, 'SP.ApiData.Folders1/@Element')));
}

function foldersResponse(ctx: Ctx, refs: FolderRef[]): EmuResponse {
  const rows = refs.map((ref) => ({ meta: folderMeta(ctx, ref), props: folderProps(ctx, ref).defaults, ref }));
  const chosen = applyCollectionQuery({ ...ctx, query: { ...ctx.query, select: null } }, rows);
  const byMeta = new Map(rows.map((r) => [r.meta, r.ref]));
  const out = chosen.map((r) => {
    const ref = byMeta.get(r.meta) as FolderRef;
    return { meta: r.meta, props: withExpandedItem(ctx, ref.list, ref.kind === 'doc' ? ref.item : null, folderProps(ctx, ref)) };
  });
  return json(ctx, 200, shapeCollection(out, ctx.level, metadataUrl(ctx, 'SP.ApiData.Folders1')));
}

function subFolders(ctx: Ctx, ref: FolderRef): FolderRef[] {
  if (ref.kind === 'forms') return [];
  // Only the folders the caller may see (a folder with permissions of its own is hidden from the rest).
  const visible = itemVisibility(ctx, ref.list);
  const out: FolderRef[] = children(ref.list, folderRel(ref), 'folder').filter(visible).map((item) => ({ kind: 'doc', list: ref.list, item }));
  if (ref.kind === 'root' && ref.list.isLibrary) out.push({ kind: 'forms', list: ref.list });
  return out;
}

/**
 * Creates the folder at `targetUrl` (server- or site-relative); its parent must exist. With
 * `overwrite` an existing folder is answered as it is.
 */
function addFolderAt(ctx: Ctx, targetUrl: string, overwrite: boolean): FolderRef {
  const url = normaliseUrl(ctx.sitePath, targetUrl);
  const slash = url.lastIndexOf('/');
  const parent = resolveFolder(ctx, url.slice(0, slash));
  const list = parent.list;
  if (!list.isLibrary) throw Errors.notSupported('Adding folders outside a document library');
  if (parent.kind === 'forms') throw Errors.notSupported("Adding folders to a library's Forms folder");
  const item = addFolder(ctx.site, list, folderRel(parent), url.slice(slash + 1), overwrite, ctx.user.Id, defaultValues(list, ctx.site));
  return { kind: 'doc', list, item };
}

function nameArg(seg: Segment): string {
  return seg.named.decodedurl ?? seg.named.url ?? seg.args?.[0] ?? '';
}

/** `folders/addUsingPath(DecodedUrl='x',overwrite=false)` or `folders/add('x')` below `base` (a URL). */
function addFolderRoute(ctx: Ctx, baseUrl: string, seg: Segment): EmuResponse {
  const name = nameArg(seg);
  if (name === '') throw Errors.badQuery('The folder name is required.');
  const target = name.startsWith('/') ? name : `${baseUrl}/${name}`;
  return folderResponse(ctx, addFolderAt(ctx, target, /^true$/i.test(seg.named.overwrite ?? 'false')));
}

function childFolder(ctx: Ctx, ref: FolderRef, name: string): FolderRef {
  return resolveFolder(ctx, name.startsWith('/') ? name : `${folderUrlOf(ctx, ref)}/${name}`);
}

function parentFolder(ctx: Ctx, ref: FolderRef): EmuResponse {
  if (ref.kind === 'root') return json(ctx, 200, { 'odata.null': true }); // [unknown] the web's root folder is not modelled
  if (ref.kind === 'forms') return folderResponse(ctx, { kind: 'root', list: ref.list });
  const dir = ref.item.doc?.dir ?? '';
  if (dir === '') return folderResponse(ctx, { kind: 'root', list: ref.list });
  return folderResponse(ctx, resolveFolder(ctx, `${folderUrlOf(ctx, { kind: 'root', list: ref.list })}/${dir}`));
}

/** `files…` below a folder. */
function filesRoute(ctx: Ctx, ref: FolderRef, seg: Segment, rest: Segment[]): EmuResponse {
  const m = ctx.req.method;
  if (seg.args !== null) return fileRoute(ctx, fileInFolder(ctx, ref, seg.args[0] ?? ''), rest);
  const [s1, ...more] = rest;
  if (!s1) {
    if (m === 'GET') return filesOf(ctx, ref);
    throw Errors.methodNotAllowed();
  }
  if ((s1.name === 'addusingpath' || s1.name === 'add') && more.length === 0) {
    if (m !== 'POST') throw Errors.methodNotAllowed();
    return addFileTo(ctx, ref, s1);
  }
  if (s1.name === 'getbyurl' && s1.args !== null) return fileRoute(ctx, fileInFolder(ctx, ref, s1.args[0] ?? ''), more);
  throw Errors.badPath(ctx.req.apiPath);
}

function foldersRoute(ctx: Ctx, ref: FolderRef, seg: Segment, rest: Segment[]): EmuResponse {
  const m = ctx.req.method;
  if (seg.args !== null) return folderRoute(ctx, childFolder(ctx, ref, seg.args[0] ?? ''), rest);
  const [s1, ...more] = rest;
  if (!s1) {
    if (m === 'GET') return foldersResponse(ctx, subFolders(ctx, ref));
    throw Errors.methodNotAllowed();
  }
  if ((s1.name === 'addusingpath' || s1.name === 'add') && more.length === 0) {
    if (m !== 'POST') throw Errors.methodNotAllowed();
    return addFolderRoute(ctx, folderUrlOf(ctx, ref), s1);
  }
  if (s1.name === 'getbyurl' && s1.args !== null) return folderRoute(ctx, childFolder(ctx, ref, s1.args[0] ?? ''), more);
  throw Errors.badPath(ctx.req.apiPath);
}

export function folderRoute(ctx: Ctx, ref: FolderRef, rest: Segment[]): EmuResponse {
  const m = ctx.req.method;
  const [s0, ...more] = rest;
  if (!s0) {
    if (m === 'GET') return folderResponse(ctx, ref);
    if (m === 'DELETE') {
      if (ref.kind !== 'doc') throw Errors.notSupported('Deleting a root or Forms folder');
      checkIfMatch(ctx.req.headers['if-match'] ?? '*', ref.item.version);
      deleteDoc(ctx.site, ref.list, ref.item);
      return empty(ctx, 200);
    }
    throw Errors.methodNotAllowed();
  }
  switch (s0.name) {
    case 'files':
      return filesRoute(ctx, ref, s0, more);
    case 'folders':
      return foldersRoute(ctx, ref, s0, more);
    case 'listitemallfields':
      if (more.length > 0) break;
      if (ref.kind !== 'doc') {
        if (m !== 'GET') throw Errors.methodNotAllowed();
        return json(ctx, 200, { 'odata.null': true });
      }
      if (m === 'GET') return items.getItem(ctx, ref.list, ref.item.id);
      if (m === 'MERGE' || m === 'PATCH') return items.updateItem(ctx, ref.list, ref.item.id);
      throw Errors.methodNotAllowed();
    case 'parentfolder':
      if (more.length > 0 || m !== 'GET') break;
      return parentFolder(ctx, ref);
    case 'addsubfolderusingpath': {
      if (more.length > 0 || m !== 'POST') break;
      const leaf = jsonBody(ctx.req.body).leafPath;
      const name = isJsonObject(leaf) && typeof leaf.DecodedUrl === 'string' ? leaf.DecodedUrl : '';
      if (name === '') throw Errors.badQuery('leafPath.DecodedUrl is required.');
      addFolderAt(ctx, `${folderUrlOf(ctx, ref)}/${name}`, false);
      return json(ctx, 200, { 'odata.null': true });
    }
    case 'recycle':
      if (more.length > 0 || m !== 'POST') break;
      if (ref.kind !== 'doc') throw Errors.notSupported('Recycling a root or Forms folder');
      deleteDoc(ctx.site, ref.list, ref.item);
      return json(ctx, 200, shapePrimitive('Recycle', newGuid(), ctx.level, metadataUrl(ctx, 'Edm.Guid')));
  }
  throw Errors.badPath(ctx.req.apiPath);
}

/** `web/folders`: the root folders of the site's libraries; `addUsingPath` relative to the site. */
export function webFoldersRoute(ctx: Ctx, seg: Segment, rest: Segment[]): EmuResponse {
  if (seg.args !== null) return folderRoute(ctx, resolveFolder(ctx, seg.args[0] ?? ''), rest);
  const [s1, ...more] = rest;
  if (!s1) {
    if (ctx.req.method !== 'GET') throw Errors.methodNotAllowed();
    const roots: FolderRef[] = [...ctx.site.lists.values()].filter((l: ListState) => l.isLibrary).map((list) => ({ kind: 'root', list }));
    return foldersResponse(ctx, roots);
  }
  if ((s1.name === 'addusingpath' || s1.name === 'add') && more.length === 0) {
    if (ctx.req.method !== 'POST') throw Errors.methodNotAllowed();
    return addFolderRoute(ctx, ctx.sitePath, s1);
  }
  if (s1.name === 'getbyurl' && s1.args !== null) return folderRoute(ctx, resolveFolder(ctx, s1.args[0] ?? ''), more);
  throw Errors.badPath(ctx.req.apiPath);
}
