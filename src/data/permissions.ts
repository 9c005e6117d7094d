/**
 * What the signed-in person may do on each list, as SharePoint says it (each list's EffectiveBasePermissions),
 * read once with a view's first wave. The views use it to offer only what the person may do; SharePoint still
 * decides every write (SECURITY.md), so a view without this information offers everything and reports a refusal.
 */

/** SharePoint's base permissions as two 32-bit words. */
export interface PermissionMask { high: number; low: number }

/** A list's permission mask for the caller, by list title (lower-cased). */
export type ListPermissions = ReadonlyMap<string, PermissionMask>;

/** SharePoint's permission kinds the views ask about (the bit is kind − 1, all in the low word). */
const KIND = { view: 1, add: 2, edit: 3, delete: 4, manageLists: 12, managePermissions: 26 } as const;
export type Ability = keyof typeof KIND;

/** `EffectiveBasePermissions` as SharePoint sends it (`{"High":"432","Low":"1011028719"}`, strings or numbers), or null. */
export function permissionMaskOf(value: unknown): PermissionMask | null {
  const perms = value as { High?: unknown; Low?: unknown } | null | undefined;
  if (!perms || typeof perms !== 'object') return null;
  return { high: Number(perms.High ?? 0), low: Number(perms.Low ?? 0) };
}

export function parseListPermissions(rows: ReadonlyArray<Record<string, unknown>>): ListPermissions {
  const out = new Map<string, PermissionMask>();
  for (const row of rows) {
    const mask = permissionMaskOf(row.EffectiveBasePermissions);
    if (typeof row.Title !== 'string' || !mask) continue;
    out.set(row.Title.toLowerCase(), mask);
  }
  return out;
}

/** Whether a mask allows `ability`; true when there is no mask (not known). */
export function allows(mask: PermissionMask | null | undefined, ability: Ability): boolean {
  return !mask || ((mask.low >>> (KIND[ability] - 1)) & 1) === 1;
}

/** Whether the caller may `ability` on the list; true when it is not known (no information, or a list not read). */
export function may(permissions: ListPermissions | null | undefined, listTitle: string, ability: Ability): boolean {
  return allows(permissions?.get(listTitle.toLowerCase()), ability);
}

/** The store's list permissions, or null when it cannot say (a test's fake store, a failed read): the view then offers everything. */
export function readPermissions(store: { listPermissions?: unknown }): Promise<ListPermissions | null> {
  const read = store.listPermissions;
  return typeof read === 'function' ? (read.call(store) as Promise<ListPermissions>).catch(() => null) : Promise.resolve(null);
}
