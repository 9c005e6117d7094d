/**
 * The Azure Functions timer: its handler runs the same reminder code (the Functions host cannot be
 * installed here, so the test calls the handler with a real InvocationContext and Timer shape).
 */
import { InvocationContext, Timer } from '@azure/functions';
import { demoDirectory, personas } from '../../server/directory/demoDirectory';
import { seedDemo } from '../../server/seed';
import { createSp } from '../../src/data/spClient';
import { createStore } from '../../src/data/stores';
import { LocalProduct, startLocalProduct } from './localProduct';

jest.setTimeout(120_000);

let product: LocalProduct;

beforeAll(async () => {
  product = await startLocalProduct({ today: new Date().toISOString().slice(0, 10) });
  await seedDemo(createSp(product.siteUrl, { emulatorUser: personas.coordinator }), new Date().toISOString().slice(0, 10), demoDirectory);
  process.env.SP_SITE_URL = product.siteUrl;
  process.env.GRAPH_BASE_URL = product.graphUrl;
});

afterAll(async () => {
  delete process.env.SP_SITE_URL;
  delete process.env.GRAPH_BASE_URL;
  await product.app.close();
});

describe('the reminder timer function', () => {
  it('runs every working morning and sends through the same code as the command', async () => {
    const { reminderTimer, REMINDER_SCHEDULE } = await import('../../functions/reminderTimer');
    expect(REMINDER_SCHEDULE).toBe('0 30 6 * * 1-5');
    const logged: string[] = [];
    const context = new InvocationContext({ functionName: 'reminders', invocationId: 'test-1', logHandler: (_level, ...args) => { logged.push(args.join(' ')); } });
    const timer: Timer = { isPastDue: false, schedule: { adjustForDST: true }, scheduleStatus: { last: '', next: '', lastUpdated: '' } };
    await reminderTimer(timer, context);
    const summary = JSON.parse(logged.find((l) => l.startsWith('{')) ?? '{}') as { sent: number; failed: number };
    expect(summary.failed).toBe(0);
    expect(summary.sent).toBeGreaterThan(0);
    const deliveries = (await (await fetch(`${product.origin}/graph/_emulator/deliveries`)).json()) as unknown[];
    expect(deliveries.length).toBeGreaterThan(0);
    await reminderTimer(timer, context);
    expect(JSON.parse(logged.filter((l) => l.startsWith('{')).pop() ?? '{}')).toMatchObject({ sent: 0 });
  });

  it('every ten minutes tells the board secretary of a new publication, once', async () => {
    const { publicationTimer, PUBLICATION_SCHEDULE } = await import('../../functions/reminderTimer');
    expect(PUBLICATION_SCHEDULE).toBe('0 */10 * * * *');
    const logged: string[] = [];
    const context = new InvocationContext({ functionName: 'publications', invocationId: 'test-2', logHandler: (_level, ...args) => { logged.push(args.join(' ')); } });
    const timer: Timer = { isPastDue: false, schedule: { adjustForDST: true }, scheduleStatus: { last: '', next: '', lastUpdated: '' } };
    await publicationTimer(timer, context);
    expect(logged).toEqual([]);
    // A publication as publishCase records it (the papers themselves are not read by the notice).
    const store = createStore(createSp(product.siteUrl, { emulatorUser: personas.coordinator }));
    const plan = (await store.plans.all()).find((p) => p.kind === 'internalControl' && p.state === 'followUp')!;
    await store.boardSnapshots.add({
      key: 'snapshot:rs-2026-77:v1', title: 'Uppföljning (RS 2026/77, version 1)', planKey: plan.key, periodKey: '', caseKey: 'case:none', diaryNumber: 'RS 2026/77',
      version: 1, board: 'Regionstyrelsen', meetingDate: null, publishedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), publishedBy: null, sha256: 'a'.repeat(64),
      contentUrl: '/sites/internkontroll/Namndhandlingar/RS 2026-77 v1/snapshot.json', documentUrls: [], hasConfidentialAppendix: false
    });
    await publicationTimer(timer, context);
    expect(JSON.parse(logged.find((l) => l.startsWith('{')) ?? '{}')).toMatchObject({ sent: 2, failed: 0 });
    await publicationTimer(timer, context);
    expect(JSON.parse(logged.filter((l) => l.startsWith('{')).pop() ?? '{}')).toMatchObject({ sent: 0, skipped: 2 });
  });
});
