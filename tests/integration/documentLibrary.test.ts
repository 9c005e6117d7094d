/**
 * Document libraries in the local product's SharePoint emulator, end to end over HTTP through real
 * PnPjs (SPBrowser, as the product talks to SharePoint): the site's default "Documents" library; a
 * library made with `lists.ensure(…, 101)` with the product's own columns; a folder; a binary upload
 * (bytes 0..255) under a Swedish file name; the SP.File answer; metadata set on the file's list item
 * and found again with `$filter`; the bytes read back exactly; an overwrite as a new version;
 * SharePoint's errors for an existing, a missing file and a missing folder; fixed built-in field ids;
 * `@alias` parameters; the 255-character title limit; and files that survive a restart of the server.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { AddressInfo } from 'net';
import { FastifyInstance } from 'fastify';
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/site-users/web';
import { buildApp, SITE_PATH } from '../../server/app';
import { personas } from '../../server/directory/demoDirectory';
import { createSp } from '../../src/data/spClient';

jest.setTimeout(120_000);

const LIBRARY = 'Nämndhandlingar';
const ROOT = `${SITE_PATH}/${LIBRARY}`;
const FOLDER = `${ROOT}/Sammanträde 2026-03-12`;
const NAME = 'Tjänsteskrivelse RS 2026-123.docx';
const FILE = `${FOLDER}/${NAME}`;
const BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

let dataDir: string;
let app: FastifyInstance;
let siteUrl: string;
let sp: SPFI;

async function startServer(): Promise<void> {
  app = await buildApp({ dataDir, workbenchDir: null, today: '2026-11-23' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  siteUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}${SITE_PATH}`;
  sp = createSp(siteUrl, { emulatorUser: personas.boardSecretary });
}

async function failure(p: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as { status?: number; message?: string };
    return { status: err.status ?? -1, message: err.message ?? String(e) };
  }
  throw new Error('expected the request to fail');
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ik365-doclib-'));
  await startServer();
});

afterAll(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the site', () => {
  it('has its default library "Documents" at Shared Documents', async () => {
    const docs = await sp.web.lists.getByTitle('Documents').select('BaseTemplate', 'BaseType', 'RootFolder/ServerRelativeUrl').expand('RootFolder')<{
      BaseTemplate: number; BaseType: number; RootFolder: { ServerRelativeUrl: string };
    }>();
    expect(docs).toMatchObject({ BaseTemplate: 101, BaseType: 1, RootFolder: { ServerRelativeUrl: `${SITE_PATH}/Shared Documents` } });
    expect(await sp.web.getFolderByServerRelativePath(`${SITE_PATH}/Shared Documents`).files()).toEqual([]);
  });
});

describe('a library of board papers', () => {
  beforeAll(async () => {
    const made = await sp.web.lists.ensure(LIBRARY, 'Handlingar till nämndens sammanträden', 101);
    expect(made.created).toBe(true);
    const fields = sp.web.lists.getByTitle(LIBRARY).fields;
    await fields.addText('Diarienummer', { MaxLength: 40, Indexed: true });
    await fields.addChoice('Handlingstyp', { Choices: ['Tjänsteskrivelse', 'Protokoll', 'Bilaga'] });
    await fields.addDateTime('Sammanträdesdatum');
  });

  it('is a versioned library at <site>/<title> with SharePoint\'s field ids', async () => {
    const info = await sp.web.lists.getByTitle(LIBRARY).select('BaseTemplate', 'BaseType', 'EnableVersioning', 'MajorVersionLimit', 'RootFolder/ServerRelativeUrl').expand('RootFolder')<Record<string, unknown>>();
    expect(info).toMatchObject({ BaseTemplate: 101, BaseType: 1, EnableVersioning: true, MajorVersionLimit: 500, RootFolder: { ServerRelativeUrl: ROOT } });
    const ids = Object.fromEntries((await sp.web.lists.getByTitle(LIBRARY).fields.select('InternalName', 'Id')<Array<{ InternalName: string; Id: string }>>()).map((f) => [f.InternalName, f.Id]));
    expect(ids).toEqual(expect.objectContaining({
      ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', Created: '8c06beca-0777-48f7-91c7-6da68bc07b69',
      Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18', Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2',
      ContentTypeId: '03e45e84-1992-4d42-9116-26f756012634', FileLeafRef: '8553196d-ec8d-4564-9861-3dbe931050c8', FileRef: '94f89715-e097-4e8b-ba79-ea02aa8b7adb',
      FileDirRef: '56605df6-8fa1-47e4-a04c-5b384d59609f', FSObjType: '30bb605f-5bae-48fe-b4e3-1f81d9772af9',
    }));
    expect(ids.Diarienummer).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('takes a folder and a binary upload under a Swedish name, answering SP.File', async () => {
    const folder = await sp.web.getFolderByServerRelativePath(ROOT).folders.addUsingPath('Sammanträde 2026-03-12');
    expect(folder).toMatchObject({ Name: 'Sammanträde 2026-03-12', ServerRelativeUrl: FOLDER });
    const file = await sp.web.getFolderByServerRelativePath(FOLDER).files.addUsingPath(NAME, BYTES, { Overwrite: true });
    expect(file).toMatchObject({ Name: NAME, ServerRelativeUrl: FILE, Length: '256', Exists: true, MajorVersion: 1, UIVersion: 512, UIVersionLabel: '1.0' });
    expect(file.ETag).toBe(`"{${file.UniqueId.toUpperCase()}},1"`);
    const read = await sp.web.getFileByServerRelativePath(FILE)();
    expect(read).toMatchObject({ UniqueId: file.UniqueId, Length: '256', TimeCreated: file.TimeCreated });
  });

  it('keeps the file\'s metadata on its list item and finds it with $filter', async () => {
    const item = await sp.web.getFileByServerRelativePath(FILE).getItem<{ Id: number }>('Id');
    // a column titled 'Sammanträdesdatum' is written by its encoded internal name, as in SharePoint
    await item.update({ Diarienummer: 'RS 2026-123', Handlingstyp: 'Tjänsteskrivelse', Sammantr_x00e4_desdatum: '2026-03-12T00:00:00Z' });
    const found = await sp.web.lists.getByTitle(LIBRARY).items
      .filter("Diarienummer eq 'RS 2026-123' and Handlingstyp eq 'Tjänsteskrivelse'")
      .select('Id', 'FileLeafRef', 'FileRef', 'FileDirRef', 'Sammantr_x00e4_desdatum')<Array<Record<string, unknown>>>();
    expect(found).toEqual([expect.objectContaining({ Id: item.Id, FileLeafRef: NAME, FileRef: FILE, FileDirRef: FOLDER, Sammantr_x00e4_desdatum: '2026-03-12T00:00:00Z' })]);
    const fields = await sp.web.getFileByServerRelativePath(FILE).listItemAllFields.select('Diarienummer', 'OData__UIVersionString')<Record<string, unknown>>();
    expect(fields).toMatchObject({ Diarienummer: 'RS 2026-123', OData__UIVersionString: '2.0' });
  });

  it('gives the bytes back exactly', async () => {
    const back = Buffer.from(await sp.web.getFileByServerRelativePath(FILE).getBuffer());
    expect(back.equals(BYTES)).toBe(true);
  });

  it('makes a new version on overwrite, keeping the file\'s identity and metadata', async () => {
    const before = await sp.web.getFileByServerRelativePath(FILE)();
    const revised = Buffer.concat([BYTES, Buffer.from('reviderad')]);
    const after = await sp.web.getFolderByServerRelativePath(FOLDER).files.addUsingPath(NAME, revised, { Overwrite: true });
    expect(after).toMatchObject({ UniqueId: before.UniqueId, UIVersionLabel: '3.0', Length: String(revised.length) });
    expect(Buffer.from(await sp.web.getFileByServerRelativePath(FILE).getBuffer()).equals(revised)).toBe(true);
    expect((await sp.web.getFileByServerRelativePath(FILE).listItemAllFields.select('Diarienummer')<{ Diarienummer: string }>()).Diarienummer).toBe('RS 2026-123');
    const versions = await sp.web.getFileByServerRelativePath(FILE).versions.select('VersionLabel', 'Length')<Array<{ VersionLabel: string; Length: string }>>();
    expect(versions.map((v) => `${v.VersionLabel}:${v.Length}`)).toEqual(['1.0:256', '2.0:256']);
  });

  it('answers SharePoint\'s errors for an existing, a missing file and a missing folder', async () => {
    const exists = await failure(sp.web.getFolderByServerRelativePath(FOLDER).files.addUsingPath(NAME, BYTES));
    expect(exists.status).toBe(400);
    expect(exists.message).toContain(`A file with the name ${LIBRARY}/Sammanträde 2026-03-12/${NAME} already exists. It was last modified by i:0#.f|membership|${personas.boardSecretary}`);
    const file = await failure(sp.web.getFileByServerRelativePath(`${FOLDER}/Saknas.docx`)());
    expect(file.status).toBe(404);
    expect(file.message).toContain('-2130575338, Microsoft.SharePoint.SPException');
    expect(file.message).toContain(`The file ${FOLDER}/Saknas.docx does not exist.`);
    const folder = await failure(sp.web.getFolderByServerRelativePath(`${ROOT}/Saknas`).files());
    expect(folder.status).toBe(404);
    expect(folder.message).toContain('-2147024894, System.IO.FileNotFoundException');
    expect(folder.message).toContain('File Not Found.');
  });

  it('resolves @alias parameters in the path', async () => {
    const me = await sp.web.currentUser();
    const res = await fetch(`${siteUrl}/_api/web/siteUsers(@v)?@v=${encodeURIComponent(`'${me.LoginName}'`)}`, {
      headers: { accept: 'application/json;odata=nometadata', 'x-emulator-user': personas.boardSecretary },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).Id).toBe(me.Id);
  });

  it('refuses a list title over 255 characters', async () => {
    const r = await failure(sp.web.lists.add('Handlingar '.repeat(30), '', 101));
    expect(r.status).toBe(500);
    expect(r.message).toContain('-2147024809, System.ArgumentException');
  });

  it('keeps the library, its files, versions and metadata across a restart', async () => {
    await app.close();
    await startServer();
    const file = await sp.web.getFileByServerRelativePath(FILE)();
    expect(file).toMatchObject({ Name: NAME, UIVersionLabel: '3.0' });
    const back = Buffer.from(await sp.web.getFileByServerRelativePath(FILE).getBuffer());
    expect(back.equals(Buffer.concat([BYTES, Buffer.from('reviderad')]))).toBe(true);
    const found = await sp.web.lists.getByTitle(LIBRARY).items.filter("Diarienummer eq 'RS 2026-123'").select('FileLeafRef')<Array<{ FileLeafRef: string }>>();
    expect(found.map((f) => f.FileLeafRef)).toEqual([NAME]);
    expect((await sp.web.getFileByServerRelativePath(FILE).versions()).length).toBe(2);
  });
});
