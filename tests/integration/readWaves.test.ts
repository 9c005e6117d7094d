/**
 * Reads in waves against the SharePoint emulator over HTTP through PnPjs: the reads one turn starts go out
 * together (one GET alone, else `$batch`es of at most 20 parts sent at once), identical reads share one
 * request, a list past 5,000 items pages its further pages in the next wave (all lists' second pages in one),
 * and a part that SharePoint refuses (the view threshold) fails only its own read. Counted with the
 * emulator's request statistics, never timed.
 */
import { ReadWaves } from '../../src/data/readWaves';
import { isThresholdExceeded } from '../../src/data/errors';
import { Harness, start } from '../../server/sharepoint/__tests__/helpers';

let h: Harness;
const LISTS = ['Alfa', 'Beta', 'Gamma'];
const BIG = 5100;

async function stats(): Promise<{ total: number; batches: number; batchOperations: number; byMethod: Record<string, number> }> {
  return (await fetch(`${h.baseUrl}/_emulator/stats`)).json();
}

async function counted<T>(work: () => Promise<T>): Promise<{ result: T; gets: number; posts: number; batches: number; parts: number }> {
  const before = await stats();
  const result = await work();
  const after = await stats();
  return {
    result,
    gets: (after.byMethod.GET ?? 0) - (before.byMethod.GET ?? 0),
    posts: (after.byMethod.POST ?? 0) - (before.byMethod.POST ?? 0),
    batches: after.batches - before.batches,
    parts: after.batchOperations - before.batchOperations
  };
}

const query = (list: string, filter?: string) => ({ list, select: ['Id', 'Title', 'Code'], expand: [], top: 5000, ...(filter ? { filter } : {}) });

beforeAll(async () => {
  h = await start();
  for (const title of [...LISTS, 'Big']) {
    await h.sp.web.lists.ensure(title);
    await h.sp.web.lists.getByTitle(title).fields.addText('Code', { Indexed: true });
  }
  for (const title of LISTS) for (let i = 1; i <= 3; i++) await h.sp.web.lists.getByTitle(title).items.add({ Title: `${title} ${i}`, Code: `${title}-${i}` });
  const [batched, execute] = h.sp.batched();
  const adds = Array.from({ length: BIG }, (_, i) => batched.web.lists.getByTitle('Big').items.add({ Title: `Rad ${i + 1}`, Code: i < 10 ? 'few' : 'many' }));
  await execute();
  await Promise.all(adds);
  // Warm the form digest, as SPFx has it from the page: the waves below are then counted alone.
  const [b2, e2] = h.sp.batched();
  const warm = b2.web.select('Title')();
  await e2();
  await warm;
}, 180_000);
afterAll(() => h.close());

describe('reads in waves', () => {
  it('sends one read alone as a plain GET', async () => {
    const waves = new ReadWaves(h.sp);
    const { result, gets, posts } = await counted(() => waves.all(query('Alfa')));
    expect(result.map((r) => r.Title)).toEqual(['Alfa 1', 'Alfa 2', 'Alfa 3']);
    expect([gets, posts]).toEqual([1, 0]);
    expect(waves.stats).toEqual({ waves: 1, requests: 1, reads: 1 });
  });

  it('sends the reads of one turn in one $batch, identical reads once', async () => {
    const waves = new ReadWaves(h.sp);
    const { result, gets, batches, parts } = await counted(() => Promise.all([
      waves.all(query('Alfa')), waves.all(query('Beta')), waves.all(query('Gamma', "Code eq 'Gamma-2'")), waves.all(query('Alfa'))
    ]));
    expect(result.map((rows) => rows.map((r) => r.Title))).toEqual([['Alfa 1', 'Alfa 2', 'Alfa 3'], ['Beta 1', 'Beta 2', 'Beta 3'], ['Gamma 2'], ['Alfa 1', 'Alfa 2', 'Alfa 3']]);
    expect([gets, batches, parts]).toEqual([0, 1, 3]);
    expect(waves.stats).toEqual({ waves: 1, requests: 1, reads: 4 });
  });

  it('sends a read marked alone as its own GET beside the turn\'s batch: still one wave', async () => {
    const waves = new ReadWaves(h.sp);
    const { result, gets, batches, parts } = await counted(() => Promise.all([
      waves.all({ ...query('Alfa', "Code eq 'Alfa-1'"), alone: true }), waves.all(query('Beta')), waves.all(query('Gamma'))
    ]));
    expect(result.map((rows) => rows.length)).toEqual([1, 3, 3]);
    expect([gets, batches, parts]).toEqual([1, 1, 2]);
    expect(waves.stats).toEqual({ waves: 1, requests: 2, reads: 3 });
  });

  it('sends more than 20 reads of a turn as several batches at once: still one wave', async () => {
    const waves = new ReadWaves(h.sp);
    const reads = Array.from({ length: 45 }, (_, i) => waves.all(query(LISTS[i % 3], `Code eq '${LISTS[i % 3]}-${(i % 3) + 1}' or Id eq ${i + 100}`)));
    const { result, batches, parts } = await counted(() => Promise.all(reads));
    expect(result.every((rows) => rows.length === 1)).toBe(true);
    expect([batches, parts]).toEqual([3, 45]);
    expect(waves.stats).toMatchObject({ waves: 1, requests: 3 });
  });

  it('pages a list past 5,000 items in the next wave, with every list\'s next page in one batch', async () => {
    const waves = new ReadWaves(h.sp);
    const all = { list: 'Big', select: ['Id', 'Title'], expand: [], top: 5000, orderBy: ['Id', true] as const };
    const { result, batches } = await counted(() => Promise.all([waves.all(all), waves.all({ ...all, select: ['Id'] }), waves.all(query('Beta'))]));
    expect(result[0]).toHaveLength(BIG);
    expect(result[1]).toHaveLength(BIG);
    expect(new Set(result[0].map((r) => r.Id)).size).toBe(BIG);
    expect(waves.stats).toEqual({ waves: 2, requests: 2, reads: 5 });
    expect(batches).toBe(2);
  });

  it('fails only the read SharePoint refuses past the threshold, with SharePoint\'s error', async () => {
    const waves = new ReadWaves(h.sp);
    const [refused, fine] = await Promise.allSettled([waves.all(query('Big', "Code eq 'many'")), waves.all(query('Alfa'))]);
    expect(refused.status).toBe('rejected');
    expect(isThresholdExceeded((refused as PromiseRejectedResult).reason)).toBe(true);
    expect(fine.status === 'fulfilled' && fine.value).toHaveLength(3);
    expect(waves.stats.waves).toBe(1);
  });

  it('says when a wave is on the wire: before its answers, for a plain GET and for batches alike', async () => {
    const setLatency = (latency: string): Promise<Response> =>
      fetch(`${h.baseUrl}/_emulator/latency`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ latency }) });
    await setLatency('200ms');
    try {
      for (const lists of [['Alfa'], LISTS]) {
        const waves = new ReadWaves(h.sp);
        const events: string[] = [];
        const reads = Promise.all(lists.map((list) => waves.all(query(list)))).then(() => events.push('answered'));
        const sent = waves.sent().then(() => events.push('sent'));
        await Promise.all([reads, sent]);
        expect(events).toEqual(['sent', 'answered']);
      }
    } finally {
      await setLatency('off');
    }
  });

  it('has nothing to wait for when nothing is asked', async () => {
    await expect(new ReadWaves(h.sp).sent()).resolves.toBeUndefined();
  });
});

