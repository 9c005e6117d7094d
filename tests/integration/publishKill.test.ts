/**
 * A publication killed at any point and started again does everything once: the papers are published once,
 * under one snapshot record, with every file in place and the snapshot matching its recorded hash. The kill
 * is the client's end at a request boundary, the way a closed browser tab or a dead process ends a run: the
 * requests sent so far were done by SharePoint; in the "lost answer" variant the last one was done too but its
 * answer never came back. The points are drawn from a seeded generator over the requests a whole publication
 * makes; `KILL_POINTS=all` tries every one of them (the full variant, run by `npm run faults:publish`).
 */
import { personas } from '../../server/directory/demoDirectory';
import { loadSnapshot, publishCase } from '../../src/board/publish';
import { Store } from '../../src/data/stores';
import { CaseDocument, PersonRef, Plan } from '../../src/model/types';
import { LocalProduct, startSeededProduct } from './localProduct';
import { publishing } from './publishing';

jest.setTimeout(600_000);

const TODAY = '2026-12-01';
let product: LocalProduct;
let store: Store;
let plan: Plan;
const publisher: PersonRef = { objectId: '', upn: personas.coordinator, displayName: 'Anna Karlsson' };
const { deps, draftFor: draft } = publishing(() => ({ store, plan }), TODAY);
const request = (key: string) => ({ caseKey: key, publisher, locale: 'sv-SE' as const, organisation: 'Region Norrvik' });

/** The end of the client: named as a closed page's aborted requests are, so that nothing in the client tries again. */
class Killed extends Error {
  constructor() {
    super('killed');
    this.name = 'AbortError';
  }
}

/** Runs `work` with the client's fetch dying once `after` requests have gone out; `lost`: the last one reaches SharePoint, its answer does not. */
async function killedAfter<T>(after: number, lost: boolean, work: () => Promise<T>): Promise<number> {
  const original = globalThis.fetch;
  let sent = 0;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (sent >= after) {
      if (lost && sent === after) {
        sent++;
        await original(input, init);
      }
      throw new Killed();
    }
    sent++;
    return original(input, init);
  };
  try {
    await work();
    return sent;
  } catch (error) {
    if (!(error instanceof Killed) && !String((error as Error).message).includes('killed')) throw error;
    return -1;
  } finally {
    globalThis.fetch = original;
  }
}

/** A draft under a new Dnr, reset from the last publication. */
const draftFor = (diaryNumber: string): Promise<CaseDocument> => draft(diaryNumber, { lastSnapshotKey: '' });

/** A small deterministic generator (mulberry32), so a failing point can be tried again. */
function points(total: number, count: number, seed: number): number[] {
  let a = seed;
  const next = (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  if (process.env.KILL_POINTS === 'all') return Array.from({ length: total }, (_, i) => i);
  const chosen = new Set([0, total - 1]);
  while (chosen.size < Math.min(count, total)) chosen.add(Math.floor(next() * total));
  return [...chosen].sort((x, y) => x - y);
}

beforeAll(async () => {
  ({ product, store } = await startSeededProduct(TODAY));
  plan = (await store.plans.all()).find((p) => p.kind === 'internalControl' && p.state === 'followUp')!;
});
afterAll(async () => {
  await product.app.close();
});

describe('a publication killed at any point and started again publishes once', () => {
  it('with every paper filed and the snapshot matching its hash, killed at random requests', async () => {
    // How many requests a whole publication makes.
    const whole = await draftFor('RS 2026/900');
    const total = await killedAfter(Number.MAX_SAFE_INTEGER, false, () => publishCase(deps(), request(whole.key)));
    expect(total).toBeGreaterThan(5);
    const seed = Number(process.env.KILL_SEED ?? 20261207);
    let n = 901;
    const all = process.env.KILL_POINTS === 'all';
    for (const [index, at] of points(total, Number(process.env.KILL_COUNT ?? 4), seed).entries()) {
      // Each point once, the answer of its last request lost at every other point; every point both ways in the full variant.
      for (const lost of all ? [false, true] : [index % 2 === 1]) {
        const dnr = `RS 2026/${n++}`;
        const draft = await draftFor(dnr);
        const died = await killedAfter(at, lost, () => publishCase(deps(), request(draft.key)));
        const context = { at, lost, died, dnr };
        // Killed, then started again as a person would, by pressing Publish once more. (A run that needed fewer
        // requests than this point finished.) When only the answer to the very last write was lost, the
        // publication is complete and the case marked published: pressing again asks whether to publish a new
        // version of the Dnr, showing the one there, and publishes nothing.
        if (died < 0) {
          const again = await publishCase(deps(), request(draft.key));
          const complete = (await store.cases.byKey(draft.key))?.state === 'published';
          expect({ ...context, status: again.status }).toEqual({ ...context, status: again.status === 'needsNewVersion' && complete ? 'needsNewVersion' : 'published' });
        }
        const records = await store.boardSnapshots.where({ diaryNumber: dnr });
        expect({ ...context, records: records.length }).toEqual({ ...context, records: 1 });
        const { record } = await loadSnapshot(store, store.boardFiles!, records[0].key);
        for (const url of record.documentUrls) expect({ ...context, url, filed: (await store.boardFiles!.info(url)) !== null }).toEqual({ ...context, url, filed: true });
        const files = await store.boardFiles!.list(record.contentUrl.slice(0, record.contentUrl.lastIndexOf('/')));
        expect({ ...context, files: files.length }).toEqual({ ...context, files: record.documentUrls.length + 1 });
        expect((await store.cases.byKey(draft.key))?.lastSnapshotKey).toBe(record.key);
      }
    }
  });
});
