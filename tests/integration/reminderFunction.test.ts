/**
 * The Azure Functions timer: its handler runs the same reminder code (the Functions host cannot be
 * installed here, so the test calls the handler with a real InvocationContext and Timer shape).
 */
import { InvocationContext, Timer } from '@azure/functions';
import { demoDirectory, personas } from '../../server/directory/demoDirectory';
import { seedDemo } from '../../server/seed';
import { createSp } from '../../src/data/spClient';
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
});
