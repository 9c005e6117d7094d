/**
 * Throttling as SharePoint Online does it, in bursts: with the emulator answering a fifth of all requests with 429
 * (and `Retry-After`), the demo region's provisioning, permissions and seeding complete, with nothing lost and
 * nothing twice (src/data/throttleRetry.ts; the writes are idempotent by natural key). A faster variant of what
 * `SP_EMULATOR_FAULTS=429:0.2:1 npm start` does: `Retry-After` is 0 here, so the test does not sleep. Then, still
 * throttled, an import of a plan from Excel and a publication for the board complete the same way. (A session of
 * edits under throttling: concurrentEdits.test.ts; a reminder run: reminderFaults.test.ts.)
 */
import { buildDemoRegion, DemoRegion } from '../../server/demo/demoRegion';
import { demoDirectory, personas } from '../../server/directory/demoDirectory';
import { seedDemo } from '../../server/seed';
import { createSp } from '../../src/data/spClient';
import { createStore } from '../../src/data/stores';
import { ListName } from '../../src/model/schema';
import { LocalProduct, startLocalProduct } from './localProduct';
import { publishing } from './publishing';
import { applyImport } from '../../src/import/applyImport';
import { parseWorkbook } from '../../src/import/parseWorkbook';
import { xlsx } from '../../src/import/__tests__/fixtures';
import { loadSnapshot, publishCase } from '../../src/board/publish';

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

  it('an import and a publication complete with nothing lost and nothing twice, and a second run changes nothing', async () => {
    const sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
    const store = createStore(sp);
    const before = await (await fetch(`${product.siteUrl}/_emulator/stats`)).json() as { faulted: number };
    const file = await xlsx({ rows: [
      ['Internkontrollplan 2026 Kulturnämnden'],
      ['Risk', 'Konsekvens', 'Hantering av risk', 'Åtgärd', 'Ansvarig', 'Status', 'Kommentar'],
      ...Array.from({ length: 30 }, (_, i) => [`Risk ${i + 1} i kulturförvaltningen`, 'Förtroendet för nämnden minskar', 'begränsa',
        `Åtgärd ${i + 1}`, 'Kulturchef', i % 3 === 0 ? 'grön' : 'gul', 'Pågår'])
    ] });
    const parsed = await parseWorkbook(file, 'kultur.xlsx');
    expect(parsed.errors).toEqual([]);
    await applyImport(store, parsed, { today: TODAY, reporter: null });
    const again = await applyImport(store, parsed, { today: TODAY, reporter: null });
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true);
    const plan = (await store.plans.all()).find((p) => p.title === 'Internkontrollplan 2026 Kulturnämnden')!;
    const items = await store.items.where({ planKey: plan.key });
    const measures = await store.measures.where({ planKey: plan.key });
    expect([items.length, new Set(items.map((i) => i.key)).size, measures.length, new Set(measures.map((m) => m.key)).size]).toEqual([30, 30, 30, 30]);

    const target = (await store.plans.all()).find((p) => p.kind === 'internalControl' && p.state === 'followUp')!;
    const { deps, draftFor } = publishing(() => ({ store, plan: target }), TODAY);
    const draft = await draftFor('RS 2026/777');
    const published = await publishCase(deps(), { caseKey: draft.key, publisher: { objectId: '', upn: personas.coordinator, displayName: 'Anna Karlsson' },
      locale: 'sv-SE', organisation: 'Region Norrvik' });
    expect(published.status).toBe('published');
    const records = await store.boardSnapshots.where({ diaryNumber: 'RS 2026/777' });
    expect(records).toHaveLength(1);
    const { record } = await loadSnapshot(store, store.boardFiles!, records[0].key);
    for (const url of record.documentUrls) expect(await store.boardFiles!.info(url)).not.toBeNull();
    const after = await (await fetch(`${product.siteUrl}/_emulator/stats`)).json() as { faulted: number };
    expect(after.faulted).toBeGreaterThan(before.faulted);
  });
});
