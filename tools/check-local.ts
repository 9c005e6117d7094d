/**
 * `npm run check:local`: with `npm start` running, checks the emulators the way production talks to
 * SharePoint and Graph — PnPjs with the browser-style `SPBrowser({ baseUrl })` setup and the Microsoft
 * Graph client — on a scratch list it removes afterwards. Prints one line per check and a summary;
 * exits non-zero when a check fails. `IK_ORIGIN` points it elsewhere (default http://localhost:4321).
 */
import { BatchRequestContent, BatchResponseContent, Client } from '@microsoft/microsoft-graph-client';
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import { demoDirectory, personas } from '../server/directory/demoDirectory';

const origin = process.env.IK_ORIGIN ?? `http://localhost:${process.env.PORT ?? 4321}`;
const siteUrl = `${origin}/sites/internkontroll`;
const results: Array<{ name: string; ok: boolean; detail?: string }> = [];

async function check(name: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    results.push({ name, ok: false, detail });
    console.log(`  ✗ ${name}: ${detail.slice(0, 300)}`);
  }
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function refused(promise: Promise<unknown>, status: number, text?: string): Promise<void> {
  try {
    await promise;
  } catch (error) {
    const e = error as { status?: number; message?: string };
    assert(e.status === status, `expected HTTP ${status}, got ${e.status}`);
    if (text) assert(String(e.message).includes(text), `expected "${text}" in: ${e.message}`);
    return;
  }
  throw new Error(`expected HTTP ${status}, but the request succeeded`);
}

async function sharePoint(): Promise<void> {
  const sp: SPFI = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Emulator-User': personas.coordinator }));
  const title = `ZzEmulatorCheck${Date.now()}`;
  const list = sp.web.lists.getByTitle(title);
  console.log(`SharePoint emulator at ${siteUrl} (PnPjs, SPBrowser)`);
  await check('web and form digest', async () => {
    const web = await sp.web.select('Title', 'Url')();
    assert(web.Url.endsWith('/sites/internkontroll'), `web url ${web.Url}`);
  });
  await check('lists.ensure twice creates once, ItemCount is a number', async () => {
    assert((await sp.web.lists.ensure(title)).created, 'not created');
    assert(!(await sp.web.lists.ensure(title)).created, 'created twice');
    const info = await list.select('ItemCount')<{ ItemCount: number }>();
    assert(info.ItemCount === 0, 'ItemCount');
  });
  await check('fields with Indexed, EnforceUniqueValues, Required; update adds an index', async () => {
    await list.fields.addText('Code', { MaxLength: 50, Indexed: true, EnforceUniqueValues: true, Required: true });
    await list.fields.addNumber('Score');
    await list.fields.addDateTime('Due');
    await list.fields.addChoice('Colour', { Choices: ['green', 'yellow', 'red'] });
    await list.fields.addUser('Owner');
    await list.fields.getByInternalNameOrTitle('Colour').update({ Indexed: true });
    const colour = await list.fields.getByInternalNameOrTitle('Colour').select('Indexed')<{ Indexed: boolean }>();
    assert(colour.Indexed, 'Colour not indexed');
  });
  const owner = await sp.web.ensureUser(`i:0#.f|membership|${personas.manager}`);
  await check('items: add, $select, $filter on text/number/date/choice/user, $orderby, $expand', async () => {
    const colours = ['green', 'yellow', 'red'];
    for (let i = 1; i <= 6; i++) {
      await list.items.add({ Title: `Rad ${i}`, Code: `C-${i}`, Score: i * 10, Due: `2026-12-0${i}T12:00:00Z`, Colour: colours[i % 3], OwnerId: i % 2 ? owner.Id : null });
    }
    const rows = await list.items.select('Id', 'Code', 'Owner/Title').expand('Owner')
      .filter(`Score ge 20 and Due lt datetime'2026-12-06T00:00:00Z' and (Colour eq 'red' or OwnerId eq ${owner.Id})`).orderBy('Score', false)<Array<{ Code: string; Owner?: { Title: string } }>>();
    assert(rows.map((r) => r.Code).join() === 'C-5,C-3,C-2', `got ${rows.map((r) => r.Code).join()}`);
    assert(rows[0].Owner?.Title, 'user not expanded');
  });
  await check('ETag: a stale If-Match gets 412, the fresh one succeeds', async () => {
    const item = await list.items.getById(1)<{ 'odata.etag': string }>();
    const first = await list.items.getById(1).update({ Title: 'Ändrad' }, item['odata.etag']);
    await refused(list.items.getById(1).update({ Title: 'Gammal' }, item['odata.etag']), 412);
    await list.items.getById(1).update({ Title: 'Ny' }, first.etag);
  });
  await check('unique values: a duplicate is refused on add and update', async () => {
    await refused(list.items.add({ Title: 'Dubblett', Code: 'c-2' }), 500, 'SPDuplicateValuesFoundException');
    await refused(list.items.getById(3).update({ Code: 'C-2' }), 500, 'SPDuplicateValuesFoundException');
  });
  await check('$batch: GET, POST, MERGE, DELETE in one request; one failure does not stop the rest', async () => {
    const [batched, execute] = sp.batched();
    const b = batched.web.lists.getByTitle(title);
    const get = b.items.getById(2)();
    const add = b.items.add({ Title: 'I batch', Code: 'B-1' });
    const bad = b.items.getById(999).delete();
    const merge = b.items.getById(2).update({ Score: 99 });
    await execute();
    assert((await get) && (await add) && (await merge), 'batched results');
    await refused(bad, 404);
  });
  await check('paging past 5,000 items and the list view threshold', async () => {
    for (let start = 0; start < 5100; start += 100) {
      const [batched, execute] = sp.batched();
      const b = batched.web.lists.getByTitle(title);
      for (let i = start; i < start + 100; i++) void b.items.add({ Title: `Massrad ${i}`, Code: `M-${i}`, Score: i, Colour: i < 50 ? 'red' : 'green' }).catch(() => undefined);
      await execute();
    }
    let count = 0;
    for await (const page of list.items.select('Id').top(5000)) count += page.length;
    assert(count > 5100, `paged ${count}`);
    await refused(list.items.filter('Score eq 7')(), 500, 'SPQueryThrottledException');
    await refused(list.items.orderBy('Score')(), 500, 'SPQueryThrottledException');
    const red = await list.items.filter("Colour eq 'red'").select('Id').top(5000)();
    assert(red.length >= 50, `indexed query gave ${red.length}`);
  });
  await check('users: currentUser, ensureUser, siteUsers', async () => {
    const me = await sp.web.currentUser();
    assert(me.UserPrincipalName?.toLowerCase() === personas.coordinator.toLowerCase(), `current user ${me.UserPrincipalName}`);
    const users = await sp.web.siteUsers();
    assert(users.some((u) => u.Id === owner.Id), 'ensured user not among site users');
  });
  await check('throttling: 429 with Retry-After is retried by PnPjs', async () => {
    const put = await fetch(`${siteUrl}/_emulator/faults`, { method: 'PUT', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 429, count: 1, retryAfter: 0 }) });
    assert(put.ok, `fault control ${put.status}`);
    await sp.web.select('Title')();
  });
  await check('scratch list removed', async () => { await list.delete(); });
}

async function graph(): Promise<void> {
  console.log(`Graph emulator at ${origin}/graph/ (Microsoft Graph client)`);
  const client = Client.initWithMiddleware({ authProvider: { getAccessToken: async () => 'local' }, baseUrl: `${origin}/graph/`, defaultVersion: 'v1.0' });
  const manager = demoDirectory.find((p) => p.userPrincipalName === personas.manager)!;
  await check('users: list with $filter, $select, $top', async () => {
    const r = await client.api('/users').filter("startswith(displayName,'J')").select(['id', 'displayName']).top(3).get();
    assert(r.value.length > 0 && r.value.every((u: { displayName: string }) => u.displayName.startsWith('J')), 'filter');
  });
  await check('users/{id}, users/{id}/manager, me', async () => {
    const user = await client.api(`/users/${manager.id}`).get();
    const boss = await client.api(`/users/${manager.id}/manager`).get();
    const me = await client.api('/me').header('X-Emulator-User', personas.coordinator).get();
    assert(user.userPrincipalName === manager.userPrincipalName && boss.id === manager.managerId && me.userPrincipalName === personas.coordinator, 'users');
  });
  await check('chat with an Adaptive Card, activity notification, mail: all recorded as deliveries', async () => {
    const coordinator = demoDirectory.find((p) => p.userPrincipalName === personas.coordinator)!;
    const chat = await client.api('/chats').header('X-Emulator-User', coordinator.userPrincipalName).post({ chatType: 'oneOnOne', members: [coordinator, manager]
      .map((p) => ({ '@odata.type': '#microsoft.graph.aadUserConversationMember', roles: ['owner'], 'user@odata.bind': `https://graph.microsoft.com/v1.0/users('${p.id}')` })) });
    await client.api(`/chats/${chat.id}/messages`).header('X-Emulator-User', coordinator.userPrincipalName).post({
      body: { contentType: 'html', content: '<attachment id="a1"></attachment>' },
      attachments: [{ id: 'a1', contentType: 'application/vnd.microsoft.card.adaptive', content: JSON.stringify({ type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text: 'Kontroll' }] }) }]
    });
    await client.api(`/users/${manager.id}/teamwork/sendActivityNotification`).post({ topic: { source: 'text', value: 'Kontroll', webUrl: 'https://teams.microsoft.com/l/entity/x/y' },
      activityType: 'statusRequest', previewText: { content: 'Kontroll' } });
    await client.api(`/users/${coordinator.id}/sendMail`).post({ message: { subject: 'Kontroll', body: { contentType: 'Text', content: 'Kontroll' },
      toRecipients: [{ emailAddress: { address: manager.mail } }] }, saveToSentItems: false });
    const deliveries = await (await fetch(`${origin}/graph/_emulator/deliveries`)).json() as Array<{ kind: string }>;
    const kinds = deliveries.slice(-3).map((d) => d.kind).join();
    assert(kinds === 'chatMessage,activityNotification,mail', `last deliveries ${kinds}`);
  });
  await check('installed apps and $batch of 20 with BatchRequestContent', async () => {
    const apps = await client.api(`/users/${manager.id}/teamwork/installedApps`).expand('teamsApp').get();
    assert(apps.value.length > 0, 'no installed app');
    const steps = demoDirectory.slice(0, 20).map((p, i) => ({ id: String(i + 1), request: new Request(`${origin}/graph/v1.0/users/${p.id}`, { method: 'GET' }) }));
    const content = await new BatchRequestContent(steps).getContent();
    const batch = new BatchResponseContent(await client.api('/$batch').post(content));
    assert([...batch.getResponses().values()].every((r) => r.status === 200), 'batch statuses');
  });
}

async function main(): Promise<void> {
  await sharePoint();
  await graph();
  const failed = results.filter((r) => !r.ok).length;
  console.log(`\ncheck-local: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => { console.error(error); process.exit(1); });
