/**
 * Throttling during a reminder run (issue 10 §4): with SharePoint answering a fifth of all requests with 429 and
 * Graph a fifth with 429 or 503 (each with `Retry-After`, 0 s here so the test does not sleep), a whole run on the
 * demo region's reminder day completes with every due reminder delivered exactly once and the coordinators' digest
 * once each, and a rerun under the same throttling sends nothing. The Graph client follows `Retry-After` within the
 * product's bound (src/reminders/delivery/graphClient.ts), SharePoint's as before (src/data/throttleRetry.ts).
 */
import { personas, reminderServiceAccount } from '../../server/directory/demoDirectory';
import { createDelivery, createGraphClient } from '../../src/reminders/delivery';
import { runFromConfig } from '../../src/reminders/runFromConfig';
import { deliveredKeys, makeAProblem } from '../../tools/reminderKills';
import { LocalProduct, startSeededProduct } from './localProduct';

jest.setTimeout(300_000);

const TODAY = '2026-11-23';
const now = new Date(`${TODAY}T08:00:00+01:00`);
let product: LocalProduct;
let env: Record<string, string>;
let expected: string[];

async function put(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.ok).toBe(true);
}

const stats = async (url: string): Promise<Record<string, number>> => (await fetch(url)).json() as Promise<Record<string, number>>;

beforeAll(async () => {
  ({ product } = await startSeededProduct(TODAY));
  env = { SP_SITE_URL: product.siteUrl, GRAPH_BASE_URL: product.graphUrl };
  await makeAProblem(product);
  const dry = await runFromConfig({ now, dryRun: true }, env);
  expected = dry.planned.flatMap((p) => p.measures.map((m) => `${m}|${p.recipient.toLowerCase()}`)).sort();
  await put(`${product.siteUrl}/_emulator/faults`, { status: 429, share: 0.2, retryAfter: 0 });
  await put(`${product.graphUrl}_emulator/faults`, [{ status: 429, share: 0.1, retryAfter: 0, permanent: true }, { status: 503, share: 0.1, retryAfter: 0, permanent: true }]);
});

afterAll(async () => {
  await product.app.close();
});

describe('a reminder run while a fifth of all requests are throttled', () => {
  it('delivers every due reminder exactly once and the coordinators’ digest once each', async () => {
    const spBefore = await stats(`${product.siteUrl}/_emulator/stats`);
    const graphBefore = await stats(`${product.graphUrl}_emulator/stats`);
    const result = await runFromConfig({ now, dryRun: false }, env);
    expect(result.failed).toBe(0);
    expect(result.sent).toBe(expected.length);
    const { keys, digests } = await deliveredKeys(product);
    const delivered = [...keys.entries()].flatMap(([key, n]) => Array.from({ length: n }, () => `${key.split('|')[0]}|${key.split('|')[3]}`)).sort();
    expect(delivered).toEqual(expected);
    expect(digests).toEqual({ [personas.coordinator]: 1, [personas.securityCoordinator]: 1 });
    // Throttling really happened on both sides: SharePoint's at random (a run is about 60 requests there), Graph's on
    // every fifth call, requests and `$batch` steps alike.
    const sp = await stats(`${product.siteUrl}/_emulator/stats`);
    const graph = await stats(`${product.graphUrl}_emulator/stats`);
    expect(sp.faulted - spBefore.faulted).toBeGreaterThan(0);
    expect(graph.faulted - graphBefore.faulted).toBeGreaterThan((graph.calls - graphBefore.calls) * 0.15);
  });

  it('sends nothing on a rerun under the same throttling', async () => {
    const before = (await deliveredKeys(product)).keys;
    const again = await runFromConfig({ now, dryRun: false }, env);
    expect(again.sent).toBe(0);
    expect(again.digest.sent).toBe(0);
    expect((await deliveredKeys(product)).keys).toEqual(before);
  });
});

describe('the reminder service’s Graph client', () => {
  const recipient = { upn: personas.manager, objectId: '', displayName: 'Johan Ekström' };
  const message = (measureKey: string) => ({
    recipient, locale: 'sv-SE' as const, stage: 'd-14', escalation: false,
    items: [{ measureKey, measureTitle: 'Brandskyddsrond', requestType: 'status' as const, planTitle: 'Internkontrollplan 2026', periodTitle: 'Tertial 3',
      deadline: '2026-12-07', daysLeft: 14, responsible: null, deepLink: 'https://teams.microsoft.com/l/entity/a/b', ledgerKey: `${measureKey}|p|d-14|${personas.manager}` }]
  });
  const delivery = () => {
    const chatClient = createGraphClient({ baseUrl: product.graphUrl, token: async () => 'local', headers: { 'X-Emulator-User': reminderServiceAccount.userPrincipalName } });
    const appClient = createGraphClient({ baseUrl: product.graphUrl, token: async () => 'local' });
    return createDelivery({ channel: 'chat', appClient, chatClient, serviceAccountUpn: reminderServiceAccount.userPrincipalName, mailSender: reminderServiceAccount.userPrincipalName });
  };
  const chatMessagesTo = async (key: string): Promise<number> => (await deliveredKeys(product)).keys.get(`${key}|p|d-14|${personas.manager}`) ?? 0;

  beforeAll(async () => {
    await fetch(`${product.graphUrl}_emulator/faults`, { method: 'DELETE' });
  });

  it('rides out a burst of throttling longer than the Graph client’s own three retries, and sends the message once', async () => {
    await put(`${product.graphUrl}_emulator/faults`, { status: 429, count: 6, retryAfter: 0, pathContains: '/messages' });
    expect(await delivery().send(message('burst'))).toEqual({ ok: true, channel: 'chat' });
    expect(await (await fetch(`${product.graphUrl}_emulator/faults`)).json()).toEqual([]);
    expect(await chatMessagesTo('burst')).toBe(1);
  });

  it('does not send a message again after a gateway timeout: it may have arrived, so the delivery is in doubt', async () => {
    await put(`${product.graphUrl}_emulator/faults`, { status: 504, count: 2, retryAfter: 0, pathContains: '/messages' });
    const result = await delivery().send(message('timeout'));
    expect(result).toMatchObject({ ok: false, channel: 'chat', inDoubt: true });
    // The rule goes once it has answered twice: still there, so the POST went once.
    expect(await (await fetch(`${product.graphUrl}_emulator/faults`)).json()).toMatchObject([{ status: 504, count: 2 }]);
    await fetch(`${product.graphUrl}_emulator/faults`, { method: 'DELETE' });
    expect(await chatMessagesTo('timeout')).toBe(0);
  });
});
