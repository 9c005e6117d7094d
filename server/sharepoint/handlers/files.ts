/**
 * Files in document libraries, as PnPjs v4 reaches them (permissions-versions-files.md §4):
 * `web/getFileByServerRelativePath(decodedUrl='…')` (and the older `…Url('…')`, `getFileById`),
 * `folder/files` (GET), `files/AddUsingPath(decodedurl='…',Overwrite=true)` and `files/add(…)`
 * with the raw bytes as body, `files('name')`; on a file: GET, DELETE, `$value` (GET the bytes,
 * PUT new content), `listItemAllFields` (GET, MERGE: the file's metadata is its list item),
 * `versions`, `Author`/`ModifiedBy`, `recycle`, and the chunked upload PnPjs `addChunked` uses
 * (`startUpload`, `continueUpload`, `finishUpload`, `cancelUpload`).
 *
 * Upload bodies are read as bytes only (`req.bytes`), never as JSON; SP.File answers are 200.
 */
import { Ctx, empty, json, metadataUrl } from '../context';
import { itemVisibility } from './security';
import { Errors } from '../errors';
import { shapeCollection, shapeEntity, shapePrimitive } from '../odata/format';
import { Segment } from '../path';
import { addFile, currentVersion, deleteDoc, findDoc, locate, normaliseUrl, writeContent } from '../store/library';
import { ItemRecord } from '../store/model';
import { newGuid } from '../store/naming';
import { ListState } from '../store/site';
import { defaultValues } from '../store/values';
import { EmuResponse } from '../types';
import { applyCollectionQuery } from './collection';
import { withExpandedItem } from './doc-expand';
import { fileMeta, fileProps, FolderRef, folderRel, folderUrlOf, versionMeta, versionProps } from './doc-shape';
import { checkIfMatch } from './etag';
import * as items from './items';
import * as users from './users';

/**
 * The emulator's cap on one chunked upload (SPO allows files up to 250 GB; a local emulator keeps
 * uploads to what a Buffer can hold). [unknown] SPO's answer for a too-large file; this is the
 * 400 of an over-large request.
 */
export const MAX_CHUNKED_BYTES = 2 * 1024 * 1024 * 1024 - 1;

export interface FileTarget {
  list: ListState;
  item: ItemRecord;
}

/** The file at a server-relative (or site-relative) URL, or SPO's 404 naming that path. */
export function resolveFile(ctx: Ctx, rawUrl: string): FileTarget {
  const url = normaliseUrl(ctx.sitePath, rawUrl);
  const loc = locate(ctx.site, url);
  const item = loc && loc.list.isLibrary ? findDoc(loc.list, loc.rel) : undefined;
  if (!loc || !item || item.doc?.kind !== 'file') throw Errors.fileNotFound(url);
  return { list: loc.list, item };
}

/** A file below a folder (`files('name')`, `files/getByUrl('name')`). */
export function fileInFolder(ctx: Ctx, folder: FolderRef, name: string): FileTarget {
  return resolveFile(ctx, name.startsWith('/') ? name : `${folderUrlOf(ctx, folder)}/${name}`);
}

export function fileResponse(ctx: Ctx, t: FileTarget, status = 200): EmuResponse {
  const props = withExpandedItem(ctx, t.list, t.item, fileProps(ctx, t.list, t.item));
  return json(ctx, status, shapeEntity(fileMeta(ctx, t.list, t.item.doc!), props, ctx.level, metadataUrl(ctx, 'SP.ApiData.Files12/@Element')));
}

export function filesOf(ctx: Ctx, folder: FolderRef): EmuResponse {
  const rel = folderRel(folder).toLowerCase();
  const found: ItemRecord[] = [];
  // Only the files the caller may see: a folder with permissions of its own hides its files from the rest.
  const visible = itemVisibility(ctx, folder.list);
  if (folder.kind !== 'forms') for (const it of folder.list.items.values()) if (it.doc?.kind === 'file' && it.doc.dir.toLowerCase() === rel && visible(it)) found.push(it);
  const rows = found.map((item) => ({ meta: fileMeta(ctx, folder.list, item.doc!), props: fileProps(ctx, folder.list, item).defaults, item }));
  // filter, order and top on the default properties; $select / $expand=ListItemAllFields per row
  const chosen = applyCollectionQuery({ ...ctx, query: { ...ctx.query, select: null } }, rows);
  const byMeta = new Map(rows.map((r) => [r.meta, r.item]));
  const out = chosen.map((r) => {
    const item = byMeta.get(r.meta) as ItemRecord;
    return { meta: r.meta, props: withExpandedItem(ctx, folder.list, item, fileProps(ctx, folder.list, item)) };
  });
  return json(ctx, 200, shapeCollection(out, ctx.level, metadataUrl(ctx, 'SP.ApiData.Files12')));
}

function flag(v: string | undefined): boolean {
  return v !== undefined && /^true$/i.test(v.trim());
}

/** `files/AddUsingPath(decodedurl='…',Overwrite=true)` or `files/add(url='…',overwrite=true)`. */
export function addFileTo(ctx: Ctx, folder: FolderRef, seg: Segment): EmuResponse {
  const name = seg.named.decodedurl ?? seg.named.url ?? (seg.args ?? []).find((a, i) => i === 0 && !/^(true|false)$/i.test(a)) ?? '';
  if (name === '') throw Errors.badQuery('The file name is required.');
  if (!folder.list.isLibrary) throw Errors.notSupported('Adding files outside a document library');
  if (folder.kind === 'forms') throw Errors.notSupported("Adding files to a library's Forms folder");
  const site = ctx.site;
  const blob = site.blobs.put(ctx.req.bytes);
  try {
    const item = addFile(site, folder.list, folderRel(folder), name, blob, flag(seg.named.overwrite), ctx.user.Id, defaultValues(folder.list, site));
    return fileResponse(ctx, { list: folder.list, item });
  } catch (e) {
    site.releaseBlobs();
    throw e;
  }
}

function valueResponse(ctx: Ctx, hash: string, missingUrl: string): EmuResponse {
  const bytes = ctx.site.blobs.get(hash);
  if (bytes === null) throw Errors.fileNotFound(missingUrl);
  return { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: bytes };
}

function versionsRoute(ctx: Ctx, t: FileTarget, rest: Segment[]): EmuResponse {
  const doc = t.item.doc!;
  const history = (doc.versions ?? []).slice(0, -1);
  const [s0, s1] = rest;
  if (ctx.req.method !== 'GET') throw Errors.methodNotAllowed();
  if (!s0) {
    const rows = [...history].map((v) => ({ meta: versionMeta(ctx, t.list, doc, v), props: versionProps(t.list, doc, v, false) }));
    return json(ctx, 200, shapeCollection(applyCollectionQuery(ctx, rows), ctx.level, metadataUrl(ctx, 'SP.ApiData.FileVersions')));
  }
  if (s0.name !== 'getbyid' || s0.args === null) throw Errors.badPath(ctx.req.apiPath);
  const id = Number(s0.args[0]);
  const v = history.find((x) => 512 * x.major === id);
  if (!v) throw Errors.fileNotFound(`_vti_history/${s0.args?.[0] ?? ''}/${t.list.meta.urlName}/${doc.dir === '' ? doc.name : `${doc.dir}/${doc.name}`}`);
  if (s1 && s1.name === '$value') return valueResponse(ctx, v.hash, fileProps(ctx, t.list, t.item).defaults.ServerRelativeUrl as string);
  if (s1) throw Errors.badPath(ctx.req.apiPath);
  return json(ctx, 200, shapeEntity(versionMeta(ctx, t.list, doc, v), versionProps(t.list, doc, v, false), ctx.level, metadataUrl(ctx, 'SP.ApiData.FileVersions/@Element')));
}

function offsetResponse(ctx: Ctx, name: string, offset: number): EmuResponse {
  return json(ctx, 200, shapePrimitive(name, String(offset), ctx.level, metadataUrl(ctx, 'Edm.Int64')));
}

/** Chunked upload (PnPjs `addChunked` / `setContentChunked`; recorded AddChunkedFileToFolderTest). */
function chunkRoute(ctx: Ctx, t: FileTarget, seg: Segment): EmuResponse {
  if (ctx.req.method !== 'POST') throw Errors.methodNotAllowed();
  const blobs = ctx.site.blobs;
  const doc = t.item.doc!;
  const id = (seg.named.uploadid ?? seg.args?.[0] ?? '').replace(/[{}]/g, '').toLowerCase();
  if (!/^[0-9a-f-]{36}$/.test(id)) throw Errors.uploadSession('The upload id is not a valid GUID.');
  const part = ctx.req.bytes;
  if (seg.name === 'startupload') {
    if (part.length > MAX_CHUNKED_BYTES) throw Errors.requestTooLarge(MAX_CHUNKED_BYTES);
    return offsetResponse(ctx, 'StartUpload', blobs.startSession(id, doc.uniqueId, part));
  }
  if (blobs.sessionOwner(id) !== doc.uniqueId) throw Errors.uploadSession(`The upload session ${id} was not found.`);
  if (seg.name === 'cancelupload') {
    blobs.cancelSession(id);
    return json(ctx, 200, { 'odata.null': true });
  }
  const offset = Number(seg.named.fileoffset ?? seg.args?.[1] ?? NaN);
  if (offset !== blobs.sessionSize(id)) {
    throw Errors.uploadSession(`The file offset ${seg.named.fileoffset ?? ''} does not match the ${blobs.sessionSize(id)} bytes uploaded so far.`);
  }
  if (offset + part.length > MAX_CHUNKED_BYTES) {
    blobs.cancelSession(id);
    throw Errors.requestTooLarge(MAX_CHUNKED_BYTES);
  }
  const size = blobs.appendSession(id, part);
  if (seg.name === 'continueupload') return offsetResponse(ctx, 'ContinueUpload', size);
  const blob = blobs.finishSession(id);
  // the empty stub addChunked makes is filled in place: SPO keeps it at 1.0 (the recording)
  const cur = currentVersion(doc);
  const inPlace = (doc.versions ?? []).length === 1 && cur.major === 1 && cur.size === 0;
  const item = writeContent(ctx.site, t.list, t.item, blob, ctx.user.Id, inPlace);
  return fileResponse(ctx, { list: t.list, item });
}

export function fileRoute(ctx: Ctx, t: FileTarget, rest: Segment[]): EmuResponse {
  const m = ctx.req.method;
  const [s0, ...more] = rest;
  if (!s0) {
    if (m === 'GET') return fileResponse(ctx, t);
    if (m === 'DELETE') {
      checkIfMatch(ctx.req.headers['if-match'] ?? '*', t.item.version);
      deleteDoc(ctx.site, t.list, t.item);
      return empty(ctx, 200);
    }
    throw Errors.methodNotAllowed();
  }
  switch (s0.name) {
    case '$value':
      if (more.length > 0) break;
      if (m === 'GET') return valueResponse(ctx, currentVersion(t.item.doc!).hash, fileProps(ctx, t.list, t.item).defaults.ServerRelativeUrl as string);
      if (m === 'PUT') {
        // setContent: the body is the new content; MERGE is not allowed for file content
        const blob = ctx.site.blobs.put(ctx.req.bytes);
        writeContent(ctx.site, t.list, t.item, blob, ctx.user.Id, false);
        return empty(ctx, 204);
      }
      throw Errors.methodNotAllowed();
    case 'listitemallfields':
      if (more.length > 0) break;
      if (m === 'GET') return items.getItem(ctx, t.list, t.item.id);
      if (m === 'MERGE' || m === 'PATCH') return items.updateItem(ctx, t.list, t.item.id);
      throw Errors.methodNotAllowed();
    case 'versions':
      return versionsRoute(ctx, t, s0.args !== null ? [{ ...s0, name: 'getbyid' }, ...more] : more);
    case 'author':
    case 'modifiedby':
      if (more.length > 0 || m !== 'GET') break;
      return users.userById(ctx, Number(t.item.values[s0.name === 'author' ? 'Author' : 'Editor']));
    case 'recycle':
      if (m !== 'POST') throw Errors.methodNotAllowed();
      deleteDoc(ctx.site, t.list, t.item);
      return json(ctx, 200, shapePrimitive('Recycle', newGuid(), ctx.level, metadataUrl(ctx, 'Edm.Guid')));
    case 'startupload':
    case 'continueupload':
    case 'finishupload':
    case 'cancelupload':
      if (more.length > 0) break;
      return chunkRoute(ctx, t, s0);
  }
  throw Errors.badPath(ctx.req.apiPath);
}
