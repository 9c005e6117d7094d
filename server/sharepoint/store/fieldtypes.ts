/**
 * Field types: FieldTypeKind numbers, OData type names, the built-in fields every new custom list
 * and document library has (with SharePoint's fixed field ids), how a creation body (fields.add*,
 * addfield, createFieldAsXml) becomes a `FieldDef`, and the property bag a field is answered with
 * (README §6 and recorded `nometadata-field-text.json`).
 */
import { Errors } from '../errors';
import { Props } from '../odata/format';
import { isJsonObject, Json, JsonObject } from '../types';
import { FieldDef, FieldType } from './model';
import { newGuid, stableGuid } from './naming';

interface TypeInfo {
  kind: number;
  odataType: string;
  displayName: string;
}

const TYPES: Record<FieldType, TypeInfo> = {
  Counter: { kind: 5, odataType: 'SP.Field', displayName: 'Counter' },
  Integer: { kind: 1, odataType: 'SP.FieldNumber', displayName: 'Integer' },
  Text: { kind: 2, odataType: 'SP.FieldText', displayName: 'Single line of text' },
  Note: { kind: 3, odataType: 'SP.FieldMultiLineText', displayName: 'Multiple lines of text' },
  DateTime: { kind: 4, odataType: 'SP.FieldDateTime', displayName: 'Date and Time' },
  Choice: { kind: 6, odataType: 'SP.FieldChoice', displayName: 'Choice' },
  MultiChoice: { kind: 15, odataType: 'SP.FieldMultiChoice', displayName: 'Choice' },
  Lookup: { kind: 7, odataType: 'SP.FieldLookup', displayName: 'Lookup' },
  LookupMulti: { kind: 7, odataType: 'SP.FieldLookup', displayName: 'Lookup' },
  Boolean: { kind: 8, odataType: 'SP.Field', displayName: 'Yes/No' },
  Number: { kind: 9, odataType: 'SP.FieldNumber', displayName: 'Number' },
  Currency: { kind: 10, odataType: 'SP.FieldCurrency', displayName: 'Currency' },
  URL: { kind: 11, odataType: 'SP.FieldUrl', displayName: 'Hyperlink or Picture' },
  Computed: { kind: 12, odataType: 'SP.FieldComputed', displayName: 'Computed' },
  Guid: { kind: 14, odataType: 'SP.FieldGuid', displayName: 'Guid' },
  Attachments: { kind: 19, odataType: 'SP.Field', displayName: 'Attachments' },
  User: { kind: 20, odataType: 'SP.FieldUser', displayName: 'Person or Group' },
  UserMulti: { kind: 20, odataType: 'SP.FieldUser', displayName: 'Person or Group' },
  ContentTypeId: { kind: 25, odataType: 'SP.Field', displayName: 'Content Type Id' },
  File: { kind: 18, odataType: 'SP.Field', displayName: 'File' },
};

export function typeInfo(t: FieldType): TypeInfo {
  return TYPES[t];
}

export function isUserType(t: FieldType): boolean {
  return t === 'User' || t === 'UserMulti';
}
export function isLookupType(t: FieldType): boolean {
  return t === 'Lookup' || t === 'LookupMulti';
}
export function isMultiType(t: FieldType): boolean {
  return t === 'UserMulti' || t === 'LookupMulti' || t === 'MultiChoice';
}

/** The property name an item carries for this field (`OData_` prefix for names starting with `_`). */
export function entityPropertyName(f: FieldDef): string {
  return f.InternalName.startsWith('_') ? `OData_${f.InternalName}` : f.InternalName;
}

function typeFromKind(kind: number, multi: boolean): FieldType {
  switch (kind) {
    case 1:
      return 'Integer';
    case 2:
      return 'Text';
    case 3:
      return 'Note';
    case 4:
      return 'DateTime';
    case 6:
      return 'Choice';
    case 7:
      return multi ? 'LookupMulti' : 'Lookup';
    case 8:
      return 'Boolean';
    case 9:
      return 'Number';
    case 10:
      return 'Currency';
    case 11:
      return 'URL';
    case 15:
      return 'MultiChoice';
    case 20:
      return multi ? 'UserMulti' : 'User';
    default:
      throw Errors.badQuery(`FieldTypeKind ${kind} is not supported by the emulator.`);
  }
}

export function typeFromName(name: string): FieldType {
  const hit = (Object.keys(TYPES) as FieldType[]).find((t) => t.toLowerCase() === name.toLowerCase());
  if (!hit || hit === 'Counter' || hit === 'Computed' || hit === 'Guid' || hit === 'Attachments' || hit === 'ContentTypeId' || hit === 'File') {
    throw Errors.badQuery(`Field type '${name}' is not supported by the emulator.`);
  }
  return hit;
}

/**
 * SharePoint's fixed ids of its built-in fields: the same in every list and library of every site
 * (they come from the fields' definitions in the platform, not from the list).
 */
const FIXED_FIELD_IDS: Record<string, string> = {
  ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
  Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
  Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
  Created: '8c06beca-0777-48f7-91c7-6da68bc07b69',
  Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18',
  Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2',
  ContentTypeId: '03e45e84-1992-4d42-9116-26f756012634',
  FileLeafRef: '8553196d-ec8d-4564-9861-3dbe931050c8',
  FileRef: '94f89715-e097-4e8b-ba79-ea02aa8b7adb',
  FileDirRef: '56605df6-8fa1-47e4-a04c-5b384d59609f',
  FSObjType: '30bb605f-5bae-48fe-b4e3-1f81d9772af9',
  Attachments: '67df98f4-9dec-48ff-a553-29bece9c5bf4',
  _UIVersionString: 'dce8262a-3ae9-45aa-aab4-83bd75fb738a',
  GUID: 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0',
};

/**
 * The id of a built-in field: SharePoint's fixed id, or, for the few built-ins whose real id is not
 * verified here (FileSystemObjectType, File_x0020_Size, File_x0020_Type, UniqueId), a stable id
 * derived from the internal name, so it too is the same in every list and across restarts.
 */
export function builtInFieldId(internalName: string): string {
  return FIXED_FIELD_IDS[internalName] ?? stableGuid(`builtin-field:${internalName}`);
}

/**
 * Gives the built-in fields of a stored list definition their fixed ids. Journals written before
 * the ids were fixed hold random ones; they read back with the fixed ids. Custom fields keep theirs.
 */
export function withFixedIds(fields: FieldDef[]): FieldDef[] {
  return fields.map((f) => (f.FromBaseType ? { ...f, Id: builtInFieldId(f.InternalName) } : f));
}

function builtIn(internalName: string, title: string, type: FieldType, more: Partial<FieldDef> = {}): FieldDef {
  return {
    Id: builtInFieldId(internalName),
    InternalName: internalName,
    StaticName: internalName,
    Title: title,
    TypeAsString: type,
    Description: '',
    Group: '_Hidden',
    Indexed: false,
    EnforceUniqueValues: false,
    Required: false,
    Hidden: false,
    ReadOnlyField: true,
    FromBaseType: true,
    DefaultValue: null,
    extra: {},
    ...more,
  };
}

/** The fields SharePoint puts on a new custom list (template 100). */
export function builtInFields(): FieldDef[] {
  return [
    builtIn('ID', 'ID', 'Counter', { Indexed: true }),
    builtIn('Title', 'Title', 'Text', { ReadOnlyField: false, Required: true, MaxLength: 255, Group: 'Custom Columns' }),
    builtIn('Modified', 'Modified', 'DateTime', { DisplayFormat: 1 }),
    builtIn('Created', 'Created', 'DateTime', { DisplayFormat: 1 }),
    builtIn('Author', 'Created By', 'User', { SelectionMode: 0, LookupField: 'Title' }),
    builtIn('Editor', 'Modified By', 'User', { SelectionMode: 0, LookupField: 'Title' }),
    builtIn('GUID', 'GUID', 'Guid', { Hidden: true }),
    builtIn('Attachments', 'Attachments', 'Attachments'),
    builtIn('ContentTypeId', 'Content Type ID', 'ContentTypeId', { Hidden: true }),
    builtIn('FileSystemObjectType', 'Item Type', 'Integer', { Hidden: true }),
    builtIn('_UIVersionString', 'Version', 'Text', { Hidden: true }),
  ];
}

/**
 * The file-system fields of a document library whose values come from the file or folder, not
 * from stored item values (see store/library.ts). SharePoint types FileRef, FileDirRef, FSObjType,
 * File_x0020_Size and UniqueId as internal lookups into its file table; FileLeafRef is a File field.
 */
export const DOC_FIELDS = new Set(['FileLeafRef', 'FileRef', 'FileDirRef', 'FSObjType', 'File_x0020_Size', 'UniqueId', 'File_x0020_Type']);

/**
 * The fields of a new document library (template 101): the list built-ins (Title not required, no
 * Attachments) plus the file-system fields. SharePoint has many more hidden ones (LinkFilename,
 * DocIcon, _CopySource, …); these are the ones code reads and filters on.
 */
export function libraryFields(): FieldDef[] {
  const internal = (name: string, title: string, lookupField: string): FieldDef =>
    builtIn(name, title, 'Lookup', { Hidden: true, LookupField: lookupField, LookupList: '' });
  return [
    builtIn('ID', 'ID', 'Counter', { Indexed: true }),
    builtIn('ContentTypeId', 'Content Type ID', 'ContentTypeId', { Hidden: true }),
    builtIn('Title', 'Title', 'Text', { ReadOnlyField: false, MaxLength: 255, Group: 'Custom Columns' }),
    builtIn('Modified', 'Modified', 'DateTime', { DisplayFormat: 1 }),
    builtIn('Created', 'Created', 'DateTime', { DisplayFormat: 1 }),
    builtIn('Author', 'Created By', 'User', { SelectionMode: 0, LookupField: 'Title' }),
    builtIn('Editor', 'Modified By', 'User', { SelectionMode: 0, LookupField: 'Title' }),
    builtIn('_UIVersionString', 'Version', 'Text', { Hidden: true }),
    builtIn('GUID', 'GUID', 'Guid', { Hidden: true }),
    builtIn('FileLeafRef', 'Name', 'File', { ReadOnlyField: false, Required: true }),
    internal('FileRef', 'URL Path', 'FullUrl'),
    internal('FileDirRef', 'Path', 'DirName'),
    internal('FSObjType', 'Item Type', 'FSType'),
    internal('File_x0020_Size', 'File Size', 'SizeInKB'),
    internal('UniqueId', 'Unique Id', 'UniqueId'),
    builtIn('File_x0020_Type', 'File Type', 'Text', { Hidden: true }),
  ];
}

/** `{results:[…]}` (verbose), `{__metadata, results}` or a plain array → string array. */
export function jsonArray(v: Json | undefined): Json[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v;
  if (isJsonObject(v) && Array.isArray(v.results)) return v.results;
  return undefined;
}

function bool(v: Json | undefined): boolean | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return /^(true|1)$/i.test(v);
  if (typeof v === 'number') return v !== 0;
  return undefined;
}

/** Properties with a meaning for the emulator; everything else is echoed through `extra`. */
const KNOWN = new Set([
  '__metadata', 'Title', 'FieldTypeKind', 'TypeAsString', 'Description', 'Group', 'Indexed', 'EnforceUniqueValues',
  'Required', 'Hidden', 'DefaultValue', 'MaxLength', 'Choices', 'FillInChoice', 'DisplayFormat', 'LookupListId',
  'LookupList', 'LookupFieldName', 'LookupField', 'AllowMultipleValues', 'SelectionMode', 'StaticName', 'InternalName',
  'EntityPropertyName', 'Id', 'ReadOnlyField', 'SchemaXml',
]);

/**
 * Applies creation or update properties to a field. `creating` allows type-defining properties.
 * Checks the rule "EnforceUniqueValues needs Indexed" (README §6).
 */
export function applyFieldProps(f: FieldDef, body: JsonObject, creating: boolean): void {
  for (const [k, v] of Object.entries(body)) {
    switch (k) {
      case 'Title':
        if (typeof v === 'string') f.Title = v;
        break;
      case 'Description':
        f.Description = typeof v === 'string' ? v : '';
        break;
      case 'Group':
        if (typeof v === 'string') f.Group = v;
        break;
      case 'Indexed':
      case 'EnforceUniqueValues':
      case 'Required':
      case 'Hidden':
      case 'FillInChoice': {
        const b = bool(v);
        if (b !== undefined) f[k] = b;
        break;
      }
      case 'DefaultValue':
        f.DefaultValue = v === null ? null : String(v);
        break;
      case 'MaxLength':
      case 'DisplayFormat':
      case 'SelectionMode':
        if (typeof v === 'number' || (typeof v === 'string' && v !== '')) f[k] = Number(v);
        break;
      case 'Choices': {
        const arr = jsonArray(v);
        if (arr) f.Choices = arr.map(String);
        break;
      }
      case 'LookupListId':
      case 'LookupList':
        if (typeof v === 'string') f.LookupList = v.startsWith('{') ? v : `{${v}}`;
        break;
      case 'LookupFieldName':
      case 'LookupField':
        if (typeof v === 'string') f.LookupField = v;
        break;
      case 'AllowMultipleValues': {
        const multi = bool(v) === true;
        if (f.TypeAsString === 'User' || f.TypeAsString === 'UserMulti') f.TypeAsString = multi ? 'UserMulti' : 'User';
        if (f.TypeAsString === 'Lookup' || f.TypeAsString === 'LookupMulti') f.TypeAsString = multi ? 'LookupMulti' : 'Lookup';
        break;
      }
      case 'StaticName':
        if (creating && typeof v === 'string') f.StaticName = v;
        break;
      default:
        if (!KNOWN.has(k) && (v === null || typeof v !== 'object')) f.extra[k] = v;
    }
  }
  if (f.EnforceUniqueValues && !f.Indexed) throw Errors.uniqueNeedsIndex();
}

/** A new field from a `fields.add` / `addfield` body (type from FieldTypeKind or TypeAsString). */
export function newField(body: JsonObject, internalName: string): FieldDef {
  const multi = bool(body.AllowMultipleValues) === true;
  let type: FieldType;
  if (typeof body.FieldTypeKind === 'number' || typeof body.FieldTypeKind === 'string') {
    type = typeFromKind(Number(body.FieldTypeKind), multi);
  } else if (typeof body.TypeAsString === 'string') {
    type = typeFromName(body.TypeAsString);
  } else {
    throw Errors.badQuery('FieldTypeKind is required to create a field.');
  }
  const f: FieldDef = {
    Id: newGuid(),
    InternalName: internalName,
    StaticName: internalName,
    Title: typeof body.Title === 'string' ? body.Title : internalName,
    TypeAsString: type,
    Description: '',
    Group: 'Custom Columns',
    Indexed: false,
    EnforceUniqueValues: false,
    Required: false,
    Hidden: false,
    ReadOnlyField: false,
    FromBaseType: false,
    DefaultValue: null,
    extra: {},
  };
  if (type === 'Text') f.MaxLength = 255;
  if (type === 'DateTime') f.DisplayFormat = 0;
  if (isLookupType(type)) f.LookupField = 'Title';
  if (isUserType(type)) {
    f.SelectionMode = 1;
    f.LookupField = 'ImnName';
  }
  applyFieldProps(f, body, true);
  return f;
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function schemaXml(f: FieldDef): string {
  const attrs: Array<[string, string]> = [
    ['Type', f.TypeAsString],
    ['DisplayName', f.Title],
    ['Name', f.InternalName],
    ['StaticName', f.StaticName],
    ['ID', `{${f.Id}}`],
    ['Required', f.Required ? 'TRUE' : 'FALSE'],
  ];
  if (f.Indexed) attrs.push(['Indexed', 'TRUE']);
  if (f.EnforceUniqueValues) attrs.push(['EnforceUniqueValues', 'TRUE']);
  if (f.MaxLength !== undefined) attrs.push(['MaxLength', String(f.MaxLength)]);
  if (f.TypeAsString === 'DateTime') attrs.push(['Format', f.DisplayFormat === 1 ? 'DateTime' : 'DateOnly']);
  if (f.LookupList) attrs.push(['List', f.LookupList], ['ShowField', f.LookupField ?? 'Title']);
  if (f.TypeAsString === 'UserMulti' || f.TypeAsString === 'LookupMulti') attrs.push(['Mult', 'TRUE']);
  const head = `<Field ${attrs.map(([k, v]) => `${k}="${xmlEscape(v)}"`).join(' ')}`;
  if (f.Choices) {
    return `${head}><CHOICES>${f.Choices.map((c) => `<CHOICE>${xmlEscape(c)}</CHOICE>`).join('')}</CHOICES></Field>`;
  }
  return `${head} />`;
}

/** The field's property bag as SharePoint answers it. */
export function fieldProps(f: FieldDef, scope: string): Props {
  const info = TYPES[f.TypeAsString];
  const p: Props = {
    AutoIndexed: false,
    CanBeDeleted: !f.FromBaseType,
    ClientSideComponentId: '00000000-0000-0000-0000-000000000000',
    ClientSideComponentProperties: null,
    ClientValidationFormula: null,
    ClientValidationMessage: null,
    CustomFormatter: null,
    DefaultFormula: null,
    DefaultValue: f.DefaultValue,
    Description: f.Description,
    Direction: 'none',
    EnforceUniqueValues: f.EnforceUniqueValues,
    EntityPropertyName: entityPropertyName(f),
    Filterable: true,
    FromBaseType: f.FromBaseType,
    Group: f.Group,
    Hidden: f.Hidden,
    Id: f.Id,
    Indexed: f.Indexed,
    IndexStatus: 0,
    InternalName: f.InternalName,
    IsModern: false,
    JSLink: 'clienttemplates.js',
    PinnedToFiltersPane: false,
    ReadOnlyField: f.ReadOnlyField,
    Required: f.Required,
    SchemaXml: schemaXml(f),
    Scope: scope,
    Sealed: f.FromBaseType,
    ShowInFiltersPane: 0,
    Sortable: !isMultiType(f.TypeAsString),
    StaticName: f.StaticName,
    Title: f.Title,
    FieldTypeKind: info.kind,
    TypeAsString: f.TypeAsString,
    TypeDisplayName: info.displayName,
    TypeShortDescription: info.displayName,
    ValidationFormula: null,
    ValidationMessage: null,
  };
  if (f.MaxLength !== undefined) p.MaxLength = f.MaxLength;
  if (f.TypeAsString === 'DateTime') p.DisplayFormat = f.DisplayFormat ?? 0;
  if (f.TypeAsString === 'Choice' || f.TypeAsString === 'MultiChoice') {
    p.Choices = f.Choices ?? [];
    p.FillInChoice = f.FillInChoice ?? false;
    p.EditFormat = 0;
  }
  if (isLookupType(f.TypeAsString) || isUserType(f.TypeAsString)) {
    p.AllowMultipleValues = isMultiType(f.TypeAsString);
    p.LookupField = f.LookupField ?? 'Title';
    p.LookupList = f.LookupList ?? (isUserType(f.TypeAsString) ? '{user-information-list}' : '');
    p.LookupWebId = '00000000-0000-0000-0000-000000000000';
  }
  if (isUserType(f.TypeAsString)) {
    p.SelectionMode = f.SelectionMode ?? 1;
    p.SelectionGroup = 0;
    p.AllowDisplay = true;
    p.Presence = true;
  }
  for (const [k, v] of Object.entries(f.extra)) if (!(k in p)) p[k] = v;
  return p;
}

export function fieldOdataType(f: FieldDef): string {
  return TYPES[f.TypeAsString].odataType;
}
