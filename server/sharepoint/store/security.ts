/**
 * The site's permission model, as SharePoint Online keeps it: site groups (members, owner), role definitions
 * (permission levels with their 64-bit masks), role assignments on securable scopes (the web, a list, an item),
 * and inheritance (a list or item without assignments of its own takes its parent's).
 * Source: /work/shared/sharepoint-wire/permissions-versions-files.md §1–2.
 *
 * Masks are BigInts of `High << 32 | Low`; on the wire they are `{ High, Low }` as decimal strings.
 * A scope's key is `web`, `list:<list id>` or `item:<list id>:<item id>`; a scope is present in `scopes` only when
 * it has unique role assignments (the web always has).
 *
 * Choices written down where SharePoint's behaviour is not recorded ([unknown] in the wire notes):
 *  - "Everyone except external users" is a site user with SharePoint's claim login; any directory person is in it.
 *  - A new site's three groups are SharePoint's: Owners (Full Control), Visitors (Read), Members (Edit), with the
 *    emulator's `siteOwners` in Owners and "Everyone except external users" in Members, so a site that no one has
 *    secured behaves as an open team site does.
 */

/** SharePoint's `PermissionKind`: the bit is `kind − 1` (kinds 1–32 in Low, 33–64 in High). */
export const PermissionKind = {
  ViewListItems: 1, AddListItems: 2, EditListItems: 3, DeleteListItems: 4, ApproveItems: 5, OpenItems: 6, ViewVersions: 7,
  DeleteVersions: 8, CancelCheckout: 9, ManagePersonalViews: 10, ManageLists: 12, ViewFormPages: 13, AnonymousSearchAccessList: 14,
  Open: 17, ViewPages: 18, AddAndCustomizePages: 19, ApplyThemeAndBorder: 20, ApplyStyleSheets: 21, ViewUsageData: 22,
  CreateSSCSite: 23, ManageSubwebs: 24, CreateGroups: 25, ManagePermissions: 26, BrowseDirectories: 27, BrowseUserInfo: 28,
  AddDelPrivateWebParts: 29, UpdatePersonalWebParts: 30, ManageWeb: 31, AnonymousSearchAccessWebLists: 32, UseClientIntegration: 37,
  UseRemoteAPIs: 38, ManageAlerts: 39, CreateAlerts: 40, EditMyUserInfo: 41, EnumeratePermissions: 63
} as const;
export type PermissionName = keyof typeof PermissionKind;

export const bit = (name: PermissionName): bigint => 1n << BigInt(PermissionKind[name] - 1);
export const maskOf = (high: string | number, low: string | number): bigint => (BigInt(high) << 32n) | BigInt(low);
export const FULL_MASK = maskOf('2147483647', '4294967295');
export const wireMask = (mask: bigint): { High: string; Low: string } => ({ High: String(mask >> 32n), Low: String(mask & 0xffffffffn) });

export interface RoleDefRecord {
  Id: number;
  Name: string;
  Description: string;
  High: string;
  Low: string;
  Hidden: boolean;
  Order: number;
  /** 0 none (a custom level), 1 guest (limited access), 2 reader, 3 contributor, 4 web designer, 5 administrator, 6 editor, 7 reviewer. */
  RoleTypeKind: number;
}

/** SharePoint Online's permission levels, with the ids and masks it answers with (recorded). */
export const BUILT_IN_ROLE_DEFINITIONS: RoleDefRecord[] = [
  { Id: 1073741829, Name: 'Full Control', Description: 'Has full control.', High: '2147483647', Low: '4294967295', Hidden: false, Order: 1, RoleTypeKind: 5 },
  { Id: 1073741828, Name: 'Design', Description: 'Can view, add, update, delete, approve, and customize.', High: '432', Low: '1012866047', Hidden: false, Order: 32, RoleTypeKind: 4 },
  { Id: 1073741830, Name: 'Edit', Description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', High: '432', Low: '1011030767', Hidden: false, Order: 48, RoleTypeKind: 6 },
  { Id: 1073741827, Name: 'Contribute', Description: 'Can view, add, update, and delete list items and documents.', High: '432', Low: '1011028719', Hidden: false, Order: 64, RoleTypeKind: 3 },
  { Id: 1073741969, Name: 'Review', Description: 'Can view and review list items.', High: '176', Low: '138629217', Hidden: false, Order: 96, RoleTypeKind: 7 },
  { Id: 1073741826, Name: 'Read', Description: 'Can view pages and list items and download documents.', High: '176', Low: '138612833', Hidden: false, Order: 128, RoleTypeKind: 2 },
  { Id: 1073741825, Name: 'Limited Access', Description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.', High: '36', Low: '1114113', Hidden: true, Order: 160, RoleTypeKind: 1 }
];
export const ROLE = { fullControl: 1073741829, edit: 1073741830, contribute: 1073741827, read: 1073741826 } as const;

export interface GroupRecord {
  Id: number;
  Title: string;
  Description: string;
  /** The principal (a user or a group) that owns the group: it may change the group and its members. */
  OwnerId: number;
  OnlyAllowMembersViewMembership: boolean;
  AllowMembersEditMembership: boolean;
  /** Site user ids (a user may be "Everyone except external users"). */
  members: number[];
}

export interface Assignment {
  principalId: number;
  roleDefIds: number[];
}

export type ScopeKey = string;
export const WEB_SCOPE: ScopeKey = 'web';
export const listScope = (listId: string): ScopeKey => `list:${listId}`;
export const itemScope = (listId: string, itemId: number): ScopeKey => `item:${listId}:${itemId}`;

export type SecurityOp =
  | { op: 'group'; group: Omit<GroupRecord, 'members'> }
  | { op: 'groupMember'; groupId: number; userId: number; member: boolean }
  | { op: 'dropGroup'; groupId: number }
  | { op: 'roleDef'; def: RoleDefRecord }
  | { op: 'dropRoleDef'; id: number }
  | { op: 'scope'; key: ScopeKey; assignments: Assignment[] }
  | { op: 'dropScope'; key: ScopeKey };

/** SharePoint's claim for every member of the tenant's directory. */
export const EVERYONE_LOGIN = 'c:0-.f|rolemanager|spo-grid-all-users/6f2d8a35-6c6e-4f2b-9d1e-3a1f1d6e0b21';
export const EVERYONE_TITLE = 'Everyone except external users';

/** Who is asking: a site user id, whether they are a directory person (so in "Everyone …"), and whether an admin. */
export interface Principal {
  userId: number;
  inDirectory: boolean;
  isSiteAdmin: boolean;
}

export class SecurityState {
  readonly groups = new Map<number, GroupRecord>();
  readonly roleDefs = new Map<number, RoleDefRecord>(BUILT_IN_ROLE_DEFINITIONS.map((d) => [d.Id, d]));
  readonly scopes = new Map<ScopeKey, Assignment[]>([[WEB_SCOPE, []]]);
  /** The site user id of "Everyone except external users" (made with the site's defaults). */
  everyoneId = 0;

  constructor(private readonly record: (op: SecurityOp) => void) {}

  apply(op: SecurityOp): void {
    switch (op.op) {
      case 'group': {
        const before = this.groups.get(op.group.Id);
        this.groups.set(op.group.Id, { ...op.group, members: before?.members ?? [] });
        break;
      }
      case 'groupMember': {
        const g = this.groups.get(op.groupId);
        if (!g) break;
        const rest = g.members.filter((m) => m !== op.userId);
        g.members = op.member ? [...rest, op.userId] : rest;
        break;
      }
      case 'dropGroup':
        this.groups.delete(op.groupId);
        for (const [key, list] of this.scopes) this.scopes.set(key, list.filter((a) => a.principalId !== op.groupId));
        break;
      case 'roleDef':
        this.roleDefs.set(op.def.Id, op.def);
        break;
      case 'dropRoleDef':
        this.roleDefs.delete(op.id);
        break;
      case 'scope':
        this.scopes.set(op.key, op.assignments);
        break;
      case 'dropScope':
        if (op.key !== WEB_SCOPE) this.scopes.delete(op.key);
        break;
    }
  }

  private change(op: SecurityOp): void {
    this.apply(op);
    this.record(op);
  }

  /** Every op that rebuilds this state (the journal's compacted snapshot). */
  snapshot(): SecurityOp[] {
    const ops: SecurityOp[] = [];
    for (const def of this.roleDefs.values()) if (!BUILT_IN_ROLE_DEFINITIONS.some((b) => b.Id === def.Id)) ops.push({ op: 'roleDef', def });
    for (const { members, ...group } of this.groups.values()) {
      ops.push({ op: 'group', group });
      for (const userId of members) ops.push({ op: 'groupMember', groupId: group.Id, userId, member: true });
    }
    for (const [key, assignments] of this.scopes) ops.push({ op: 'scope', key, assignments });
    return ops;
  }

  clear(): void {
    this.groups.clear();
    this.roleDefs.clear();
    for (const d of BUILT_IN_ROLE_DEFINITIONS) this.roleDefs.set(d.Id, d);
    this.scopes.clear();
    this.scopes.set(WEB_SCOPE, []);
  }

  // ------------------------------------------------------------------ groups

  saveGroup(group: GroupRecord): void {
    const { members, ...meta } = group;
    const before = this.groups.get(group.Id)?.members ?? [];
    this.change({ op: 'group', group: meta });
    for (const m of members) if (!before.includes(m)) this.setMember(group.Id, m, true);
  }

  groupByName(name: string): GroupRecord | undefined {
    const n = name.toLowerCase();
    return [...this.groups.values()].find((g) => g.Title.toLowerCase() === n);
  }

  setMember(groupId: number, userId: number, member: boolean): void {
    const g = this.groups.get(groupId);
    if (!g || g.members.includes(userId) === member) return;
    this.change({ op: 'groupMember', groupId, userId, member });
  }

  dropGroup(groupId: number): void {
    this.change({ op: 'dropGroup', groupId });
  }

  // ------------------------------------------------------------------ role definitions

  roleDefByName(name: string): RoleDefRecord | undefined {
    const n = name.toLowerCase();
    return [...this.roleDefs.values()].find((d) => d.Name.toLowerCase() === n);
  }

  saveRoleDef(def: RoleDefRecord): void {
    this.change({ op: 'roleDef', def });
  }

  dropRoleDef(id: number): void {
    this.change({ op: 'dropRoleDef', id });
  }

  // ------------------------------------------------------------------ scopes

  hasUnique(key: ScopeKey): boolean {
    return this.scopes.has(key);
  }

  /** The scope whose assignments apply to `chain` (most specific first, ending in the web). */
  effectiveScope(chain: ScopeKey[]): ScopeKey {
    return chain.find((k) => this.scopes.has(k)) ?? WEB_SCOPE;
  }

  assignments(key: ScopeKey): Assignment[] {
    return this.scopes.get(key) ?? [];
  }

  /**
   * `breakroleinheritance(copyroleassignments, clearsubscopes)`: the scope gets assignments of its own, a copy of
   * what it inherited or, without the copy, only the caller with Full Control (as SharePoint leaves "1 role
   * assignment containing the current user"). `clearsubscopes` makes the scope's children inherit again.
   */
  breakInheritance(chain: ScopeKey[], copy: boolean, callerId: number, children: ScopeKey[], clearChildren: boolean): void {
    const [key] = chain;
    if (!this.scopes.has(key)) {
      const inherited = this.assignments(this.effectiveScope(chain.slice(1)));
      const assignments = copy ? inherited.map((a) => ({ ...a, roleDefIds: [...a.roleDefIds] })) : [{ principalId: callerId, roleDefIds: [ROLE.fullControl] }];
      this.change({ op: 'scope', key, assignments });
    }
    if (clearChildren) for (const child of children) if (this.scopes.has(child)) this.change({ op: 'dropScope', key: child });
  }

  resetInheritance(key: ScopeKey): void {
    if (key !== WEB_SCOPE && this.scopes.has(key)) this.change({ op: 'dropScope', key });
  }

  /** Removes a deleted list's or item's scopes. */
  forget(prefix: ScopeKey): void {
    for (const key of [...this.scopes.keys()]) if (key === prefix || key.startsWith(`${prefix}:`)) this.change({ op: 'dropScope', key });
  }

  addAssignment(key: ScopeKey, principalId: number, roleDefId: number): void {
    const list = this.assignments(key);
    const found = list.find((a) => a.principalId === principalId);
    if (found?.roleDefIds.includes(roleDefId)) return;
    const next = found
      ? list.map((a) => (a === found ? { ...a, roleDefIds: [...a.roleDefIds, roleDefId] } : a))
      : [...list, { principalId, roleDefIds: [roleDefId] }];
    this.change({ op: 'scope', key, assignments: next });
  }

  /** Removes one role of a principal on a scope, or (no role given) the principal's whole assignment. */
  removeAssignment(key: ScopeKey, principalId: number, roleDefId?: number): void {
    const list = this.assignments(key);
    const next = list
      .map((a) => (a.principalId !== principalId ? a : roleDefId === undefined ? null : { ...a, roleDefIds: a.roleDefIds.filter((r) => r !== roleDefId) }))
      .filter((a): a is Assignment => a !== null && a.roleDefIds.length > 0);
    if (next.length !== list.length || next.some((a, i) => a !== list[i])) this.change({ op: 'scope', key, assignments: next });
  }

  // ------------------------------------------------------------------ effective permissions

  /** Whether a principal id stands for `who`: the user, "Everyone …" for a directory person, or a group they are in. */
  covers(principalId: number, who: Principal): boolean {
    if (principalId === who.userId) return true;
    if (principalId === this.everyoneId) return who.inDirectory;
    const group = this.groups.get(principalId);
    return group !== undefined && group.members.some((m) => m === who.userId || (m === this.everyoneId && who.inDirectory));
  }

  /** The union of the masks of every role `who` holds on the scope that applies to `chain`. */
  effectiveMask(who: Principal, chain: ScopeKey[]): bigint {
    if (who.isSiteAdmin) return FULL_MASK;
    let mask = 0n;
    for (const a of this.assignments(this.effectiveScope(chain))) {
      if (!this.covers(a.principalId, who)) continue;
      for (const id of a.roleDefIds) {
        const def = this.roleDefs.get(id);
        if (def) mask |= maskOf(def.High, def.Low);
      }
    }
    return mask;
  }

  /** Whether `who` may change the group's members: its owner (or a member of the owning group), or who manages the web's permissions. */
  mayManageGroup(group: GroupRecord, who: Principal): boolean {
    if ((this.effectiveMask(who, [WEB_SCOPE]) & bit('ManagePermissions')) !== 0n) return true;
    if (this.covers(group.OwnerId, who)) return true;
    return group.AllowMembersEditMembership && this.covers(group.Id, who);
  }
}
