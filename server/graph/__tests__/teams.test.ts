/**
 * Teams over real HTTP with the real Graph client: oneOnOne and group chats, text and Adaptive Card
 * messages (and their validation), activity notifications (204, and 403 without the app installed),
 * installedApps (list, filter, expand, install 201 with no body, 409), and Teams-blocked users.
 */
import { demoDirectory, personas } from '../../directory/demoDirectory';
import { NOTIFIER_APP_EXTERNAL_ID, NOTIFIER_TEAMS_APP_ID } from '../index';
import { rejection, startEmulator, UPN, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startEmulator();
});
afterAll(() => h.close());

const person = (upn: string) => demoDirectory.find((p) => p.userPrincipalName === upn)!;
const bind = (idOrUpn: string) => ({
  '@odata.type': '#microsoft.graph.aadUserConversationMember',
  roles: ['owner'],
  'user@odata.bind': `https://graph.microsoft.com/v1.0/users('${idOrUpn}')`,
});

const card = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.4',
  body: [
    { type: 'TextBlock', text: 'Statusrapport efterfrågas', weight: 'Bolder' },
    { type: 'FactSet', facts: [{ title: 'Åtgärd', value: 'Brandskyddsrond Q2' }] },
  ],
  actions: [{ type: 'Action.OpenUrl', title: 'Öppna', url: 'https://teams.microsoft.com/l/entity/x/y?context=%7B%7D' }],
};

describe('chats', () => {
  it('creates a oneOnOne chat (201 body per graph-wire) and returns the same chat the second time', async () => {
    const a = person(personas.coordinator);
    const b = person(personas.manager);
    const first = await h.client.api('/chats').post({ chatType: 'oneOnOne', members: [bind(a.id), bind(b.id)] });
    const ids = [a.id, b.id].sort();
    expect(first.id).toBe(`19:${ids[0]}_${ids[1]}@unq.gbl.spaces`);
    expect(Object.keys(first)).toEqual(['@odata.context', 'id', 'topic', 'createdDateTime', 'lastUpdatedDateTime', 'chatType']);
    expect(first.chatType).toBe('oneOnOne');
    expect(first.topic).toBeNull();
    // Bound by UPN and in the other order: still the one chat between the two.
    const second = await h.client.api('/chats').post({ chatType: 'oneOnOne', members: [bind(b.userPrincipalName), bind(a.userPrincipalName)] });
    expect(second.id).toBe(first.id);
    const got = await h.client.api(`/chats/${first.id}`).get();
    expect(got.id).toBe(first.id);
    expect(got.tenantId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('validates chat creation', async () => {
    const a = person(personas.coordinator);
    expect((await rejection(h.client.api('/chats').post({ chatType: 'oneOnOne', members: [bind(a.id)] }))).statusCode).toBe(400);
    expect(
      (await rejection(h.client.api('/chats').post({ chatType: 'oneOnOne', topic: 'x', members: [bind(a.id), bind(personas.manager)] }))).statusCode,
    ).toBe(400);
    expect((await rejection(h.client.api('/chats').post({ chatType: 'oneOnOne', members: [bind(a.id), bind('nobody@x.se')] }))).statusCode).toBe(404);
  });

  it('creates a group chat with a topic', async () => {
    const chat = await h.client.api('/chats').post({
      chatType: 'group',
      topic: 'Internkontroll 2025',
      members: [bind(personas.coordinator), bind(personas.manager), bind(personas.boardSecretary)],
    });
    expect(chat.id).toMatch(/^19:[0-9a-f]{32}@thread\.v2$/);
    expect(chat.topic).toBe('Internkontroll 2025');
    const withMembers = await h.client.api(`/chats/${chat.id}`).expand('members').get();
    expect(withMembers.members).toHaveLength(3);
  });

  it('posts a text message from the signed-in user (201 chatMessage with every key)', async () => {
    const chat = await h.client.api('/chats').post({ chatType: 'oneOnOne', members: [bind(personas.coordinator), bind(personas.manager)] });
    const msg = await h.client.api(`/chats/${chat.id}/messages`).post({ body: { content: 'Hej Johan!' } });
    expect(Object.keys(msg)).toEqual([
      '@odata.context', 'id', 'replyToId', 'etag', 'messageType', 'createdDateTime', 'lastModifiedDateTime', 'lastEditedDateTime',
      'deletedDateTime', 'subject', 'summary', 'chatId', 'importance', 'locale', 'webUrl', 'channelIdentity', 'policyViolation',
      'eventDetail', 'from', 'body', 'attachments', 'mentions', 'reactions',
    ]);
    expect(msg.id).toBe(msg.etag);
    expect(msg.id).toMatch(/^\d{13}$/);
    expect(msg.chatId).toBe(chat.id);
    expect(msg.body).toEqual({ contentType: 'text', content: 'Hej Johan!' });
    expect(msg.from.user).toEqual({ id: person(personas.coordinator).id, displayName: 'Anna Karlsson', userIdentityType: 'aadUser' });
    expect(msg.from.application).toBeNull();
  });

  it('posts an Adaptive Card; content is echoed as a string', async () => {
    const chat = await h.client.api('/chats').post({ chatType: 'oneOnOne', members: [bind(personas.coordinator), bind(UPN('camilla.nord'))] });
    const msg = await h.client.api(`/chats/${chat.id}/messages`).post({
      subject: null,
      body: { contentType: 'html', content: '<attachment id="c1"></attachment>' },
      attachments: [{ id: 'c1', contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: JSON.stringify(card), name: null, thumbnailUrl: null }],
    });
    expect(msg.body.contentType).toBe('html');
    expect(typeof msg.attachments[0].content).toBe('string');
    expect(JSON.parse(msg.attachments[0].content)).toEqual(card);

    const list = await h.client.api(`/chats/${chat.id}/messages`).get();
    expect(list.value[0].id).toBe(msg.id);
  });

  it('refuses bad attachments: id mismatch, content not a JSON string', async () => {
    const chat = await h.client.api('/chats').post({ chatType: 'oneOnOne', members: [bind(personas.coordinator), bind(personas.manager)] });
    const post = (body: unknown) => rejection(h.client.api(`/chats/${chat.id}/messages`).post(body));
    const att = { id: 'c1', contentType: 'application/vnd.microsoft.card.adaptive', content: JSON.stringify(card) };
    expect((await post({ body: { contentType: 'html', content: '<attachment id="other"></attachment>' }, attachments: [att] })).statusCode).toBe(400);
    expect((await post({ body: { contentType: 'html', content: '<attachment id="c1"></attachment>' }, attachments: [{ ...att, content: card }] })).statusCode).toBe(400);
    expect((await post({ body: { contentType: 'html', content: '<attachment id="c1"></attachment>' }, attachments: [{ ...att, content: '{nope' }] })).statusCode).toBe(400);
    expect((await post({ body: { contentType: 'html', content: '<attachment id="c1"></attachment>' } })).statusCode).toBe(400);
    expect((await post({})).statusCode).toBe(400);
  });

  it('refuses a message from someone outside the chat (403)', async () => {
    const chat = await h.client.api('/chats').post({ chatType: 'oneOnOne', members: [bind(personas.coordinator), bind(personas.manager)] });
    const err = await rejection(h.client.api(`/chats/${chat.id}/messages`).header('X-Emulator-User', personas.boardSecretary).post({ body: { content: 'x' } }));
    expect(err.statusCode).toBe(403);
    expect(err.code).toBe('Forbidden');
  });
});

describe('activity notifications and installed apps', () => {
  const notification = {
    topic: { source: 'text', value: 'Statusrapport', webUrl: 'https://teams.microsoft.com/l/entity/app/tab?context=%7B%22subEntityId%22%3A%2242%22%7D' },
    activityType: 'statusRequested',
    previewText: { content: 'Statusrapport för Brandskyddsrond Q2 efterfrågas' },
    templateParameters: [{ name: 'measure', value: 'Brandskyddsrond Q2' }],
  };

  it('sends a notification: 204 resolves to undefined', async () => {
    const res = await h.client.api(`/users/${personas.manager}/teamwork/sendActivityNotification`).post(notification);
    expect(res).toBeUndefined();
    const entityUrl = await h.client.api(`/users/${person(personas.manager).id}/teamwork/sendActivityNotification`).post({
      topic: { source: 'entityUrl', value: `https://graph.microsoft.com/v1.0/users/${person(personas.manager).id}/teamwork/installedApps/x` },
      activityType: 'systemDefault',
      previewText: { content: 'Påminnelse' },
      templateParameters: [{ name: 'systemDefaultText', value: 'Påminnelse' }],
    });
    expect(entityUrl).toBeUndefined();
  });

  it('validates the notification body', async () => {
    const url = `/users/${personas.manager}/teamwork/sendActivityNotification`;
    const bad = async (body: unknown) => (await rejection(h.client.api(url).post(body))).statusCode;
    expect(await bad({ ...notification, topic: { source: 'text', value: 'x' } })).toBe(400); // webUrl required for text
    expect(await bad({ ...notification, topic: { source: 'other', value: 'x' } })).toBe(400);
    expect(await bad({ ...notification, activityType: undefined })).toBe(400);
    expect(await bad({ ...notification, previewText: {} })).toBe(400);
    expect(await bad({ ...notification, templateParameters: [{ name: 1 }] })).toBe(400);
  });

  it('lists installed apps with $expand and $filter on externalId and id', async () => {
    const list = await h.client.api(`/users/${personas.manager}/teamwork/installedApps`).expand('teamsApp').get();
    expect(list.value).toHaveLength(1);
    expect(list.value[0].teamsApp.id).toBe(NOTIFIER_TEAMS_APP_ID);
    expect(list.value[0].teamsApp.externalId).toBe(NOTIFIER_APP_EXTERNAL_ID);
    expect(list.value[0].id).not.toBe(NOTIFIER_TEAMS_APP_ID);

    const byExternal = await h.client
      .api(`/users/${personas.manager}/teamwork/installedApps`)
      .expand('teamsApp,teamsAppDefinition')
      .filter(`teamsApp/externalId eq '${NOTIFIER_APP_EXTERNAL_ID}'`)
      .get();
    expect(byExternal['@odata.count']).toBe(1);
    expect(byExternal.value[0].teamsAppDefinition.teamsAppId).toBe(NOTIFIER_TEAMS_APP_ID);
    const byId = await h.client.api(`/users/${personas.manager}/teamwork/installedApps`).filter(`teamsApp/id eq 'nope'`).get();
    expect(byId.value).toEqual([]);
  });

  it('403 when the app is not installed; install → 201 with no body; again → 409; then notifications work', async () => {
    const upn = UPN('mikael.strand');
    const apps = `/users/${upn}/teamwork/installedApps`;
    const [installation] = (await h.client.api(apps).get()).value;
    expect(await h.client.api(`${apps}/${installation.id}`).delete()).toBeUndefined();
    expect((await h.client.api(apps).get()).value).toEqual([]);

    const err = await rejection(h.client.api(`/users/${upn}/teamwork/sendActivityNotification`).post(notification));
    expect(err.statusCode).toBe(403);
    expect(err.code).toBe('Forbidden');

    const bindBody = { 'teamsApp@odata.bind': `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${NOTIFIER_TEAMS_APP_ID}` };
    const raw = await h.raw(`v1.0${apps}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(bindBody) });
    expect(raw.status).toBe(201);
    expect(raw.headers.get('content-type')).toBeNull();
    expect(await raw.text()).toBe('');

    const conflict = await rejection(h.client.api(apps).post(bindBody));
    expect(conflict.statusCode).toBe(409);
    expect(conflict.code).toBe('Conflict');

    expect(await h.client.api(`/users/${upn}/teamwork/sendActivityNotification`).post(notification)).toBeUndefined();
  });

  it('installs through the client (201 without body resolves) and 404 for an app not in the catalog', async () => {
    const upn = UPN('tobias.lindgren');
    const apps = `/users/${upn}/teamwork/installedApps`;
    const [installation] = (await h.client.api(apps).get()).value;
    await h.client.api(`${apps}/${installation.id}`).delete();
    const res = await h.client.api(apps).post({ 'teamsApp@odata.bind': `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${NOTIFIER_TEAMS_APP_ID}` });
    expect(res).toBeTruthy(); // a ReadableStream: 2xx without Content-Type (graph-wire §8)
    // Binding the manifest id instead of the catalog id is a real-world mistake: the catalog does not know it.
    const err = await rejection(h.client.api(apps).post({ 'teamsApp@odata.bind': `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${NOTIFIER_APP_EXTERNAL_ID}` }));
    expect(err.statusCode).toBe(404);
  });

  it('an emulator started with installedAppsForAll: false has no installations', async () => {
    const bare = await startEmulator({ installedAppsForAll: false });
    try {
      expect((await bare.client.api(`/users/${personas.manager}/teamwork/installedApps`).get()).value).toEqual([]);
      const err = await rejection(bare.client.api(`/users/${personas.manager}/teamwork/sendActivityNotification`).post(notification));
      expect(err.statusCode).toBe(403);
    } finally {
      await bare.close();
    }
  });
});

describe('teams-blocked users', () => {
  it('makes chats, chat messages and notifications to that user answer 403, until cleared', async () => {
    const blocked = UPN('hanna.carlsson');
    const chat = await h.client.api('/chats').post({ chatType: 'oneOnOne', members: [bind(personas.coordinator), bind(blocked)] });
    const put = await h.raw('_emulator/teams-blocked', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ users: [blocked] }) });
    expect(put.status).toBe(200);

    expect((await rejection(h.client.api(`/chats/${chat.id}/messages`).post({ body: { content: 'x' } }))).statusCode).toBe(403);
    expect((await rejection(h.client.api('/chats').post({ chatType: 'oneOnOne', members: [bind(personas.manager), bind(blocked)] }))).statusCode).toBe(403);
    const notify = await rejection(
      h.client.api(`/users/${blocked}/teamwork/sendActivityNotification`).post({
        topic: { source: 'text', value: 'x', webUrl: 'https://teams.microsoft.com/l/x' },
        activityType: 'statusRequested',
        previewText: { content: 'x' },
      }),
    );
    expect(notify.statusCode).toBe(403);
    expect(notify.code).toBe('Forbidden');
    // Mail still works: that is the fallback.
    await h.client.api('/me/sendMail').post({ message: { subject: 's', toRecipients: [{ emailAddress: { address: blocked } }] } });

    expect((await h.raw('_emulator/teams-blocked', { method: 'DELETE' })).status).toBe(204);
    expect((await h.client.api(`/chats/${chat.id}/messages`).post({ body: { content: 'x' } })).id).toBeTruthy();
  });
});
