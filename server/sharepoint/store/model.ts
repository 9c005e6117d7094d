/**
 * The emulator's data model: what a site holds (lists, fields, items, site users, and the files
 * and folders of document libraries). These records are what the journal persists; response
 * shapes are built from them on the way out. File bytes are not here: a file version names its
 * content by SHA-256 and the bytes live in the blob store (store/blobs.ts).
 */

/** Field types the emulator supports (TypeAsString values). */
export type FieldType =
  | 'Counter'
  | 'Integer'
  | 'Text'
  | 'Note'
  | 'DateTime'
  | 'Choice'
  | 'MultiChoice'
  | 'Lookup'
  | 'LookupMulti'
  | 'Boolean'
  | 'Number'
  | 'Currency'
  | 'URL'
  | 'User'
  | 'UserMulti'
  | 'Computed'
  | 'Guid'
  | 'Attachments'
  | 'ContentTypeId'
  | 'File';

/** Values as stored: ids for users/lookups, ISO strings for dates, arrays for multi-valued fields. */
export type StoredValue = string | number | boolean | null | string[] | number[] | { Url: string; Description: string };

export interface FieldDef {
  Id: string;
  InternalName: string;
  StaticName: string;
  Title: string;
  TypeAsString: FieldType;
  Description: string;
  Group: string;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Required: boolean;
  Hidden: boolean;
  ReadOnlyField: boolean;
  /** Built into every list (Title, Created, …); cannot be deleted. */
  FromBaseType: boolean;
  DefaultValue: string | null;
  MaxLength?: number;
  Choices?: string[];
  FillInChoice?: boolean;
  /** DateTime: 0 DateOnly, 1 DateTime; URL: 0 Hyperlink, 1 Image. */
  DisplayFormat?: number;
  /** Lookup: target list id (`{guid}` form as SharePoint shows it) and shown field. */
  LookupList?: string;
  LookupField?: string;
  /** User: 0 people only, 1 people and groups. */
  SelectionMode?: number;
  /** Other properties the caller set at creation or by update, echoed back. */
  extra: Record<string, string | number | boolean | null>;
}

export interface ItemRecord {
  id: number;
  /** The ETag counter: 1 on create, +1 per update (in a library also per content change). */
  version: number;
  guid: string;
  /** Values by field internal name, including Title, Created, Modified, Author, Editor. */
  values: Record<string, StoredValue>;
  /** In a document library: the file or folder this item stands for. */
  doc?: DocRecord;
  /** A list item's earlier versions, oldest first (with versioning on, at most MajorVersionLimit − 1 of them). */
  history?: ItemVersionRecord[];
}

/** One earlier version of a list item: its ETag counter (the major version) and every value it had. */
export interface ItemVersionRecord {
  version: number;
  values: Record<string, StoredValue>;
}

/** One major version of a file's content (the emulator keeps no minor versions). */
export interface FileVersionRecord {
  /** 1, 2, 3, …: `UIVersion` is 512 × major, the label `<major>.0`. */
  major: number;
  /** SHA-256 (hex) of the content, the key in the blob store. */
  hash: string;
  size: number;
  /** When this version was made, and by whom (site user id). */
  created: string;
  editorId: number;
}

export interface DocRecord {
  kind: 'file' | 'folder';
  /** Parent folder, relative to the library's root folder, '' for the root itself (e.g. 'Protokoll/2026'). */
  dir: string;
  /** FileLeafRef, e.g. 'Tjänsteskrivelse RS 2026-123.docx'. */
  name: string;
  /** The file's or folder's UniqueId (lower-case GUID). */
  uniqueId: string;
  /** Files: every kept version, oldest first; the last one is the current content. */
  versions?: FileVersionRecord[];
  /** Files: a counter of content writes (the last part of ContentTag). */
  contentVersion?: number;
}

export interface ListMeta {
  Id: string;
  Title: string;
  Description: string;
  BaseTemplate: number;
  /** Fixed at creation from the title, like SharePoint's list URL name. */
  urlName: string;
  Created: string;
  /** List ETag counter, bumped by list updates. */
  version: number;
  nextItemId: number;
  fields: FieldDef[];
  /** Other list properties set by add/update (EnableVersioning, Hidden, …). */
  extra: Record<string, string | number | boolean | null>;
}

export interface SiteUser {
  Id: number;
  LoginName: string;
  Title: string;
  Email: string;
  UserPrincipalName: string;
  /** Entra object id of the directory person, '' for users not in the directory. */
  ObjectId: string;
  IsSiteAdmin: boolean;
  /** 1 a user (absent: a user), 4 a security group such as "Everyone except external users". */
  PrincipalType?: number;
}
