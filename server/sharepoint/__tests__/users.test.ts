/** Site users, the current user (header, cookie, default) and the people picker. */
import { Harness, client, start, statusOf } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(() => h.close());

it('returns the default current user, added to the site on first use', async () => {
  const me = await h.sp.web.currentUser();
  expect(me).toMatchObject({ Title: 'Karin Lund', Email: 'karin.lund@norrvik.se', LoginName: 'i:0#.f|membership|karin.lund@norrvik.se', PrincipalType: 1, UserPrincipalName: 'karin.lund@norrvik.se' });
  const meta = me as unknown as Record<string, unknown>;
  expect(meta['odata.etag']).toBeUndefined();
  expect(meta['odata.type']).toBe('SP.User');
  const lower = await (await fetch(`${h.baseUrl}/_api/web/currentuser?$select=Id,Title&$expand=Groups`, { headers: { accept: 'application/json;odata=nometadata' } })).json();
  expect(lower).toEqual({ Id: me.Id, Title: 'Karin Lund' });
});

it('takes the current user from X-Emulator-User, then the emulator-user cookie', async () => {
  const viaHeader = await (await fetch(`${h.baseUrl}/_api/web/currentUser`, { headers: { accept: 'application/json', 'x-emulator-user': 'erik.holm@norrvik.se' } })).json();
  expect(viaHeader.Title).toBe('Erik Holm');
  const viaCookie = await (await fetch(`${h.baseUrl}/_api/web/currentUser`, { headers: { accept: 'application/json', cookie: 'a=b; emulator-user=asa.berg%40norrvik.se' } })).json();
  expect(viaCookie.Title).toBe('Åsa Berg');
  await h.sp.web.lists.ensure('Log');
  const res = await fetch(`${h.baseUrl}/_api/web/lists/getByTitle('Log')/items`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json', authorization: 'Bearer app', 'x-emulator-user': 'erik.holm@norrvik.se' },
    body: '{"Title":"by erik"}',
  });
  expect((await res.json()).AuthorId).toBe(viaHeader.Id);
});

it('ensures users by claims login, UPN or e-mail with stable ids (200)', async () => {
  const a = await h.sp.web.ensureUser('i:0#.f|membership|erika.holmberg@norrvik.se');
  const b = await h.sp.web.ensureUser('erika.holmberg@norrvik.se');
  expect(a.Id).toBe(b.Id);
  expect(a).toMatchObject({ Title: 'Erika Holmberg', Email: 'erika.holmberg@norrvik.se' });
  const raw = await fetch(`${h.baseUrl}/_api/web/ensureuser`, { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json', 'x-requestdigest': 'x' }, body: '{"logonName":"erika.holmberg@norrvik.se"}' });
  expect(raw.status).toBe(200);
});

it('refuses to ensure someone not in the directory (500)', async () => {
  const r = await statusOf(h.sp.web.ensureUser('nobody@norrvik.se'));
  expect(r.status).toBe(500);
  expect(r.message).toContain('The specified user nobody@norrvik.se could not be found.');
});

it('lists and finds site users', async () => {
  const all = await h.sp.web.siteUsers();
  expect(all.length).toBeGreaterThanOrEqual(2);
  const filtered = await h.sp.web.siteUsers.filter("Email eq 'ERIKA.HOLMBERG@norrvik.se'")();
  expect(filtered).toHaveLength(1);
  const byEmail = await h.sp.web.siteUsers.getByEmail('erika.holmberg@norrvik.se')();
  expect(byEmail.Title).toBe('Erika Holmberg');
  expect((await h.sp.web.getUserById(byEmail.Id)()).Title).toBe('Erika Holmberg');
  expect((await h.sp.web.siteUsers.getById(byEmail.Id)()).Email).toBe('erika.holmberg@norrvik.se');
  expect((await statusOf(h.sp.web.getUserById(9999)())).status).toBe(404);
});

it('searches the directory with the people picker', async () => {
  const hits = await h.sp.profiles.clientPeoplePickerSearchUser({ QueryString: 'eri', MaximumEntitySuggestions: 10, PrincipalSource: 15, PrincipalType: 1, AllowEmailAddresses: true });
  expect(hits.map((e) => e.DisplayText).sort()).toEqual(['Erik Holm', 'Erika Holmberg']);
  expect(hits[0]).toMatchObject({ EntityType: 'User', IsResolved: true });
  expect(hits[0].Key).toMatch(/^i:0#\.f\|membership\|/);
  expect((hits[0].EntityData as { Email: string }).Email).toMatch(/@norrvik\.se$/);
  const two = await h.sp.profiles.clientPeoplePickerSearchUser({ QueryString: 'holm erika', MaximumEntitySuggestions: 10 });
  expect(two.map((e) => e.DisplayText)).toEqual(['Erika Holmberg']);
  const sur = await h.sp.profiles.clientPeoplePickerSearchUser({ QueryString: 'BERG', MaximumEntitySuggestions: 10 });
  expect(sur.map((e) => e.DisplayText)).toEqual(['Åsa Berg']);
});

it('works with SPBrowser({ baseUrl }) in Node as well', async () => {
  const { spfi, SPBrowser } = await import('@pnp/sp');
  const sp = spfi().using(SPBrowser({ baseUrl: h.baseUrl }));
  await sp.web.lists.ensure('ViaBrowser');
  const added = await sp.web.lists.getByTitle('ViaBrowser').items.add({ Title: 'x' });
  expect(added.Id).toBe(1);
  expect(client(h.baseUrl)).toBeDefined();
});
