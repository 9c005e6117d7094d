/** List items through the real PnPjs client: writes, every $filter operator and type, $select/$expand/$orderby/$top, ETags, unique values. */
import { Harness, start, statusOf } from './helpers';

let h: Harness;
let plans: number[] = [];
let karin = 0;
let erik = 0;
let asa = 0;
const items = () => h.sp.web.lists.getByTitle('Measures').items;

beforeAll(async () => {
  h = await start();
  const { sp } = h;
  await sp.web.lists.ensure('Plans');
  await sp.web.lists.ensure('Measures');
  const planList = await sp.web.lists.getByTitle('Plans').select('Id')();
  const f = sp.web.lists.getByTitle('Measures').fields;
  await f.addText('Code', { Indexed: true, EnforceUniqueValues: true });
  await f.addMultilineText('Notes');
  await f.addNumber('Score');
  await f.addCurrency('Cost');
  await f.addDateTime('Due');
  await f.addBoolean('Done');
  await f.addChoice('Status', { Choices: ['Open', 'Closed', 'Late'] });
  await f.addMultiChoice('Tags', { Choices: ['Red', 'Green', 'Blue'] });
  await f.addUser('Responsible');
  await f.add('Reviewers', 20, { AllowMultipleValues: true } as never);
  await f.addLookup('Plan', { LookupListId: planList.Id, LookupFieldName: 'Title' });
  karin = (await sp.web.ensureUser('i:0#.f|membership|karin.lund@norrvik.se')).Id;
  erik = (await sp.web.ensureUser('erik.holm@norrvik.se')).Id;
  asa = (await sp.web.ensureUser('i:0#.f|membership|asa.berg@norrvik.se')).Id;
  plans = [];
  for (const t of ['Plan Alfa', 'Plan Beta']) plans.push((await sp.web.lists.getByTitle('Plans').items.add({ Title: t })).Id);

  const rows = [
    { Title: 'Fire drill', Code: 'M-1', Notes: 'Yearly', Score: 5, Cost: 100.5, Due: '2026-01-15T00:00:00Z', Done: false, Status: 'Open', Tags: ['Red', 'Blue'], ResponsibleId: erik, ReviewersId: [karin, asa], PlanId: plans[0] },
    { Title: 'Access review', Code: 'M-2', Notes: "Erik's notes", Score: 8, Cost: 20, Due: '2026-03-01', Done: true, Status: 'Closed', Tags: ['Green'], ResponsibleId: asa, ReviewersId: [erik], PlanId: plans[1] },
    { Title: 'Backup test', Code: 'M-3', Score: 2, Cost: 0, Due: '2026-02-10T12:00:00Z', Done: false, Status: 'Late', Tags: [], ResponsibleId: erik, ReviewersId: [], PlanId: plans[0] },
    { Title: 'fire exit signs', Code: 'M-4', Score: 9, Done: true, Status: 'Open', ResponsibleId: null, PlanId: null },
  ];
  for (const r of rows) await items().add(r);
});
afterAll(() => h.close());

async function titles(q: ReturnType<typeof items>): Promise<string[]> {
  return (await q.select('Title').orderBy('ID')()).map((r: { Title: string }) => r.Title);
}

describe('writes', () => {
  it('adds an item: 201, full item with odata.etag "1", ETag and Location headers', async () => {
    const res = await fetch(`${h.baseUrl}/_api/web/lists/getByTitle('Plans')/items`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json;charset=utf-8', 'x-requestdigest': 'x' },
      body: JSON.stringify({ Title: 'Plan Gamma' }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.headers.get('location')).toMatch(/\/_api\/Web\/Lists\(guid'[0-9a-f-]+'\)\/Items\(3\)$/);
    const body = await res.json();
    expect(body['odata.metadata']).toBe(`${h.baseUrl}/_api/$metadata#SP.ListData.PlansListItems/@Element`);
    expect(body).toMatchObject({ 'odata.type': 'SP.Data.PlansListItem', 'odata.etag': '"1"', Id: 3, ID: 3, Title: 'Plan Gamma', AuthorId: karin, EditorId: karin, OData__UIVersionString: '1.0', Attachments: false });
    expect(body.Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('accepts a verbose body with __metadata', async () => {
    const res = await fetch(`${h.baseUrl}/_api/web/lists/getByTitle('Plans')/items`, {
      method: 'POST',
      headers: { accept: 'application/json;odata=verbose', 'content-type': 'application/json;odata=verbose', 'x-requestdigest': 'x' },
      body: JSON.stringify({ __metadata: { type: 'SP.Data.PlansListItem' }, Title: 'Plan Delta' }),
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.d.__metadata).toMatchObject({ etag: '"1"', type: 'SP.Data.PlansListItem' });
  });

  it('reads typed values back, user fields as <Name>Id and <Name>StringId', async () => {
    const it1 = await items().getById(1)();
    expect(it1).toMatchObject({
      Title: 'Fire drill', Code: 'M-1', Score: 5, Cost: 100.5, Due: '2026-01-15T00:00:00Z', Done: false, Status: 'Open', Tags: ['Red', 'Blue'],
      ResponsibleId: erik, ResponsibleStringId: String(erik), ReviewersId: [karin, asa], ReviewersStringId: [String(karin), String(asa)], PlanId: plans[0],
    });
    expect((await items().getById(2)()).Due).toBe('2026-03-01T00:00:00Z');
  });

  it('refuses unknown properties with SharePoint\'s 400', async () => {
    const r = await statusOf(items().add({ Title: 'x', Nope: 1 }));
    expect(r.status).toBe(400);
    expect(r.message).toContain("The property 'Nope' does not exist on type 'SP.Data.MeasuresListItem'. Make sure to only use property names that are defined by the type.");
    expect((await statusOf(items().add({ Responsible: erik }))).status).toBe(400);
  });

  it('converts and validates values', async () => {
    expect((await statusOf(items().add({ Score: 'abc' }))).status).toBe(400);
    expect((await statusOf(items().add({ Status: 'Nonsense' }))).status).toBe(400);
    expect((await statusOf(items().add({ ResponsibleId: 9999 }))).status).toBe(500);
  });

  it('answers 404 for a missing item', async () => {
    const r = await statusOf(items().getById(999)());
    expect(r.status).toBe(404);
    expect(r.message).toContain('Item does not exist. It may have been deleted by another user.');
  });

  it('refuses a stale ETag with 412 and accepts the fresh one', async () => {
    const added = await items().add({ Title: 'Etag test', Code: 'E-1' });
    const first = await items().getById(added.Id).update({ Title: 'v2' }, '"1"');
    expect(first.etag).toBe('"2"');
    const stale = await statusOf(items().getById(added.Id).update({ Title: 'v3' }, '"1"'));
    expect(stale.status).toBe(412);
    expect(stale.message).toContain(`The request ETag value '\\"1\\"' does not match the object's ETag value '\\"2\\"'.`);
    const fresh = await items().getById(added.Id).update({ Title: 'v3' }, first.etag);
    expect(fresh.etag).toBe('"3"');
    const read = await items().getById(added.Id)();
    expect(read['odata.etag']).toBe('"3"');
    expect(read.OData__UIVersionString).toBe('3.0');
    await items().getById(added.Id).delete();
  });

  it('refuses duplicate values in a unique column on add and update (case-insensitive)', async () => {
    const dup = await statusOf(items().add({ Title: 'dup', Code: 'm-1' }));
    expect(dup.status).toBe(500);
    expect(dup.message).toContain('-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException');
    expect(dup.message).toContain('[Code]');
    const upd = await statusOf(items().getById(2).update({ Code: 'M-1' }));
    expect(upd.status).toBe(500);
    await items().getById(2).update({ Code: 'M-2' });
  });

  it('refuses turning on unique values when duplicates exist', async () => {
    const f = h.sp.web.lists.getByTitle('Measures').fields;
    await f.addText('Dupe', { Indexed: true });
    const a = await items().add({ Title: 'd1', Dupe: 'same' });
    const b = await items().add({ Title: 'd2', Dupe: 'SAME' });
    const r = await statusOf(f.getByInternalNameOrTitle('Dupe').update({ EnforceUniqueValues: true }));
    expect(r.status).toBe(500);
    expect((await f.getByInternalNameOrTitle('Dupe')()).EnforceUniqueValues).toBe(false);
    await items().getById(a.Id).delete();
    await items().getById(b.Id).recycle();
  });
});

describe('queries', () => {
  it('filters text: eq (case-insensitive), ne, startswith, substringof, quote escape', async () => {
    expect(await titles(items().filter("Title eq 'FIRE DRILL'"))).toEqual(['Fire drill']);
    expect(await titles(items().filter("Status ne 'Open'"))).toEqual(['Access review', 'Backup test']);
    expect(await titles(items().filter("startswith(Title,'fire')"))).toEqual(['Fire drill', 'fire exit signs']);
    expect(await titles(items().filter("substringof('REVIEW',Title)"))).toEqual(['Access review']);
    expect(await titles(items().filter("Notes eq 'Erik''s notes'"))).toEqual(['Access review']);
  });

  it('filters numbers, currency, dates, booleans and null', async () => {
    expect(await titles(items().filter('Score gt 5'))).toEqual(['Access review', 'fire exit signs']);
    expect(await titles(items().filter('Score ge 5 and Score le 8'))).toEqual(['Fire drill', 'Access review']);
    expect(await titles(items().filter('Cost lt 50'))).toEqual(['Access review', 'Backup test']);
    expect(await titles(items().filter("Due lt datetime'2026-02-11T00:00:00Z'"))).toEqual(['Fire drill', 'Backup test']);
    expect(await titles(items().filter("Due ge datetime'2026-03-01T00:00:00'"))).toEqual(['Access review']);
    expect(await titles(items().filter('Done eq true'))).toEqual(['Access review', 'fire exit signs']);
    expect(await titles(items().filter('Done eq 0'))).toEqual(['Fire drill', 'Backup test']);
    expect(await titles(items().filter('Due eq null'))).toEqual(['fire exit signs']);
    expect(await titles(items().filter('ResponsibleId ne null and PlanId eq null'))).toEqual([]);
  });

  it('applies and/or precedence and parentheses', async () => {
    expect(await titles(items().filter("Status eq 'Late' or Status eq 'Closed' and Done eq true"))).toEqual(['Access review', 'Backup test']);
    expect(await titles(items().filter("(Status eq 'Open' or Status eq 'Late') and Score lt 6"))).toEqual(['Fire drill', 'Backup test']);
  });

  it('filters choice, multi-choice and multi-user (eq matches any value)', async () => {
    expect(await titles(items().filter("Tags eq 'Blue'"))).toEqual(['Fire drill']);
    expect(await titles(items().filter(`ReviewersId eq ${asa}`))).toEqual(['Fire drill']);
    expect(await titles(items().filter("Reviewers/EMail eq 'ERIK.HOLM@norrvik.se'"))).toEqual(['Access review']);
  });

  it('filters user and lookup columns by id and by projection', async () => {
    expect(await titles(items().filter(`ResponsibleId eq ${erik}`))).toEqual(['Fire drill', 'Backup test']);
    expect(await titles(items().filter(`Responsible/Id eq ${asa}`))).toEqual(['Access review']);
    expect(await titles(items().filter("Responsible/EMail eq 'erik.holm@norrvik.se'"))).toEqual(['Fire drill', 'Backup test']);
    expect(await titles(items().filter(`PlanId eq ${plans[1]}`))).toEqual(['Access review']);
    expect(await titles(items().filter(`Plan/Id eq ${plans[0]}`))).toEqual(['Fire drill', 'Backup test']);
    expect(await titles(items().filter("Plan/Title eq 'plan beta'"))).toEqual(['Access review']);
    expect(await titles(items().filter(`AuthorId eq ${karin}`))).toHaveLength(4);
  });

  it('refuses an unknown column with SharePoint\'s 400', async () => {
    const r = await statusOf(items().filter("Nope eq 'x'")());
    expect(r.status).toBe(400);
    expect(r.message).toContain("Column 'Nope' does not exist. It may have been deleted by another user.");
    expect(r.message).toContain('-2146232832, Microsoft.SharePoint.SPException');
  });

  it('orders by several keys and limits with $top', async () => {
    const rows = await items().select('Title', 'Done', 'Score').filter('Score ne null').orderBy('Done', true).orderBy('Score', false)();
    expect(rows.map((r: { Title: string }) => r.Title)).toEqual(['Fire drill', 'Backup test', 'fire exit signs', 'Access review']);
    const top = await items().select('Title').orderBy('Title').top(2)();
    expect(top.map((r: { Title: string }) => r.Title)).toEqual(['Access review', 'Backup test']);
  });

  it('selects only what was asked and projects expanded users and lookups', async () => {
    const rows = await items()
      .select('Id', 'Title', 'Responsible/Title', 'Responsible/EMail', 'Responsible/Id', 'Plan/Title', 'Reviewers/Title', 'Author/Title')
      .expand('Responsible', 'Plan', 'Reviewers', 'Author')
      .filter("Code eq 'M-1'")();
    expect(rows).toHaveLength(1);
    const r = rows[0];
    expect(Object.keys(r).filter((k) => !k.startsWith('odata.')).sort()).toEqual(['Author', 'Id', 'Plan', 'Responsible', 'Reviewers', 'Title']);
    expect(r.Responsible).toMatchObject({ Title: 'Erik Holm', EMail: 'erik.holm@norrvik.se', Id: erik });
    expect(r.Plan).toMatchObject({ Title: 'Plan Alfa' });
    expect(r.Reviewers.map((u: { Title: string }) => u.Title)).toEqual(['Karin Lund', 'Åsa Berg']);
    expect(r.Author.Title).toBe('Karin Lund');
  });

  it('expands a user with its default properties and requires $expand for projections', async () => {
    const row = await items().getById(1).select('Responsible').expand('Responsible')();
    expect(row.Responsible).toMatchObject({ Id: erik, Title: 'Erik Holm', EMail: 'erik.holm@norrvik.se', Name: 'i:0#.f|membership|erik.holm@norrvik.se', UserName: 'erik.holm@norrvik.se', JobTitle: 'Verksamhetschef' });
    const r = await statusOf(items().select('Responsible/Title')());
    expect(r.status).toBe(400);
  });

  it('answers nometadata and verbose collections', async () => {
    const url = `${h.baseUrl}/_api/web/lists/getByTitle('Measures')/items?%24select=Id%2CTitle%2CTags&%24top=1&%24orderby=Id`;
    const none = await fetch(url, { headers: { accept: 'application/json;odata=nometadata' } });
    expect(none.headers.get('content-type')).toBe('application/json;odata=nometadata;streaming=true;charset=utf-8');
    const nb = await none.json();
    expect(Object.keys(nb)).toEqual(['odata.nextLink', 'value']);
    expect(nb.value[0]).toEqual({ Id: 1, Title: 'Fire drill', Tags: ['Red', 'Blue'] });
    const verbose = await (await fetch(url, { headers: { accept: 'application/json;odata=verbose' } })).json();
    expect(verbose.d.results[0].__metadata).toMatchObject({ etag: '"1"', type: 'SP.Data.MeasuresListItem' });
    expect(verbose.d.results[0].Tags).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: ['Red', 'Blue'] });
    expect(verbose.d.__next).toContain('%24skiptoken=Paged%3dTRUE%26p_ID%3d1');
  });
});
