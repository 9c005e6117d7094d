/**
 * Permissions over REST (permissions-versions-files.md §1–2): what the caller may do (`demand`, `canSeeItem`,
 * `demandItemWrite`), and the routes PnPjs's `@pnp/sp/security` and `@pnp/sp/site-groups` send: role definitions,
 * site groups and their users, role assignments, `breakroleinheritance`, `resetroleinheritance`,
 * `EffectiveBasePermissions`, `getUserEffectivePermissions` and `HasUniqueRoleAssignments` on the web, a list or
 * an item. Refusals are SharePoint's 403 "Access denied."
 */
import { Ctx, json, metadataUrl } from '../context';
import { Errors, SpError } from '../errors';
import { ComplexValue, EntityMeta, NestedEntity, Props, shapeCollection, shapeEntity, shapePrimitive } from '../odata/format';
import { Segment } from '../path';
import { ItemRecord, SiteUser } from '../store/model';
import {
  Assignment, bit, GroupRecord, maskOf, PermissionName, Principal, RoleDefRecord, ScopeKey, WEB_SCOPE, wireMask
} from '../store/security';
import { ListState } from '../store/site';
import { EmuResponse, isJsonObject } from '../types';
import { jsonBody } from './body';
import { applyCollectionQuery } from './collection';
import { userProps } from './users';

/** SPO's refusal (pnp/pnpjs#1915). */
export const accessDenied = (): SpError => new SpError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.');

export function principal(ctx: Ctx): Principal {
  return ctx.site.principalOf(ctx.user);
}

export function maskFor(ctx: Ctx, chain: ScopeKey[]): bigint {
  return ctx.site.security.effectiveMask(principal(ctx), chain);
}

export function has(ctx: Ctx, chain: ScopeKey[], ...perms: PermissionName[]): boolean {
  const mask = maskFor(ctx, chain);
  return perms.every((p) => (mask & bit(p)) !== 0n);
}

/** Throws "Access denied." unless the caller holds every permission on the scope. */
export function demand(ctx: Ctx, chain: ScopeKey[], ...perms: PermissionName[]): void {
  if (!has(ctx, chain, ...perms)) throw accessDenied();
}

/** A list the caller may not see answers as a list that does not exist (SharePoint does not confirm it). */
export function demandListVisible(ctx: Ctx, list: ListState): void {
  if (!has(ctx, ctx.site.scopeChain(list), 'ViewListItems')) throw Errors.listIdNotFound();
}

const listSetting = (list: ListState, name: 'ReadSecurity' | 'WriteSecurity'): number => Number(list.meta.extra[name] ?? 1);
const isAuthor = (ctx: Ctx, item: ItemRecord): boolean => item.values.Author === ctx.user.Id;
/** "Override list behaviors" (CancelCheckout), and site collection administrators, pass ReadSecurity and WriteSecurity. */
const overrides = (ctx: Ctx, list: ListState): boolean => has(ctx, ctx.site.scopeChain(list), 'CancelCheckout');

/** Whether the caller sees the item: ViewListItems on its scope, and under `ReadSecurity` 2 only their own. */
export function canSeeItem(ctx: Ctx, list: ListState, item: ItemRecord, readOwnOnly = listSetting(list, 'ReadSecurity') === 2 && !overrides(ctx, list)): boolean {
  if (readOwnOnly && !isAuthor(ctx, item)) return false;
  return has(ctx, ctx.site.scopeChain(list, item.id), 'ViewListItems');
}

/**
 * A filter for a collection of items: items in the list's own scope share one answer, items with unique
 * permissions (few: confidential ones, chapters) are checked one by one.
 */
export function itemVisibility(ctx: Ctx, list: ListState): (item: ItemRecord) => boolean {
  const readOwnOnly = listSetting(list, 'ReadSecurity') === 2 && !overrides(ctx, list);
  const listWide = has(ctx, ctx.site.scopeChain(list), 'ViewListItems');
  const security = ctx.site.security;
  const prefix = `item:${list.meta.Id}:`;
  const anyUnique = [...security.scopes.keys()].some((k) => k.startsWith(prefix));
  return (item) => {
    if (readOwnOnly && !isAuthor(ctx, item)) return false;
    // An item of its own, or one in a library's folder (which may have permissions of its own), is checked by its chain.
    if (anyUnique && (security.hasUnique(`${prefix}${item.id}`) || item.doc?.dir)) return has(ctx, ctx.site.scopeChain(list, item.id), 'ViewListItems');
    return listWide;
  };
}

/** Adding an item: AddListItems on the list, and `WriteSecurity` 4 ("none") lets only who may override add. */
export function demandItemAdd(ctx: Ctx, list: ListState): void {
  demand(ctx, ctx.site.scopeChain(list), 'AddListItems');
  if (listSetting(list, 'WriteSecurity') === 4 && !overrides(ctx, list)) throw accessDenied();
}

/** Changing or deleting an item the caller can see (the router checks that first): the permission on its scope, and under `WriteSecurity` 2 being its author. */
export function demandItemWrite(ctx: Ctx, list: ListState, item: ItemRecord, perm: 'EditListItems' | 'DeleteListItems'): void {
  demand(ctx, ctx.site.scopeChain(list, item.id), perm);
  const write = listSetting(list, 'WriteSecurity');
  if ((write === 4 || (write === 2 && !isAuthor(ctx, item))) && !overrides(ctx, list)) throw accessDenied();
}

// ------------------------------------------------------------------ shapes

function roleDefMeta(ctx: Ctx, d: RoleDefRecord): EntityMeta {
  const editLink = `Web/RoleDefinitions(${d.Id})`;
  return { type: 'SP.RoleDefinition', id: `${ctx.webUrl}/_api/${editLink}`, uri: `${ctx.webUrl}/_api/${editLink}`, editLink };
}

function roleDefProps(d: RoleDefRecord): Props {
  return {
    BasePermissions: new ComplexValue('SP.BasePermissions', { High: d.High, Low: d.Low }),
    Description: d.Description, Hidden: d.Hidden, Id: d.Id, Name: d.Name, Order: d.Order, RoleTypeKind: d.RoleTypeKind
  };
}

function groupMeta(ctx: Ctx, g: GroupRecord): EntityMeta {
  const editLink = `Web/SiteGroups/GetById(${g.Id})`;
  return { type: 'SP.Group', id: `${ctx.webUrl}/_api/${editLink}`, uri: `${ctx.webUrl}/_api/${editLink}`, editLink };
}

function ownerTitle(ctx: Ctx, ownerId: number): string {
  return ctx.site.security.groups.get(ownerId)?.Title ?? ctx.site.userById(ownerId)?.Title ?? '';
}

function groupProps(ctx: Ctx, g: GroupRecord): Props {
  return {
    Id: g.Id, IsHiddenInUI: false, LoginName: g.Title, Title: g.Title, PrincipalType: 8, AllowMembersEditMembership: g.AllowMembersEditMembership,
    AllowRequestToJoinLeave: false, AutoAcceptRequestToJoinLeave: false, Description: g.Description || null,
    OnlyAllowMembersViewMembership: g.OnlyAllowMembersViewMembership, OwnerTitle: ownerTitle(ctx, g.OwnerId), RequestToJoinLeaveEmailSetting: null
  };
}

function userMeta(ctx: Ctx, u: SiteUser): EntityMeta {
  const editLink = `Web/GetUserById(${u.Id})`;
  return { type: 'SP.User', id: `${ctx.webUrl}/_api/${editLink}`, uri: `${ctx.webUrl}/_api/${editLink}`, editLink };
}

function principalEntity(ctx: Ctx, id: number): NestedEntity | null {
  const group = ctx.site.security.groups.get(id);
  if (group) return new NestedEntity(groupMeta(ctx, group), groupProps(ctx, group));
  const user = ctx.site.userById(id);
  return user ? new NestedEntity(userMeta(ctx, user), userProps(user)) : null;
}

function wantsExpand(ctx: Ctx, name: string): boolean {
  return ctx.query.expand.some((e) => e.toLowerCase() === name.toLowerCase());
}

function assignmentRow(ctx: Ctx, base: string, a: Assignment): { meta: EntityMeta; props: Props } {
  const editLink = `${base}/RoleAssignments/GetByPrincipalId(${a.principalId})`;
  const props: Props = { PrincipalId: a.principalId };
  if (wantsExpand(ctx, 'Member')) props.Member = principalEntity(ctx, a.principalId);
  if (wantsExpand(ctx, 'RoleDefinitionBindings')) {
    props.RoleDefinitionBindings = a.roleDefIds.map((id) => ctx.site.security.roleDefs.get(id)).filter((d): d is RoleDefRecord => d !== undefined)
      .map((d) => new NestedEntity(roleDefMeta(ctx, d), roleDefProps(d)));
  }
  return { meta: { type: 'SP.RoleAssignment', id: `${ctx.webUrl}/_api/${editLink}`, uri: `${ctx.webUrl}/_api/${editLink}`, editLink }, props };
}

const odataNull = (ctx: Ctx): EmuResponse => json(ctx, 200, { 'odata.null': true });

function permissionsBody(ctx: Ctx, mask: bigint): EmuResponse {
  const { High, Low } = wireMask(mask);
  if (ctx.level === 'verbose') return json(ctx, 200, { d: { EffectiveBasePermissions: { __metadata: { type: 'SP.BasePermissions' }, High, Low } } });
  if (ctx.level === 'none') return json(ctx, 200, { High, Low });
  return json(ctx, 200, { 'odata.metadata': metadataUrl(ctx, 'SP.BasePermissions'), High, Low });
}

function intArg(seg: Segment): number {
  const n = Number(seg.args?.[0] ?? '');
  if (!Number.isInteger(n)) throw Errors.badPath(`${seg.name}(${seg.args?.[0] ?? ''})`);
  return n;
}

/** A principal by id (a user or a group), or "Principal not found" as SharePoint says it ([unknown] text). */
function knownPrincipal(ctx: Ctx, id: number): void {
  if (!ctx.site.security.groups.has(id) && !ctx.site.userById(id)) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'Cannot find the principal with id: ' + id + '.');
}

/** The site user a login names, added to the site if they are in the directory (as SharePoint resolves a login). */
function userByLogin(ctx: Ctx, login: string): SiteUser {
  const l = login.replace(/^!@v::/, '');
  const known = [...ctx.site.users.values()].find((u) => u.LoginName.toLowerCase() === l.toLowerCase());
  return known ?? ctx.site.ensureUser(l, true);
}

// ------------------------------------------------------------------ securable objects: web, list, item

export interface Securable {
  /** Most specific first, ending in the web. */
  chain: ScopeKey[];
  /** The path of the object in edit links (`Web`, `Web/Lists(guid'…')`, `…/Items(3)`). */
  base: string;
  /** The scopes below it (a list's items), cleared by `clearsubscopes=true`. */
  children: () => ScopeKey[];
}

/** The routes every securable object has; null when `rest` is none of them. */
export function securableRoute(ctx: Ctx, target: Securable, rest: Segment[]): EmuResponse | null {
  const [s0, s1, ...more] = rest;
  if (!s0) return null;
  const m = ctx.req.method;
  const security = ctx.site.security;
  const [key] = target.chain;
  switch (s0.name) {
    case 'effectivebasepermissions':
      if (m !== 'GET') throw Errors.methodNotAllowed();
      return permissionsBody(ctx, maskFor(ctx, target.chain));
    case 'getusereffectivepermissions': {
      if (m !== 'GET') throw Errors.methodNotAllowed();
      demand(ctx, target.chain, 'EnumeratePermissions');
      const user = userByLogin(ctx, s0.args?.[0] ?? '');
      return permissionsBody(ctx, security.effectiveMask(ctx.site.principalOf(user), target.chain));
    }
    case 'hasuniqueroleassignments':
      if (m !== 'GET') throw Errors.methodNotAllowed();
      return json(ctx, 200, shapePrimitive('HasUniqueRoleAssignments', key === WEB_SCOPE || security.hasUnique(key), ctx.level, metadataUrl(ctx, 'Edm.Boolean')));
    case 'breakroleinheritance': {
      if (m !== 'POST') throw Errors.methodNotAllowed();
      demand(ctx, target.chain, 'ManagePermissions');
      if (key === WEB_SCOPE) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'This operation is not allowed on an object that inherits permissions.');
      const copy = (s0.named.copyroleassignments ?? s0.args?.[0] ?? 'false').toLowerCase() === 'true';
      const clear = (s0.named.clearsubscopes ?? s0.args?.[1] ?? 'false').toLowerCase() === 'true';
      security.breakInheritance(target.chain, copy, ctx.user.Id, target.children(), clear);
      return odataNull(ctx);
    }
    case 'resetroleinheritance':
      if (m !== 'POST') throw Errors.methodNotAllowed();
      demand(ctx, target.chain.slice(1).length ? target.chain.slice(1) : target.chain, 'ManagePermissions');
      security.resetInheritance(key);
      return odataNull(ctx);
    case 'roleassignments':
      return roleAssignmentsRoute(ctx, target, s0, s1, more);
    default:
      return null;
  }
}

function roleAssignmentsRoute(ctx: Ctx, target: Securable, s0: Segment, s1: Segment | undefined, more: Segment[]): EmuResponse {
  const m = ctx.req.method;
  const security = ctx.site.security;
  const scope = security.effectiveScope(target.chain);
  const [key] = target.chain;
  /** Changing assignments needs ManagePermissions and a scope of the object's own (SharePoint: break inheritance first). */
  const changing = (): void => {
    demand(ctx, target.chain, 'ManagePermissions');
    if (key !== WEB_SCOPE && !security.hasUnique(key)) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'This operation is not allowed on an object that inherits permissions.');
  };
  const one = (principalId: number, rest: Segment[]): EmuResponse => {
    const a = security.assignments(scope).find((x) => x.principalId === principalId);
    if (!a) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', `Can not find the principal with id: ${principalId}.`);
    if (rest.length === 0) {
      if (m === 'GET') {
        demand(ctx, target.chain, 'EnumeratePermissions');
        const row = assignmentRow(ctx, target.base, a);
        return json(ctx, 200, shapeEntity(row.meta, row.props, ctx.level, metadataUrl(ctx, 'SP.RoleAssignment/@Element')));
      }
      if (m === 'DELETE') {
        changing();
        security.removeAssignment(key, principalId);
        return json(ctx, 200, {});
      }
      throw Errors.methodNotAllowed();
    }
    if (rest[0].name === 'roledefinitionbindings' && m === 'GET') {
      demand(ctx, target.chain, 'EnumeratePermissions');
      const rows = a.roleDefIds.map((id) => security.roleDefs.get(id)).filter((d): d is RoleDefRecord => d !== undefined)
        .map((d) => ({ meta: roleDefMeta(ctx, d), props: roleDefProps(d) }));
      return json(ctx, 200, shapeCollection(applyCollectionQuery(ctx, rows), ctx.level, metadataUrl(ctx, 'SP.ApiData.RoleDefinitions')));
    }
    if (rest[0].name === 'member' && m === 'GET') {
      const entity = principalEntity(ctx, principalId);
      if (!entity) throw Errors.userIdNotFound();
      return json(ctx, 200, shapeEntity(entity.meta, entity.props, ctx.level, metadataUrl(ctx, 'SP.Principal/@Element')));
    }
    throw Errors.badPath(ctx.req.apiPath);
  };
  if (s0.args !== null) return one(intArg(s0), s1 ? [s1, ...more] : []);
  if (!s1) {
    if (m !== 'GET') throw Errors.methodNotAllowed();
    demand(ctx, target.chain, 'EnumeratePermissions');
    const rows = security.assignments(scope).map((a) => assignmentRow(ctx, target.base, a));
    return json(ctx, 200, shapeCollection(applyCollectionQuery(ctx, rows), ctx.level, metadataUrl(ctx, 'SP.ApiData.RoleAssignments')));
  }
  if (s1.name === 'getbyprincipalid') return one(intArg(s1), more);
  if (s1.name === 'addroleassignment' || s1.name === 'removeroleassignment') {
    if (m !== 'POST') throw Errors.methodNotAllowed();
    changing();
    const principalId = Number(s1.named.principalid ?? s1.args?.[0]);
    const roleDefId = Number(s1.named.roledefid ?? s1.args?.[1]);
    knownPrincipal(ctx, principalId);
    if (!security.roleDefs.has(roleDefId)) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The role definition could not be found.');
    if (s1.name === 'addroleassignment') security.addAssignment(key, principalId, roleDefId);
    else security.removeAssignment(key, principalId, roleDefId);
    return odataNull(ctx);
  }
  throw Errors.badPath(ctx.req.apiPath);
}

// ------------------------------------------------------------------ the web's role definitions and groups

/** `web/roleDefinitions…`: read by anyone on the site; added, changed and deleted with ManagePermissions. */
export function roleDefinitionsRoute(ctx: Ctx, s0: Segment, rest: Segment[]): EmuResponse {
  const m = ctx.req.method;
  const security = ctx.site.security;
  const answer = (d: RoleDefRecord | undefined, more: Segment[]): EmuResponse => {
    if (!d) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The role definition could not be found.');
    if (more.length > 0) throw Errors.badPath(ctx.req.apiPath);
    if (m === 'GET') return json(ctx, 200, shapeEntity(roleDefMeta(ctx, d), roleDefProps(d), ctx.level, metadataUrl(ctx, 'SP.ApiData.RoleDefinitions/@Element')));
    demand(ctx, [WEB_SCOPE], 'ManagePermissions');
    if (m === 'DELETE') {
      if (d.RoleTypeKind !== 0) throw accessDenied();
      security.dropRoleDef(d.Id);
      return json(ctx, 200, {});
    }
    if (m === 'MERGE' || m === 'PATCH') {
      security.saveRoleDef({ ...d, ...roleDefChanges(jsonBody(ctx.req.body)) });
      return json(ctx, 204, {});
    }
    throw Errors.methodNotAllowed();
  };
  if (s0.args !== null) return answer(security.roleDefs.get(intArg(s0)), rest);
  const [s1, ...more] = rest;
  if (!s1) {
    if (m === 'GET') {
      const rows = [...security.roleDefs.values()].sort((a, b) => a.Order - b.Order).map((d) => ({ meta: roleDefMeta(ctx, d), props: roleDefProps(d) }));
      return json(ctx, 200, shapeCollection(applyCollectionQuery(ctx, rows), ctx.level, metadataUrl(ctx, 'SP.ApiData.RoleDefinitions')));
    }
    if (m === 'POST') {
      demand(ctx, [WEB_SCOPE], 'ManagePermissions');
      const changes = roleDefChanges(jsonBody(ctx.req.body));
      if (!changes.Name) throw Errors.badQuery('Name is required.');
      if (security.roleDefByName(changes.Name)) throw new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', 'The permission level name is already in use.');
      const def: RoleDefRecord = { Id: 1073741924 + security.roleDefs.size, Name: changes.Name, Description: changes.Description ?? '', High: changes.High ?? '0',
        Low: changes.Low ?? '0', Hidden: false, Order: changes.Order ?? 1000, RoleTypeKind: 0 };
      while (security.roleDefs.has(def.Id)) def.Id += 1;
      security.saveRoleDef(def);
      return json(ctx, 201, shapeEntity(roleDefMeta(ctx, def), roleDefProps(def), ctx.level, metadataUrl(ctx, 'SP.ApiData.RoleDefinitions/@Element')));
    }
    throw Errors.methodNotAllowed();
  }
  if (s1.name === 'getbyid') return answer(security.roleDefs.get(intArg(s1)), more);
  if (s1.name === 'getbyname') return answer(security.roleDefByName(s1.args?.[0] ?? ''), more);
  if (s1.name === 'getbytype') return answer([...security.roleDefs.values()].find((d) => d.RoleTypeKind === intArg(s1)), more);
  throw Errors.badPath(ctx.req.apiPath);
}

function roleDefChanges(body: Record<string, unknown>): Partial<RoleDefRecord> {
  const out: Partial<RoleDefRecord> = {};
  if (typeof body.Name === 'string') out.Name = body.Name;
  if (typeof body.Description === 'string') out.Description = body.Description;
  if (typeof body.Order === 'number') out.Order = body.Order;
  const perms = body.BasePermissions;
  if (isJsonObject(perms)) {
    const mask = maskOf(String(perms.High ?? '0'), String(perms.Low ?? '0'));
    Object.assign(out, wireMask(mask));
  }
  return out;
}

/** `web/siteGroups…`, `web/associated{Owner,Member,Visitor}Group`. */
export function siteGroupsRoute(ctx: Ctx, s0: Segment, rest: Segment[]): EmuResponse {
  const m = ctx.req.method;
  const security = ctx.site.security;
  if (s0.name !== 'sitegroups') {
    const suffix = { associatedownergroup: 'Owners', associatedmembergroup: 'Members', associatedvisitorgroup: 'Visitors' }[s0.name] ?? '';
    const g = [...security.groups.values()].find((x) => x.Title.endsWith(` ${suffix}`));
    if (!g) throw Errors.userIdNotFound();
    return groupRoute(ctx, g, rest);
  }
  if (s0.args !== null) return groupRoute(ctx, security.groups.get(intArg(s0)), rest);
  const [s1, ...more] = rest;
  if (!s1) {
    if (m === 'GET') {
      const rows = [...security.groups.values()].map((g) => ({ meta: groupMeta(ctx, g), props: groupProps(ctx, g) }));
      return json(ctx, 200, shapeCollection(applyCollectionQuery(ctx, rows), ctx.level, metadataUrl(ctx, 'SP.ApiData.Groups')));
    }
    if (m === 'POST') {
      demand(ctx, [WEB_SCOPE], 'CreateGroups');
      const body = jsonBody(ctx.req.body);
      const title = typeof body.Title === 'string' ? body.Title.trim() : '';
      if (title === '') throw Errors.badQuery('Title is required.');
      if (security.groupByName(title) || [...ctx.site.users.values()].some((u) => u.Title.toLowerCase() === title.toLowerCase() && u.PrincipalType === 4)) {
        throw new SpError(500, '-2130575293, Microsoft.SharePoint.SPException', `The specified name is already in use.\n\nPlease try again with a new name.`);
      }
      // SharePoint makes the creator the group's owner and first member, and (unless told otherwise) lets only the
      // group's members see who is in it (a group created over REST answers "OnlyAllowMembersViewMembership": true).
      const group: GroupRecord = { Id: ctx.site.allocatePrincipalId(), Title: title, Description: typeof body.Description === 'string' ? body.Description : '',
        OwnerId: ctx.user.Id, OnlyAllowMembersViewMembership: body.OnlyAllowMembersViewMembership !== false, AllowMembersEditMembership: body.AllowMembersEditMembership === true,
        members: [ctx.user.Id] };
      security.saveGroup(group);
      return json(ctx, 201, shapeEntity(groupMeta(ctx, group), groupProps(ctx, group), ctx.level, metadataUrl(ctx, 'SP.ApiData.Groups/@Element')));
    }
    throw Errors.methodNotAllowed();
  }
  if (s1.name === 'getbyid') return groupRoute(ctx, security.groups.get(intArg(s1)), more);
  if (s1.name === 'getbyname') return groupRoute(ctx, security.groupByName(s1.args?.[0] ?? ''), more);
  if ((s1.name === 'removebyid' || s1.name === 'removebyloginname') && m === 'POST') {
    const g = s1.name === 'removebyid' ? security.groups.get(intArg(s1)) : security.groupByName(s1.args?.[0] ?? '');
    if (!g) throw groupNotFound();
    if (!security.mayManageGroup(g, principal(ctx))) throw accessDenied();
    security.dropGroup(g.Id);
    return odataNull(ctx);
  }
  throw Errors.badPath(ctx.req.apiPath);
}

const groupNotFound = (): SpError => new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');

function groupRoute(ctx: Ctx, group: GroupRecord | undefined, rest: Segment[]): EmuResponse {
  if (!group) throw groupNotFound();
  const m = ctx.req.method;
  const security = ctx.site.security;
  const [s0, s1] = rest;
  if (!s0) {
    if (m === 'GET') return json(ctx, 200, shapeEntity(groupMeta(ctx, group), groupProps(ctx, group), ctx.level, metadataUrl(ctx, 'SP.ApiData.Groups/@Element')));
    if (!security.mayManageGroup(group, principal(ctx))) throw accessDenied();
    if (m === 'MERGE' || m === 'PATCH') {
      const body = jsonBody(ctx.req.body);
      security.saveGroup({
        ...group,
        Title: typeof body.Title === 'string' ? body.Title : group.Title,
        Description: typeof body.Description === 'string' ? body.Description : group.Description,
        OnlyAllowMembersViewMembership: typeof body.OnlyAllowMembersViewMembership === 'boolean' ? body.OnlyAllowMembersViewMembership : group.OnlyAllowMembersViewMembership,
        AllowMembersEditMembership: typeof body.AllowMembersEditMembership === 'boolean' ? body.AllowMembersEditMembership : group.AllowMembersEditMembership
      });
      return json(ctx, 204, {});
    }
    if (m === 'DELETE') {
      security.dropGroup(group.Id);
      return json(ctx, 200, {});
    }
    throw Errors.methodNotAllowed();
  }
  if (s0.name === 'owner' && m === 'GET') {
    const entity = principalEntity(ctx, group.OwnerId);
    if (!entity) throw Errors.userIdNotFound();
    return json(ctx, 200, shapeEntity(entity.meta, entity.props, ctx.level, metadataUrl(ctx, 'SP.Principal/@Element')));
  }
  if (s0.name === 'setuserasowner' && m === 'POST') {
    if (!security.mayManageGroup(group, principal(ctx))) throw accessDenied();
    const ownerId = Number(s0.args?.[0]);
    knownPrincipal(ctx, ownerId);
    security.saveGroup({ ...group, OwnerId: ownerId });
    return odataNull(ctx);
  }
  if (s0.name !== 'users') throw Errors.badPath(ctx.req.apiPath);
  const members = (): SiteUser[] => group.members.map((id) => ctx.site.userById(id)).filter((u): u is SiteUser => u !== undefined);
  const manage = (): void => { if (!security.mayManageGroup(group, principal(ctx))) throw accessDenied(); };
  if (!s1) {
    if (m === 'GET') {
      if (group.OnlyAllowMembersViewMembership && !security.covers(group.Id, principal(ctx)) && !security.mayManageGroup(group, principal(ctx))) throw accessDenied();
      const rows = members().map((u) => ({ meta: userMeta(ctx, u), props: userProps(u) }));
      return json(ctx, 200, shapeCollection(applyCollectionQuery(ctx, rows), ctx.level, metadataUrl(ctx, 'SP.ApiData.Users')));
    }
    if (m === 'POST') {
      manage();
      const body = jsonBody(ctx.req.body);
      const user = userByLogin(ctx, typeof body.LoginName === 'string' ? body.LoginName : '');
      security.setMember(group.Id, user.Id, true);
      return json(ctx, 201, shapeEntity(userMeta(ctx, user), userProps(user), ctx.level, metadataUrl(ctx, 'SP.ApiData.Users/@Element')));
    }
    throw Errors.methodNotAllowed();
  }
  if (s1.name === 'removebyid' && m === 'POST') {
    manage();
    security.setMember(group.Id, intArg(s1), false);
    return odataNull(ctx);
  }
  if (s1.name === 'removebyloginname' && m === 'POST') {
    manage();
    const login = (s1.args?.[0] ?? '').toLowerCase();
    const user = [...ctx.site.users.values()].find((u) => u.LoginName.toLowerCase() === login);
    if (user) security.setMember(group.Id, user.Id, false);
    return odataNull(ctx);
  }
  if (s1.name === 'getbyid' && m === 'DELETE') {
    manage();
    security.setMember(group.Id, intArg(s1), false);
    return json(ctx, 200, {});
  }
  throw Errors.badPath(ctx.req.apiPath);
}
