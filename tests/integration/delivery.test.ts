/**
 * Reminder delivery against the local product's Graph emulator, through the Microsoft Graph client set up
 * as in production: a card in a one-on-one chat from the service account, an activity-feed notification,
 * mail, the fall-back to mail when Teams refuses a person, throttling retried by the Graph client, and
 * directory look-ups in `$batch`es of at most 20.
 */
import { Client } from '@microsoft/microsoft-graph-client';
import tabManifest from '../../teams/my-follow-ups/manifest.json';
import { demoDirectory, findPerson, personas, reminderServiceAccount } from '../../server/directory/demoDirectory';
import { DirectoryPerson } from '../../server/directory/types';
import { createDelivery, lookupPeople, reminderCard, subEntityIdOf, tabDeepLink } from '../../src/reminders/delivery';
import { ChannelName, ReminderMessage } from '../../src/reminders/types';
import { LocalProduct, startLocalProduct } from './localProduct';

let product: LocalProduct;
let appClient: Client;
let chatClient: Client;

const serviceAccountUpn = reminderServiceAccount.userPrincipalName;
const mailSender = reminderServiceAccount.userPrincipalName;
const tab = { appId: tabManifest.id, entityId: tabManifest.staticTabs[0].entityId };

interface Delivery {
  kind: string;
  text: string;
  from: string;
  to: string[];
  subject: string | null;
  card: unknown;
  deepLink: string | null;
  activityType: string | null;
  chatId: string | null;
  raw: { templateParameters?: Array<{ name: string; value: string }> };
}

function person(upn: string): DirectoryPerson {
  const p = findPerson(upn);
  if (!p) throw new Error(`${upn} is not in the demo directory`);
  return p;
}

function message(recipient: DirectoryPerson, overrides: Partial<ReminderMessage> = {}): ReminderMessage {
  const link = (measureKey: string): string => tabDeepLink({ ...tab, measureKey });
  return {
    recipient: { objectId: recipient.id, upn: recipient.userPrincipalName, displayName: recipient.displayName },
    locale: 'sv-SE',
    stage: 'd-14',
    escalation: false,
    items: [
      { measureKey: 'IK-2026-014', measureTitle: 'Brandskyddsrond i vårdbyggnader', requestType: 'status', planTitle: 'Internkontrollplan 2026', periodTitle: 'Uppföljning november', deadline: '2026-11-30', daysLeft: 14, responsible: null, deepLink: link('IK-2026-014') },
      { measureKey: 'IK-2026-021', measureTitle: 'Kontroll av behörigheter i journalsystemet', requestType: 'status', planTitle: 'Internkontrollplan 2026', periodTitle: 'Uppföljning november', deadline: '2026-12-04', daysLeft: 18, responsible: null, deepLink: link('IK-2026-021') }
    ],
    ...overrides
  };
}

function delivery(channel: ChannelName): ReturnType<typeof createDelivery> {
  return createDelivery({ channel, appClient, chatClient, serviceAccountUpn, mailSender });
}

async function emulator(path: string, method = 'GET', body?: unknown): Promise<unknown> {
  const response = await fetch(`${product.origin}/graph/_emulator/${path}`, {
    method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body)
  });
  return response.status === 204 ? undefined : response.json();
}

const deliveriesTo = async (upn: string): Promise<Delivery[]> => (await emulator(`deliveries?to=${encodeURIComponent(upn)}`)) as Delivery[];

/** Counts the Graph client's HTTP requests whose URL contains `fragment`, and what they sent. */
function countRequests(fragment: string): { calls: Array<{ url: string; body: string }>; restore: () => void } {
  const calls: Array<{ url: string; body: string }> = [];
  const original = globalThis.fetch;
  const spy = jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes(fragment)) calls.push({ url, body: typeof init?.body === 'string' ? init.body : '' });
    return original(input, init);
  });
  return { calls, restore: () => spy.mockRestore() };
}

beforeAll(async () => {
  product = await startLocalProduct();
  const authProvider = { getAccessToken: async (): Promise<string> => 'x' };
  appClient = Client.initWithMiddleware({ authProvider, baseUrl: product.graphUrl, defaultVersion: 'v1.0' });
  // The delegated service account: in the emulator, who is signed in is the X-Emulator-User header.
  chatClient = Client.initWithMiddleware({
    authProvider, baseUrl: product.graphUrl, defaultVersion: 'v1.0', fetchOptions: { headers: { 'X-Emulator-User': serviceAccountUpn } }
  });
});

afterAll(async () => {
  await product.app.close();
});

beforeEach(async () => {
  await emulator('reset', 'POST');
});

describe('reminder delivery through the Graph emulator', () => {
  it('posts the card in one one-on-one chat from the service account, with deep links to the measures', async () => {
    const manager = person(personas.manager);
    const send = delivery('chat');
    const first = message(manager);
    const second = message(manager, { stage: 'd-1', items: [{ ...first.items[0], daysLeft: 1 }] });
    const chatPosts = countRequests('/chats');
    try {
      expect(await send.send(first)).toEqual({ ok: true, channel: 'chat' });
      expect(await send.send(second)).toEqual({ ok: true, channel: 'chat' });
    } finally {
      chatPosts.restore();
    }
    // One POST /chats for the two messages: the chat id is cached within the run.
    expect(chatPosts.calls.filter((c) => /\/chats$/.test(c.url))).toHaveLength(1);
    const chats = (await chatClient.api('/chats').get()) as { value: Array<{ id: string; chatType: string }> };
    expect(chats.value).toHaveLength(1);
    expect(chats.value[0].chatType).toBe('oneOnOne');

    const delivered = await deliveriesTo(manager.userPrincipalName);
    expect(delivered.map((d) => d.kind)).toEqual(['chatMessage', 'chatMessage']);
    expect(delivered[0]).toMatchObject({ from: serviceAccountUpn, to: [manager.userPrincipalName], chatId: chats.value[0].id });
    expect(delivered[0].card).toEqual(reminderCard(first));
    expect(subEntityIdOf(delivered[0].deepLink as string)).toBe('IK-2026-014');
    expect(JSON.stringify(delivered[0].card)).toContain(first.items[1].deepLink);
  });

  it('sends an activity notification of the manifest type for the stage', async () => {
    const manager = person(personas.manager);
    const send = delivery('activity');
    expect(await send.send(message(manager, { stage: 'd-1' }))).toEqual({ ok: true, channel: 'activity' });
    const [delivered] = await deliveriesTo(manager.userPrincipalName);
    expect(delivered).toMatchObject({ kind: 'activityNotification', activityType: 'statusReminder' });
    expect(subEntityIdOf(delivered.deepLink as string)).toBe('IK-2026-014');
    expect(delivered.raw.templateParameters).toEqual([
      { name: 'measureTitle', value: 'Brandskyddsrond i vårdbyggnader och 1 till' },
      { name: 'dueDate', value: '30 november 2026' }
    ]);
  });

  it('escalates to a manager as an overdue activity', async () => {
    const manager = person(personas.manager);
    await delivery('activity').send(message(manager, { stage: 'esc+7', escalation: true, items: message(manager).items.map((i) => ({ ...i, daysLeft: -7, responsible: 'Erik Berg' })) }));
    const [delivered] = await deliveriesTo(manager.userPrincipalName);
    expect(delivered.activityType).toBe('statusOverdue');
    expect(delivered.raw.templateParameters).toContainEqual({ name: 'responsibleName', value: 'Erik Berg' });
  });

  it('sends mail from the configured mailbox', async () => {
    const secretary = person(personas.boardSecretary);
    expect(await delivery('mail').send(message(secretary))).toEqual({ ok: true, channel: 'mail' });
    const [delivered] = await deliveriesTo(secretary.userPrincipalName);
    expect(delivered).toMatchObject({ kind: 'mail', from: mailSender, to: [secretary.userPrincipalName], subject: 'Internkontroll 365: Dags att lämna status' });
    expect(subEntityIdOf(delivered.deepLink as string)).toBe('IK-2026-014');
  });

  it.each<ChannelName>(['chat', 'activity'])('falls back to mail when Teams refuses the person (%s)', async (channel) => {
    const manager = person(personas.manager);
    await emulator('teams-blocked', 'PUT', { users: [manager.userPrincipalName] });
    expect(await delivery(channel).send(message(manager))).toEqual({ ok: true, channel: 'mail' });
    const delivered = await deliveriesTo(manager.userPrincipalName);
    expect(delivered.map((d) => d.kind)).toEqual(['mail']);
  });

  it('reports a failure the next run retries when Teams refuses the person and mail is down', async () => {
    const manager = person(personas.manager);
    await emulator('teams-blocked', 'PUT', { users: [manager.userPrincipalName] });
    await emulator('faults', 'PUT', { status: 503, retryAfter: 0, pathContains: 'sendMail', permanent: true });
    const result = await delivery('chat').send(message(manager));
    expect(result).toMatchObject({ ok: false, channel: 'mail', permanent: false });
    expect(!result.ok && result.error).toMatch(/^chat: 403 Forbidden: .*; mail: 503 serviceNotAvailable/);
    expect(await deliveriesTo(manager.userPrincipalName)).toEqual([]);
  });

  it('rides out throttling: 429s with Retry-After 0 and 1 are retried by the Graph client', async () => {
    const manager = person(personas.manager);
    await emulator('faults', 'PUT', [
      { status: 429, count: 2, retryAfter: 0, pathContains: 'sendActivityNotification' },
      { status: 429, count: 1, retryAfter: 1, pathContains: '/messages' },
      { status: 503, count: 1, retryAfter: 0, pathContains: 'sendMail' }
    ]);
    const started = Date.now();
    expect(await delivery('activity').send(message(manager))).toEqual({ ok: true, channel: 'activity' });
    expect(await delivery('chat').send(message(manager))).toEqual({ ok: true, channel: 'chat' });
    expect(await delivery('mail').send(message(manager))).toEqual({ ok: true, channel: 'mail' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000); // the Retry-After of 1 s was honoured
    expect(await emulator('faults')).toEqual([]); // every injected fault was met, and survived
    expect((await deliveriesTo(manager.userPrincipalName)).map((d) => d.kind)).toEqual(['activityNotification', 'chatMessage', 'mail']);
  });

  it('reports throttling that outlasts the retries as a failure the next run retries', async () => {
    const manager = person(personas.manager);
    await emulator('faults', 'PUT', { status: 429, retryAfter: 0, pathContains: 'sendActivityNotification', permanent: true });
    const result = await delivery('activity').send(message(manager));
    expect(result).toMatchObject({ ok: false, channel: 'activity', permanent: false });
    expect(!result.ok && result.error).toMatch(/^429 TooManyRequests/);
    expect(await deliveriesTo(manager.userPrincipalName)).toEqual([]);
  });
});

describe('every kind of request through the Graph emulator', () => {
  const link = (measureKey: string): string => tabDeepLink({ ...tab, measureKey });
  const base = { planTitle: 'Säkerhetsberättelse 2026', periodTitle: 'Årsrapportering', deadline: '2027-01-29', daysLeft: 14, responsible: null };
  const kinds = (recipient: DirectoryPerson, overrides: Partial<ReminderMessage> = {}): ReminderMessage => message(recipient, {
    items: [
      { ...base, measureKey: 'chapter:sec-2026:fire', measureTitle: 'Säkerhetsberättelse: Brandskydd', requestType: 'chapter', deepLink: link('chapter:sec-2026:fire') },
      { ...base, measureKey: 'IND-7', measureTitle: 'Andel genomförda utrymningsövningar', requestType: 'value', measureKind: 'indicator', deepLink: link('IND-7') },
      { ...base, planTitle: 'Handlingsplan för patientsäkerhet 2026', measureKey: 'PS-3', measureTitle: 'Läkemedelsgenomgångar', requestType: 'status', measureKind: 'activity', deepLink: link('PS-3') }
    ],
    ...overrides
  });

  it('posts a card that counts and asks per kind, with a deep link to each subject, chapters included', async () => {
    const owner = person(personas.manager);
    const sent = kinds(owner);
    expect(await delivery('chat').send(sent)).toEqual({ ok: true, channel: 'chat' });
    const [delivered] = await deliveriesTo(owner.userPrincipalName);
    expect(delivered.card).toEqual(reminderCard(sent));
    const card = JSON.stringify(delivered.card);
    expect(card).toContain('Du har 1 aktivitet att lämna status för, 1 indikator att rapportera utfall för och 1 kapitel att skriva.');
    expect(card).toContain('Skriv och lämna in kapitlet');
    const targets = [...card.matchAll(/"url":"([^"]+)"/g)].map((m) => subEntityIdOf(m[1]));
    expect(targets).toEqual(['chapter:sec-2026:fire', 'IND-7', 'PS-3']);
  });

  it('notifies the activity feed and mails in the words of the kind', async () => {
    const owner = person(personas.manager);
    const chapterOnly = kinds(owner, { stage: 'd-1' });
    chapterOnly.items = chapterOnly.items.slice(0, 1);
    expect(await delivery('activity').send(chapterOnly)).toEqual({ ok: true, channel: 'activity' });
    expect(await delivery('mail').send(kinds(owner, { locale: 'en-US' }))).toEqual({ ok: true, channel: 'mail' });
    const [activity, mail] = await deliveriesTo(owner.userPrincipalName);
    expect(activity).toMatchObject({ kind: 'activityNotification', activityType: 'statusReminder' });
    expect(subEntityIdOf(activity.deepLink as string)).toBe('chapter:sec-2026:fire');
    expect(activity.raw.templateParameters).toContainEqual({ name: 'measureTitle', value: 'Säkerhetsberättelse: Brandskydd' });
    expect(mail).toMatchObject({ kind: 'mail', subject: 'Internkontroll 365: Time for the follow-up' });
    expect(mail.text).toContain('Write and submit the chapter');
    expect(mail.text).toContain('You have 1 activity to report status for, 1 indicator to report a value for and 1 chapter to write.');
  });
});

describe('directory look-ups for planning', () => {
  const director = demoDirectory.find((p) => p.managerId === null) as DirectoryPerson;
  const upns = [director, ...demoDirectory.filter((p) => p !== director).slice(0, 23)].map((p) => p.userPrincipalName);
  const unknown = 'finns.inte@regionnorrvik.onmicrosoft.com';

  it('looks up 25 people with their managers in $batches of at most 20 requests', async () => {
    const batches = countRequests('/$batch');
    let people: Awaited<ReturnType<typeof lookupPeople>>;
    try {
      people = await lookupPeople(appClient, [...upns.map((u) => u.toUpperCase()), unknown]);
    } finally {
      batches.restore();
    }
    // One request per person, the manager expanded into it: 25 requests make 2 batches of 20 and 5.
    expect(batches.calls.map((c) => (JSON.parse(c.body) as { requests: unknown[] }).requests.length)).toEqual([20, 5]);
    expect(people.size).toBe(24);
    expect(people.has(unknown)).toBe(false);
    const top = people.get(director.userPrincipalName.toLowerCase());
    expect(top).toEqual({ person: { objectId: director.id, upn: director.userPrincipalName, displayName: director.displayName }, accountEnabled: true, manager: null });
    for (const upn of upns.slice(1)) {
      const entry = people.get(upn.toLowerCase());
      const expected = demoDirectory.find((p) => p.id === person(upn).managerId) as DirectoryPerson;
      expect(entry?.manager).toEqual({ objectId: expected.id, upn: expected.userPrincipalName, displayName: expected.displayName });
      expect(entry?.accountEnabled).toBe(true);
    }
  });

  it('resends steps throttled inside a batch', async () => {
    await emulator('faults', 'PUT', { status: 429, count: 5, retryAfter: 0, pathContains: 'users/' });
    const people = await lookupPeople(appClient, upns.slice(0, 5));
    expect(people.size).toBe(5);
    expect(people.get(upns[1].toLowerCase())?.manager).not.toBeNull();
    expect(await emulator('faults')).toEqual([]);
  });
});
