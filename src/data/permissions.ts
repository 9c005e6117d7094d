/**
 * What the signed-in person may do on each list, as SharePoint says it (each list's EffectiveBasePermissions),
 * read once with a view's first wave. The views use it to offer only what the person may do; SharePoint still
 * decides every write (SECURITY.md), so a view without this information offers everything and reports a refusal.
 */

/** A list's permission mask for the caller, by list title (lower-cased). */
export type ListPermissions = ReadonlyMap<string, { high: number; low: number }>;

/** SharePoint's permission kinds the views ask about (the bit is kind − 1, all in the low word). */
const KIND = { view: 1, add: 2, edit: 3, delete: 4, manageLists: 12, managePermissions: 26 } as const;
export type Ability = keyof typeof KIND;

export function parseListPermissions(rows: ReadonlyArray<Record<string, unknown>>): ListPermissions {
  const out = new Map<string, { high: number; low: number }>();
  for (const row of rows) {
    const perms = row.EffectiveBasePermissions as { High?: unknown; Low?: unknown } | undefined;
    if (typeof row.Title !== 'string' || !perms) continue;
    out.set(row.Title.toLowerCase(), { high: Number(perms.High ?? 0), low: Number(perms.Low ?? 0) });
  }
  return out;
}

/** Whether the caller may `ability` on the list; true when it is not known (no information, or a list not read). */
export function may(permissions: ListPermissions | null | undefined, listTitle: string, ability: Ability): boolean {
  const mask = permissions?.get(listTitle.toLowerCase());
  if (!mask) return true;
  return ((mask.low >>> (KIND[ability] - 1)) & 1) === 1;
}

/** The store's list permissions, or null when it cannot say (a test's fake store, a failed read): the view then offers everything. */
export function readPermissions(store: { listPermissions?: unknown }): Promise<ListPermissions | null> {
  const read = store.listPermissions;
  return typeof read === 'function' ? (read.call(store) as Promise<ListPermissions>).catch(() => null) : Promise.resolve(null);
}
