/**
 * SharePoint's name encodings: internal field names and entity type names derive from display
 * titles, with every character outside [A-Za-z0-9_] written as `_xHHHH_` (a space is `_x0020_`),
 * cut to 32 characters for field internal names.
 */
import { createHash, randomUUID } from 'node:crypto';

export function encodeName(title: string): string {
  let out = '';
  for (const ch of title) {
    if (/[A-Za-z0-9_]/.test(ch)) out += ch;
    else {
      const code = ch.codePointAt(0) ?? 0;
      out += `_x${code.toString(16).padStart(4, '0')}_`;
    }
  }
  return out;
}

/** Internal name for a new field: encoded, at most 32 characters, unique within the list. */
export function internalNameFor(title: string, taken: (name: string) => boolean): string {
  let base = encodeName(title).slice(0, 32);
  if (base === '') base = 'Field';
  if (!taken(base)) return base;
  for (let i = 0; ; i++) {
    const candidate = base.slice(0, 32 - String(i).length) + i;
    if (!taken(candidate)) return candidate;
  }
}

export function newGuid(): string {
  return randomUUID();
}

/** A GUID derived from a string, so ids that must stay stable (the web's) need no storage. */
export function stableGuid(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
