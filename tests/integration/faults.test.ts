/**
 * Throttling as SharePoint Online does it, in bursts: with the emulator answering a fifth of all requests with 429
 * (and `Retry-After`), the demo region's provisioning, permissions and seeding complete, with nothing lost and
 * nothing twice (src/data/throttleRetry.ts; the writes are idempotent by natural key). A faster variant of what
 * `SP_EMULATOR_FAULTS=429:0.2:1 npm start` does: `Retry-After` is 0 here, so the test does not sleep.
 */
import { buildDemoRegion, DemoRegion } from '../../server/demo/demoRegion';
import { demoDirectory, personas } from '../../server/directory/demoDirectory';
import { seedDemo } from '../../server/seed';
import { createSp } from '../../src/data/spClient';
import { createStore } from '../../src/data/stores';
import { ListName } from '../../src/model/schema';
import { LocalProduct, startLocalProduct } from './localProduct';

jest.setTimeout(300_000);

const TODAY = '2026-11-23';
let product: LocalProduct;

beforeAll(async () => {
  product = await startLocalProduct({ today: TODAY, spFaults: '429:0.2:0' });
});
afterAll(async () => {
  await product.app.close();
});

describe('a fifth of all requests throttled', () => {
  it('provisioning, permissions and seeding complete with nothing lost and nothing twice, and a second run changes nothing', async () => {
    const sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
    await seedDemo(sp, TODAY, demoDirectory);
    const again = await seedDemo(sp, TODAY, demoDirectory);
    expect(again.provisioning).toEqual({ listsCreated: [], fieldsAdded: [], fieldsChanged: [] });
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true);
    expect(again.permissions.assignmentsAdded).toEqual([]);
    const region = buildDemoRegion(TODAY, demoDirectory);
    const store = createStore(sp);
    for (const list of ['roles', 'plans', 'items', 'measures', 'periods', 'statusReports', 'chapters', 'links'] as Array<keyof DemoRegion & ListName>) {
      const keys = (await store[list].all()).map((e) => e.key);
      expect({ list, count: keys.length, unique: new Set(keys).size }).toEqual({ list, count: region[list].length, unique: region[list].length });
    }
    const stats = await (await fetch(`${product.siteUrl}/_emulator/stats`)).json() as { total: number; faulted: number };
    // About a fifth were refused, in runs long enough to stop PnPjs's own three attempts.
    expect(stats.faulted).toBeGreaterThan(stats.total * 0.1);
  });
});
