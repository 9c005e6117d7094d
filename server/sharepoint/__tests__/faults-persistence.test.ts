/** Injected 429/503 faults honoured by PnPjs's retry, the _emulator controls, and persistence across a restart. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Harness, start, statusOf } from './helpers';

describe('faults', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start();
  });
  afterAll(() => h.close());

  it('answers 429 with Retry-After, which PnPjs retries', async () => {
    await fetch(`${h.baseUrl}/_emulator/faults`, { method: 'PUT', body: JSON.stringify({ status: 429, count: 2, retryAfter: 0 }) });
    const raw = await fetch(`${h.baseUrl}/_api/web`, { headers: { accept: 'application/json' } });
    expect(raw.status).toBe(429);
    expect(raw.headers.get('retry-after')).toBe('0');
    const before = (await (await fetch(`${h.baseUrl}/_emulator/stats`)).json()).byMethod.GET ?? 0;
    const web = await h.sp.web(); // one 429, then success
    expect(web.ServerRelativeUrl).toBe('/sites/internkontroll');
    const after = (await (await fetch(`${h.baseUrl}/_emulator/stats`)).json()).byMethod.GET ?? 0;
    expect(after - before).toBe(2); // the faulted try and the retry (_emulator calls are not counted)
  });

  it('gives up after 3 attempts on persistent 503s', async () => {
    await fetch(`${h.baseUrl}/_emulator/faults`, { method: 'PUT', body: JSON.stringify({ status: 503, share: 1, retryAfter: 0, pathContains: '/_api/web' }) });
    const r = await statusOf(h.sp.web());
    expect(r.message).toContain('Retry count exceeded (3)');
    expect((await (await fetch(`${h.baseUrl}/_emulator/faults`)).json()).status).toBe(503);
    await fetch(`${h.baseUrl}/_emulator/faults`, { method: 'DELETE' });
    expect((await h.sp.web()).Title).toBeDefined();
  });

  it('takes a fault spec string from the options', async () => {
    const f = await start({ faults: '429:1:0' });
    const res = await fetch(`${f.baseUrl}/_api/web`);
    expect(res.status).toBe(429);
    expect((await fetch(`${f.baseUrl}/_emulator/stats`)).status).toBe(200);
    await f.close();
  });

  it('resets all lists and users', async () => {
    await h.sp.web.lists.ensure('Gone');
    await fetch(`${h.baseUrl}/_emulator/reset`, { method: 'POST' });
    expect((await statusOf(h.sp.web.lists.getByTitle('Gone')())).status).toBe(404);
  });
});

describe('persistence', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'spemu-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps lists, fields, items, versions, deletions and users across a restart', async () => {
    const a = await start({ dataDir: dir });
    await a.sp.web.lists.ensure('Keep');
    const l = a.sp.web.lists.getByTitle('Keep');
    await l.fields.addText('Code', { Indexed: true, EnforceUniqueValues: true });
    await l.fields.addUser('Owner');
    const erik = await a.sp.web.ensureUser('erik.holm@norrvik.se');
    const [batched, execute] = a.sp.batched();
    for (let i = 1; i <= 50; i++) batched.web.lists.getByTitle('Keep').items.add({ Title: `t${i}`, Code: `c${i}`, OwnerId: erik.Id });
    await execute();
    await l.items.getById(1).update({ Title: 'changed' });
    await l.items.getById(2).delete();
    await a.close();

    const b = await start({ dataDir: dir });
    const lb = b.sp.web.lists.getByTitle('Keep');
    expect((await lb.select('ItemCount')()).ItemCount).toBe(49);
    const one = await lb.items.getById(1)();
    expect(one).toMatchObject({ Title: 'changed', Code: 'c1', OwnerId: erik.Id, 'odata.etag': '"2"' });
    expect((await lb.fields.getByInternalNameOrTitle('Code')()).EnforceUniqueValues).toBe(true);
    expect((await statusOf(lb.items.add({ Code: 'C3' }))).status).toBe(500);
    expect((await b.sp.web.ensureUser('erik.holm@norrvik.se')).Id).toBe(erik.Id);
    const added = await lb.items.add({ Title: 'new' });
    expect(added.Id).toBe(51);
    await b.close();
  });
});
