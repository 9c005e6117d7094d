/**
 * Two coordinators editing the same measures at once, each 100 times, while SharePoint throttles a fifth of
 * all requests: no update is lost. Every write carries the ETag it was read with (ListRepository.update), so
 * SharePoint refuses a write over someone else's (412, ConcurrencyError) instead of overwriting it; the
 * writer then reads again and makes their change on what is there, as the product asks a person to.
 */
import { demoDirectory, personas } from '../../server/directory/demoDirectory';
import { seedDemo } from '../../server/seed';
import { ConcurrencyError } from '../../src/data/errors';
import { createSp } from '../../src/data/spClient';
import { createStore, Store } from '../../src/data/stores';
import { Measure } from '../../src/model/types';
import { LocalProduct, startLocalProduct } from './localProduct';

jest.setTimeout(300_000);

const TODAY = '2026-11-23';
const EDITS = 100;
let product: LocalProduct;

beforeAll(async () => {
  product = await startLocalProduct({ today: TODAY });
  await seedDemo(createSp(product.siteUrl, { emulatorUser: personas.coordinator }), TODAY, demoDirectory);
  // From here on a fifth of all requests are throttled (Retry-After 0: the test does not sleep).
  await fetch(`${product.siteUrl}/_emulator/faults`, { method: 'PUT', body: JSON.stringify({ status: 429, share: 0.2, retryAfter: 0 }) });
});
afterAll(async () => {
  await product.app.close();
});

/** One person's session: `EDITS` edits, each appending its own mark to one of the measures' methods. */
async function session(store: Store, who: string, keys: string[]): Promise<{ conflicts: number }> {
  let conflicts = 0;
  for (let i = 0; i < EDITS; i++) {
    const key = keys[i % keys.length];
    const mark = `[${who}${i}]`;
    for (;;) {
      const measure = (await store.measures.byKey(key)) as Measure;
      try {
        await store.measures.update(measure, { method: `${measure.method}${mark}` });
        break;
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
        conflicts++;
      }
    }
  }
  return { conflicts };
}

describe('two writers, a hundred edits each, on the same items', () => {
  it('lose no update: every edit is there once, and the ETag refused each write over another', async () => {
    const faults = await fetch(`${product.siteUrl}/_emulator/faults`);
    expect(faults.ok).toBe(true);
    const first = createStore(createSp(product.siteUrl, { emulatorUser: personas.coordinator }));
    const second = createStore(createSp(product.siteUrl, { emulatorUser: personas.securityCoordinator }));
    const measures = (await first.measures.all()).filter((m) => !m.confidential).slice(0, 3);
    for (const m of measures) await first.measures.update(m, { method: '' });
    const keys = measures.map((m) => m.key);
    const [a, b] = await Promise.all([session(first, 'A', keys), session(second, 'B', keys)]);
    for (const key of keys) {
      const method = (await first.measures.byKey(key))!.method;
      const marks = method.match(/\[[AB]\d+\]/g) ?? [];
      const expected = [...Array(EDITS).keys()].filter((i) => keys[i % keys.length] === key).flatMap((i) => [`[A${i}]`, `[B${i}]`]);
      expect(marks.slice().sort()).toEqual(expected.sort());
    }
    // They did get in each other's way, and SharePoint said so rather than letting one overwrite the other.
    expect(a.conflicts + b.conflicts).toBeGreaterThan(0);
    const stats = await (await fetch(`${product.siteUrl}/_emulator/stats`)).json() as { faulted: number };
    expect(stats.faulted).toBeGreaterThan(0);
  });

  it('refuses a write with a stale ETag, leaving the other change in place', async () => {
    const store = createStore(createSp(product.siteUrl, { emulatorUser: personas.coordinator }));
    const measure = (await store.measures.all()).find((m) => !m.confidential)!;
    await store.measures.update(measure, { method: 'ny metod' });
    await expect(store.measures.update(measure, { method: 'gammal läsning' })).rejects.toBeInstanceOf(ConcurrencyError);
    expect((await store.measures.byKey(measure.key))!.method).toBe('ny metod');
  });
});
