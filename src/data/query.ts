/**
 * Typed equality conditions on entity properties, turned into an escaped OData `$filter` for SharePoint
 * and into the same test in memory (for the full-scan fallback on lists past the view threshold).
 *
 * This is the one place that puts a value inside an OData string literal: in a `$filter` (odataString) or
 * in a REST path argument that PnPjs passes through unescaped (odataPathArgument). A value can then never
 * end its literal and add clauses of its own (`' or 1 eq 1 or IkKey eq '`).
 */
import { isIsoDate } from '../model/calendar';
import { FieldDef, ListDef } from '../model/schema';

export type Condition<T> = { [P in keyof T]?: T[P] };

/** The inside of an OData string literal: a single quote is doubled, as SharePoint expects. */
function literalText(value: string): string {
  return value.replace(/'/g, "''");
}

/** Quotes a string for an OData literal in a `$filter` (PnPjs percent-encodes the whole query string). */
export function odataString(value: string): string {
  return `'${literalText(value)}'`;
}

/**
 * A string argument for a REST path method that PnPjs writes between quotes as it is given (`siteGroups.getByName`,
 * `roleDefinitions.getByName`, `fields.getByInternalNameOrTitle`): the quotes doubled, then percent-encoded, since a
 * path is not encoded for us and `#`, `?`, `&`, `/` or `%` would otherwise end or split it. (`lists.getByTitle` and
 * `getFileByServerRelativePath` do both themselves: give them the plain value.)
 */
export function odataPathArgument(value: string): string {
  return encodeURIComponent(literalText(value));
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A date or instant goes into `datetime'…'` only in its ISO form: anything else could carry a quote. */
function dateLiteral(value: unknown, kind: 'dateOnly' | 'dateTime', column: string): string {
  const text = String(value);
  if (kind === 'dateOnly' ? !isIsoDate(text) : !INSTANT.test(text)) throw new Error(`Not an ISO ${kind === 'dateOnly' ? 'date' : 'instant'} for ${column}`);
  return kind === 'dateOnly' ? `datetime'${text}T12:00:00Z'` : `datetime'${text}'`;
}

function literal(def: FieldDef, value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (def.kind) {
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`Not a number for ${def.internalName}`);
      return String(value);
    case 'boolean':
      return value ? '1' : '0';
    case 'dateTime':
    case 'dateOnly':
      return dateLiteral(value, def.kind, def.internalName);
    default:
      return odataString(String(value));
  }
}

/** The column a condition on a property filters on (a person filters on its indexed UPN column). */
export function filterColumn(def: FieldDef): string {
  return def.kind === 'user' ? `${def.internalName}Upn` : def.internalName;
}

/**
 * Builds `$filter` with the conditions in the order given: callers put the indexed, most selective
 * condition first, because SharePoint judges a query on a big list by its first clause.
 */
export function toFilter<T>(list: ListDef<T>, condition: Condition<T>): string {
  const fields = list.fields as Record<string, FieldDef>;
  return Object.entries(condition)
    .map(([property, value]) => {
      const def = fields[property];
      if (!def) throw new Error(`Unknown property ${property} of list ${list.title}`);
      const v = def.kind === 'user' ? (value as { upn: string } | null)?.upn ?? null : value;
      return `${filterColumn(def)} eq ${literal(def.kind === 'user' ? { ...def, kind: 'text' } : def, v)}`;
    })
    .join(' and ');
}

export function matches<T>(entity: T, condition: Condition<T>): boolean {
  return Object.entries(condition).every(([property, value]) => {
    const actual = (entity as Record<string, unknown>)[property];
    if (typeof actual === 'string' && typeof value === 'string') return actual.toLowerCase() === value.toLowerCase();
    if (actual && typeof actual === 'object' && 'upn' in actual) {
      return String((actual as { upn: string }).upn).toLowerCase() === String((value as { upn: string } | null)?.upn ?? value).toLowerCase();
    }
    return actual === value;
  });
}
