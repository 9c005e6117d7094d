/**
 * The organisational hierarchy: a unit's sub-units, for roll-ups over a unit and everything below it.
 */
import { OrgUnit } from './types';

/** The unit and all units below it, as a set of keys. Tolerates cycles in bad data. */
export function unitAndDescendants(units: readonly OrgUnit[], rootKey: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.parentKey === null) continue;
    children.set(unit.parentKey, [...(children.get(unit.parentKey) ?? []), unit.key]);
  }
  const found = new Set<string>();
  const queue = [rootKey];
  while (queue.length) {
    const next = queue.shift() as string;
    if (found.has(next)) continue;
    found.add(next);
    queue.push(...(children.get(next) ?? []));
  }
  return found;
}

/** The path from the top of the tree down to the unit, e.g. for breadcrumbs. */
export function unitPath(units: readonly OrgUnit[], key: string): OrgUnit[] {
  const byKey = new Map(units.map((u) => [u.key, u]));
  const path: OrgUnit[] = [];
  let current = byKey.get(key);
  while (current && !path.includes(current)) {
    path.unshift(current);
    current = current.parentKey ? byKey.get(current.parentKey) : undefined;
  }
  return path;
}
