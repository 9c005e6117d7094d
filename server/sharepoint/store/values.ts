/**
 * Turns an item write body (`items.add` / `item.update`) into stored values, as SharePoint's
 * OData layer does: property names must be entity property names of the list item type
 * (`Title`, `<User>Id`, `<Lookup>Id`, …) or the request is refused with 400; values are
 * converted to the column type (numbers, booleans, ISO dates, choices, multi-value arrays).
 *
 * Required columns are deliberately NOT enforced: SharePoint's REST/CSOM item APIs accept items
 * with empty required columns (only forms and ValidateUpdateListItem check them; see
 * SharePoint/PnP-JS-Core#376), so product code must validate them itself.
 */
import { Errors } from '../errors';
import { isoSeconds } from '../odata/filter';
import { isJsonObject, Json, JsonObject } from '../types';
import { entityPropertyName, isLookupType, isUserType, jsonArray } from './fieldtypes';
import { FieldDef, StoredValue } from './model';
import { ListState, Site } from './site';

/** Built-in properties a client may send back unchanged; they are ignored, as SharePoint does. */
const IGNORED = new Set(['Id', 'ID', 'GUID', 'Attachments', 'ContentTypeId', 'FileSystemObjectType', 'OData__UIVersionString', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ComplianceAssetId']);

/**
 * Built-in columns the emulator lets callers set (seeding history); SharePoint itself only
 * honours them through ValidateUpdateListItem / system update.
 */
const SETTABLE_BUILTIN = new Set(['Title', 'Created', 'Modified', 'Author', 'Editor']);

function toNumber(v: Json, edm: string, integer: boolean): number | null {
  if (v === null || v === '') return null;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  if (Number.isNaN(n) || (integer && !Number.isInteger(n))) throw Errors.cannotConvert(edm);
  return n;
}

function toDate(v: Json): string | null {
  if (v === null || v === '') return null;
  if (typeof v !== 'string') throw Errors.cannotConvert('Edm.DateTime');
  const s = /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v;
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) throw Errors.cannotConvert('Edm.DateTime');
  return isoSeconds(d);
}

function toBool(v: Json): boolean | null {
  if (v === null) return null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') {
    if (/^(true|1|yes)$/i.test(v)) return true;
    if (/^(false|0|no)$/i.test(v)) return false;
  }
  throw Errors.cannotConvert('Edm.Boolean');
}

function toChoice(f: FieldDef, v: Json): string | null {
  if (v === null || v === '') return null;
  if (typeof v !== 'string') throw Errors.cannotConvert('Edm.String');
  const hit = (f.Choices ?? []).find((c) => c.toLowerCase() === v.toLowerCase());
  if (hit !== undefined) return hit;
  if (f.FillInChoice) return v;
  throw Errors.invalidChoice(f.InternalName, v);
}

function toMultiChoice(f: FieldDef, v: Json): string[] | null {
  if (v === null) return null;
  let arr: Json[] | undefined = jsonArray(v);
  if (arr === undefined && typeof v === 'string') arr = v.split(';#').filter((s) => s !== '');
  if (arr === undefined) throw Errors.cannotConvert('Collection(Edm.String)');
  return arr.map((x) => {
    const c = toChoice(f, x);
    if (c === null) throw Errors.cannotConvert('Collection(Edm.String)');
    return c;
  });
}

function toIds(v: Json, site: Site | null): number[] | null {
  if (v === null) return null;
  const arr = jsonArray(v);
  if (arr === undefined) throw Errors.cannotConvert('Collection(Edm.Int32)');
  return arr.map((x) => {
    const n = toNumber(x, 'Edm.Int32', true);
    if (n === null) throw Errors.cannotConvert('Edm.Int32');
    if (site && !site.userById(n)) throw Errors.userNotUnique();
    return n;
  });
}

function toUserId(v: Json, site: Site): number | null {
  const n = toNumber(v, 'Edm.Int32', true);
  if (n === null || n <= 0) return null;
  if (!site.userById(n)) throw Errors.userNotUnique();
  return n;
}

function toUrl(v: Json): StoredValue {
  if (v === null) return null;
  if (typeof v === 'string') return { Url: v, Description: v };
  if (isJsonObject(v) && typeof v.Url === 'string') {
    return { Url: v.Url, Description: typeof v.Description === 'string' ? v.Description : v.Url };
  }
  throw Errors.cannotConvert('SP.FieldUrlValue');
}

function convert(f: FieldDef, v: Json, site: Site): StoredValue {
  switch (f.TypeAsString) {
    case 'Text':
    case 'Note':
      if (v === null) return null;
      if (typeof v === 'object') throw Errors.cannotConvert('Edm.String');
      return String(v);
    case 'Number':
    case 'Currency':
      return toNumber(v, 'Edm.Double', false);
    case 'Integer':
      return toNumber(v, 'Edm.Int32', true);
    case 'Boolean':
      return toBool(v);
    case 'DateTime':
      return toDate(v);
    case 'Choice':
      return toChoice(f, v);
    case 'MultiChoice':
      return toMultiChoice(f, v);
    case 'URL':
      return toUrl(v);
    case 'User':
      return toUserId(v, site);
    case 'UserMulti':
      return toIds(v, site);
    case 'Lookup': {
      const n = toNumber(v, 'Edm.Int32', true);
      return n === null || n <= 0 ? null : n;
    }
    case 'LookupMulti':
      return toIds(v, null);
    default:
      throw Errors.cannotConvert('Edm.String');
  }
}

/** Maps each writable entity property name of the list to its field and mode. */
function writableProps(list: ListState): Map<string, { field: FieldDef; stringId: boolean }> {
  const m = new Map<string, { field: FieldDef; stringId: boolean }>();
  for (const f of list.meta.fields) {
    if (f.FromBaseType && !SETTABLE_BUILTIN.has(f.InternalName)) continue;
    const name = entityPropertyName(f);
    if (isUserType(f.TypeAsString)) {
      m.set(`${name}Id`, { field: f, stringId: false });
      m.set(`${name}StringId`, { field: f, stringId: true });
    } else if (isLookupType(f.TypeAsString)) {
      m.set(`${name}Id`, { field: f, stringId: false });
    } else m.set(name, { field: f, stringId: false });
  }
  return m;
}

/** Converts a write body into `{internalName: value}`; refuses unknown properties (400). */
export function valuesFromBody(list: ListState, body: JsonObject, site: Site): Record<string, StoredValue> {
  const props = writableProps(list);
  const out: Record<string, StoredValue> = {};
  for (const [k, raw] of Object.entries(body)) {
    if (k === '__metadata' || IGNORED.has(k)) continue;
    const target = props.get(k);
    if (!target) throw Errors.propertyNotOnType(k, list.itemType);
    let v: Json = raw;
    if (target.stringId) {
      // <User>StringId carries the id as a string (or strings for multi)
      const arr = jsonArray(raw);
      v = arr ? arr.map((x) => (typeof x === 'string' ? Number(x) : x)) : typeof raw === 'string' ? Number(raw) : raw;
    }
    out[target.field.InternalName] = convert(target.field, v, site);
  }
  return out;
}

/** Initial values for a new item: each column's DefaultValue, converted. */
export function defaultValues(list: ListState, site: Site): Record<string, StoredValue> {
  const out: Record<string, StoredValue> = {};
  for (const f of list.meta.fields) {
    if (f.FromBaseType || f.DefaultValue === null || f.DefaultValue === '') continue;
    try {
      if (f.TypeAsString === 'DateTime' && /^\[today\]$/i.test(f.DefaultValue)) out[f.InternalName] = isoSeconds(new Date());
      else out[f.InternalName] = convert(f, f.DefaultValue, site);
    } catch {
      // a default that does not convert is simply not applied
    }
  }
  return out;
}
