/**
 * The Graph emulator as the local product serves it (under /graph on the product's port), through the
 * Microsoft Graph client set up as in production: the demo directory's management chain, a status
 * request delivered as an Adaptive Card in a one-on-one chat, an activity notification, and the
 * deliveries log that the workbench and tests read.
 */
import { Client } from '@microsoft/microsoft-graph-client';
import { demoDirectory, personas, findPerson } from '../../server/directory/demoDirectory';
import { LocalProduct, startLocalProduct } from './localProduct';

let product: LocalProduct;
let client: Client;

beforeAll(async () => {
  product = await startLocalProduct();
  client = Client.initWithMiddleware({ authProvider: { getAccessToken: async () => 'local' }, baseUrl: product.graphUrl, defaultVersion: 'v1.0' });
});

afterAll(async () => {
  await product.app.close();
});

describe('Graph emulator in the local product', () => {
  it('walks the management chain from a unit manager up to the region director', async () => {
    const root = demoDirectory.find((p) => p.managerId === null)!;
    const deepest = demoDirectory.reduce((best, p) => {
      let depth = 0;
      for (let m = p; m.managerId; m = demoDirectory.find((x) => x.id === m.managerId)!) depth++;
      return depth > best.depth ? { person: p, depth } : best;
    }, { person: root, depth: 0 });
    expect(deepest.depth).toBeGreaterThanOrEqual(4);
    let current = deepest.person.id;
    const chain: string[] = [];
    for (;;) {
      try {
        const manager = await client.api(`/users/${current}/manager`).select(['id', 'jobTitle']).get();
        chain.push(manager.jobTitle);
        current = manager.id;
      } catch (error) {
        expect((error as { statusCode: number }).statusCode).toBe(404);
        break;
      }
    }
    expect(current).toBe(root.id);
    expect(chain).toHaveLength(deepest.depth);
  });

  it('filters and selects users like Graph', async () => {
    const result = await client.api('/users').filter("startswith(displayName,'A')").select(['id', 'displayName', 'mail']).top(5).get();
    expect(result.value.length).toBeGreaterThan(0);
    for (const user of result.value) {
      expect(user.displayName.startsWith('A')).toBe(true);
      expect(Object.keys(user).filter((k) => !k.startsWith('@'))).toEqual(['id', 'displayName', 'mail']);
    }
  });

  it('delivers a status request card in a one-on-one chat and records it', async () => {
    const manager = findPerson(personas.manager)!;
    const coordinator = findPerson(personas.coordinator)!;
    const chat = await client.api('/chats').header('X-Emulator-User', coordinator.userPrincipalName).post({
      chatType: 'oneOnOne',
      members: [coordinator, manager].map((p) => ({
        '@odata.type': '#microsoft.graph.aadUserConversationMember', roles: ['owner'],
        'user@odata.bind': `https://graph.microsoft.com/v1.0/users('${p.id}')`
      }))
    });
    const card = { type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text: 'Statusbegäran: Uppföljning november' }],
      actions: [{ type: 'Action.OpenUrl', title: 'Svara', url: 'https://teams.microsoft.com/l/entity/app/tab?context=%7B%22subEntityId%22%3A%22m1%22%7D' }] };
    const message = await client.api(`/chats/${chat.id}/messages`).header('X-Emulator-User', coordinator.userPrincipalName).post({
      body: { contentType: 'html', content: '<attachment id="card1"></attachment>' },
      attachments: [{ id: 'card1', contentType: 'application/vnd.microsoft.card.adaptive', content: JSON.stringify(card) }]
    });
    expect(message.chatId).toBe(chat.id);
    const deliveries = await (await fetch(`${product.origin}/graph/_emulator/deliveries?to=${encodeURIComponent(manager.userPrincipalName)}`)).json();
    const last = deliveries[deliveries.length - 1];
    expect(last).toMatchObject({ kind: 'chatMessage', card });
    expect(last.to).toContain(manager.userPrincipalName);
  });

  it('accepts an activity notification for a user with the notifier app installed', async () => {
    const manager = findPerson(personas.manager)!;
    const result = await client.api(`/users/${manager.id}/teamwork/sendActivityNotification`).post({
      topic: { source: 'text', value: 'Uppföljning november', webUrl: 'https://teams.microsoft.com/l/entity/app/tab' },
      activityType: 'statusRequest', previewText: { content: 'Du har två åtgärder att lämna status för' },
      templateParameters: [{ name: 'periodTitle', value: 'Uppföljning november' }]
    });
    expect(result).toBeUndefined();
    const deliveries = await (await fetch(`${product.origin}/graph/_emulator/deliveries`)).json();
    expect(deliveries[deliveries.length - 1]).toMatchObject({ kind: 'activityNotification', activityType: 'statusRequest' });
  });
});
