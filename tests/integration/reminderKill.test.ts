/**
 * A reminder run killed and restarted does everything exactly once (issue 10 §4), the short variant of
 * `npm run faults:reminders`: the demo region's reminder day, the service run as a real child process
 * (tools/reminders.ts) and killed with SIGKILL while it claims in the ledger, between a claim and its send, at a
 * random request, and right after Graph accepted a message but before the ledger recorded it. Each restart comes
 * after the ledger's lease, as the next timer run would; then one run completes and another finds nothing to do.
 * Counted in the Graph emulator's deliveries (each chat card carries its ledger keys).
 */
import { runKillScenario, KillReport } from '../../tools/reminderKills';
import { personas } from '../../server/directory/demoDirectory';
import { LocalProduct, startSeededProduct } from './localProduct';

jest.setTimeout(300_000);

const TODAY = '2026-11-23';
let product: LocalProduct;
let report: KillReport;

beforeAll(async () => {
  ({ product } = await startSeededProduct(TODAY));
  report = await runKillScenario(product, { now: new Date(`${TODAY}T08:00:00+01:00`), points: ['claiming', 'betweenClaimAndSend', 'random', 'afterSend'], seed: 20261123 });
});

afterAll(async () => {
  await product.app.close();
});

describe('a reminder run killed at random points and restarted', () => {
  it('was killed in each window of the ledger’s design', () => {
    const fired = report.kills.filter((k) => k.point !== 'random').map((k) => k.fired);
    expect(fired).toEqual(['while claiming in the ledger', 'between claim and send', 'after send, before the ledger records it']);
  });

  it('delivers every reminder of the day once: nothing lost, nothing twice', () => {
    expect(report.expected).toBeGreaterThan(20);
    expect(report.missing).toEqual([]);
    expect(report.duplicates).toEqual([]);
    expect(report.delivered).toBe(report.expected);
  });

  it('finds the message a killed run had sent in the chat instead of sending it again', () => {
    expect(report.recovered).toBeGreaterThanOrEqual(1);
  });

  it('tells each coordinator of the run’s problems once, and a further run has nothing left to do', () => {
    expect(report.digests).toEqual({ [personas.coordinator]: 1, [personas.securityCoordinator]: 1 });
    expect(report.last).toEqual({ sent: 0, digestSent: 0 });
  });
});
