/**
 * Maps between entities of the model and SharePoint list items, driven by the schema: the columns to
 * `$select`/`$expand`, reading an item into an entity, and writing an entity into an item body.
 */
import { isoInstant, stockholmDate } from '../model/calendar';
import { FieldDef, ListDef, fieldsOf } from '../model/schema';
import { PersonRef, Stored } from '../model/types';

/** The extra text columns a person field carries, because Graph needs them and SharePoint does not keep them. */
export function personColumns(def: FieldDef): { user: string; objectId: string; upn: string } {
  return { user: def.internalName, objectId: `${def.internalName}ObjectId`, upn: `${def.internalName}Upn` };
}

export interface ItemShape {
  select: string[];
  expand: string[];
}

export function itemShape<T>(list: ListDef<T>): ItemShape {
  const select = ['Id', 'Created'];
  const expand: string[] = [];
  for (const [, def] of fieldsOf(list)) {
    if (def.kind === 'user') {
      const c = personColumns(def);
      select.push(`${c.user}Id`, `${c.user}/Title`, c.objectId, c.upn);
      expand.push(c.user);
    } else if (def.kind === 'author') {
      // The sign-in name ("i:0#.f|membership|upn") carries the UPN; SharePoint keeps no object id for it here.
      select.push(`${def.internalName}Id`, `${def.internalName}/Title`, `${def.internalName}/Name`);
      expand.push(def.internalName);
    } else {
      select.push(def.internalName);
    }
  }
  return { select, expand };
}

export type RawItem = Record<string, unknown>;

function readPerson(item: RawItem, def: FieldDef): PersonRef | null {
  const c = personColumns(def);
  const upn = item[c.upn];
  if (typeof upn !== 'string' || upn === '') return null;
  const expanded = item[c.user] as { Title?: string } | undefined;
  const siteUserId = item[`${c.user}Id`];
  return {
    upn,
    objectId: String(item[c.objectId] ?? ''),
    displayName: expanded?.Title ?? upn,
    ...(typeof siteUserId === 'number' ? { siteUserId } : {})
  };
}

/** SharePoint's Created By as a person: the UPN from the claims sign-in name. */
/** The UPN in a SharePoint sign-in name: `i:0#.f|membership|anna@region.se` → `anna@region.se` (its last part). */
export function upnOfLogin(login: string): string {
  return login.slice(login.lastIndexOf('|') + 1);
}

function readAuthor(item: RawItem, def: FieldDef): PersonRef | null {
  const expanded = item[def.internalName] as { Title?: string; Name?: string } | undefined;
  const upn = upnOfLogin(typeof expanded?.Name === 'string' ? expanded.Name : '');
  if (upn === '') return null;
  const siteUserId = item[`${def.internalName}Id`];
  return { upn, objectId: '', displayName: expanded?.Title || upn, ...(typeof siteUserId === 'number' ? { siteUserId } : {}) };
}

function readValue(item: RawItem, def: FieldDef): unknown {
  const raw = item[def.internalName];
  switch (def.kind) {
    case 'text':
    case 'note':
      return typeof raw === 'string' ? raw : '';
    case 'integer':
    case 'number':
      return typeof raw === 'number' ? raw : raw === null || raw === undefined || raw === '' ? null : Number(raw);
    case 'boolean':
      return raw === true || raw === 1 || raw === '1';
    case 'dateOnly':
      // Read back as the Stockholm calendar date of the stored instant, so neither a UTC-midnight nor
      // a site-local-midnight representation shifts the day.
      return typeof raw === 'string' && raw ? stockholmDate(new Date(raw)) : null;
    case 'dateTime':
      return typeof raw === 'string' && raw ? isoInstant(new Date(raw)) : null;
    case 'choice':
      return typeof raw === 'string' && raw ? raw : null;
    case 'user':
      return readPerson(item, def);
    case 'author':
      return readAuthor(item, def);
    case 'keys':
      return typeof raw === 'string' ? splitKeys(raw) : [];
    case 'json':
      return readJsonList(raw);
  }
}

/** `;`-separated keys; natural keys never contain `;` (slugs and `:` only). */
export function splitKeys(raw: string): string[] {
  return raw.split(';').map((k) => k.trim()).filter((k) => k !== '');
}

/** A JSON array as stored; anything else (hand-edited in SharePoint, truncated) reads as empty, never throws. */
function readJsonList(raw: unknown): unknown[] {
  if (typeof raw !== 'string' || raw.trim() === '') return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

export function fromItem<T extends Stored>(list: ListDef<T>, item: RawItem): T {
  const entity: Record<string, unknown> = { id: item.Id ?? item.ID };
  const etag = item['odata.etag'] ?? (item.__metadata as { etag?: string } | undefined)?.etag;
  if (typeof etag === 'string') entity.etag = etag;
  if (typeof item.Created === 'string') entity.created = item.Created;
  for (const [property, def] of fieldsOf(list)) entity[property] = readValue(item, def);
  return entity as unknown as T;
}

function writeValue(def: FieldDef, value: unknown): unknown {
  switch (def.kind) {
    case 'text':
    case 'note':
      return value === null || value === undefined ? '' : String(value);
    case 'dateOnly':
      // Noon UTC is the same calendar day in every time zone SharePoint might apply.
      return value ? `${String(value)}T12:00:00Z` : null;
    case 'keys':
      return Array.isArray(value) ? value.join(';') : '';
    case 'json':
      return JSON.stringify(Array.isArray(value) ? value : []);
    default:
      return value === undefined ? null : value;
  }
}

/**
 * The item body for the given properties of an entity. Person fields need a site user id, which the
 * caller resolves first (ensureUser) and passes in `siteUserIds` by UPN.
 */
export function toItem<T extends Stored>(list: ListDef<T>, entity: Partial<T>, siteUserIds: Map<string, number>): RawItem {
  const body: RawItem = {};
  const fields = list.fields as Record<string, FieldDef>;
  for (const property of Object.keys(entity)) {
    const def = fields[property];
    if (!def || def.kind === 'author') continue; // id and etag are not columns; SharePoint sets the author
    const value = (entity as Record<string, unknown>)[property];
    if (def.kind === 'user') {
      const c = personColumns(def);
      const person = value as PersonRef | null;
      body[`${c.user}Id`] = person ? siteUserIds.get(person.upn.toLowerCase()) ?? null : null;
      body[c.objectId] = person?.objectId ?? '';
      body[c.upn] = person?.upn ?? '';
    } else {
      body[def.internalName] = writeValue(def, value);
    }
  }
  return body;
}

/** The people an entity names, whose site user ids must be known before it is written. */
export function peopleIn<T>(list: ListDef<T>, entity: Partial<T>): PersonRef[] {
  const people: PersonRef[] = [];
  for (const [property, def] of fieldsOf(list)) {
    const value = (entity as Record<string, unknown>)[property];
    if (def.kind === 'user' && value) people.push(value as PersonRef);
  }
  return people;
}
