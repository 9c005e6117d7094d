/**
 * Onboarding from a list the region already keeps on its site: the small interface the import needs
 * (which lists there are, a list's columns, its items), and the pure steps around it — which lists and
 * columns can be read, how a REST item's values become cells (choice, person, date, rich text), the
 * proposed field of a column that its display name does not give away (a choice column by its values, a
 * person column as the responsible), and the list as a grid for the one import pipeline (parseGrid).
 */
import { stockholmDate } from '../model/calendar';
import { PersonRef } from '../model/types';
import { handlingFromWord } from './handling';
import { matchHeader } from './headers';
import { statusFromWord } from './status';
import { GridCell, ImportField, MappingOverrides, SheetGrid } from './types';

export interface SiteList {
  id: string;
  title: string;
  itemCount: number;
}

export interface SiteField {
  /** The display name (what the synonym table reads). */
  title: string;
  internalName: string;
  /** The property name on the REST wire: internal names starting with `_` get `OData_` in front. */
  propertyName: string;
  type: string;
  choices: string[];
}

export interface SiteCell {
  value: string | number | boolean | null;
  people?: PersonRef[];
}

export interface SiteListRow {
  id: number;
  /** By internal name. */
  cells: Record<string, SiteCell>;
}

export interface SiteListRows {
  rows: SiteListRow[];
  /** The list has more items than were asked for. */
  tooMany: boolean;
}

/** What the import reads from a site; the PnPjs implementation is `createSiteListSource` (pnpSiteLists.ts). */
export interface SiteListSource {
  /** The site's own lists that can hold a plan: visible generic lists that are not the product's. */
  lists(): Promise<SiteList[]>;
  /** One of `lists()` by title (case-insensitive), or null. */
  findList(title: string): Promise<SiteList | null>;
  /** The list's columns that can be imported (see importableFields), in the list's order. */
  fields(listId: string): Promise<SiteField[]>;
  /** The list's items in ID order, at most `maxRows`. */
  rows(listId: string, fields: readonly SiteField[], maxRows: number): Promise<SiteListRows>;
}

/** The most items and columns read from a list. */
export const MAX_LIST_ROWS = 20000;
export const MAX_LIST_COLUMNS = 50;

/** Generic lists ("Anpassad lista"), the only template a region's own register is kept in. */
export const GENERIC_LIST_TEMPLATE = 100;

/** The product's own lists (IkPlans, IkItems, …) are never offered for import. */
export function isProductList(title: string): boolean {
  return /^Ik[A-Z]/.test(title);
}

const READABLE_TYPES = ['Text', 'Note', 'Choice', 'MultiChoice', 'Number', 'Currency', 'Integer', 'DateTime', 'Boolean', 'User', 'UserMulti', 'URL'];

export interface RawField {
  Title?: unknown;
  InternalName?: unknown;
  EntityPropertyName?: unknown;
  TypeAsString?: unknown;
  Choices?: unknown;
  Hidden?: unknown;
  ReadOnlyField?: unknown;
}

/** The REST property an internal name is read and written by. */
export function propertyNameOf(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

function choicesOf(raw: unknown): string[] {
  const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' && Array.isArray((raw as { results?: unknown }).results)
    ? (raw as { results: unknown[] }).results : [];
  return list.filter((c): c is string => typeof c === 'string');
}

/** The columns worth importing, in the list's order: visible, editable (Title is), of a type the import can read. */
export function importableFields(raw: readonly RawField[]): SiteField[] {
  const fields: SiteField[] = [];
  for (const f of raw) {
    if (typeof f.InternalName !== 'string' || typeof f.Title !== 'string' || typeof f.TypeAsString !== 'string') continue;
    if (f.Hidden === true || (f.ReadOnlyField === true && f.InternalName !== 'Title')) continue;
    if (READABLE_TYPES.indexOf(f.TypeAsString) < 0) continue;
    fields.push({
      title: f.Title, internalName: f.InternalName, type: f.TypeAsString, choices: choicesOf(f.Choices),
      propertyName: typeof f.EntityPropertyName === 'string' && f.EntityPropertyName ? f.EntityPropertyName : propertyNameOf(f.InternalName)
    });
  }
  return fields;
}

export function isPersonField(field: Pick<SiteField, 'type'>): boolean {
  return field.type === 'User' || field.type === 'UserMulti';
}

/** The `$select` and `$expand` of a list's items: person columns as `<Name>Id` plus the person's name, address and login. */
export function itemQuery(fields: readonly SiteField[]): { select: string[]; expand: string[] } {
  const select = ['Id'];
  const expand: string[] = [];
  for (const f of fields) {
    if (isPersonField(f)) {
      select.push(`${f.propertyName}Id`, `${f.propertyName}/Title`, `${f.propertyName}/EMail`, `${f.propertyName}/Name`);
      expand.push(f.propertyName);
    } else {
      select.push(f.propertyName);
    }
  }
  return { select, expand };
}

function plainText(text: string): string {
  if (!/<[a-z][^>]*>/i.test(text)) return text;
  return text.replace(/<br\s*\/?>|<\/(p|div|li)>/gi, '\n').replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n').trim();
}

/** `i:0#.f|membership|anna@region.se` → `anna@region.se`. */
function upnOf(login: unknown, email: unknown): string {
  const fromLogin = typeof login === 'string' ? login.split('|').pop() ?? '' : '';
  return fromLogin.indexOf('@') > 0 ? fromLogin : typeof email === 'string' ? email : fromLogin;
}

function peopleOf(raw: unknown): PersonRef[] {
  const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' && Array.isArray((raw as { results?: unknown }).results)
    ? (raw as { results: unknown[] }).results : raw ? [raw] : [];
  const people: PersonRef[] = [];
  for (const entry of list) {
    if (!entry || typeof entry !== 'object') continue;
    const p = entry as { Id?: unknown; Title?: unknown; EMail?: unknown; Name?: unknown };
    const upn = upnOf(p.Name, p.EMail);
    if (!upn) continue;
    people.push({ upn, objectId: '', displayName: typeof p.Title === 'string' && p.Title ? p.Title : upn,
      ...(typeof p.Id === 'number' ? { siteUserId: p.Id } : {}) });
  }
  return people;
}

/** A REST item's value of one column as a cell value. */
export function cellOf(field: SiteField, item: Record<string, unknown>): SiteCell {
  const raw = item[field.propertyName];
  if (isPersonField(field)) {
    const people = peopleOf(raw);
    return { value: people.length ? people.map((p) => p.displayName).join(', ') : null, people };
  }
  if (raw === null || raw === undefined) return { value: null };
  switch (field.type) {
    case 'MultiChoice':
      return { value: choicesOf(raw).join('; ') || null };
    case 'DateTime':
      return { value: typeof raw === 'string' && raw ? stockholmDate(new Date(raw)) : null };
    case 'Boolean':
      return { value: raw === true };
    case 'URL': {
      const url = raw as { Url?: unknown; Description?: unknown };
      return { value: typeof url.Description === 'string' && url.Description ? url.Description : typeof url.Url === 'string' ? url.Url : null };
    }
    case 'Note':
      return { value: typeof raw === 'string' ? plainText(raw) : null };
    default:
      return { value: typeof raw === 'string' || typeof raw === 'number' ? raw : null };
  }
}

function gridCell(cell: SiteCell | undefined): GridCell {
  const value = cell?.value ?? null;
  const text = value === null ? '' : typeof value === 'boolean' ? (value ? 'Ja' : 'Nej') : String(value).trim();
  const out: GridCell = { value: text === '' ? null : typeof value === 'boolean' ? text : value, text, fill: null, mergedContinuation: false };
  if (cell?.people?.length) out.people = cell.people;
  return out;
}

/** The list as a grid: the header row of display names, then one row per item (its id in `rowIds`). */
export function listGrid(list: SiteList, fields: readonly SiteField[], rows: readonly SiteListRow[]): SheetGrid {
  const header: GridCell[] = fields.map((f) => ({ value: f.title, text: f.title, fill: null, mergedContinuation: false }));
  return {
    name: list.title,
    rows: [header, ...rows.map((row) => fields.map((f) => gridCell(row.cells[f.internalName])))],
    rowIds: [0, ...rows.map((row) => row.id)],
    internalNames: fields.map((f) => f.internalName)
  };
}

/**
 * Fields for the columns the synonym table does not recognise by name but their content gives away: a
 * choice column whose choices are all handling words (behålla/begränsa/eliminera) or all status words
 * (grön/gul/röd), a person column (the responsible) and a date column (the due date), each when no other
 * column already is that field.
 */
export function proposedByContent(fields: readonly SiteField[]): MappingOverrides {
  const proposals: MappingOverrides = {};
  const byName = new Set(fields.map((f) => matchHeader(f.title)?.field).filter((f): f is ImportField => typeof f === 'string'));
  for (const f of fields) {
    if (matchHeader(f.title)) continue;
    const choices = f.choices.filter((c) => c.trim() !== '');
    let field: ImportField | null = null;
    if ((f.type === 'Choice' || f.type === 'MultiChoice') && choices.length > 0) {
      if (choices.every((c) => handlingFromWord(c))) field = 'handling';
      else if (choices.every((c) => statusFromWord(c))) field = 'status';
    } else if (isPersonField(f)) {
      field = 'responsible';
    } else if (f.type === 'DateTime') {
      field = 'due';
    }
    if (field && !byName.has(field)) {
      proposals[f.internalName] = field;
      byName.add(field);
    }
  }
  return proposals;
}
