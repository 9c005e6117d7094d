/**
 * A list past the 5,000-item view threshold: 5,100 items added through `sp.batched()`, paged with
 * `for await`, and the threshold rule (see ../threshold.ts) refusing and allowing queries.
 */
import { Harness, start, statusOf } from './helpers';

const N = 5100;
let h: Harness;
const big = () => h.sp.web.lists.getByTitle('Big');

beforeAll(async () => {
  h = await start();
  await h.sp.web.lists.ensure('Big');
  const f = big().fields;
  await f.addText('Key', { Indexed: true, EnforceUniqueValues: true });
  await f.addText('Region', { Indexed: true });
  await f.addText('Color');
  await f.addNumber('Rank');

  const before = await (await fetch(`${h.baseUrl}/_emulator/stats`)).json();
  const started = Date.now();
  const [batched, execute] = h.sp.batched();
  const list = batched.web.lists.getByTitle('Big');
  const adds: Promise<unknown>[] = [];
  for (let i = 1; i <= N; i++) {
    adds.push(list.items.add({ Title: `Item ${i}`, Key: `K${i}`, Region: i <= 100 ? 'North' : 'South', Color: i % 2 ? 'Red' : 'Blue', Rank: i % 7 }));
  }
  await execute();
  await Promise.all(adds);
  const elapsed = Date.now() - started;
  const after = await (await fetch(`${h.baseUrl}/_emulator/stats`)).json();
  // PnPjs sends at most 20 operations per $batch POST
  expect(after.batches - before.batches).toBe(Math.ceil(N / 20));
  expect(after.batchOperations - before.batchOperations).toBe(N);
  expect(elapsed).toBeLessThan(60_000);
}, 120_000);
afterAll(() => h.close());

it('counts the items', async () => {
  expect((await big().select('ItemCount')()).ItemCount).toBe(N);
});

it('pages past 5,000 with for await and odata.nextLink', async () => {
  const seen: number[] = [];
  let pages = 0;
  for await (const page of big().items.select('Id', 'Title').top(2000)) {
    pages++;
    for (const r of page as Array<{ Id: number }>) seen.push(r.Id);
  }
  expect(pages).toBe(3);
  expect(seen).toHaveLength(N);
  expect(new Set(seen).size).toBe(N);
  expect(seen[0]).toBe(1);
  expect(seen[N - 1]).toBe(N);
});

it('emits nextLink exactly as SharePoint does', async () => {
  const res = await fetch(`${h.baseUrl}/_api/web/lists/getByTitle('Big')/items?%24select=Id%2CTitle&%24top=100`, { headers: { accept: 'application/json;odata=nometadata' } });
  const body = await res.json();
  expect(body['odata.nextLink']).toBe(`${h.baseUrl}/_api/web/lists/getByTitle(%27Big%27)/items?%24skiptoken=Paged%3dTRUE%26p_ID%3d100&%24select=Id%2cTitle&%24top=100`);
  const next = await (await fetch(body['odata.nextLink'], { headers: { accept: 'application/json;odata=nometadata' } })).json();
  expect(next.value[0].Id).toBe(101);
});

it('pages an ordered query with p_<Field> in the skiptoken', async () => {
  const ids: number[] = [];
  for await (const page of big().items.select('Id', 'Key').filter("Region eq 'North'").orderBy('Key', false).top(30)) {
    for (const r of page as Array<{ Id: number }>) ids.push(r.Id);
  }
  expect(ids).toHaveLength(100);
  expect(new Set(ids).size).toBe(100);
});

it('refuses a filter on a non-indexed column of a big list (500 SPQueryThrottledException)', async () => {
  const r = await statusOf(big().items.filter("Color eq 'Red'")());
  expect(r.status).toBe(500);
  expect(r.message).toContain('-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
  expect(r.message).toContain('The attempted operation is prohibited because it exceeds the list view threshold.');
});

it('refuses an indexed first clause that matches more than 5,000 items', async () => {
  expect((await statusOf(big().items.filter("Region ne 'East'")())).status).toBe(500);
  expect((await statusOf(big().items.filter('ID gt 0')())).status).toBe(500);
});

it('allows a filter whose first clause is indexed and selective, even with a non-indexed second clause', async () => {
  const rows = await big().items.select('Id').filter("Region eq 'North' and Color eq 'Red'").top(5000)();
  expect(rows).toHaveLength(50);
  const one = await big().items.filter("Key eq 'K4711'")();
  expect(one).toHaveLength(1);
  expect((await statusOf(big().items.filter("Color eq 'Red' and Region eq 'North'")())).status).toBe(500);
});

it('treats OR as narrowing only when every branch narrows', async () => {
  expect(await big().items.select('Id').filter("Key eq 'K1' or Key eq 'K2'")()).toHaveLength(2);
  expect((await statusOf(big().items.filter("Key eq 'K1' or Color eq 'Red'")())).status).toBe(500);
});

it('allows ordering only by ID or an indexed column', async () => {
  expect(await big().items.select('Id').orderBy('ID', false).top(10)()).toHaveLength(10);
  expect(await big().items.select('Id').orderBy('Key').top(10)()).toHaveLength(10);
  expect((await statusOf(big().items.orderBy('Rank').top(10)())).status).toBe(500);
  expect((await statusOf(big().items.filter("Region eq 'North'").orderBy('Rank')())).status).toBe(500);
});

it('refuses $top above 5,000', async () => {
  expect((await statusOf(big().items.top(5001)())).status).toBe(500);
  expect(await big().items.select('Id').top(5000)()).toHaveLength(5000);
});

it('answers equalities on indexed columns from an index that follows every write', async () => {
  const ids = async (filter: string): Promise<number[]> =>
    ((await big().items.select('Id').filter(filter).top(5000)()) as Array<{ Id: number }>).map((r) => r.Id);
  const north = await ids("Region eq 'North'");
  expect(north).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  // The narrowest indexed clause leads the look-up; the rest of the filter still applies, in ID order.
  expect(await ids("Region eq 'North' and Color eq 'Red'")).toEqual(north.filter((id) => id % 2 === 1));
  expect(await ids("Key eq 'K7' or Key eq 'K3' or Region eq 'nowhere'")).toEqual([3, 7]);
  // Case as SharePoint compares text: insensitively.
  expect(await ids("Key eq 'k42'")).toEqual([42]);
  const moved = await big().items.getById(200).update({ Region: 'North' });
  expect(moved).toBeTruthy();
  expect(await ids("Region eq 'North'")).toEqual([...north, 200]);
  await big().items.getById(1).delete();
  expect(await ids("Region eq 'North'")).toEqual([...north.slice(1), 200]);
  expect(await ids("Key eq 'K1'")).toEqual([]);
  const added = await big().items.add({ Title: 'Ny', Key: 'K-ny', Region: 'North' });
  expect(await ids("Key eq 'K-ny'")).toEqual([added.Id ?? (added as unknown as { data: { Id: number } }).data.Id]);
});
