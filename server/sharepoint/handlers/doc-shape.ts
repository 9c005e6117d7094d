/**
 * The property bags of `SP.File`, `SP.Folder` and `SP.FileVersion` as SharePoint Online answers
 * them (recorded FilesTests/AddFileToLibraryFolderTest, AddChunkedFileToFolderTest,
 * ListItemSecurityTests/BreakRoleInheritanceOnFolder; permissions-versions-files.md §3–4):
 * `UniqueId`, `Length` as a string, `ETag` `"{GUID},n"`, `UIVersion` 512 × major, and the
 * `odata.id` / `__metadata.uri` of the form `Web/GetFileByServerRelativePath(decodedurl='…')`
 * (the id with the path as it is, uri and editLink percent-encoded). Minimal-metadata collections
 * are `$metadata#SP.ApiData.Files12` and `…Folders1`, a single folder `…Folders1/@Element` (seen in
 * SPO-shaped mocks of Microsoft's Business Central SharePoint connector tests); a single file
 * `…Files12/@Element` by analogy [likely]. `LinkingUri` is null and `LinkingUrl` '' for files
 * that are not Office documents (the same mocks).
 */
import { Ctx } from '../context';
import { Errors } from '../errors';
import { Deferred, EntityMeta, NestedEntity, Props, PropValue } from '../odata/format';
import { children, currentVersion, docUrl, rootFolderUrl } from '../store/library';
import { DocRecord, FileVersionRecord, ItemRecord } from '../store/model';
import { stableGuid } from '../store/naming';
import { ListState } from '../store/site';

/** A folder a request can name: a list's root folder, a library's `Forms` folder, or a folder item. */
export type FolderRef =
  | { kind: 'root'; list: ListState }
  | { kind: 'forms'; list: ListState }
  | { kind: 'doc'; list: ListState; item: ItemRecord };

/** The path in a `decodedurl='…'` link: quotes doubled; `encoded` percent-encodes it as a URI. */
function linkPath(url: string, encoded: boolean): string {
  const quoted = url.replace(/'/g, "''");
  return encoded ? encodeURI(quoted).replace(/#/g, '%23') : quoted;
}

function byPathMeta(ctx: Ctx, kind: 'File' | 'Folder', url: string): EntityMeta {
  const link = `Web/Get${kind}ByServerRelativePath(decodedurl='${linkPath(url, true)}')`;
  return {
    type: `SP.${kind}`,
    id: `${ctx.webUrl}/_api/Web/Get${kind}ByServerRelativePath(decodedurl='${linkPath(url, false)}')`,
    uri: `${ctx.webUrl}/_api/${link}`,
    editLink: link,
  };
}

/** `$select` over a default property set plus properties that only come when selected. */
export function pick(defaults: Props, extras: Props, select: string[] | null): Props {
  if (select === null || select.includes('*')) return defaults;
  const out: Props = {};
  for (const s of select) {
    const lower = s.toLowerCase();
    const key = Object.keys(defaults).find((k) => k.toLowerCase() === lower);
    if (key !== undefined) {
      out[key] = defaults[key];
      continue;
    }
    const extra = Object.keys(extras).find((k) => k.toLowerCase() === lower);
    if (extra === undefined) throw Errors.selectNotFound(s);
    out[extra] = extras[extra];
  }
  return out;
}

function upperGuid(g: string): string {
  return `{${g.toUpperCase()}}`;
}

/** Office documents get a `?d=w<guid>` sharing link; other files have none. */
const OFFICE = /\.(docx?|docm|dotx|xlsx?|xlsm|xlsb|pptx?|pptm|vsdx|one)$/i;

export function fileMeta(ctx: Ctx, list: ListState, doc: DocRecord): EntityMeta {
  return byPathMeta(ctx, 'File', docUrl(ctx.sitePath, list, doc));
}

export function fileProps(ctx: Ctx, list: ListState, item: ItemRecord): { defaults: Props; extras: Props } {
  const doc = item.doc as DocRecord;
  const url = docUrl(ctx.sitePath, list, doc);
  const v = currentVersion(doc);
  const nav = `${fileMeta(ctx, list, doc).uri}`;
  const link = OFFICE.test(doc.name) ? `?d=w${doc.uniqueId.replace(/-/g, '')}` : null;
  const title = item.values.Title;
  const defaults: Props = {
    Author: new Deferred(`${nav}/Author`),
    CheckedOutByUser: new Deferred(`${nav}/CheckedOutByUser`),
    ListItemAllFields: new Deferred(`${nav}/ListItemAllFields`),
    LockedByUser: new Deferred(`${nav}/LockedByUser`),
    ModifiedBy: new Deferred(`${nav}/ModifiedBy`),
    Versions: new Deferred(`${nav}/Versions`),
    CheckInComment: '',
    CheckOutType: 2,
    ContentTag: `${upperGuid(doc.uniqueId)},${item.version},${doc.contentVersion ?? 1}`,
    CustomizedPageStatus: 0,
    ETag: `"${upperGuid(doc.uniqueId)},${item.version}"`,
    Exists: true,
    IrmEnabled: false,
    Length: String(v.size),
    Level: 1,
    LinkingUri: link === null ? null : `${ctx.req.origin}${encodeURI(url)}${link}`,
    LinkingUrl: link === null ? '' : `${ctx.req.origin}${url}${link}`,
    MajorVersion: v.major,
    MinorVersion: 0,
    Name: doc.name,
    ServerRelativeUrl: url,
    TimeCreated: String(item.values.Created),
    TimeLastModified: String(item.values.Modified),
    Title: typeof title === 'string' ? title : null,
    UIVersion: 512 * v.major,
    UIVersionLabel: `${v.major}.0`,
    UniqueId: doc.uniqueId,
  };
  const extras: Props = { ServerRelativePath: { DecodedUrl: url } };
  return { defaults, extras };
}

// ------------------------------------------------------------------ folders

export function folderUrlOf(ctx: Ctx, ref: FolderRef): string {
  if (ref.kind === 'root') return rootFolderUrl(ctx.sitePath, ref.list);
  if (ref.kind === 'forms') return `${rootFolderUrl(ctx.sitePath, ref.list)}/Forms`;
  return docUrl(ctx.sitePath, ref.list, ref.item.doc as DocRecord);
}

/** Path of the folder below its list's root ('' for the root). */
export function folderRel(ref: FolderRef): string {
  if (ref.kind === 'root') return '';
  if (ref.kind === 'forms') return 'Forms';
  const d = ref.item.doc as DocRecord;
  return d.dir === '' ? d.name : `${d.dir}/${d.name}`;
}

export function folderMeta(ctx: Ctx, ref: FolderRef): EntityMeta {
  return byPathMeta(ctx, 'Folder', folderUrlOf(ctx, ref));
}

function lastModified(list: ListState): string {
  let last = list.meta.Created;
  for (const it of list.items.values()) {
    const m = it.values.Modified;
    if (typeof m === 'string' && m > last) last = m;
  }
  return last;
}

export function folderProps(ctx: Ctx, ref: FolderRef): { defaults: Props; extras: Props } {
  const url = folderUrlOf(ctx, ref);
  const nav = folderMeta(ctx, ref).uri;
  const rel = folderRel(ref);
  const count = ref.kind === 'forms' ? 0 : children(ref.list, rel, 'file').length + children(ref.list, rel, 'folder').length;
  let name: string;
  let created: string;
  let modified: string;
  let uniqueId: string;
  if (ref.kind === 'doc') {
    const d = ref.item.doc as DocRecord;
    name = d.name;
    created = String(ref.item.values.Created);
    modified = String(ref.item.values.Modified);
    uniqueId = d.uniqueId;
  } else {
    name = ref.kind === 'forms' ? 'Forms' : url.split('/').pop() ?? '';
    created = ref.list.meta.Created;
    modified = ref.kind === 'forms' ? ref.list.meta.Created : lastModified(ref.list);
    uniqueId = stableGuid(`${ref.kind}-folder:${ref.list.meta.Id}`);
  }
  const defaults: Props = {
    Files: new Deferred(`${nav}/Files`),
    ListItemAllFields: new Deferred(`${nav}/ListItemAllFields`),
    ParentFolder: new Deferred(`${nav}/ParentFolder`),
    Properties: new Deferred(`${nav}/Properties`),
    StorageMetrics: new Deferred(`${nav}/StorageMetrics`),
    Folders: new Deferred(`${nav}/Folders`),
    Exists: true,
    IsWOPIEnabled: false,
    ItemCount: count,
    Name: name,
    ProgID: null,
    ServerRelativeUrl: url,
    TimeCreated: created,
    TimeLastModified: modified,
    UniqueId: uniqueId,
    WelcomePage: '',
  };
  return { defaults, extras: { ServerRelativePath: { DecodedUrl: url } } };
}

/** A list's root folder as a nested entity (`$expand=RootFolder` on a list). */
export function rootFolderNested(ctx: Ctx, list: ListState, subs: string[] | null): NestedEntity {
  const ref: FolderRef = { kind: 'root', list };
  const bag = folderProps(ctx, ref);
  return new NestedEntity(folderMeta(ctx, ref), pick(bag.defaults, bag.extras, subs));
}

// ------------------------------------------------------------------ versions

export function versionMeta(ctx: Ctx, list: ListState, doc: DocRecord, v: FileVersionRecord): EntityMeta {
  const file = fileMeta(ctx, list, doc);
  const link = `${file.editLink}/Versions(${512 * v.major})`;
  return { type: 'SP.FileVersion', id: `${ctx.webUrl}/_api/${link}`, uri: `${ctx.webUrl}/_api/${link}`, editLink: link };
}

/** `_vti_history/<VersionId>/<library url name>/<path>` as SharePoint names old versions. */
export function versionProps(list: ListState, doc: DocRecord, v: FileVersionRecord, current: boolean): Props {
  const rel = doc.dir === '' ? doc.name : `${doc.dir}/${doc.name}`;
  const p: Record<string, PropValue> = {
    CheckInComment: '',
    Created: v.created,
    ID: 512 * v.major,
    IsCurrentVersion: current,
    Length: String(v.size),
    Size: v.size,
    Url: `_vti_history/${512 * v.major}/${list.meta.urlName}/${rel}`,
    VersionLabel: `${v.major}.0`,
  };
  return p;
}
