/**
 * The tenant's consent as the emulator keeps it, over real HTTP with the real Graph client: every permission the
 * product asks for is granted until the control route takes one away; then the calls that need it are refused
 * with the 403 Graph answers for a missing permission (Teams: role or scope message, directory:
 * Authorization_RequestDenied, also inside `$batch`, mail: Exchange's ErrorAccessDenied), while calls that need
 * another permission still work. Also: disabled accounts and activity notifications replaced by their chainId.
 */
import { demoDirectory, personas } from '../../directory/demoDirectory';
import { rejection, startEmulator, UPN, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startEmulator();
});
afterAll(() => h.close());
afterEach(async () => {
  await h.raw('_emulator/reset', { method: 'POST' });
});

const person = (upn: string) => demoDirectory.find((p) => p.userPrincipalName === upn)!;
const member = (idOrUpn: string) => ({
  '@odata.type': '#microsoft.graph.aadUserConversationMember', roles: ['owner'], 'user@odata.bind': `https://graph.microsoft.com/v1.0/users('${idOrUpn}')`
});
const take = (missing: string[]) =>
  h.raw('_emulator/permissions', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ missing }) });
const notification = (chainId?: number) => ({
  topic: { source: 'text', value: 'Internkontrollplan 2026', webUrl: 'https://teams.microsoft.com/l/entity/a/b' },
  activityType: 'statusRequest', previewText: { content: 'Lämna status' }, ...(chainId === undefined ? {} : { chainId })
});
const mail = { message: { subject: 'Test', body: { contentType: 'Text', content: 'x' }, toRecipients: [{ emailAddress: { address: personas.manager } }] } };

describe('permissions the product lacks', () => {
  it('refuses a chat without Chat.Create with the scope message, and grants it again when the permission is back', async () => {
    const state = await (await take(['Chat.Create'])).json() as { missing: string[]; granted: { delegated: string[] } };
    expect(state.missing).toEqual(['Chat.Create']);
    expect(state.granted.delegated).not.toContain('Chat.Create');
    const create = () => h.client.api('/chats').post({ chatType: 'oneOnOne', members: [member(person(personas.coordinator).id), member(personas.manager)] });
    const refused = await rejection(create());
    expect(refused.statusCode).toBe(403);
    expect(refused.code).toBe('Forbidden');
    expect(refused.message).toMatch(/^Missing scope permissions on the request\. API requires one of 'Chat\.Create, Chat\.ReadWrite'\. Scopes on the request '.*ChatMessage\.Send/);
    await h.raw('_emulator/permissions', { method: 'DELETE' });
    expect((await create()).id).toMatch(/^19:/);
  });

  it('refuses an activity notification without TeamsActivity.Send with the role message, and a mail without Mail.Send as Exchange does', async () => {
    await take(['TeamsActivity.Send', 'Mail.Send']);
    const activity = await rejection(h.client.api(`/users/${UPN('johan.ekstrom')}/teamwork/sendActivityNotification`).post(notification()));
    expect(activity.statusCode).toBe(403);
    expect(activity.message).toBe("Missing role permissions on the request. API requires one of 'TeamsActivity.Send'. Roles on the request 'User.Read.All'.");
    const refusedMail = await h.raw(`v1.0/users/${personas.coordinator}/sendMail`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(mail) });
    expect(refusedMail.status).toBe(403);
    expect(await refusedMail.json()).toEqual({ error: { code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' } });
    expect(await (await h.raw('_emulator/deliveries')).json()).toEqual([]);
  });

  it('refuses directory reads without User.Read.All, inside $batch too, but lets the signed-in account read itself', async () => {
    await take(['User.Read.All']);
    const answer = await h.client.api('/$batch').post({ requests: [{ id: '1', method: 'GET', url: `/users/${personas.manager}?$select=id,accountEnabled` }] });
    expect(answer.responses[0].status).toBe(403);
    expect(answer.responses[0].body.error).toMatchObject({ code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' });
    expect((await h.client.api('/me').select('id').get()).id).toBe(person(personas.coordinator).id);
  });

  it('refuses reading a chat\'s messages without ChatMessage.Read while posting still works', async () => {
    const chat = await h.client.api('/chats').post({ chatType: 'oneOnOne', members: [member(person(personas.coordinator).id), member(personas.manager)] });
    await take(['ChatMessage.Read']);
    await h.client.api(`/chats/${chat.id}/messages`).post({ body: { content: 'Hej' } });
    const refused = await rejection(h.client.api(`/chats/${chat.id}/messages`).get());
    expect(refused.statusCode).toBe(403);
    expect(refused.message).toContain("requires one of 'ChatMessage.Read, Chat.Read, Chat.ReadWrite'");
  });

  it('rejects a control request that names no permissions', async () => {
    expect((await h.raw('_emulator/permissions', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"missing":"Chat.Create"}' })).status).toBe(400);
  });
});

describe('accounts and the activity feed', () => {
  it('says accountEnabled false for a disabled account, in the user and in an expanded manager', async () => {
    const manager = person(personas.manager);
    const boss = demoDirectory.find((p) => p.id === manager.managerId)!;
    await h.raw('_emulator/disabled-accounts', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ users: [manager.userPrincipalName, boss.id] }) });
    const user = await h.client.api(`/users/${manager.userPrincipalName}`).query('$select=accountEnabled&$expand=manager($select=id,accountEnabled)').get();
    expect(user.accountEnabled).toBe(false);
    expect(user.manager).toMatchObject({ id: boss.id, accountEnabled: false });
    expect((await h.client.api(`/users/${personas.coordinator}`).select('accountEnabled').get()).accountEnabled).toBe(true);
  });

  it('keeps one notification per chainId from the app to a person', async () => {
    const to = `/users/${UPN('johan.ekstrom')}/teamwork/sendActivityNotification`;
    await h.client.api(to).post(notification(42));
    await h.client.api(to).post(notification(42));
    await h.client.api(to).post(notification(43));
    await h.client.api(to).post(notification());
    await h.client.api(to).post(notification());
    const deliveries = await (await h.raw('_emulator/deliveries?kind=activityNotification')).json() as Array<{ raw: { chainId?: number } }>;
    expect(deliveries.map((d) => d.raw.chainId ?? null)).toEqual([42, 43, null, null]);
  });
});
