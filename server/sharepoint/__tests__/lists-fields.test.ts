/** Lists and fields through the real PnPjs client: ensure, every field type and route, updates. */
import { FieldTypes } from '@pnp/sp/fields';
import { Harness, start, statusOf } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(() => h.close());

describe('lists', () => {
  it('ensures a list twice: created, then found', async () => {
    const first = await h.sp.web.lists.ensure('Plans', 'Control plans');
    expect(first.created).toBe(true);
    const second = await h.sp.web.lists.ensure('Plans', 'Control plans');
    expect(second.created).toBe(false);
    const info = await h.sp.web.lists.getByTitle('Plans').select('Title', 'Id', 'ItemCount', 'EntityTypeName', 'ListItemEntityTypeFullName', 'Description')();
    expect(info).toMatchObject({ Title: 'Plans', ItemCount: 0, EntityTypeName: 'PlansList', ListItemEntityTypeFullName: 'SP.Data.PlansListItem', Description: 'Control plans' });
    const byId = await h.sp.web.lists.getById(info.Id).select('Title')();
    expect(byId.Title).toBe('Plans');
    const guidForm = await fetch(`${h.baseUrl}/_api/web/lists(guid'${info.Id}')?%24select=Title`, { headers: { accept: 'application/json;odata=nometadata' } });
    expect(await guidForm.json()).toEqual({ Title: 'Plans' });
  });

  it('lists with $select and $filter on Title, minimal metadata shape', async () => {
    const res = await fetch(`${h.baseUrl}/_api/web/lists?%24select=Title%2CItemCount&%24filter=Title+eq+%27plans%27`, { headers: { accept: 'application/json' } });
    expect(res.headers.get('content-type')).toBe('application/json;odata=minimalmetadata;streaming=true;charset=utf-8');
    const body = await res.json();
    expect(body['odata.metadata']).toBe(`${h.baseUrl}/_api/$metadata#SP.ApiData.Lists&$select=Title,ItemCount`);
    expect(body.value).toHaveLength(1);
    expect(body.value[0]).toMatchObject({ 'odata.type': 'SP.List', 'odata.etag': '"2"', Title: 'Plans', ItemCount: 0 });
  });

  it('answers 404 for a missing list and 500 for a duplicate title, as SharePoint does', async () => {
    const missing = await statusOf(h.sp.web.lists.getByTitle('Nope')());
    expect(missing.status).toBe(404);
    expect(missing.message).toContain(`List 'Nope' does not exist at site with URL '${h.baseUrl}'.`);
    const dup = await statusOf(h.sp.web.lists.add('Plans'));
    expect(dup.status).toBe(500);
    expect(dup.message).toContain('-2130575342, Microsoft.SharePoint.SPException');
  });

  it('updates and deletes a list', async () => {
    await h.sp.web.lists.add('Temp', 'x');
    await h.sp.web.lists.getByTitle('Temp').update({ Title: 'Temp2', Description: 'y' });
    expect((await h.sp.web.lists.getByTitle('Temp2').select('Description')()).Description).toBe('y');
    await h.sp.web.lists.getByTitle('Temp2').delete();
    expect((await statusOf(h.sp.web.lists.getByTitle('Temp2')())).status).toBe(404);
  });

  it('refuses writes without a request digest or bearer token (403)', async () => {
    const res = await fetch(`${h.baseUrl}/_api/web/lists`, { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json' }, body: '{"Title":"X"}' });
    expect(res.status).toBe(403);
    const body = await res.json();
    expect(body['odata.error'].code).toBe('-2130575252, Microsoft.SharePoint.SPException');
    expect(body['odata.error'].message.value).toMatch(/^The security validation for this page is invalid/);
    const bearer = await fetch(`${h.baseUrl}/_api/web/lists`, { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json', authorization: 'Bearer x' }, body: '{"Title":"ViaBearer"}' });
    expect(bearer.status).toBe(201);
  });

  it('answers contextinfo in minimal and verbose form', async () => {
    const min = await (await fetch(`${h.baseUrl}/_api/contextinfo`, { method: 'POST', headers: { accept: 'application/json' } })).json();
    expect(min.FormDigestTimeoutSeconds).toBe(1800);
    expect(typeof min.FormDigestValue).toBe('string');
    const verbose = await (await fetch(`${h.baseUrl}/_api/contextinfo`, { method: 'POST', headers: { accept: 'application/json;odata=verbose' } })).json();
    expect(verbose.d.GetContextWebInformation.FormDigestTimeoutSeconds).toBe(1800);
  });
});

describe('fields', () => {
  const list = () => h.sp.web.lists.getByTitle('Measures');

  beforeAll(async () => {
    await h.sp.web.lists.ensure('Measures');
  });

  it('has the built-in fields on a new list', async () => {
    const names = (await list().fields.select('InternalName')()).map((f: { InternalName: string }) => f.InternalName);
    expect(names).toEqual(expect.arrayContaining(['ID', 'Title', 'Created', 'Modified', 'Author', 'Editor', 'GUID', 'Attachments', 'ContentTypeId', 'FileSystemObjectType', '_UIVersionString']));
    const title = await list().fields.getByInternalNameOrTitle('Title')();
    expect(title).toMatchObject({ Required: true, TypeAsString: 'Text', FieldTypeKind: 2 });
  });

  it('creates fields of every type through every PnPjs route, answering verbose', async () => {
    const text = await list().fields.addText('Ref Code', { MaxLength: 40, Indexed: true, EnforceUniqueValues: true, Required: true });
    expect(text).toMatchObject({ InternalName: 'Ref_x0020_Code', Indexed: true, EnforceUniqueValues: true, Required: true, MaxLength: 40 });
    expect((text as unknown as { __metadata: { type: string } }).__metadata.type).toBe('SP.FieldText');
    await list().fields.addMultilineText('Notes');
    await list().fields.addNumber('Score', { MinimumValue: 0 } as never);
    await list().fields.addCurrency('Cost');
    await list().fields.addDateTime('Due');
    await list().fields.addDateTime('Reviewed', { DisplayFormat: 1 });
    await list().fields.addBoolean('Done');
    await list().fields.addChoice('Status', { Choices: ['Open', 'Closed'] });
    await list().fields.addMultiChoice('Tags', { Choices: ['A', 'B', 'C'] });
    await list().fields.addUser('Responsible', { SelectionMode: 0 });
    await list().fields.add('Reviewers', FieldTypes.User, { AllowMultipleValues: true, SelectionMode: 0 } as never);
    await list().fields.add('Level', FieldTypes.Integer, {});
    await list().fields.addUrl('Link');
    const planList = await h.sp.web.lists.getByTitle('Plans').select('Id')();
    const lookup = await list().fields.addLookup('Plan', { LookupListId: planList.Id, LookupFieldName: 'Title' });
    expect(lookup).toMatchObject({ InternalName: 'Plan', TypeAsString: 'Lookup', FieldTypeKind: 7 });
    await list().fields.addLookup('Related', { LookupListId: planList.Id, LookupFieldName: 'Title', AllowMultipleValues: true } as never);
    await list().fields.createFieldAsXml('<Field Type="Text" Name="ExtKey" DisplayName="ExtKey" Indexed="TRUE" EnforceUniqueValues="TRUE" />');
    await list().fields.createFieldAsXml({ SchemaXml: '<Field Type="UserMulti" Name="Owners" DisplayName="Ägare" Mult="TRUE" UserSelectionMode="PeopleOnly" />', Options: 8 });

    const all = await list().fields.filter('Hidden eq false').select('InternalName', 'TypeAsString')();
    const types = Object.fromEntries(all.map((f: { InternalName: string; TypeAsString: string }) => [f.InternalName, f.TypeAsString]));
    expect(types).toMatchObject({
      Ref_x0020_Code: 'Text', Notes: 'Note', Score: 'Number', Cost: 'Currency', Due: 'DateTime', Reviewed: 'DateTime', Done: 'Boolean',
      Status: 'Choice', Tags: 'MultiChoice', Responsible: 'User', Reviewers: 'UserMulti', Level: 'Integer', Link: 'URL',
      Plan: 'Lookup', Related: 'LookupMulti', ExtKey: 'Text', Owners: 'UserMulti',
    });
    const status = await list().fields.getByInternalNameOrTitle('Status')();
    expect(status.Choices).toEqual(['Open', 'Closed']);
    const due = await list().fields.getByTitle('Due')();
    expect((due as unknown as { DisplayFormat: number }).DisplayFormat).toBe(0);
    expect((await list().fields.getById(due.Id)()).InternalName).toBe('Due');
  });

  it('names a createFieldAsXml field from DisplayName unless AddFieldInternalNameHint is passed', async () => {
    await list().fields.createFieldAsXml('<Field Type="Text" Name="RiskKey" DisplayName="Risk nyckel" />');
    const f = await list().fields.getByTitle('Risk nyckel')();
    expect(f.InternalName).toBe('Risk_x0020_nyckel');
  });

  it('refuses EnforceUniqueValues on a non-indexed field (500)', async () => {
    const r = await statusOf(list().fields.addText('Bad', { EnforceUniqueValues: true }));
    expect(r.status).toBe(500);
    expect(r.message).toContain('This field must be indexed to enforce unique values');
  });

  it('keeps the internal name when the title changes and adds an index by update', async () => {
    await list().fields.addText('Area');
    await list().fields.getByInternalNameOrTitle('Area').update({ Title: 'Område', Indexed: true });
    const f = await list().fields.getByInternalNameOrTitle('Area')();
    expect(f).toMatchObject({ InternalName: 'Area', Title: 'Område', Indexed: true });
    await list().fields.getByInternalNameOrTitle('Area').update({ EnforceUniqueValues: true }, 'SP.FieldText');
    expect((await list().fields.getByInternalNameOrTitle('Område')()).EnforceUniqueValues).toBe(true);
  });

  it('answers 404 for a missing field', async () => {
    expect((await statusOf(list().fields.getByInternalNameOrTitle('Missing')())).status).toBe(404);
  });
});
