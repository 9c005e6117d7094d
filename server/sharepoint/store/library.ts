/**
 * The file system of a document library: folders and files are list items of the library that
 * carry a `DocRecord` (parent folder, name, UniqueId, file versions). This module resolves
 * server-relative URLs (case-insensitively, as SharePoint does) to a library and a file or folder,
 * and makes every change: add a folder, add or overwrite a file, write new content (a new major
 * version, or in place for a chunked upload into a fresh stub), a metadata version, rename, delete.
 *
 * URLs: a library's root folder is `<site>/<UrlName>` (`/sites/x/Shared Documents`), a list's is
 * `<site>/Lists/<UrlName>`. Paths inside a library are kept relative to its root folder.
 *
 * Versioning follows the library's EnableVersioning / MajorVersionLimit (a library is created with
 * versioning on and a limit of 500, as SPO does): every content write and every metadata update
 * makes a new major version (SPO's `ListItem.Update()` does); with versioning off the current
 * version is replaced and the label stays 1.0.
 */
import { Errors } from '../errors';
import { isoSeconds } from '../odata/filter';
import { BlobRef } from './blobs';
import { DocRecord, FileVersionRecord, ItemRecord, StoredValue } from './model';
import { newGuid } from './naming';
import { ListState, Site } from './site';

export const LIBRARY_VERSION_LIMIT = 500;

/** Characters SharePoint refuses in a file or folder name (control characters are checked by code). */
const BAD_NAME = /["*:<>?\\|]/;

function hasControlChar(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) < 0x20) return true;
  return false;
}

export function rootFolderUrl(sitePath: string, list: ListState): string {
  return list.isLibrary ? `${sitePath}/${list.meta.urlName}` : `${sitePath}/Lists/${list.meta.urlName}`;
}

/** Path of a doc relative to the library root, e.g. 'Protokoll/Beslut.docx'. */
export function relPath(doc: DocRecord): string {
  return doc.dir === '' ? doc.name : `${doc.dir}/${doc.name}`;
}

export function folderUrl(sitePath: string, list: ListState, dir: string): string {
  return dir === '' ? rootFolderUrl(sitePath, list) : `${rootFolderUrl(sitePath, list)}/${dir}`;
}

export function docUrl(sitePath: string, list: ListState, doc: DocRecord): string {
  return `${rootFolderUrl(sitePath, list)}/${relPath(doc)}`;
}

/** The current version of a file (files always have at least one). */
export function currentVersion(doc: DocRecord): FileVersionRecord {
  const v = doc.versions ?? [];
  return v[v.length - 1] ?? { major: 1, hash: '', size: 0, created: '', editorId: 0 };
}

/** Turns what a client passes (server-relative, site-relative, absolute) into a clean server-relative URL. */
export function normaliseUrl(sitePath: string, raw: string): string {
  let u = raw.trim();
  const abs = /^https?:\/\/[^/]+(\/.*)?$/i.exec(u);
  if (abs) u = abs[1] ?? '/';
  if (!u.startsWith('/')) u = `${sitePath}/${u}`;
  u = u.replace(/\/{2,}/g, '/').replace(/\/+$/, '');
  return u === '' ? '/' : u;
}

export interface Located {
  list: ListState;
  /** Path inside the list's root folder ('' = the root folder). */
  rel: string;
}

/** Which list's root folder holds `url`, and the path below it; null if none does. */
export function locate(site: Site, url: string): Located | null {
  const u = normaliseUrl(site.sitePath, url);
  const lower = u.toLowerCase();
  let best: Located | null = null;
  let bestLen = -1;
  for (const list of site.lists.values()) {
    const root = rootFolderUrl(site.sitePath, list);
    const r = root.toLowerCase();
    if ((lower === r || lower.startsWith(`${r}/`)) && r.length > bestLen) {
      best = { list, rel: u.slice(root.length + 1) };
      bestLen = r.length;
    }
  }
  return best;
}

export function findDoc(list: ListState, rel: string): ItemRecord | undefined {
  const id = list.paths.get(rel.toLowerCase());
  return id === undefined ? undefined : list.items.get(id);
}

/** The virtual `Forms` folder every library root has (it holds SharePoint's forms, not documents). */
export function isFormsFolder(list: ListState, rel: string): boolean {
  return list.isLibrary && rel.toLowerCase() === 'forms';
}

/** Files or folders directly in the folder `dir` (relative path), in ID order. */
export function children(list: ListState, dir: string, kind: 'file' | 'folder'): ItemRecord[] {
  const d = dir.toLowerCase();
  const out: ItemRecord[] = [];
  for (const it of list.items.values()) if (it.doc && it.doc.kind === kind && it.doc.dir.toLowerCase() === d) out.push(it);
  return out;
}

function checkName(name: string): void {
  if (name.trim() === '' || name !== name.trim() || name === '.' || name === '..' || name.endsWith('.') || BAD_NAME.test(name) || hasControlChar(name)) {
    throw Errors.invalidFileName();
  }
}

/** SPO's date in "already exists" errors: `01 Feb 2019 06:35:27 -0000` (the emulator speaks UTC). */
function errorDate(iso: string): string {
  const d = new Date(iso);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} -0000`;
}

/** Splits 'a/b/c.docx' below `dir` into the parent folder (which must exist) and the leaf name. */
export function splitTarget(list: ListState, dir: string, name: string): { dir: string; name: string } {
  const parts = name.split('/').filter((p) => p !== '');
  const leaf = parts.pop();
  if (leaf === undefined) throw Errors.invalidFileName();
  let parent = dir;
  for (const p of parts) {
    const rel = parent === '' ? p : `${parent}/${p}`;
    const f = findDoc(list, rel);
    if (!f || f.doc?.kind !== 'folder') throw Errors.folderNotFound();
    parent = relPath(f.doc);
  }
  checkName(leaf);
  return { dir: parent, name: leaf };
}

function store(site: Site, list: ListState, before: ItemRecord | null, after: ItemRecord): void {
  list.items.set(after.id, after);
  list.indexItem(before, after);
  list.indexDoc(before, after);
  site.saveItem(list, after);
}

function newDocItem(list: ListState, doc: DocRecord, userId: number, values: Record<string, StoredValue>): ItemRecord {
  const now = isoSeconds(new Date());
  return {
    id: list.meta.nextItemId++,
    version: 1,
    guid: newGuid(),
    values: { Title: null, ...values, Created: now, Modified: now, Author: userId, Editor: userId },
    doc,
  };
}

function refuseIfTaken(site: Site, list: ListState, dir: string, name: string): ItemRecord | undefined {
  const rel = dir === '' ? name : `${dir}/${name}`;
  if (isFormsFolder(list, rel)) throw Errors.folderExists(`${rootFolderUrl(site.sitePath, list)}/Forms`);
  return findDoc(list, rel);
}

/**
 * Adds a folder; with `overwrite` an existing folder is returned as it is ([unknown]: SPO's
 * AddUsingPath(Overwrite=true) on an existing folder; the folder is kept, not emptied).
 */
export function addFolder(site: Site, list: ListState, dir: string, name: string, overwrite: boolean, userId: number, defaults: Record<string, StoredValue>): ItemRecord {
  const target = splitTarget(list, dir, name);
  const existing = refuseIfTaken(site, list, target.dir, target.name);
  if (existing?.doc) {
    if (existing.doc.kind === 'folder' && overwrite) return existing;
    throw Errors.folderExists(docUrl(site.sitePath, list, existing.doc));
  }
  const doc: DocRecord = { kind: 'folder', dir: target.dir, name: target.name, uniqueId: newGuid() };
  const item = newDocItem(list, doc, userId, defaults);
  store(site, list, null, item);
  return item;
}

function pushVersion(list: ListState, doc: DocRecord, content: BlobRef, userId: number, now: string): DocRecord {
  const versioning = list.meta.extra.EnableVersioning !== false;
  const limit = Math.max(1, Number(list.meta.extra.MajorVersionLimit ?? LIBRARY_VERSION_LIMIT) || LIBRARY_VERSION_LIMIT);
  const cur = doc.versions && doc.versions.length > 0 ? currentVersion(doc) : null;
  const v: FileVersionRecord = { major: cur ? (versioning ? cur.major + 1 : cur.major) : 1, hash: content.hash, size: content.size, created: now, editorId: userId };
  let versions = versioning ? [...(doc.versions ?? []), v] : [v];
  if (versions.length > limit) versions = versions.slice(versions.length - limit);
  return { ...doc, versions };
}

/**
 * Adds a file, or with `overwrite` makes the new content a new version of the existing file (its
 * item, UniqueId and metadata stay). Without `overwrite` an existing file is SPO's "already exists".
 */
export function addFile(
  site: Site, list: ListState, dir: string, name: string, content: BlobRef, overwrite: boolean, userId: number, defaults: Record<string, StoredValue>,
): ItemRecord {
  const target = splitTarget(list, dir, name);
  const existing = refuseIfTaken(site, list, target.dir, target.name);
  if (existing?.doc) {
    if (existing.doc.kind === 'folder') throw Errors.folderExists(docUrl(site.sitePath, list, existing.doc));
    if (!overwrite) {
      const editor = site.userById(Number(existing.values.Editor));
      throw Errors.fileExists(`${list.meta.urlName}/${relPath(existing.doc)}`, editor?.LoginName ?? '', errorDate(String(existing.values.Modified)));
    }
    return writeContent(site, list, existing, content, userId, false);
  }
  const now = isoSeconds(new Date());
  const doc: DocRecord = {
    kind: 'file',
    dir: target.dir,
    name: target.name,
    uniqueId: newGuid(),
    versions: [{ major: 1, hash: content.hash, size: content.size, created: now, editorId: userId }],
    // [unknown] ContentTag's last number: SPO shows 1 for an empty stub and 2 for a file uploaded with content
    contentVersion: content.size > 0 ? 2 : 1,
  };
  const item = newDocItem(list, doc, userId, defaults);
  store(site, list, null, item);
  return item;
}

/**
 * New content for a file. Normally a new major version; `inPlace` replaces the current version
 * (what SPO does when a chunked upload finishes into the empty stub `addChunked` made: the ETag
 * moves on, UIVersionLabel stays 1.0; recorded FilesTests/AddChunkedFileToFolderTest).
 */
export function writeContent(site: Site, list: ListState, item: ItemRecord, content: BlobRef, userId: number, inPlace: boolean): ItemRecord {
  const doc = item.doc;
  if (!doc || doc.kind !== 'file') throw Errors.fileNotFound(site.sitePath);
  const now = isoSeconds(new Date());
  let nextDoc: DocRecord;
  if (inPlace) {
    const cur = currentVersion(doc);
    nextDoc = { ...doc, versions: [...(doc.versions ?? []).slice(0, -1), { ...cur, hash: content.hash, size: content.size, created: now, editorId: userId }] };
  } else nextDoc = pushVersion(list, doc, content, userId, now);
  nextDoc.contentVersion = (doc.contentVersion ?? 1) + 1;
  const next: ItemRecord = { ...item, version: item.version + 1, values: { ...item.values, Modified: now, Editor: userId }, doc: nextDoc };
  store(site, list, item, next);
  site.releaseBlobs();
  return next;
}

/** The doc of an item after a metadata update: a new major version with the same content. */
export function metadataVersion(list: ListState, item: ItemRecord, userId: number, now: string): DocRecord | undefined {
  const doc = item.doc;
  if (!doc || doc.kind !== 'file') return doc;
  const cur = currentVersion(doc);
  return pushVersion(list, doc, { hash: cur.hash, size: cur.size }, userId, now);
}

/** Renames a file or folder (FileLeafRef in an item update); a folder's contents move with it. */
export function renameDoc(site: Site, list: ListState, item: ItemRecord, newName: string): DocRecord {
  const doc = item.doc;
  if (!doc) throw Errors.notSupported('FileLeafRef on an item that is no file or folder');
  checkName(newName);
  if (newName === doc.name) return doc;
  const taken = refuseIfTaken(site, list, doc.dir, newName);
  if (taken && taken.id !== item.id) {
    throw Errors.folderExists(`${folderUrl(site.sitePath, list, doc.dir)}/${newName}`);
  }
  const renamed: DocRecord = { ...doc, name: newName };
  if (doc.kind === 'folder') {
    const oldPrefix = relPath(doc);
    const newPrefix = relPath(renamed);
    for (const child of [...list.items.values()]) {
      const cd = child.doc;
      if (!cd || child.id === item.id) continue;
      const lower = cd.dir.toLowerCase();
      const o = oldPrefix.toLowerCase();
      if (lower !== o && !lower.startsWith(`${o}/`)) continue;
      store(site, list, child, { ...child, doc: { ...cd, dir: newPrefix + cd.dir.slice(oldPrefix.length) } });
    }
  }
  return renamed;
}

/** Deletes a file, or a folder with everything in it. */
export function deleteDoc(site: Site, list: ListState, item: ItemRecord): void {
  const doc = item.doc;
  if (doc?.kind === 'folder') {
    const prefix = relPath(doc).toLowerCase();
    for (const child of [...list.items.values()]) {
      const d = child.doc?.dir.toLowerCase();
      if (d !== undefined && (d === prefix || d.startsWith(`${prefix}/`))) {
        if (child.doc?.kind === 'file') site.blobs.cancelSessionsOf(child.doc.uniqueId);
        site.deleteItem(list, child);
      }
    }
  }
  if (doc?.kind === 'file') site.blobs.cancelSessionsOf(doc.uniqueId);
  site.deleteItem(list, item);
  site.releaseBlobs();
}

/** Finds a file or folder of any library by UniqueId (getFileById / getFolderById). */
export function findByUniqueId(site: Site, uniqueId: string): { list: ListState; item: ItemRecord } | null {
  const id = uniqueId.replace(/[{}]/g, '').toLowerCase();
  for (const list of site.lists.values()) {
    if (!list.isLibrary) continue;
    for (const item of list.items.values()) if (item.doc?.uniqueId === id) return { list, item };
  }
  return null;
}

/**
 * The value of a file-system field (FileLeafRef, FileRef, FileDirRef, FSObjType, File_x0020_Size,
 * UniqueId, File_x0020_Type) of a library item, as REST answers it: URLs server-relative,
 * File_x0020_Size as a string of bytes (SharePoint types it as an internal lookup; [likely]),
 * FSObjType 0 for a file and 1 for a folder ([unknown] whether REST sends it as a number or a
 * string; a number is chosen). Undefined for other names.
 */
export function docFieldValue(sitePath: string, list: ListState, item: ItemRecord, internalName: string): string | number | null | undefined {
  const doc = item.doc;
  if (!doc) return undefined;
  switch (internalName) {
    case 'FileLeafRef':
      return doc.name;
    case 'FileRef':
      return docUrl(sitePath, list, doc);
    case 'FileDirRef':
      return folderUrl(sitePath, list, doc.dir);
    case 'FSObjType':
      return doc.kind === 'folder' ? 1 : 0;
    case 'File_x0020_Size':
      return doc.kind === 'file' ? String(currentVersion(doc).size) : null;
    case 'UniqueId':
      return doc.uniqueId;
    case 'File_x0020_Type': {
      const dot = doc.name.lastIndexOf('.');
      return doc.kind === 'file' && dot > 0 ? doc.name.slice(dot + 1).toLowerCase() : null;
    }
    default:
      return undefined;
  }
}

/**
 * ContentTypeId of an item: `0x0100<list>` for list items; in a library `0x010100<list>` for
 * documents and `0x012000<list>` for folders (SharePoint's Document and Folder content types, with
 * the list's own 32-hex suffix).
 */
export function contentTypeIdOf(list: ListState, item: ItemRecord | null): string {
  const hex = list.meta.Id.replace(/-/g, '').toUpperCase();
  if (!list.isLibrary) return `0x0100${hex}`;
  return item?.doc?.kind === 'folder' ? `0x012000${hex}` : `0x010100${hex}`;
}

/** `OData__UIVersionString`: a file's current major version, otherwise the item's version counter. */
export function uiVersionString(item: ItemRecord): string {
  if (item.doc?.kind === 'file') return `${currentVersion(item.doc).major}.0`;
  return `${item.version}.0`;
}
