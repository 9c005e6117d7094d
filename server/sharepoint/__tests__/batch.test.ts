/** `$batch`: the exact wire format (README §4) and a PnPjs batch of GET/POST/MERGE/DELETE with one failing op. */
import { readFileSync } from 'node:fs';
import { Harness, start, statusOf } from './helpers';

let h: Harness;
const tasks = () => h.sp.web.lists.getByTitle('Tasks').items;

beforeEach(async () => {
  h = await start();
  await h.sp.web.lists.ensure('Tasks');
  for (const t of ['one', 'two', 'three', 'four']) await tasks().add({ Title: t });
  await tasks().getById(2).update({ Title: 'two b' });
  await tasks().getById(2).update({ Title: 'two c' }); // version 3
});
afterEach(() => h.close());

it('answers the exact body PnPjs 4.21 sends, flat, CRLF, with reason phrases and upper-case headers', async () => {
  const recorded = readFileSync('/work/shared/sharepoint-wire/pnpjs-batch-request.txt', 'utf8').replace(/http:\/\/127\.0\.0\.1:8787\/sites\/dev/g, h.baseUrl);
  const res = await fetch(`${h.baseUrl}/_api/$batch`, {
    method: 'POST',
    headers: { 'content-type': 'multipart/mixed; boundary=batch_88f245f7-1d17-406d-95d2-d803717b2b6f', accept: 'application/json', 'x-requestdigest': 'x' },
    body: recorded,
  });
  expect(res.status).toBe(200);
  const ct = res.headers.get('content-type') ?? '';
  const boundary = /boundary=(batchresponse_[0-9a-f-]+)/.exec(ct)?.[1];
  expect(boundary).toBeDefined();
  const text = await res.text();
  expect(text.startsWith(`--${boundary}\r\n`)).toBe(true);
  expect(text.endsWith(`--${boundary}--\r\n`)).toBe(true);
  expect(text).not.toMatch(/[^\r]\n/);
  const statuses = [...text.matchAll(/^HTTP\/1\.1 (\d+) (.+)\r$/gm)].map((m) => `${m[1]} ${m[2]}`);
  expect(statuses).toEqual(['200 OK', '201 Created', '204 No Content', '200 OK', '200 OK', '200 OK']);
  expect(text).toContain('ETAG: "4"');
  expect(text).toContain('CONTENT-TYPE: application/json;odata=minimalmetadata;streaming=true;charset=utf-8');
  expect(text).not.toContain('changesetresponse');
});

it('parses CRLF bodies with upper-case headers too', async () => {
  const b = 'batch_x';
  const body = [`--${b}`, 'Content-Type: application/http', 'Content-Transfer-Encoding:binary', '', `GET ${h.baseUrl}/_api/web/lists/getbytitle('Tasks')/items(1)?$select=Title HTTP/1.1`, 'Accept: application/json;odata=nometadata', '', `--${b}--`, ''].join('\r\n');
  const res = await fetch(`${h.baseUrl}/_api/$batch`, { method: 'POST', headers: { 'content-type': `multipart/mixed; boundary="${b}"`, authorization: 'Bearer t' }, body });
  const text = await res.text();
  expect(text).toContain('{"Title":"one"}');
});

it('runs a PnPjs batch of GET, POST, MERGE, DELETE with one failing op, without atomicity', async () => {
  const [batched, execute] = h.sp.batched();
  const list = batched.web.lists.getByTitle('Tasks');
  const get = list.items.getById(1).select('Id', 'Title')();
  const add = list.items.add({ Title: 'five' });
  const stale = list.items.getById(2).update({ Title: 'lost' }, '"1"');
  const merge = list.items.getById(3).update({ Title: 'three b' }, '"1"');
  const del = list.items.getById(4).delete();
  const missing = list.items.getById(99).delete();
  await execute();
  expect((await get).Title).toBe('one');
  expect((await add).Title).toBe('five');
  expect((await statusOf(stale)).status).toBe(412);
  expect((await merge).etag).toBe('"2"');
  await del;
  expect((await statusOf(missing)).status).toBe(404);
  const titles = (await tasks().select('Title').orderBy('ID')()).map((r: { Title: string }) => r.Title);
  expect(titles).toEqual(['one', 'two c', 'three b', 'five']);
});

it('refuses more than 100 operations in one $batch', async () => {
  const b = 'batch_big';
  const parts: string[] = [];
  for (let i = 0; i < 101; i++) parts.push(`--${b}\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\nGET ${h.baseUrl}/_api/web HTTP/1.1\naccept: application/json\n\n`);
  const res = await fetch(`${h.baseUrl}/_api/$batch`, { method: 'POST', headers: { 'content-type': `multipart/mixed; boundary=${b}`, 'x-requestdigest': 'x' }, body: parts.join('') + `--${b}--\n` });
  expect(res.status).toBe(400);
});
