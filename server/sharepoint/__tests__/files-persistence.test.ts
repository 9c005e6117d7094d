/** Library files across a restart: bytes content-addressed beside the journal, only hashes in it; older journals read back with fixed field ids. */
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SITE, start, statusOf } from './helpers';

const DOCS = `${SITE}/Shared Documents`;

describe('file persistence', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'spemu-files-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps files, versions, folders and metadata across a restart without putting bytes in the journal', async () => {
    const content = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const a = await start({ dataDir: dir });
    await a.sp.web.lists.getByTitle('Documents').fields.addText('Diarienummer', { Indexed: true });
    await a.sp.web.getFolderByServerRelativePath(DOCS).folders.addUsingPath('Beslut');
    const folder = a.sp.web.getFolderByServerRelativePath(`${DOCS}/Beslut`);
    const first = await folder.files.addUsingPath('Beslut 1.docx', content);
    await folder.files.addUsingPath('Beslut 1.docx', Buffer.from('andra'), { Overwrite: true });
    await (await a.sp.web.getFileByServerRelativePath(`${DOCS}/Beslut/Beslut 1.docx`).getItem()).update({ Diarienummer: 'RS 1' });
    await folder.files.addUsingPath('Kopia.docx', content);
    await folder.files.addUsingPath('Borta.txt', Buffer.from('tas bort'));
    await a.sp.web.getFileByServerRelativePath(`${DOCS}/Beslut/Borta.txt`).delete();
    await a.close();

    const journal = readFileSync(join(dir, 'sharepoint.jsonl'), 'utf8');
    const hash = createHash('sha256').update(content).digest('hex');
    expect(journal).toContain(hash);
    expect(journal).not.toContain(content.toString('base64'));
    expect(readFileSync(join(dir, 'files', hash))).toEqual(content);

    const b = await start({ dataDir: dir });
    try {
      const f = b.sp.web.getFileByServerRelativePath(`${DOCS}/Beslut/Beslut 1.docx`);
      expect(await f()).toMatchObject({ UniqueId: first.UniqueId, UIVersionLabel: '3.0', Length: '5' });
      expect(await f.getText()).toBe('andra');
      expect(Buffer.from(await b.sp.web.getFileByServerRelativePath(`${DOCS}/Beslut/Kopia.docx`).getBuffer())).toEqual(content);
      expect((await f.versions()).map((v: { VersionLabel: string }) => v.VersionLabel)).toEqual(['1.0', '2.0']);
      expect((await f.listItemAllFields.select('Diarienummer')()).Diarienummer).toBe('RS 1');
      expect((await statusOf(b.sp.web.getFileByServerRelativePath(`${DOCS}/Beslut/Borta.txt`)())).status).toBe(404);
      // equal contents are stored once; the deleted file's bytes are gone after the restart
      const blobs = readdirSync(join(dir, 'files')).filter((n) => /^[0-9a-f]{64}$/.test(n));
      expect(blobs.sort()).toEqual([hash, createHash('sha256').update('andra').digest('hex')].sort());
      const lists = await b.sp.web.lists.filter('BaseTemplate eq 101').select('Title')();
      expect(lists.map((l: { Title: string }) => l.Title)).toEqual(['Documents']);
    } finally {
      await b.close();
    }
  });

  it('does not bring a deleted default library back on restart', async () => {
    const other = mkdtempSync(join(tmpdir(), 'spemu-nodocs-'));
    try {
      const a = await start({ dataDir: other });
      await a.sp.web.lists.getByTitle('Documents').delete();
      await a.close();
      const b = await start({ dataDir: other });
      expect((await statusOf(b.sp.web.lists.getByTitle('Documents')())).status).toBe(404);
      await b.close();
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('reads a journal from before fixed field ids back with SharePoint\'s ids', async () => {
    const old = mkdtempSync(join(tmpdir(), 'spemu-old-'));
    try {
      mkdirSync(old, { recursive: true });
      const field = (name: string, type: string): Record<string, unknown> => ({
        Id: '11111111-2222-4333-8444-' + String(name.length).padStart(12, '0'), InternalName: name, StaticName: name, Title: name, TypeAsString: type, Description: '',
        Group: '_Hidden', Indexed: false, EnforceUniqueValues: false, Required: false, Hidden: false, ReadOnlyField: true, FromBaseType: true, DefaultValue: null, extra: {},
      });
      const list = {
        Id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee', Title: 'Gammal', Description: '', BaseTemplate: 100, urlName: 'Gammal', Created: '2025-01-01T00:00:00Z', version: 1, nextItemId: 2,
        fields: [field('ID', 'Counter'), field('Title', 'Text'), field('Modified', 'DateTime'), field('Author', 'User'), { ...field('Kod', 'Text'), FromBaseType: false, Id: '99999999-2222-4333-8444-555555555555' }],
        extra: {},
      };
      const item = { id: 1, version: 1, guid: 'cccccccc-bbbb-4ccc-8ddd-eeeeeeeeeeee', values: { Title: 'kvar', Created: '2025-01-01T00:00:00Z', Modified: '2025-01-01T00:00:00Z', Author: 7, Editor: 7 } };
      writeFileSync(join(old, 'sharepoint.jsonl'), [JSON.stringify({ op: 'list', list }), JSON.stringify({ op: 'item', listId: list.Id, item })].join('\n') + '\n');
      const h = await start({ dataDir: old });
      const ids = Object.fromEntries((await h.sp.web.lists.getByTitle('Gammal').fields.select('InternalName', 'Id')()).map((f: { InternalName: string; Id: string }) => [f.InternalName, f.Id]));
      expect(ids).toMatchObject({
        ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
        Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18', Kod: '99999999-2222-4333-8444-555555555555',
      });
      expect((await h.sp.web.lists.getByTitle('Gammal').items.getById(1)()).Title).toBe('kvar');
      // an old journal gets the default library once
      expect((await h.sp.web.lists.getByTitle('Documents').select('BaseTemplate')()).BaseTemplate).toBe(101);
      await h.close();
      expect(existsSync(join(old, 'files'))).toBe(true);
    } finally {
      rmSync(old, { recursive: true, force: true });
    }
  });
});
