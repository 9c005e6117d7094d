/**
 * What "Mina uppföljningar" remembers between visits, in the browser's local storage: the keys of the subjects
 * the person answered for last time (loadMyRequests.ts, SubjectKeys), so that the next visit reads them beside
 * the first wave, in one round trip. Only keys are kept (no titles, answers or names), per person, and what is
 * read back is checked before use: storage is the user's own and may hold anything. Without storage (blocked,
 * full, a private window) the tab reads in two round trips, as on a first visit.
 */
import { KEY_SETS, SubjectKeys } from './loadMyRequests';

const VERSION = 1;
/** More than any person answers for; a larger stored list is not ours and is ignored. */
const MAX_KEYS = 2000;
const MAX_KEY_LENGTH = 255;

const storageKey = (upn: string): string => `internkontroll365:myRequests:${upn.trim().toLowerCase()}`;

function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    // A browser that blocks storage throws on access.
    return null;
  }
}

/** The checked keys, or null when the stored value is not what remember() writes. */
export function parseRemembered(text: string | null): SubjectKeys | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || (value as { v?: unknown }).v !== VERSION) return null;
  const out = {} as SubjectKeys;
  for (const set of KEY_SETS) {
    const keys = (value as Record<string, unknown>)[set];
    if (!Array.isArray(keys) || keys.length > MAX_KEYS) return null;
    if (!keys.every((k): k is string => typeof k === 'string' && k !== '' && k.length <= MAX_KEY_LENGTH)) return null;
    out[set] = keys;
  }
  return out;
}

export function recallSubjects(upn: string): SubjectKeys | null {
  try {
    return parseRemembered(storage()?.getItem(storageKey(upn)) ?? null);
  } catch {
    return null;
  }
}

export function rememberSubjects(upn: string, keys: SubjectKeys): void {
  try {
    storage()?.setItem(storageKey(upn), JSON.stringify({ v: VERSION, ...Object.fromEntries(KEY_SETS.map((set) => [set, keys[set].slice(0, MAX_KEYS)])) }));
  } catch {
    // Full or blocked: the next visit reads in two round trips.
  }
}
