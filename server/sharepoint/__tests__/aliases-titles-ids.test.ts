/** `@alias` parameters in paths, the 255-character list title limit, and SharePoint's fixed built-in field ids. */
import { resolveAliases } from '../alias';
import { parsePath } from '../path';
import { Harness, start, statusOf } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(() => h.close());

const nometadata = { accept: 'application/json;odata=nometadata' };

describe('parameter aliases', () => {
  it('substitutes @name arguments with their decoded query values and drops the alias parameters', () => {
    const a = resolveAliases('web/siteUsers(@v)', "@v='i%3A0%23.f%7Cmembership%7Cu%40x.com'&%24select=Id");
    expect(a.query).toBe('%24select=Id');
    expect(parsePath(a.apiPath)[1]).toMatchObject({ name: 'siteusers', args: ['i:0#.f|membership|u@x.com'] });
    const b = resolveAliases('web/getUserEffectivePermissions(@user)', '%40user=%27i%3A0%23.f%7Cmembership%7Cu%40x.com%27');
    expect(parsePath(b.apiPath)[1].args).toEqual(['i:0#.f|membership|u@x.com']);
    expect(b.query).toBe('');
    const named = resolveAliases('web/getFileByServerRelativePath(decodedUrl=@p)/checkin(comment=@a2,checkintype=@a3)', "@p='%2Fsites%2Fx%2FA%20(1).docx'&@a2='ok'&@a3=1");
    const segs = parsePath(named.apiPath);
    expect(segs[1].named).toEqual({ decodedurl: '/sites/x/A (1).docx' });
    expect(segs[2].named).toEqual({ comment: 'ok', checkintype: '1' });
  });

  it('leaves quoted text, unknown aliases and paths without aliases alone', () => {
    expect(resolveAliases("web/lists/getByTitle('@v')", "@v='x'").apiPath).toBe("web/lists/getByTitle('@v')");
    expect(resolveAliases('web/siteUsers(@w)', "@v='x'").apiPath).toBe('web/siteUsers(@w)');
    expect(resolveAliases('web/lists', '%24top=1')).toEqual({ apiPath: 'web/lists', query: '%24top=1' });
  });

  it('finds a site user by login name through siteUsers(@v), with @ or %40 as the key', async () => {
    const me = await h.sp.web.currentUser();
    const login = encodeURIComponent(`'${me.LoginName}'`);
    const plain = await fetch(`${h.baseUrl}/_api/web/siteUsers(@v)?@v=${login}&$select=Id,Title`, { headers: nometadata });
    expect(await plain.json()).toEqual({ Id: me.Id, Title: me.Title });
    const encoded = await fetch(`${h.baseUrl}/_api/web/siteusers(@v)?%40v=${login}`, { headers: nometadata });
    expect((await encoded.json()).Id).toBe(me.Id);
    const list = await fetch(`${h.baseUrl}/_api/web/lists/getByTitle(@t)?@t=%27Documents%27&%24select=Title`, { headers: nometadata });
    expect(await list.json()).toEqual({ Title: 'Documents' });
  });

  it('does not re-emit alias parameters in odata.nextLink', async () => {
    await h.sp.web.lists.ensure('Sidor');
    for (let i = 0; i < 3; i++) await h.sp.web.lists.getByTitle('Sidor').items.add({ Title: `s${i}` });
    const res = await fetch(`${h.baseUrl}/_api/web/lists/getByTitle(@t)/items?@t=%27Sidor%27&%24top=2`, { headers: nometadata });
    const body = await res.json();
    expect(body.value).toHaveLength(2);
    expect(body['odata.nextLink']).not.toContain('@t');
    expect(body['odata.nextLink']).not.toContain('%40t');
  });
});

describe('list titles', () => {
  it('refuses a title over 255 characters on add and on update, and takes exactly 255', async () => {
    const long = 'Å'.repeat(256);
    const add = await statusOf(h.sp.web.lists.add(long));
    expect(add.status).toBe(500);
    expect(add.message).toContain('-2147024809, System.ArgumentException');
    expect((await statusOf(h.sp.web.lists.getByTitle(long)())).status).toBe(404);
    const ok = 'Ä'.repeat(255);
    await h.sp.web.lists.add(ok);
    expect((await h.sp.web.lists.getByTitle(ok).select('Title')()).Title).toBe(ok);
    expect((await statusOf(h.sp.web.lists.getByTitle(ok).update({ Title: `${ok}x` }))).status).toBe(500);
    expect((await statusOf(h.sp.web.lists.add('Bibliotek med för lång titel '.padEnd(300, 'x'), '', 101))).status).toBe(500);
  });
});

describe('built-in field ids', () => {
  const FIXED = {
    ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
    Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
    Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
    Created: '8c06beca-0777-48f7-91c7-6da68bc07b69',
    Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18',
    Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2',
    ContentTypeId: '03e45e84-1992-4d42-9116-26f756012634',
    Attachments: '67df98f4-9dec-48ff-a553-29bece9c5bf4',
    _UIVersionString: 'dce8262a-3ae9-45aa-aab4-83bd75fb738a',
    GUID: 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0',
  };

  async function ids(title: string): Promise<Record<string, string>> {
    const fields = await h.sp.web.lists.getByTitle(title).fields.select('InternalName', 'Id')();
    return Object.fromEntries(fields.map((f: { InternalName: string; Id: string }) => [f.InternalName, f.Id]));
  }

  it('gives every list the same, fixed ids, and finds fields by them', async () => {
    await h.sp.web.lists.ensure('Första');
    await h.sp.web.lists.ensure('Andra');
    const a = await ids('Första');
    const b = await ids('Andra');
    expect(a).toMatchObject(FIXED);
    expect(b).toMatchObject(FIXED);
    expect(b.FileSystemObjectType).toBe(a.FileSystemObjectType);
    expect((await h.sp.web.lists.getByTitle('Andra').fields.getById(FIXED.Title)()).InternalName).toBe('Title');
    const inLibrary = Object.fromEntries(Object.entries(FIXED).filter(([name]) => name !== 'Attachments'));
    expect(await ids('Documents')).toMatchObject({ ...inLibrary, FileLeafRef: '8553196d-ec8d-4564-9861-3dbe931050c8', FSObjType: '30bb605f-5bae-48fe-b4e3-1f81d9772af9' });
  });

  it('gives custom fields fresh ids', async () => {
    const f = await h.sp.web.lists.getByTitle('Första').fields.addText('Egen');
    expect(Object.values(FIXED)).not.toContain(f.Id);
  });
});
