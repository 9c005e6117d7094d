/**
 * Typed equality conditions on entity properties, turned into an escaped OData `$filter` for SharePoint
 * and into the same test in memory (for the full-scan fallback on lists past the view threshold).
 */
import { FieldDef, ListDef } from '../model/schema';

export type Condition<T> = { [P in keyof T]?: T[P] };

/** Quotes a string for an OData literal: a single quote is doubled, as SharePoint expects. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
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
      return `datetime'${String(value)}'`;
    case 'dateOnly':
      return `datetime'${String(value)}T12:00:00Z'`;
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
