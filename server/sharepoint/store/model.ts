/**
 * The emulator's data model: what a site holds (lists, fields, items, site users). These records
 * are what the journal persists; response shapes are built from them on the way out.
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
  | 'ContentTypeId';

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
  /** The ETag counter: 1 on create, +1 per update. */
  version: number;
  guid: string;
  /** Values by field internal name, including Title, Created, Modified, Author, Editor. */
  values: Record<string, StoredValue>;
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
}
