/**
 * The permission model through the real PnPjs client, as three people: the site's owner (Karin), a member
 * (Erik) and a reader (Åsa). Groups, permission levels, role assignments, inheritance, effective permissions,
 * ReadSecurity/WriteSecurity, and the answers SharePoint gives when something is refused.
 */
import { InjectHeaders } from '@pnp/queryable';
import { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { bit, maskOf } from '../store/security';
import { client, Harness, start, statusOf } from './helpers';

let h: Harness;
let owner: SPFI;
let erik: SPFI;
let asa: SPFI;
const as = (upn: string): SPFI => client(h.baseUrl).using(InjectHeaders({ 'x-emulator-user': upn }));

beforeAll(async () => {
  h = await start();
  owner = h.sp;
  erik = as('erik.holm@norrvik.se');
  asa = as('asa.berg@norrvik.se');
});
afterAll(() => h.close());

describe('a new site', () => {
  it('has SharePoint\'s three groups, with the owner in Owners and everyone in Members', async () => {
    const groups = await owner.web.siteGroups.select('Title', 'Id')();
    expect(groups.map((g) => g.Title).sort()).toEqual(['Internkontroll Members', 'Internkontroll Owners', 'Internkontroll Visitors']);
    const owners = await owner.web.associatedOwnerGroup.users();
    expect(owners.map((u) => u.UserPrincipalName)).toEqual(['karin.lund@norrvik.se']);
    const members = await owner.web.associatedMemberGroup.users();
    expect(members.map((u) => u.Title)).toEqual(['Everyone except external users']);
  });

  it('lists SharePoint Online\'s permission levels with their masks as strings', async () => {
    const defs = await owner.web.roleDefinitions();
    const read = defs.find((d) => d.Name === 'Read');
    expect(read?.BasePermissions).toEqual({ High: '176', Low: '138612833' });
    expect((await owner.web.roleDefinitions.getByType(3)()).Name).toBe('Contribute');
  });

  it('gives a member Edit and the owner Full Control on the web', async () => {
    expect(await erik.web.currentUserHasPermissions(PermissionKind.ManageLists)).toBe(true);
    expect(await erik.web.currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(false);
    expect(await owner.web.currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(true);
  });
});

describe('a list with permissions of its own', () => {
  let readers = 0;
  let reporters = 0;
  let addOwn = 0;
  beforeAll(async () => {
    await owner.web.lists.ensure('Secrets');
    await owner.web.lists.ensure('Reports');
    readers = (await owner.web.siteGroups.add({ Title: 'Läsare' })).Id;
    reporters = (await owner.web.siteGroups.add({ Title: 'Rapportörer' })).Id;
    await owner.web.siteGroups.getById(readers).users.add('i:0#.f|membership|asa.berg@norrvik.se');
    await owner.web.siteGroups.getById(reporters).users.add('i:0#.f|membership|erik.holm@norrvik.se');
    // View, add and edit items (own, through WriteSecurity), view versions; no delete.
    const mask = bit('ViewListItems') | bit('AddListItems') | bit('EditListItems') | bit('ViewVersions') | bit('ViewFormPages') | bit('Open') | bit('ViewPages') | bit('BrowseUserInfo') | bit('UseRemoteAPIs');
    addOwn = (await owner.web.roleDefinitions.add('Lägga till', 'Visa, lägga till, ändra egna', 1000, { High: Number(mask >> 32n), Low: Number(mask & 0xffffffffn) })).data.Id;
    for (const title of ['Secrets', 'Reports']) await owner.web.lists.getByTitle(title).breakRoleInheritance(false, false);
    const read = (await owner.web.roleDefinitions.getByName('Read')()).Id;
    await owner.web.lists.getByTitle('Secrets').roleAssignments.add(readers, read);
    await owner.web.lists.getByTitle('Reports').roleAssignments.add(readers, read);
    await owner.web.lists.getByTitle('Reports').roleAssignments.add(reporters, addOwn);
    await owner.web.lists.getByTitle('Reports').update({ WriteSecurity: 2 });
  });

  it('keeps only the caller (with Full Control) when broken without copying, as SharePoint does', async () => {
    const list = owner.web.lists.getByTitle('Secrets');
    expect(await list.select('HasUniqueRoleAssignments')()).toMatchObject({ HasUniqueRoleAssignments: true });
    const assignments = await list.roleAssignments.expand('RoleDefinitionBindings')();
    expect(assignments.map((a) => a.PrincipalId).sort()).toEqual([(await owner.web.currentUser()).Id, readers].sort());
  });

  it('refuses a member who has no assignment on it: the list is not there for them', async () => {
    expect((await statusOf(erik.web.lists.getByTitle('Secrets')())).status).toBe(404);
    expect((await statusOf(erik.web.lists.getByTitle('Secrets').items())).status).toBe(404);
    expect((await erik.web.lists.select('Title')()).map((l) => l.Title)).not.toContain('Secrets');
  });

  it('lets a reader read and refuses their writes with 403 Access denied', async () => {
    await owner.web.lists.getByTitle('Secrets').items.add({ Title: 'Hemlig risk' });
    expect((await asa.web.lists.getByTitle('Secrets').items())).toHaveLength(1);
    const refused = await statusOf(asa.web.lists.getByTitle('Secrets').items.add({ Title: 'Nej' }));
    expect(refused.status).toBe(403);
    expect(refused.message).toContain('Access denied.');
    expect(refused.message).toContain('System.UnauthorizedAccessException');
  });

  it('lets a reporter add, change their own item, never another\'s, and never delete (WriteSecurity 2, no Delete)', async () => {
    const mine = await erik.web.lists.getByTitle('Reports').items.add({ Title: 'Min rapport' });
    const theirs = await owner.web.lists.getByTitle('Reports').items.add({ Title: 'Samordnarens' });
    await erik.web.lists.getByTitle('Reports').items.getById(mine.Id).update({ Title: 'Min rapport, rättad' });
    expect((await statusOf(erik.web.lists.getByTitle('Reports').items.getById(theirs.Id).update({ Title: 'Ändrad' }))).status).toBe(403);
    expect((await statusOf(erik.web.lists.getByTitle('Reports').items.getById(mine.Id).delete())).status).toBe(403);
    expect((await statusOf(asa.web.lists.getByTitle('Reports').items.add({ Title: 'Läsaren' }))).status).toBe(403);
    // Who wrote it is SharePoint's: a client cannot claim another author.
    const claimed = await erik.web.lists.getByTitle('Reports').items.add({ Title: 'Som någon annan', AuthorId: (await owner.web.currentUser()).Id });
    const row = await owner.web.lists.getByTitle('Reports').items.getById(claimed.Id).select('AuthorId')();
    expect(row.AuthorId).toBe((await erik.web.currentUser()).Id);
  });

  it('hides an item with permissions of its own from everyone not granted it, by query and by id', async () => {
    const list = owner.web.lists.getByTitle('Secrets');
    const secret = await list.items.add({ Title: 'Sekretess' });
    await list.items.getById(secret.Id).breakRoleInheritance(false, false);
    const titles = (await asa.web.lists.getByTitle('Secrets').items.select('Title')()).map((i) => i.Title);
    expect(titles).toEqual(['Hemlig risk']);
    expect((await statusOf(asa.web.lists.getByTitle('Secrets').items.getById(secret.Id)())).status).toBe(404);
    expect((await statusOf(asa.web.lists.getByTitle('Secrets').items.filter(`Id eq ${secret.Id}`)()))).toEqual({ status: 0, message: '' });
    expect(await asa.web.lists.getByTitle('Secrets').items.filter(`Id eq ${secret.Id}`)()).toEqual([]);
    // Granted to the readers' group, the item is theirs to read again; reset, it inherits the list's.
    await list.items.getById(secret.Id).roleAssignments.add(readers, (await owner.web.roleDefinitions.getByName('Read')()).Id);
    expect((await asa.web.lists.getByTitle('Secrets').items.getById(secret.Id).select('Title')()).Title).toBe('Sekretess');
    expect(await list.items.getById(secret.Id).select('HasUniqueRoleAssignments')()).toMatchObject({ HasUniqueRoleAssignments: true });
    await list.items.getById(secret.Id).resetRoleInheritance();
    expect(await list.items.getById(secret.Id).select('HasUniqueRoleAssignments')()).toMatchObject({ HasUniqueRoleAssignments: false });
  });

  it('answers effective permissions per person, on the list and for someone else with EnumeratePermissions', async () => {
    const reports = erik.web.lists.getByTitle('Reports');
    const mine = await reports.getCurrentUserEffectivePermissions();
    expect(maskOf(mine.High, mine.Low) & bit('AddListItems')).not.toBe(0n);
    expect(maskOf(mine.High, mine.Low) & bit('DeleteListItems')).toBe(0n);
    const asas = await owner.web.lists.getByTitle('Reports').getUserEffectivePermissions('i:0#.f|membership|asa.berg@norrvik.se');
    expect(maskOf(asas.High, asas.Low) & bit('AddListItems')).toBe(0n);
    expect((await statusOf(erik.web.lists.getByTitle('Reports').getUserEffectivePermissions('i:0#.f|membership|asa.berg@norrvik.se'))).status).toBe(403);
  });

  it('refuses a member who tries to change permissions, groups or permission levels', async () => {
    expect((await statusOf(erik.web.lists.getByTitle('Reports').breakRoleInheritance(false))).status).toBe(403);
    expect((await statusOf(erik.web.siteGroups.getById(readers).users.add('i:0#.f|membership|erik.holm@norrvik.se'))).status).toBe(403);
    expect((await statusOf(erik.web.roleDefinitions.add('Allt', '', 1, { High: 2147483647, Low: 4294967295 }))).status).toBe(403);
    expect((await statusOf(erik.web.lists.getByTitle('Reports').roleAssignments.add(reporters, addOwn))).status).toBe(403);
  });

  it('makes whoever creates a group its owner and first member, as SharePoint does', async () => {
    expect((await owner.web.siteGroups.getByName('Rapportörer').users()).map((u) => u.UserPrincipalName)).toEqual(['karin.lund@norrvik.se', 'erik.holm@norrvik.se']);
  });
});

describe('an item\'s versions', () => {
  it('keeps every change with who made it, newest first, in SharePoint\'s shape', async () => {
    await owner.web.lists.ensure('Measures');
    await owner.web.lists.getByTitle('Measures').fields.addText('Status');
    const added = await owner.web.lists.getByTitle('Measures').items.add({ Title: 'Åtgärd', Status: 'Gul' });
    await erik.web.lists.getByTitle('Measures').items.getById(added.Id).update({ Status: 'Grön' });
    const versions = await owner.web.lists.getByTitle('Measures').items.getById(added.Id).versions();
    expect(versions.map((v: { VersionLabel: string }) => v.VersionLabel)).toEqual(['2.0', '1.0']);
    expect(versions[0]).toMatchObject({ IsCurrentVersion: true, VersionId: 1024, Status: 'Grön', Editor: { LookupValue: 'Erik Holm', Email: 'erik.holm@norrvik.se' } });
    expect(versions[1]).toMatchObject({ IsCurrentVersion: false, VersionId: 512, Status: 'Gul', Editor: { LookupValue: 'Karin Lund' } });
    expect(versions[1].Created).not.toMatch(/Z$/);
    expect(versions[0]).toHaveProperty('OData__x005f_UIVersionString', '2.0');
  });

  it('are not shown to someone who may not see the item', async () => {
    const list = owner.web.lists.getByTitle('Measures');
    const secret = await list.items.add({ Title: 'Hemlig åtgärd' });
    await list.items.getById(secret.Id).breakRoleInheritance(false, false);
    expect((await statusOf(erik.web.lists.getByTitle('Measures').items.getById(secret.Id).versions())).status).toBe(404);
  });
});

describe('a library folder with permissions of its own', () => {
  it('governs the files and folders below it: hidden from the rest by path, by id and in listings', async () => {
    const docs = '/sites/internkontroll/Shared Documents';
    await owner.web.getFolderByServerRelativePath(docs).folders.addUsingPath('Sekretess');
    const secret = owner.web.getFolderByServerRelativePath(`${docs}/Sekretess`);
    await secret.folders.addUsingPath('RS 2026-1 v1');
    await owner.web.getFolderByServerRelativePath(`${docs}/Sekretess/RS 2026-1 v1`).files.addUsingPath('Bilaga.pdf', Buffer.from('%PDF-1.7 hemlig'));
    const { Id: folderId } = await secret.listItemAllFields.select('Id')<{ Id: number }>();
    // Broken without copying: only the owner who broke it is left.
    await owner.web.lists.getByTitle('Documents').items.getById(folderId).breakRoleInheritance(false, false);
    const file = `${docs}/Sekretess/RS 2026-1 v1/Bilaga.pdf`;
    expect(Buffer.from(await owner.web.getFileByServerRelativePath(file).getBuffer()).toString()).toBe('%PDF-1.7 hemlig');
    expect((await statusOf(erik.web.getFileByServerRelativePath(file).getBuffer())).status).toBe(404);
    expect((await statusOf(erik.web.getFolderByServerRelativePath(`${docs}/Sekretess`).files())).status).toBe(404);
    expect((await erik.web.getFolderByServerRelativePath(docs).folders.select('Name')<Array<{ Name: string }>>()).map((f) => f.Name)).not.toContain('Sekretess');
    const { Id: fileId } = await owner.web.getFileByServerRelativePath(file).listItemAllFields.select('Id')<{ Id: number }>();
    expect((await statusOf(erik.web.lists.getByTitle('Documents').items.getById(fileId)())).status).toBe(404);
    expect((await erik.web.lists.getByTitle('Documents').items.select('Id')<Array<{ Id: number }>>()).map((i) => i.Id)).not.toContain(fileId);
  });
});
