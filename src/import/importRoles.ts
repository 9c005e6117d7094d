/**
 * The responsible roles of imported measures. A title ("HR-direktör") becomes the role of that title,
 * reused case-insensitively when the site already has one. A person (a list's person column) becomes
 * the role that person already holds (the first by title if several: the role is what stays when people
 * change), else a new role "Ansvarig: <name>" held by the person, so reminders reach them from the first
 * follow-up and the coordinator can later rename the role or hand it over.
 */
import { slug } from '../plans/keys';
import { PersonRef, Role } from '../model/types';
import { ImportMeasureBase } from './types';

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

export interface RoleResolver {
  /** The role keys of a measure-level row, lead first. */
  keysOf(measure: ImportMeasureBase): string[];
  /** Roles to add (not stored yet). */
  fresh(): Role[];
}

export function roleResolver(existing: readonly Role[], unitKey: string | null): RoleResolver {
  const byTitle = new Map<string, string>();
  const byHolder = new Map<string, Role>();
  for (const role of [...existing].sort((a, b) => a.title.localeCompare(b.title, 'sv'))) {
    const title = collapse(role.title).toLowerCase();
    if (!byTitle.has(title)) byTitle.set(title, role.key);
    const upn = role.holder?.upn.toLowerCase();
    if (upn && !byHolder.has(upn)) byHolder.set(upn, role);
  }
  const added = new Map<string, Role>();

  const forTitle = (raw: string): string | null => {
    const title = collapse(raw);
    if (!title) return null;
    const known = byTitle.get(title.toLowerCase());
    if (known) return known;
    const key = `role:${slug(title)}`;
    if (!added.has(key)) added.set(key, { key, title, unitKey, holder: null, delegate: null });
    byTitle.set(title.toLowerCase(), key);
    return key;
  };

  const forPerson = (person: PersonRef): string => {
    const upn = person.upn.toLowerCase();
    const held = byHolder.get(upn);
    if (held) return held.key;
    const role: Role = { key: `role:ansvarig-${slug(upn)}`, title: `Ansvarig: ${person.displayName}`, unitKey, holder: person, delegate: null };
    added.set(role.key, role);
    byHolder.set(upn, role);
    return role.key;
  };

  return {
    keysOf(measure: ImportMeasureBase): string[] {
      if (measure.people && measure.people.length > 0) return [...new Set(measure.people.map(forPerson))];
      const titles = measure.responsibles ?? [measure.responsible];
      return [...new Set(titles.map(forTitle).filter((k): k is string => k !== null))];
    },
    fresh: () => [...added.values()]
  };
}
