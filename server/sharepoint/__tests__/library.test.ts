/** Document libraries through the real PnPjs client: the default library, folders, files, bytes, metadata, versions, errors. */
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { Harness, SITE, start, statusOf } from './helpers';

let h: Harness;
const LIB = 'Protokoll';
const ROOT = `${SITE}/${LIB}`;
const NAME = 'Tjänsteskrivelse RS 2026-123.docx';
const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

beforeAll(async () => {
  h = await start();
});
afterAll(() => h.close());

async function raw(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${h.baseUrl}/_api/${path}`, { ...init, headers: { accept: 'application/json;odata=nometadata', 'x-requestdigest': 'x', ...(init.headers ?? {}) } });
}

describe('the default library', () => {
  it('every new site has "Documents" at Shared Documents', async () => {
    const docs = await h.sp.web.lists.getByTitle('Documents').select('Title', 'BaseTemplate', 'BaseType', 'EntityTypeName', 'ListItemEntityTypeFullName', 'EnableVersioning', 'MajorVersionLimit', 'RootFolder/ServerRelativeUrl').expand('RootFolder')();
    expect(docs).toMatchObject({
      Title: 'Documents', BaseTemplate: 101, BaseType: 1, EntityTypeName: 'Shared_x0020_Documents', ListItemEntityTypeFullName: 'SP.Data.Shared_x0020_DocumentsItem',
      EnableVersioning: true, MajorVersionLimit: 500, RootFolder: { ServerRelativeUrl: `${SITE}/Shared Documents` },
    });
    const root = await h.sp.web.getFolderByServerRelativePath(`${SITE}/shared documents`)();
    expect(root).toMatchObject({ Name: 'Shared Documents', ServerRelativeUrl: `${SITE}/Shared Documents`, Exists: true, ItemCount: 0 });
    expect((await h.sp.web.lists.getByTitle('Documents').rootFolder.select('ServerRelativeUrl')()).ServerRelativeUrl).toBe(`${SITE}/Shared Documents`);
  });
});

describe('a library made with lists.ensure(…, 101)', () => {
  beforeAll(async () => {
    const made = await h.sp.web.lists.ensure(LIB, 'Nämndens protokoll', 101);
    expect(made.created).toBe(true);
    const lib = h.sp.web.lists.getByTitle(LIB);
    await lib.fields.addText('Diarienummer', { Indexed: true });
    await lib.fields.addChoice('Status', { Choices: ['Utkast', 'Beslutad'] });
  });
  const lib = (): ReturnType<typeof h.sp.web.lists.getByTitle> => h.sp.web.lists.getByTitle(LIB);

  it('is a library at <site>/<title> with the file fields and SharePoint\'s field ids', async () => {
    const info = await lib().select('BaseTemplate', 'BaseType', 'EnableVersioning', 'MajorVersionLimit', 'EnableAttachments', 'RootFolder/ServerRelativeUrl').expand('RootFolder')();
    expect(info).toMatchObject({ BaseTemplate: 101, BaseType: 1, EnableVersioning: true, MajorVersionLimit: 500, EnableAttachments: false, RootFolder: { ServerRelativeUrl: ROOT } });
    const fields = await lib().fields.select('InternalName', 'Id', 'Title', 'TypeAsString', 'Required')();
    const byName: Record<string, { Id: string; InternalName: string }> = Object.fromEntries(fields.map((f: { Id: string; InternalName: string }) => [f.InternalName, f]));
    expect(byName.FileLeafRef).toMatchObject({ Id: '8553196d-ec8d-4564-9861-3dbe931050c8', Title: 'Name', TypeAsString: 'File', Required: true });
    expect(byName.FileRef.Id).toBe('94f89715-e097-4e8b-ba79-ea02aa8b7adb');
    expect(byName.FileDirRef.Id).toBe('56605df6-8fa1-47e4-a04c-5b384d59609f');
    expect(byName.FSObjType.Id).toBe('30bb605f-5bae-48fe-b4e3-1f81d9772af9');
    expect(byName.File_x0020_Size).toBeDefined();
    expect(byName.Title).toMatchObject({ Id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', Required: false });
    expect(byName.Diarienummer).toMatchObject({ TypeAsString: 'Text' });
    const scope = await lib().fields.getByInternalNameOrTitle('Diarienummer').select('Scope')();
    expect(scope.Scope).toBe(ROOT);
  });

  it('adds folders, finds them case-insensitively, and lists Forms beside them', async () => {
    const made = await h.sp.web.getFolderByServerRelativePath(ROOT).folders.addUsingPath('Nämnd 2026');
    expect(made).toMatchObject({ Name: 'Nämnd 2026', ServerRelativeUrl: `${ROOT}/Nämnd 2026` });
    await h.sp.web.getFolderByServerRelativePath(`${ROOT}/nämnd 2026`).folders.addUsingPath('Bilagor');
    const names = (await h.sp.web.getFolderByServerRelativePath(ROOT).folders()).map((f: { Name: string }) => f.Name).sort();
    expect(names).toEqual(['Forms', 'Nämnd 2026']);
    const sub = await h.sp.web.getFolderByServerRelativePath(`${ROOT.toUpperCase()}/NÄMND 2026/bilagor`)();
    expect(sub.ServerRelativeUrl).toBe(`${ROOT}/Nämnd 2026/Bilagor`);
    expect((await statusOf(h.sp.web.getFolderByServerRelativePath(ROOT).folders.addUsingPath('Nämnd 2026'))).status).toBe(400);
    const again = await h.sp.web.getFolderByServerRelativePath(ROOT).folders.addUsingPath('nämnd 2026', true);
    expect(again.UniqueId).toBe((await h.sp.web.getFolderByServerRelativePath(`${ROOT}/Nämnd 2026`)()).UniqueId);
  });

  it('uploads bytes 0..255 under a non-ASCII name and answers the SP.File shape', async () => {
    const folder = h.sp.web.getFolderByServerRelativePath(`${ROOT}/Nämnd 2026`);
    const file = await folder.files.addUsingPath(NAME, bytes, { Overwrite: true });
    expect(file).toMatchObject({
      Name: NAME, ServerRelativeUrl: `${ROOT}/Nämnd 2026/${NAME}`, Length: '256', Exists: true, MajorVersion: 1, MinorVersion: 0,
      UIVersion: 512, UIVersionLabel: '1.0', CheckOutType: 2, Level: 1, CheckInComment: '',
    });
    expect(file.UniqueId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(file.ETag).toBe(`"{${file.UniqueId.toUpperCase()}},1"`);
    expect(file.TimeCreated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const meta = file as unknown as Record<string, string>;
    expect(meta['odata.type']).toBe('SP.File');
    const files = await folder.files.select('Name', 'Length')();
    expect(files).toEqual([expect.objectContaining({ Name: NAME, Length: '256' })]);
  });

  it('takes the upload body as raw bytes although it is labelled application/json', async () => {
    const body = Buffer.from('{"not":"parsed"}');
    const res = await raw(`web/getFolderByServerRelativePath(decodedUrl='${encodeURIComponent(ROOT)}')/files/AddUsingPath(decodedurl='raw.json',Overwrite=true)`, {
      method: 'POST', headers: { 'content-type': 'application/json;charset=utf-8' }, body,
    });
    expect(res.status).toBe(200);
    expect((await res.json()).Length).toBe(String(body.length));
    const broken = await raw(`web/getFolderByServerRelativePath(decodedUrl='${encodeURIComponent(ROOT)}')/files/AddUsingPath(decodedurl='broken.bin',Overwrite=true)`, {
      method: 'POST', headers: { 'content-type': 'application/json;charset=utf-8' }, body: Buffer.from([0xff, 0x7b, 0x00]),
    });
    expect(broken.status).toBe(200);
    const back = await raw(`web/getFileByServerRelativePath(decodedUrl='${encodeURIComponent(`${ROOT}/broken.bin`)}')/$value`);
    expect(Buffer.from(await back.arrayBuffer())).toEqual(Buffer.from([0xff, 0x7b, 0x00]));
  });

  it('reads the file back: properties, bytes exactly, text', async () => {
    const f = h.sp.web.getFileByServerRelativePath(`${ROOT}/Nämnd 2026/${NAME}`);
    expect((await f()).Length).toBe('256');
    expect(Buffer.from(await f.getBuffer())).toEqual(bytes);
    const lower = h.sp.web.getFileByServerRelativePath(`${ROOT}/nämnd 2026/${NAME.toLowerCase()}`);
    expect(Buffer.from(await lower.getBuffer())).toEqual(bytes);
    expect(await h.sp.web.getFileByServerRelativePath(`${ROOT}/raw.json`).getText()).toBe('{"not":"parsed"}');
  });

  it('keeps metadata on the file\'s list item (getItem + update) and filters the library by it', async () => {
    const item = await h.sp.web.getFileByServerRelativePath(`${ROOT}/Nämnd 2026/${NAME}`).getItem<{ Id: number; FileSystemObjectType: number; OData__UIVersionString: string }>();
    expect([item.FileSystemObjectType, item.OData__UIVersionString]).toEqual([0, '1.0']);
    const r = await item.update({ Diarienummer: 'RS 2026-123', Status: 'Beslutad', Title: 'Tjänsteskrivelse' });
    expect(r.etag).toBe('"2"');
    const hits = await lib().items.filter("Diarienummer eq 'RS 2026-123'").select('Id', 'FileLeafRef', 'FileRef', 'FileDirRef', 'FSObjType', 'File_x0020_Size', 'Status')();
    expect(hits).toEqual([
      expect.objectContaining({ Id: item.Id, FileLeafRef: NAME, FileRef: `${ROOT}/Nämnd 2026/${NAME}`, FileDirRef: `${ROOT}/Nämnd 2026`, FSObjType: 0, File_x0020_Size: '256', Status: 'Beslutad' }),
    ]);
    const viaFields = await h.sp.web.getFileByServerRelativePath(`${ROOT}/Nämnd 2026/${NAME}`).listItemAllFields.select('Diarienummer', 'OData__UIVersionString')();
    expect(viaFields).toMatchObject({ Diarienummer: 'RS 2026-123', OData__UIVersionString: '2.0' });
    const file = await lib().items.getById(item.Id).file();
    expect(file).toMatchObject({ Name: NAME, UIVersionLabel: '2.0', ETag: expect.stringMatching(/,2"$/) });
    const folders = await lib().items.filter('FSObjType eq 1').select('FileLeafRef')();
    expect(folders.map((x: { FileLeafRef: string }) => x.FileLeafRef).sort()).toEqual(['Bilagor', 'Nämnd 2026']);
    const byDir = await lib().items.filter(`FileDirRef eq '${ROOT}/Nämnd 2026'`).select('FileLeafRef')();
    expect(byDir.map((x: { FileLeafRef: string }) => x.FileLeafRef).sort()).toEqual(['Bilagor', NAME]);
  });

  it('answers a document item as SharePoint does, with File/Folder expandable', async () => {
    const hit = (await lib().items.filter(`FileLeafRef eq '${NAME}'`)())[0];
    expect(hit).toMatchObject({ FileSystemObjectType: 0, Title: 'Tjänsteskrivelse', Diarienummer: 'RS 2026-123', CheckoutUserId: null, OData__CopySource: null });
    expect(hit.ContentTypeId).toMatch(/^0x010100[0-9A-F]{32}$/);
    expect(hit).not.toHaveProperty('FileLeafRef');
    expect(hit).not.toHaveProperty('Attachments');
    const res = await raw(`web/lists/getByTitle('${LIB}')/items(${hit.Id})?$select=FileLeafRef,File/Length,File/UniqueId&$expand=File`);
    expect(await res.json()).toMatchObject({ FileLeafRef: NAME, File: { Length: '256' } });
    const meta = await (await fetch(`${h.baseUrl}/_api/web/lists/getByTitle('${LIB}')/items(${hit.Id})`, { headers: { accept: 'application/json' } })).json();
    expect(meta['odata.type']).toBe('SP.Data.ProtokollItem');
    expect(meta['odata.metadata']).toBe(`${h.baseUrl}/_api/$metadata#SP.ListData.ProtokollItems/@Element`);
  });

  it('refuses to add an existing file without Overwrite, as SharePoint does', async () => {
    const r = await statusOf(h.sp.web.getFolderByServerRelativePath(`${ROOT}/Nämnd 2026`).files.addUsingPath(NAME, Buffer.from('x')));
    expect(r.status).toBe(400);
    expect(r.message).toContain('-2130575257, Microsoft.SharePoint.SPException');
    expect(r.message).toContain(`A file with the name ${LIB}/Nämnd 2026/${NAME} already exists. It was last modified by i:0#.f|membership|karin.lund@norrvik.se on `);
    expect(r.message).toMatch(/ on \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d -0000\./);
  });

  it('makes a new version on Overwrite=true, keeping the item, UniqueId and metadata', async () => {
    const path = `${ROOT}/Nämnd 2026/${NAME}`;
    const before = await h.sp.web.getFileByServerRelativePath(path)();
    const next = Buffer.from('version three');
    const after = await h.sp.web.getFolderByServerRelativePath(`${ROOT}/Nämnd 2026`).files.addUsingPath(NAME, next, { Overwrite: true });
    expect(after).toMatchObject({ UniqueId: before.UniqueId, UIVersionLabel: '3.0', UIVersion: 3 * 512, Length: String(next.length) });
    expect(Buffer.from(await h.sp.web.getFileByServerRelativePath(path).getBuffer())).toEqual(next);
    const item = await h.sp.web.getFileByServerRelativePath(path).listItemAllFields.select('Diarienummer', 'Status')();
    expect(item).toMatchObject({ Diarienummer: 'RS 2026-123', Status: 'Beslutad' });
    const versions = await h.sp.web.getFileByServerRelativePath(path).versions();
    expect(versions.map((v: { VersionLabel: string; Length: string; IsCurrentVersion: boolean }) => [v.VersionLabel, v.Length, v.IsCurrentVersion])).toEqual([['1.0', '256', false], ['2.0', '256', false]]);
    expect(versions[0]).toMatchObject({ ID: 512, Url: `_vti_history/512/${LIB}/Nämnd 2026/${NAME}` });
    const old = await raw(`web/getFileByServerRelativePath(decodedUrl='${encodeURIComponent(path)}')/versions(512)/$value`);
    expect(Buffer.from(await old.arrayBuffer())).toEqual(bytes);
  });

  it('replaces the content with setContent ($value PUT) and bumps the version', async () => {
    const f = h.sp.web.getFileByServerRelativePath(`${ROOT}/Nämnd 2026/${NAME}`);
    await f.setContent(Buffer.from('fyra'));
    expect(await f.getText()).toBe('fyra');
    expect((await f()).UIVersionLabel).toBe('4.0');
  });

  it('serves a file at its own URL, as a link to it opens in a browser, and 404 for one that is not there', async () => {
    const response = await fetch(`${h.origin}${encodeURI(`${ROOT}/nämnd 2026/${NAME}`)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(NAME)}`);
    const viaApi = await h.sp.web.getFileByServerRelativePath(`${ROOT}/Nämnd 2026/${NAME}`).getBuffer();
    expect(Buffer.from(await response.arrayBuffer())).toEqual(Buffer.from(viaApi));
    expect((await fetch(`${h.origin}${encodeURI(`${ROOT}/Saknas.pdf`)}`)).status).toBe(404);
  });

  it('answers SharePoint\'s 404s for a missing file and a missing folder', async () => {
    const file = await statusOf(h.sp.web.getFileByServerRelativePath(`${ROOT}/Saknas.pdf`)());
    expect(file.status).toBe(404);
    expect(file.message).toContain('-2130575338, Microsoft.SharePoint.SPException');
    expect(file.message).toContain(`The file ${ROOT}/Saknas.pdf does not exist.`);
    const folder = await statusOf(h.sp.web.getFolderByServerRelativePath(`${ROOT}/Saknas`)());
    expect(folder.status).toBe(404);
    expect(folder.message).toContain('-2147024894, System.IO.FileNotFoundException');
    expect(folder.message).toContain('File Not Found.');
    expect(await h.sp.web.getFileByServerRelativePath(`${ROOT}/Saknas.pdf`).exists()).toBe(false);
    expect((await statusOf(h.sp.web.getFolderByServerRelativePath(`${ROOT}/Saknas`).files.addUsingPath('x.txt', Buffer.from('x')))).status).toBe(404);
  });

  it('refuses items.add on a library and names SPFileCollection.Add', async () => {
    const r = await statusOf(lib().items.add({ Title: 'x' }));
    expect(r.status).toBe(500);
    expect(r.message).toContain('To add an item to a document library, use SPFileCollection.Add()');
  });

  it('deletes a file, and a folder with its contents', async () => {
    await h.sp.web.getFolderByServerRelativePath(`${ROOT}/Nämnd 2026/Bilagor`).files.addUsingPath('bilaga.txt', Buffer.from('b'));
    await h.sp.web.getFileByServerRelativePath(`${ROOT}/raw.json`).delete();
    expect((await statusOf(h.sp.web.getFileByServerRelativePath(`${ROOT}/raw.json`)())).status).toBe(404);
    await h.sp.web.getFolderByServerRelativePath(`${ROOT}/Nämnd 2026/Bilagor`).delete();
    expect((await statusOf(h.sp.web.getFileByServerRelativePath(`${ROOT}/Nämnd 2026/Bilagor/bilaga.txt`)())).status).toBe(404);
    const left = (await lib().items.select('FileLeafRef')()).map((x: { FileLeafRef: string }) => x.FileLeafRef).sort();
    expect(left).toEqual(['broken.bin', 'Nämnd 2026', NAME].sort());
  });

  it('uploads in chunks (addChunked), filling the stub in place at 1.0', async () => {
    const big = Buffer.alloc(5000, 0).map((_, i) => (i * 7) % 251);
    const folder = h.sp.web.getFolderByServerRelativePath(ROOT);
    const done = await folder.files.addChunked('stor.bin', new Blob([big]), { chunkSize: 2048 });
    expect(done).toMatchObject({ Length: String(big.length), UIVersionLabel: '1.0', ETag: expect.stringMatching(/,2"$/) });
    expect(Buffer.from(await h.sp.web.getFileByServerRelativePath(`${ROOT}/stor.bin`).getBuffer())).toEqual(Buffer.from(big));
    const wrong = await raw(`web/getFileByServerRelativePath(decodedUrl='${encodeURIComponent(`${ROOT}/stor.bin`)}')/continueUpload(uploadId=guid'00000000-0000-4000-8000-000000000000',fileOffset=0)`, { method: 'POST', body: 'x' });
    expect(wrong.status).toBe(400);
  });

  it('renames a file through FileLeafRef', async () => {
    const item = await h.sp.web.getFileByServerRelativePath(`${ROOT}/broken.bin`).getItem();
    await item.update({ FileLeafRef: 'hel.bin' });
    expect((await h.sp.web.getFileByServerRelativePath(`${ROOT}/hel.bin`)()).Name).toBe('hel.bin');
    expect((await statusOf(h.sp.web.getFileByServerRelativePath(`${ROOT}/broken.bin`)())).status).toBe(404);
  });
});

describe('names and routes', () => {
  const DOCS = `${SITE}/Shared Documents`;

  it('takes apostrophes, #, % and parentheses in folder and file names', async () => {
    const folder = await h.sp.web.getFolderByServerRelativePath(DOCS).folders.addUsingPath("Kim's #1 (100%)");
    expect(folder.ServerRelativeUrl).toBe(`${DOCS}/Kim's #1 (100%)`);
    const name = "Rapport 'slutlig' (v2) 50% #3.pdf";
    await h.sp.web.getFolderByServerRelativePath(folder.ServerRelativeUrl).files.addUsingPath(name, Buffer.from('pdf'));
    const f = h.sp.web.getFileByServerRelativePath(`${folder.ServerRelativeUrl}/${name}`);
    expect((await f()).Name).toBe(name);
    expect(await f.getText()).toBe('pdf');
    const item = await h.sp.web.getFolderByServerRelativePath(folder.ServerRelativeUrl).getItem<{ FileSystemObjectType: number; ContentTypeId: string }>();
    expect([item.FileSystemObjectType, item.ContentTypeId.slice(0, 8)]).toEqual([1, '0x012000']);
  });

  it('answers the older and the id-based routes', async () => {
    const added = await h.sp.web.getFolderByServerRelativePath(DOCS).files.addUsingPath('gammal.txt', Buffer.from('v1'));
    const byUrl = await raw(`web/GetFileByServerRelativeUrl('${encodeURIComponent(`${DOCS}/gammal.txt`)}')?$select=UniqueId,Length`);
    expect(await byUrl.json()).toEqual({ UniqueId: added.UniqueId, Length: '2' });
    expect((await h.sp.web.getFileById(added.UniqueId)()).Name).toBe('gammal.txt');
    const viaAdd = await raw(`web/GetFolderByServerRelativeUrl('Shared%20Documents')/Files/add(url='gammal.txt',overwrite=true)`, { method: 'POST', body: 'v2' });
    expect((await viaAdd.json()).UIVersionLabel).toBe('2.0');
    const folder = await h.sp.web.folders.addUsingPath('Shared Documents/Via webben');
    expect(folder.ServerRelativeUrl).toBe(`${DOCS}/Via webben`);
    expect((await h.sp.web.getFolderById(folder.UniqueId)()).Name).toBe('Via webben');
    const roots = (await h.sp.web.folders()).map((x: { ServerRelativeUrl: string }) => x.ServerRelativeUrl);
    expect(roots).toContain(DOCS);
    const rootItem = await statusOf(h.sp.web.getFolderByServerRelativePath(DOCS).getItem());
    expect(rootItem.message).toContain('No associated item was found for this folder');
    const parent = await h.sp.web.getFolderByServerRelativePath(`${DOCS}/Via webben`).parentFolder();
    expect(parent.ServerRelativeUrl).toBe(DOCS);
  });

  it('answers SP.File in verbose and nometadata flavours', async () => {
    const path = encodeURIComponent(`${DOCS}/gammal.txt`);
    const verbose = await (await fetch(`${h.baseUrl}/_api/web/getFileByServerRelativePath(decodedUrl='${path}')`, { headers: { accept: 'application/json;odata=verbose' } })).json();
    expect(verbose.d.__metadata).toMatchObject({ type: 'SP.File', uri: `${h.baseUrl}/_api/Web/GetFileByServerRelativePath(decodedurl='${SITE}/Shared%20Documents/gammal.txt')` });
    expect(verbose.d.ListItemAllFields.__deferred.uri).toMatch(/\/ListItemAllFields$/);
    const none = await (await raw(`web/getFileByServerRelativePath(decodedUrl='${path}')`)).json();
    expect(Object.keys(none).filter((k) => k.startsWith('odata.'))).toEqual([]);
    expect(Object.keys(none)).toEqual(expect.arrayContaining(['CheckInComment', 'ContentTag', 'ETag', 'Exists', 'Length', 'MajorVersion', 'Name', 'ServerRelativeUrl', 'TimeCreated', 'TimeLastModified', 'UIVersion', 'UIVersionLabel', 'UniqueId']));
    const withItem = await (await raw(`web/getFileByServerRelativePath(decodedUrl='${path}')?$select=Name,ServerRelativePath,ListItemAllFields/Id&$expand=ListItemAllFields`)).json();
    expect(withItem).toMatchObject({ Name: 'gammal.txt', ServerRelativePath: { DecodedUrl: `${DOCS}/gammal.txt` }, ListItemAllFields: { Id: expect.any(Number) } });
  });

  it('reads files inside a $batch', async () => {
    const [batched, execute] = h.sp.batched();
    const a = batched.web.getFileByServerRelativePath(`${DOCS}/gammal.txt`).select('Name')();
    const b = batched.web.getFileByServerRelativePath(`${DOCS}/saknas.txt`)();
    await execute();
    expect((await a).Name).toBe('gammal.txt');
    expect((await statusOf(b)).status).toBe(404);
  });
});

describe('request size', () => {
  it('refuses an over-large upload with SharePoint\'s 400 and keeps serving', async () => {
    const small = await start({ maxRequestBytes: 1000 });
    try {
      const r = await statusOf(small.sp.web.getFolderByServerRelativePath(`${SITE}/Shared Documents`).files.addUsingPath('big.bin', Buffer.alloc(5000, 1)));
      expect(r.status).toBe(400);
      expect(r.message).toContain('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
      expect(r.message).toContain('The request message is too big. The server does not allow messages larger than 1000 bytes.');
      const ok = await small.sp.web.getFolderByServerRelativePath(`${SITE}/Shared Documents`).files.addUsingPath('small.bin', Buffer.alloc(500, 1));
      expect(ok.Length).toBe('500');
    } finally {
      await small.close();
    }
  });
});
