/**
 * Files in a document library through PnPjs: folders made on demand, uploads, downloads and the file's
 * columns, which live on its list item. Only this module and the Store know PnPjs; use cases see FileStore.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { ListDef } from '../model/schema';
import { Stored } from '../model/types';
import { fromItem, itemShape, RawItem, toItem } from './itemMapping';

export interface StoredFile {
  serverRelativeUrl: string;
  length: number;
}

/** A file with its columns, as a folder listing gives them. */
export interface ListedFile<T> extends StoredFile {
  fields: Partial<T>;
}

export interface FileStore {
  /** The library's root folder, e.g. `/sites/internkontroll/Namndhandlingar`. */
  libraryUrl(): Promise<string>;
  /** Makes the folder (and its parents inside the library) if missing. */
  ensureFolder(serverRelativeUrl: string): Promise<void>;
  /** Null when there is no such file. */
  info(serverRelativeUrl: string): Promise<StoredFile | null>;
  /**
   * The files of a folder with their columns, in one request; empty when the folder does not exist yet
   * (its parent is listed instead of asking for the folder, so no request answers 404).
   */
  list<T extends Stored>(folderUrl: string): Promise<Array<ListedFile<T>>>;
  read(serverRelativeUrl: string): Promise<Uint8Array>;
  /** Writes the file (replacing one that exists) and sets its columns. */
  write(serverRelativeUrl: string, bytes: Uint8Array, fields: Partial<Stored> & Record<string, unknown>): Promise<StoredFile>;
  /** The file's columns as the schema's entity, or null when the file or its columns are missing. */
  fields<T extends Stored>(serverRelativeUrl: string): Promise<Partial<T> | null>;
}

function isNotFound(error: unknown): boolean {
  return (error as { status?: number }).status === 404;
}

function split(url: string): { folder: string; name: string } {
  const at = url.lastIndexOf('/');
  return { folder: url.slice(0, at), name: url.slice(at + 1) };
}

/** A file store over one library of the schema. */
export function createFileStore<T extends Stored>(sp: SPFI, library: ListDef<T>): FileStore {
  let root: Promise<string> | null = null;
  const libraryUrl = (): Promise<string> => {
    root ??= sp.web.lists.getByTitle(library.title).rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()
      .then((f) => f.ServerRelativeUrl)
      .catch((error: unknown) => { root = null; throw error; });
    return root;
  };
  const file = (url: string): ReturnType<SPFI['web']['getFileByServerRelativePath']> => sp.web.getFileByServerRelativePath(url);
  const subfolders = async (url: string): Promise<Set<string>> =>
    new Set((await sp.web.getFolderByServerRelativePath(url).folders.select('Name')<Array<{ Name: string }>>()).map((f) => f.Name.toLocaleLowerCase()));

  return {
    libraryUrl,
    async ensureFolder(url: string): Promise<void> {
      const base = await libraryUrl();
      if (!url.startsWith(`${base}/`)) throw new Error(`${url} is not in the library ${base}`);
      let current = base;
      for (const part of url.slice(base.length + 1).split('/').filter(Boolean)) {
        if (!(await subfolders(current)).has(part.toLocaleLowerCase())) await sp.web.getFolderByServerRelativePath(current).folders.addUsingPath(part);
        current = `${current}/${part}`;
      }
    },
    async info(url: string): Promise<StoredFile | null> {
      try {
        const f = await file(url).select('ServerRelativeUrl', 'Length')<{ ServerRelativeUrl: string; Length: string | number }>();
        return { serverRelativeUrl: f.ServerRelativeUrl, length: Number(f.Length) };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async list<E extends Stored>(folderUrl: string): Promise<Array<ListedFile<E>>> {
      const { folder, name } = split(folderUrl);
      // A parent the person may not see (a folder with permissions of its own, such as the confidential appendices') holds nothing for them.
      const visible = async (): Promise<boolean> => {
        try {
          return (await subfolders(folder)).has(name.toLocaleLowerCase());
        } catch (error) {
          if (isNotFound(error)) return false;
          throw error;
        }
      };
      if (folderUrl !== await libraryUrl() && !(await visible())) return [];
      const select = ['ServerRelativeUrl', 'Length', ...itemShape(library).select.map((f) => `ListItemAllFields/${f}`)];
      const listed = await sp.web.getFolderByServerRelativePath(folderUrl).files.select(...select).expand('ListItemAllFields')<
        Array<{ ServerRelativeUrl: string; Length: string | number; ListItemAllFields?: RawItem }>>();
      return listed.map((f) => ({
        serverRelativeUrl: f.ServerRelativeUrl, length: Number(f.Length),
        fields: (f.ListItemAllFields ? fromItem(library, f.ListItemAllFields) : {}) as unknown as Partial<E>
      }));
    },
    async read(url: string): Promise<Uint8Array> {
      return new Uint8Array(await file(url).getBuffer());
    },
    async write(url, bytes, fields): Promise<StoredFile> {
      const { folder, name } = split(url);
      const added = await sp.web.getFolderByServerRelativePath(folder).files.addUsingPath(name, bytes, { Overwrite: true });
      const item = await file(url).getItem();
      await item.update(toItem(library, fields as Partial<T>, new Map()));
      return { serverRelativeUrl: (added as { ServerRelativeUrl?: string }).ServerRelativeUrl ?? url, length: bytes.byteLength };
    },
    async fields<E extends Stored>(url: string): Promise<Partial<E> | null> {
      try {
        const item = await file(url).getItem<RawItem>(...itemShape(library).select);
        return fromItem(library, item as unknown as RawItem) as unknown as Partial<E>;
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    }
  };
}
