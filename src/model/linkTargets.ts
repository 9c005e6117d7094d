/**
 * Links in both directions, checked: what a link from outside may name before a view uses it (a Teams deep
 * link's subEntityId, a page address's plan, period, area or unit), and what a link a view draws may point to.
 * A name from outside is an entity key as the product writes them (`measure:ik-2026-rs:03:1`), within the key
 * column's length; anything else is ignored, so the view starts as it would without the link. Pure: no I/O.
 */

/** The key column's length (a SharePoint single line of text). */
export const MAX_KEY_LENGTH = 255;

/**
 * A type word (`measure`, `focusArea`, `controlStep`), a colon, then what the product's key writers use: slugs
 * (lower-case words and dashes), numbers, colons and the ids of imported lists. No quote, space, bracket, slash,
 * percent or ampersand: a key can end no string literal, path or markup it is put in.
 */
const ENTITY_KEY = /^[A-Za-z][A-Za-z0-9]*:[A-Za-z0-9][A-Za-z0-9._:-]*$/;

export function isEntityKey(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_KEY_LENGTH && ENTITY_KEY.test(value);
}

/** The value if it is an entity key, else undefined (a missing, mistyped or hostile name is ignored). */
export function entityKeyFrom(value: string | null | undefined): string | undefined {
  return isEntityKey(value) ? value : undefined;
}

/**
 * An address a view may put in a link's href: an http(s) URL or a path on the same host (`/sites/…`, not
 * `//other.host`). Anything else (`javascript:`, `data:`, `vbscript:`, a relative path) gives null: not a link.
 */
export function safeLinkUrl(url: string): string | null {
  const trimmed = url.trim();
  if (/^\/(?![/\\])/.test(trimmed)) return trimmed;
  return /^https?:\/\/[^/\\\s]/i.test(trimmed) ? trimmed : null;
}
