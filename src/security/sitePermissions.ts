/**
 * Makes the site's permissions say what roles.ts says, through PnPjs, idempotently: a second run changes nothing.
 *
 * 1. The product's groups exist, owned by the coordinators' group (so that coordinators manage their members).
 * 2. The product's permission level ("lägga till": view, add, change own; no delete) exists with its mask.
 * 3. Every list has permissions of its own: the site's Owners and the coordinators Full Control, and each other
 *    group what LIST_ACCESS gives it; `WriteSecurity` 2 where only authors may change their items; versioning on.
 *    Assignments of principals the product does not manage (a group the region added itself) are left alone.
 * 4. The groups' members follow the roles: the holders and delegates of every role are reporters, and each
 *    security area's group holds the holder and delegate of the area's owner role.
 *    The board library's folder of confidential appendices has permissions of its own: the coordinators and the
 *    entitled group only (every appendix published into it inherits them).
 * 5. Items: each chapter can be changed by its area's group; a confidential risk, its measures and their reports
 *    can be read only by the coordinators, the entitled group and the people responsible for those measures.
 *
 * It runs as a site owner (Full Control), at installation and after each upgrade (`npm run provision`), and its
 * steps 4 and 5 again whenever roles or confidentiality change (`syncPermissions`).
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/folders';
import { IList } from '@pnp/sp/lists';
import { isNotFound } from '../data/errors';
import { loginOf } from '../data/people';
import { odataPathArgument } from '../data/query';
import { createStore, Store } from '../data/stores';
import { responsibleRoles } from '../model/planKinds';
import { Measure, Role } from '../model/types';
import { boardDocumentLibrary, CONFIDENTIAL_FOLDER } from '../model/schema';
import { Access, ADD_OWN_LEVEL, areaGroupTitle, levelMask, listAccessEntries, PRODUCT_GROUPS, ProductGroup } from './roles';

export interface PermissionsReport {
  groupsCreated: string[];
  /** Groups whose settings were changed (the coordinators' membership made visible). */
  groupsChanged: string[];
  levelChanged: boolean;
  listsSecured: string[];
  assignmentsAdded: string[];
  assignmentsRemoved: string[];
  membersAdded: string[];
  membersRemoved: string[];
  itemsSecured: string[];
}

const emptyReport = (): PermissionsReport => ({
  groupsCreated: [], groupsChanged: [], levelChanged: false, listsSecured: [], assignmentsAdded: [], assignmentsRemoved: [], membersAdded: [], membersRemoved: [], itemsSecured: []
});

/** The ids SharePoint uses for its built-in levels (the same in every tenant). */
const LEVEL = { fullControl: 1073741829, contribute: 1073741827, read: 1073741826 } as const;


interface Principals {
  owners: number;
  members: number;
  visitors: number;
  groups: Record<ProductGroup, number>;
  /** The product's level's id. */
  addOwn: number;
  /** Who runs this: their own assignment (left by breaking inheritance) goes once the groups hold the rights. */
  me: number;
}

/** The site group's id, or null when there is none by that name. */
async function findGroup(sp: SPFI, title: string): Promise<number | null> {
  try {
    return (await sp.web.siteGroups.getByName(odataPathArgument(title)).select('Id')<{ Id: number }>()).Id;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

async function ensureGroup(sp: SPFI, title: string, description: string, report: PermissionsReport): Promise<number> {
  const found = await findGroup(sp, title);
  if (found !== null) return found;
  const created = await sp.web.siteGroups.add({ Title: title, Description: description });
  report.groupsCreated.push(title);
  return created.Id;
}

async function ensureLevel(sp: SPFI, report: PermissionsReport): Promise<number> {
  const mask = levelMask(ADD_OWN_LEVEL.kinds);
  try {
    const found = await sp.web.roleDefinitions.getByName(odataPathArgument(ADD_OWN_LEVEL.name))();
    const current = found.BasePermissions as unknown as { High: string | number; Low: string | number };
    if (Number(current.High) !== mask.High || Number(current.Low) !== mask.Low) {
      await sp.web.roleDefinitions.getById(found.Id).update({ BasePermissions: mask });
      report.levelChanged = true;
    }
    return found.Id;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  report.levelChanged = true;
  return (await sp.web.roleDefinitions.add(ADD_OWN_LEVEL.name, ADD_OWN_LEVEL.description, 1000, mask)).data.Id;
}

async function principals(sp: SPFI, report: PermissionsReport): Promise<Principals> {
  const [owners, members, visitors, me] = await Promise.all([
    sp.web.associatedOwnerGroup.select('Id')(), sp.web.associatedMemberGroup.select('Id')(), sp.web.associatedVisitorGroup.select('Id')(),
    sp.web.currentUser.select('Id')()
  ]);
  const groups = {} as Record<ProductGroup, number>;
  for (const key of Object.keys(PRODUCT_GROUPS) as ProductGroup[]) groups[key] = await ensureGroup(sp, PRODUCT_GROUPS[key].title, PRODUCT_GROUPS[key].description, report);
  // The coordinators own every product group (their own too): they change the members, nobody else but the site's owners.
  for (const id of Object.values(groups)) await ensureOwner(sp, id, groups.coordinators);
  // Who coordinates is no secret, and the reminder service reads it to send the coordinators the run's problems.
  await ensureMembershipVisible(sp, groups.coordinators, PRODUCT_GROUPS.coordinators.title, report);
  return { owners: owners.Id, members: members.Id, visitors: visitors.Id, groups, addOwn: await ensureLevel(sp, report), me: me.Id };
}

/** Lets everyone who may read the site see the group's members (SharePoint's default for a new group is members only). */
async function ensureMembershipVisible(sp: SPFI, groupId: number, title: string, report: PermissionsReport): Promise<void> {
  const group = sp.web.siteGroups.getById(groupId);
  const { OnlyAllowMembersViewMembership: membersOnly } = await group.select('OnlyAllowMembersViewMembership')<{ OnlyAllowMembersViewMembership: boolean }>();
  if (!membersOnly) return;
  await group.update({ OnlyAllowMembersViewMembership: false });
  report.groupsChanged.push(title);
}

async function ensureOwner(sp: SPFI, groupId: number, ownerId: number): Promise<void> {
  const owner = await sp.web.siteGroups.getById(groupId).select('OwnerTitle')();
  const coordinators = PRODUCT_GROUPS.coordinators.title;
  if ((owner as { OwnerTitle?: string }).OwnerTitle !== coordinators) await sp.web.siteGroups.getById(groupId).setUserAsOwner(ownerId);
}

const levelId = (access: Access, p: Principals): number => (access === 'fullControl' ? LEVEL.fullControl : access === 'addOwn' ? p.addOwn : LEVEL.read);

interface AssignmentInfo {
  PrincipalId: number;
  RoleDefinitionBindings: Array<{ Id: number }>;
}

/**
 * Makes a securable object's assignments for the principals in `desired` exactly those levels: adds what is
 * missing, removes other levels of those principals and of everyone in `managed` who is not desired.
 */
async function converge(target: { roleAssignments: IList['roleAssignments'] }, label: string, desired: Map<number, number[]>, managed: ReadonlySet<number>,
  report: PermissionsReport): Promise<void> {
  const current = await target.roleAssignments.expand('RoleDefinitionBindings')<AssignmentInfo[]>();
  for (const [principal, levels] of desired) {
    const has = current.find((a) => a.PrincipalId === principal)?.RoleDefinitionBindings.map((d) => d.Id) ?? [];
    for (const level of levels) {
      if (has.includes(level)) continue;
      await target.roleAssignments.add(principal, level);
      report.assignmentsAdded.push(`${label}: ${principal} ${level}`);
    }
  }
  for (const a of current) {
    if (!managed.has(a.PrincipalId) && !desired.has(a.PrincipalId)) continue;
    const wanted = desired.get(a.PrincipalId) ?? [];
    for (const binding of a.RoleDefinitionBindings) {
      // Limited Access is SharePoint's own bookkeeping for item permissions below; it is not ours to remove.
      if (wanted.includes(binding.Id) || binding.Id === 1073741825) continue;
      await target.roleAssignments.remove(a.PrincipalId, binding.Id);
      report.assignmentsRemoved.push(`${label}: ${a.PrincipalId} ${binding.Id}`);
    }
  }
}

/** Steps 1–3: the groups, the level, and every list's permissions, `WriteSecurity` and versioning. */
export async function provisionPermissions(sp: SPFI, store: Store = createStore(sp)): Promise<PermissionsReport> {
  const report = emptyReport();
  const p = await principals(sp, report);
  const managed = new Set([p.owners, p.members, p.visitors, p.me, ...Object.values(p.groups)]);
  for (const { title, access } of listAccessEntries()) {
    const list = sp.web.lists.getByTitle(title);
    const info = await list.select('HasUniqueRoleAssignments', 'WriteSecurity', 'EnableVersioning')<{ HasUniqueRoleAssignments: boolean; WriteSecurity: number; EnableVersioning: boolean }>();
    if (!info.HasUniqueRoleAssignments) {
      await list.breakRoleInheritance(false, false);
      report.listsSecured.push(title);
    }
    const desired = new Map<number, number[]>([[p.owners, [LEVEL.fullControl]], [p.groups.coordinators, [levelId(access.coordinators, p)]]]);
    if (access.reporters) desired.set(p.groups.reporters, [levelId(access.reporters, p)]);
    if (access.boardSecretaries) desired.set(p.groups.boardSecretaries, [levelId(access.boardSecretaries, p)]);
    if (access.readers) for (const id of [p.members, p.visitors]) desired.set(id, [levelId(access.readers, p)]);
    // The entitled read everything readers read (and, through the items' own permissions, the confidential too).
    if (access.readers) desired.set(p.groups.entitled, [levelId(access.readers, p)]);
    await converge(list, title, desired, managed, report);
    const writeSecurity = access.ownItemsOnly ? 2 : 1;
    const changes: Record<string, unknown> = {};
    if (info.WriteSecurity !== writeSecurity) changes.WriteSecurity = writeSecurity;
    if (!info.EnableVersioning) changes.EnableVersioning = true;
    if (Object.keys(changes).length) await list.update(changes);
  }
  await secureConfidentialFolder(sp, store, p, managed, report);
  await syncPermissions(sp, store, report, p);
  return report;
}

/**
 * The board library's folder of confidential appendices (made if missing): its own permissions, without the
 * library's, so that a board secretary or reader who may read every published paper cannot read an appendix.
 */
async function secureConfidentialFolder(sp: SPFI, store: Store, p: Principals, managed: ReadonlySet<number>, report: PermissionsReport): Promise<void> {
  const files = store.boardFiles;
  if (!files) return;
  const url = `${await files.libraryUrl()}/${CONFIDENTIAL_FOLDER}`;
  await files.ensureFolder(url);
  const { Id: id, HasUniqueRoleAssignments: unique } = await sp.web.getFolderByServerRelativePath(url).listItemAllFields
    .select('Id', 'HasUniqueRoleAssignments')<{ Id: number; HasUniqueRoleAssignments: boolean }>();
  // A secret item read by nobody in particular: the owners, the coordinators and the entitled group, as a confidential risk.
  await secureEntity({ sp, p, managed, userIds: new Map(), report }, boardDocumentLibrary.title, { id, key: CONFIDENTIAL_FOLDER }, true, unique, new Set());
}

/** Steps 4–5: the groups' members from the roles, and the items' own permissions (chapters, confidential items). */
export async function syncPermissions(sp: SPFI, store: Store = createStore(sp), report: PermissionsReport = emptyReport(),
  known?: Principals): Promise<PermissionsReport> {
  const p = known ?? await principals(sp, report);
  const [roles, areas] = await Promise.all([store.roles.all(), store.securityAreas.all()]);
  const roleByKey = new Map(roles.map((r) => [r.key, r]));
  const peopleOf = (role: Role | undefined): string[] => [role?.holder?.upn, role?.delegate?.upn].filter((u): u is string => Boolean(u)).map((u) => u.toLowerCase());
  await syncMembers(sp, p.groups.reporters, PRODUCT_GROUPS.reporters.title, new Set(roles.flatMap((r) => peopleOf(r))), report);
  const areaGroups = new Map<string, number>();
  for (const area of areas) {
    const title = areaGroupTitle(area.title);
    const id = await ensureGroup(sp, title, `Funktionsområdesansvarig för ${area.title}: ändrar områdets kapitel i säkerhetsberättelsen.`, report);
    await ensureOwner(sp, id, p.groups.coordinators);
    await syncMembers(sp, id, title, new Set(peopleOf(roleByKey.get(area.ownerRoleKey ?? ''))), report);
    areaGroups.set(area.key, id);
  }
  const managed = new Set([p.owners, p.members, p.visitors, p.me, ...Object.values(p.groups), ...areaGroups.values()]);
  await secureChapters(sp, store, p, areaGroups, report);
  await secureConfidential(sp, store, p, roleByKey, managed, report);
  return report;
}

async function syncMembers(sp: SPFI, groupId: number, title: string, wanted: ReadonlySet<string>, report: PermissionsReport): Promise<void> {
  const group = sp.web.siteGroups.getById(groupId);
  const current = await group.users.select('Id', 'UserPrincipalName', 'LoginName')<Array<{ Id: number; UserPrincipalName: string | null; LoginName: string }>>();
  const have = new Set(current.map((u) => (u.UserPrincipalName ?? '').toLowerCase()));
  for (const upn of wanted) {
    if (have.has(upn)) continue;
    await group.users.add(loginOf(upn));
    report.membersAdded.push(`${title}: ${upn}`);
  }
  for (const u of current) {
    const upn = (u.UserPrincipalName ?? '').toLowerCase();
    if (upn === '' || wanted.has(upn)) continue;
    await group.users.removeById(u.Id);
    report.membersRemoved.push(`${title}: ${upn}`);
  }
}

/** Each chapter: what the list gives, plus Contribute for its area's group. */
async function secureChapters(sp: SPFI, store: Store, p: Principals, areaGroups: Map<string, number>, report: PermissionsReport): Promise<void> {
  const list = sp.web.lists.getByTitle(store.chapters.list.title);
  for (const chapter of await store.chapters.all()) {
    const group = areaGroups.get(chapter.areaKey);
    if (group === undefined || chapter.id === undefined) continue;
    const item = list.items.getById(chapter.id);
    const info = await item.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
    if (!info.HasUniqueRoleAssignments) {
      // A copy of the list's assignments keeps every reader; the area's group is added to them.
      await item.breakRoleInheritance(true, false);
      report.itemsSecured.push(`${store.chapters.list.title}: ${chapter.key}`);
    }
    const desired = new Map<number, number[]>([[group, [LEVEL.contribute]]]);
    const otherAreas = new Set([...areaGroups.values()].filter((id) => id !== group));
    await converge(item, `${store.chapters.list.title}/${chapter.key}`, desired, new Set([...otherAreas, p.me]), report);
  }
}

/** What securing one entity needs: who runs it and whom the product manages, the site users met so far, the report. */
interface SecureContext {
  sp: SPFI;
  p: Pick<Principals, 'owners' | 'groups' | 'me'>;
  managed: ReadonlySet<number>;
  userIds: Map<string, number>;
  report: PermissionsReport;
}

/** The responsible people of each confidential measure and of its risk (lower-case UPNs), by key. */
function responsibleBySecret(secretMeasures: readonly Measure[], roleByKey: ReadonlyMap<string, Role>): Map<string, Set<string>> {
  const people = new Map<string, Set<string>>();
  for (const m of secretMeasures) {
    const upns = responsibleRoles(m).flatMap((k) => [roleByKey.get(k)?.holder?.upn, roleByKey.get(k)?.delegate?.upn]).filter((u): u is string => Boolean(u));
    for (const key of [m.key, m.itemKey]) people.set(key, new Set([...(people.get(key) ?? []), ...upns.map((u) => u.toLowerCase())]));
  }
  return people;
}

/**
 * One item made to read as its secrecy says: a secret one with permissions of its own (the owners and the
 * coordinators Full Control, the entitled group and its responsible people Read); one no longer secret back to its
 * list's (`unique`: whether it has permissions of its own now).
 */
async function secureEntity(ctx: SecureContext, listTitle: string, entity: { id?: number; key: string }, secret: boolean, unique: boolean,
  responsible: ReadonlySet<string>): Promise<void> {
  if (entity.id === undefined) return;
  const item = ctx.sp.web.lists.getByTitle(listTitle).items.getById(entity.id);
  if (!secret) {
    if (unique) await item.resetRoleInheritance();
    return;
  }
  if (!unique) {
    await item.breakRoleInheritance(false, false);
    ctx.report.itemsSecured.push(`${listTitle}: ${entity.key}`);
  }
  const desired = new Map<number, number[]>([[ctx.p.owners, [LEVEL.fullControl]], [ctx.p.groups.coordinators, [LEVEL.fullControl]], [ctx.p.groups.entitled, [LEVEL.read]]]);
  for (const upn of responsible) {
    let id = ctx.userIds.get(upn);
    if (id === undefined) {
      id = (await ctx.sp.web.ensureUser(loginOf(upn))).Id;
      ctx.userIds.set(upn, id);
    }
    desired.set(id, [LEVEL.read]);
  }
  await converge(item, `${listTitle}/${entity.key}`, desired, new Set([...ctx.managed, ...ctx.userIds.values()]), ctx.report);
}

/** A confidential risk, its measures and their reports: the coordinators, the entitled and the responsible only. */
async function secureConfidential(sp: SPFI, store: Store, p: Principals, roleByKey: Map<string, Role>, managed: ReadonlySet<number>,
  report: PermissionsReport): Promise<void> {
  const [items, measures] = await Promise.all([store.items.all(), store.measures.all()]);
  const secretItems = new Set(items.filter((i) => i.confidential).map((i) => i.key));
  const secretMeasures = measures.filter((m) => m.confidential || secretItems.has(m.itemKey));
  const people = responsibleBySecret(secretMeasures, roleByKey);
  const ctx: SecureContext = { sp, p, managed, userIds: new Map(), report };
  /** The ids of a list's items that have permissions of their own (one paged read, not one request per item). */
  const uniqueIds = async (listTitle: string): Promise<Set<number>> => {
    const out = new Set<number>();
    for await (const page of sp.web.lists.getByTitle(listTitle).items.select('Id', 'HasUniqueRoleAssignments').top(5000)) {
      for (const row of page as Array<{ Id: number; HasUniqueRoleAssignments: boolean }>) if (row.HasUniqueRoleAssignments) out.add(row.Id);
    }
    return out;
  };
  const secure = async (listTitle: string, entities: Array<{ id?: number; key: string }>, secret: ReadonlySet<string>, responsibleOf: (key: string) => Set<string>): Promise<void> => {
    const unique = await uniqueIds(listTitle);
    for (const entity of entities) {
      await secureEntity(ctx, listTitle, entity, secret.has(entity.key), entity.id !== undefined && unique.has(entity.id), responsibleOf(entity.key));
    }
  };
  const touched = <T extends { id?: number; key: string }>(all: T[], secret: ReadonlySet<string>, unique: Set<number>): T[] =>
    all.filter((e) => secret.has(e.key) || (e.id !== undefined && unique.has(e.id)));
  await secure(store.items.list.title, touched(items, secretItems, await uniqueIds(store.items.list.title)), secretItems, (key) => people.get(key) ?? new Set());
  const secretMeasureKeys = new Set(secretMeasures.map((m) => m.key));
  await secure(store.measures.list.title, touched(measures, secretMeasureKeys, await uniqueIds(store.measures.list.title)), secretMeasureKeys,
    (key) => people.get(key) ?? new Set());
  const reports = (await Promise.all([...secretMeasureKeys].map((key) => store.statusReports.where({ measureKey: key })))).flat();
  const measureOfReport = new Map(reports.map((r) => [r.key, r.measureKey]));
  await secure(store.statusReports.list.title, reports, new Set(reports.map((r) => r.key)), (key) => people.get(measureOfReport.get(key) ?? '') ?? new Set());
}

/**
 * One risk's secrecy applied at once, as a coordinator saves it (src/plans/itemActions.ts): the risk, its measures
 * and their reports read as their secrecy says, without waiting for provisioning. It runs as the coordinator (Full
 * Control on the lists) and creates nothing: the product's groups must exist (provisioning made them); null when
 * they do not. Only this risk's entities are read, each one's permissions asked of it.
 */
export async function secureConfidentialItem(sp: SPFI, store: Store, itemKey: string): Promise<PermissionsReport | null> {
  const [owners, me, ids, item, measures, roles] = await Promise.all([
    sp.web.associatedOwnerGroup.select('Id')(), sp.web.currentUser.select('Id')(),
    Promise.all((Object.keys(PRODUCT_GROUPS) as ProductGroup[]).map(async (g) => [g, await findGroup(sp, PRODUCT_GROUPS[g].title)] as const)),
    store.items.byKey(itemKey), store.measures.where({ itemKey }), store.roles.all()
  ]);
  if (!item || ids.some(([, id]) => id === null)) return null;
  const groups = Object.fromEntries(ids) as Record<ProductGroup, number>;
  const report = emptyReport();
  const ctx: SecureContext = { sp, p: { owners: owners.Id, groups, me: me.Id }, managed: new Set([owners.Id, me.Id, ...Object.values(groups)]), userIds: new Map(), report };
  const secretMeasures = measures.filter((m) => m.confidential || item.confidential);
  const people = responsibleBySecret(secretMeasures, new Map(roles.map((r) => [r.key, r])));
  const reports = measures.length ? await store.statusReports.whereAny('measureKey', measures.map((m) => m.key)) : [];
  const secretMeasureKeys = new Set(secretMeasures.map((m) => m.key));
  const hasOwn = async (listTitle: string, id: number | undefined): Promise<boolean> => id !== undefined
    && (await sp.web.lists.getByTitle(listTitle).items.getById(id).select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments;
  await secureEntity(ctx, store.items.list.title, item, item.confidential, await hasOwn(store.items.list.title, item.id), people.get(item.key) ?? new Set());
  for (const m of measures) {
    await secureEntity(ctx, store.measures.list.title, m, secretMeasureKeys.has(m.key), await hasOwn(store.measures.list.title, m.id), people.get(m.key) ?? new Set());
  }
  for (const r of reports) {
    await secureEntity(ctx, store.statusReports.list.title, r, secretMeasureKeys.has(r.measureKey), await hasOwn(store.statusReports.list.title, r.id),
      people.get(r.measureKey) ?? new Set());
  }
  return report;
}
