/**
 * Natural keys for entities created in the UI: readable, unique, stable once written.
 */

/** Lowercase ASCII words joined by dashes: "Delår augusti" → "delar-augusti" (capped, keys live in a 255-character column). */
export function slug(text: string): string {
  return text.toLowerCase()
    .replace(/[åä]/g, 'a').replace(/ö/g, 'o')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '') || 'x';
}

/** A key unique enough for a person clicking "new": the time in base 36 plus a random tail. */
export function newKey(prefix: string, scope: string): string {
  return `${prefix}:${scope}:${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36).padStart(2, '0')}`;
}

/** The part of a plan key after `plan:`, used to scope the keys of its items, measures and periods. */
export function planScope(planKey: string): string {
  return planKey.replace(/^plan:/, '');
}
