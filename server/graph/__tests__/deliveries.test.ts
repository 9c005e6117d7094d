/**
 * The emulator's own side: recorded deliveries (content, order, filter, clear), injected faults (429 with
 * Retry-After retried by the client's RetryHandler, permanent 503, faults inside $batch, the start-up
 * option), and persistence of chats, messages, deliveries and installations across a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoDirectory, personas } from '../../directory/demoDirectory';
import type { Delivery } from '../index';
import { rejection, startEmulator, UPN, type Harness } from './harness';

const bind = (upn: string) => ({
  '@odata.type': '#microsoft.graph.aadUserConversationMember',
  roles: ['owner'],
  'user@odata.bind': `https://graph.microsoft.com/v1.0/users('${upn}')`,
});
const cardJson = {
  type: 'AdaptiveCard',
  version: '1.4',
  body: [
    { type: 'TextBlock', text: 'Status efterfrågas' },
    { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: 'Lämna status', url: 'https://teams.microsoft.com/l/entity/app/tab?context=1' }] },
  ],
};
const put = (h: Harness, path: string, body: unknown) =>
  h.raw(path, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const deliveries = async (h: Harness, query = ''): Promise<Delivery[]> => (await h.raw(`_emulator/deliveries${query}`)).json();

describe('deliveries', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startEmulator();
  });
  afterAll(() => h.close());

  it('records chat messages, notifications and mail in order, newest last; filters by recipient; clears', async () => {
    expect((await h.raw('_emulator/deliveries', { method: 'DELETE' })).status).toBe(204);
    const chat = await h.client.api('/chats').post({ chatType: 'oneOnOne', members: [bind(personas.coordinator), bind(personas.manager)] });
    await h.client.api(`/chats/${chat.id}/messages`).post({
      body: { contentType: 'html', content: '<p>Hej Johan,</p><attachment id="a1"></attachment>' },
      attachments: [{ id: 'a1', contentType: 'application/vnd.microsoft.card.adaptive', content: JSON.stringify(cardJson) }],
    });
    await h.client.api(`/users/${personas.boardSecretary}/teamwork/sendActivityNotification`).post({
      topic: { source: 'entityUrl', value: 'https://graph.microsoft.com/v1.0/users/x/teamwork/installedApps/y' },
      activityType: 'boardReportReady',
      previewText: { content: 'Rapporten till nämnden är klar' },
    });
    await h.client.api('/me/sendMail').post({
      message: { subject: 'Ämne', body: { contentType: 'Text', content: 'Text' }, toRecipients: [{ emailAddress: { address: personas.manager } }] },
    });

    const all = await deliveries(h);
    expect(all.map((d) => d.kind)).toEqual(['chatMessage', 'activityNotification', 'mail']);
    expect(all[0].at <= all[1].at && all[1].at <= all[2].at).toBe(true);

    const [msg, note, mail] = all;
    expect(msg).toMatchObject({
      from: personas.coordinator,
      to: [personas.manager],
      recipientId: demoDirectory.find((p) => p.userPrincipalName === personas.manager)!.id,
      text: 'Hej Johan,\nStatus efterfrågas\n[Lämna status]',
      card: cardJson,
      webUrl: 'https://teams.microsoft.com/l/entity/app/tab?context=1',
      deepLink: 'https://teams.microsoft.com/l/entity/app/tab?context=1',
      chatId: chat.id,
      activityType: null,
    });
    expect(msg.id).toBeTruthy();
    expect(note).toMatchObject({
      from: expect.stringMatching(/^app:/),
      to: [personas.boardSecretary],
      previewText: 'Rapporten till nämnden är klar',
      activityType: 'boardReportReady',
      webUrl: 'https://graph.microsoft.com/v1.0/users/x/teamwork/installedApps/y',
      card: null,
    });
    expect(mail).toMatchObject({ subject: 'Ämne', text: 'Text', to: [personas.manager] });
    expect((note.raw as { activityType: string }).activityType).toBe('boardReportReady');

    const toManager = await deliveries(h, `?to=${encodeURIComponent(personas.manager.toUpperCase())}`);
    expect(toManager.map((d) => d.kind)).toEqual(['chatMessage', 'mail']);

    await h.raw('_emulator/deliveries', { method: 'DELETE' });
    expect(await deliveries(h)).toEqual([]);
  });
});

describe('faults', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startEmulator();
  });
  afterAll(() => h.close());
  afterEach(() => h.raw('_emulator/faults', { method: 'DELETE' }));

  it('answers 429 with Retry-After and the documented body', async () => {
    await put(h, '_emulator/faults', { status: 429, count: 1, retryAfter: 1 });
    const res = await h.raw('v1.0/me');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    const body = await res.json();
    expect(body.error.code).toBe('TooManyRequests');
    expect(body.error.message).toBe('Please retry again later.');
    expect(body.error.innerError).toMatchObject({ code: '429', message: 'Please retry after', status: '429' });
    expect((await h.raw('v1.0/me')).status).toBe(200); // count exhausted
  });

  it('lets the client RetryHandler retry 429 (Retry-After 0) and succeed', async () => {
    await put(h, '_emulator/faults', { status: 429, count: 2, retryAfter: 0 });
    const started = Date.now();
    const me = await h.client.api('/me').get();
    expect(me.userPrincipalName).toBe(personas.coordinator);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await (await h.raw('_emulator/faults')).json()).toEqual([]);
  });

  it('retries a POST too (sendActivityNotification) after a 429 with Retry-After 1', async () => {
    await put(h, '_emulator/faults', { status: 429, count: 1, retryAfter: 1, pathContains: 'sendActivityNotification' });
    const res = await h.client.api(`/users/${personas.manager}/teamwork/sendActivityNotification`).post({
      topic: { source: 'text', value: 'x', webUrl: 'https://teams.microsoft.com/l/x' },
      activityType: 'statusRequested',
      previewText: { content: 'Efter 429' },
    });
    expect(res).toBeUndefined();
    const list = await deliveries(h);
    expect(list.filter((d) => d.previewText === 'Efter 429')).toHaveLength(1);
  });

  it('a permanent 503 on one path makes the client give up after its retries; other paths and _emulator work', async () => {
    await put(h, '_emulator/faults', { status: 503, permanent: true, retryAfter: 0, pathContains: '/manager' });
    const err = await rejection(h.client.api(`/users/${personas.coordinator}/manager`).get());
    expect(err.statusCode).toBe(503);
    expect(err.code).toBe('serviceNotAvailable');
    expect((await h.client.api('/me').get()).userPrincipalName).toBe(personas.coordinator);
    await put(h, '_emulator/faults', { status: 429, permanent: true, retryAfter: 0 });
    expect((await h.raw('_emulator/deliveries')).status).toBe(200);
    expect((await h.raw('_emulator/faults')).status).toBe(200);
  });

  it('throttles a step inside $batch while the batch itself answers 200', async () => {
    await put(h, '_emulator/faults', { status: 429, count: 1, retryAfter: 2, pathContains: '/manager' });
    const raw = await h.client.api('/$batch').post({
      requests: [
        { id: '1', method: 'GET', url: '/me' },
        { id: '2', method: 'GET', url: '/me/manager' },
      ],
    });
    expect(raw.responses[0].status).toBe(200);
    expect(raw.responses[1].status).toBe(429);
    expect(raw.responses[1].headers['Retry-After']).toBe('2');
  });

  it('validates fault rules', async () => {
    expect((await put(h, '_emulator/faults', { status: 500 })).status).toBe(400);
    expect((await put(h, '_emulator/faults', { status: 429, share: 2 })).status).toBe(400);
  });

  it('applies the start-up option "429:0.5:0" to every second request, which the client absorbs', async () => {
    const flaky = await startEmulator({ faults: '429:0.5:0' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await flaky.raw('v1.0/me')).status);
      expect(statuses).toEqual([200, 429, 200, 429]);
      for (let i = 0; i < 3; i += 1) expect((await flaky.client.api('/me').get()).userPrincipalName).toBe(personas.coordinator);
    } finally {
      await flaky.close();
    }
  });
});

describe('persistence', () => {
  it('keeps chats, messages, deliveries and installations across a restart with dataDir', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'graph-emulator-'));
    try {
      const first = await startEmulator({ dataDir });
      const chat = await first.client.api('/chats').post({ chatType: 'oneOnOne', members: [bind(personas.coordinator), bind(UPN('daniel.ek'))] });
      const msg = await first.client.api(`/chats/${chat.id}/messages`).post({ body: { content: 'Sparas?' } });
      const apps = `/users/${UPN('daniel.ek')}/teamwork/installedApps`;
      const [installation] = (await first.client.api(apps).get()).value;
      await first.client.api(`${apps}/${installation.id}`).delete();
      await first.close();

      const second = await startEmulator({ dataDir });
      try {
        expect((await second.client.api(`/chats/${chat.id}`).get()).id).toBe(chat.id);
        const again = await second.client.api('/chats').post({ chatType: 'oneOnOne', members: [bind(UPN('daniel.ek')), bind(personas.coordinator)] });
        expect(again.id).toBe(chat.id);
        const messages = await second.client.api(`/chats/${chat.id}/messages`).get();
        expect(messages.value.map((m: { id: string }) => m.id)).toEqual([msg.id]);
        const list = await deliveries(second);
        expect(list.map((d) => d.text)).toEqual(['Sparas?']);
        expect((await second.client.api(apps).get()).value).toEqual([]);
        const myChats = await second.client.api('/me/chats').get();
        expect(myChats.value.map((c: { id: string }) => c.id)).toContain(chat.id);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
