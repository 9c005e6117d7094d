/**
 * Publishing for the board against the SharePoint emulator over HTTP through PnPjs, on the seeded demo
 * region: the coordinator publishes the internal control plan's tjänsteskrivelse; the snapshot record, its
 * JSON file and the papers land in the Nämndhandlingar library with their columns; no confidential text is in
 * any published file; the snapshot stays byte for byte the same when the plan is edited, a period answered
 * again or a risk deleted, and its board paper still shows the old state; the same Dnr again asks for a new
 * version and keeps both; a run that dies half-way is finished, not duplicated, by the next; a case that a
 * board secretary would reject writes nothing. The reminder service then tells the board secretary and her
 * stand-in once per publication, in Teams, with a link to the snapshot's board page; not while a publication
 * is half-way, and never twice.
 */
import { findPerson, personas } from '../../server/directory/demoDirectory';
import { collectBoardData } from '../../src/board/boardData';
import { confidentialFolder, loadSnapshot, publishCase, Renderers } from '../../src/board/publish';
import '@pnp/sp/site-groups/web';
import { createSp } from '../../src/data/spClient';
import { loginOf } from '../../src/data/people';
import { lazyRenderers } from '../../src/board/renderers';
import { planReport } from '../../src/board/report/planReport';
import { verifySnapshot } from '../../src/board/snapshot';
import { createStore, Store } from '../../src/data/stores';
import { zipXml } from '../../src/documents/__tests__/externalTools';
import { documentText } from '../../src/documents/model';
import { ValidationError } from '../../src/plans/ValidationError';
import { PersonRef, Plan } from '../../src/model/types';
import { AnnounceResult } from '../../src/board/announce';
import { runFromConfig } from '../../src/reminders/runFromConfig';
import { LocalProduct, startSeededProduct } from './localProduct';
import { publishing } from './publishing';

jest.setTimeout(240_000);

const TODAY = '2026-12-01';
let product: LocalProduct;
let store: Store;
let plan: Plan;
const publisher: PersonRef = { objectId: '', upn: personas.coordinator, displayName: 'Maria Lindqvist' };
const { deps, draftFor } = publishing(() => ({ store, plan }), TODAY);

beforeAll(async () => {
  ({ product, store } = await startSeededProduct(TODAY));
  plan = (await store.plans.all()).find((p) => p.kind === 'internalControl' && p.state === 'followUp')!;
});

afterAll(async () => {
  await product.app.close();
});

describe('publishing for the board', () => {
  let snapshotKey = '';
  let snapshotBytes: Uint8Array;

  it('refuses a case without Dnr or summary and writes nothing', async () => {
    const draft = await draftFor('', { summary: '' });
    await expect(publishCase(deps(), { caseKey: draft.key, publisher, locale: 'sv-SE', organisation: 'Region Norrvik' }))
      .rejects.toBeInstanceOf(ValidationError);
    expect(await store.boardSnapshots.all()).toHaveLength(0);
    expect((await store.cases.byKey(draft.key))?.publishingKey).toBe('');
  });

  it('freezes the snapshot, records it and files the papers with their columns', async () => {
    const draft = await draftFor('RS 2026/123');
    const result = await publishCase(deps(), { caseKey: draft.key, publisher, locale: 'sv-SE', organisation: 'Region Norrvik' });
    if (result.status !== 'published') throw new Error('expected a publication');
    const { record } = result;
    snapshotKey = record.key;
    expect(record).toMatchObject({ diaryNumber: 'RS 2026/123', version: 1, board: 'Regionstyrelsen', meetingDate: '2026-12-15', hasConfidentialAppendix: true });
    expect(record.documentUrls).toHaveLength(5);
    const files = store.boardFiles!;
    snapshotBytes = await files.read(record.contentUrl);
    expect(await verifySnapshot(snapshotBytes, record.sha256)).toBe(true);
    for (const url of record.documentUrls) {
      const columns = await files.fields(url);
      expect(columns).toMatchObject({ snapshotKey: record.key, diaryNumber: 'RS 2026/123', board: 'Regionstyrelsen', meetingDate: '2026-12-15', planKey: plan.key });
    }
    const docx = await zipXml(await files.read(record.documentUrls.find((u) => u.endsWith('.docx') && u.includes('Tjänsteskrivelse'))!));
    for (const text of ['RS 2026/123', 'godkänna uppföljningen', 'lägga rapporten till handlingarna', 'Förslag till beslut']) expect(docx).toContain(text);
    const pdf = await files.read(record.documentUrls.find((u) => u.endsWith('.pdf'))!);
    expect(new TextDecoder('latin1').decode(pdf.slice(0, 5))).toBe('%PDF-');
    const draftAfter = await store.cases.byKey(draft.key);
    expect(draftAfter).toMatchObject({ publishingKey: '', lastSnapshotKey: record.key, state: 'published' });
  });

  it('puts no confidential text in any published file', async () => {
    const live = await collectBoardData(store, plan.key, null);
    const secret = live.items.filter((i) => i.confidential).map((i) => i.title);
    expect(secret.length).toBeGreaterThan(0);
    const { record } = await loadSnapshot(store, store.boardFiles!, snapshotKey);
    const files = store.boardFiles!;
    const texts = [new TextDecoder().decode(snapshotBytes)];
    for (const url of record.documentUrls.filter((u) => /\.(docx|xlsx)$/.test(u))) texts.push(await zipXml(await files.read(url)));
    for (const text of texts) for (const s of secret) expect(text).not.toContain(s);
  });

  it('a confidential appendix can be read only by the coordinators and the entitled group', async () => {
    const { record } = await loadSnapshot(store, store.boardFiles!, snapshotKey);
    expect(record.hasConfidentialAppendix).toBe(true);
    const folder = confidentialFolder(await store.boardFiles!.libraryUrl(), record.diaryNumber, record.version);
    const [appendix] = await store.boardFiles!.list(folder);
    expect(appendix.serverRelativeUrl).toMatch(/\/Sekretess\/.*\/Sekretessbilaga .*\.pdf$/);
    const asSecretary = createSp(product.siteUrl, { emulatorUser: personas.boardSecretary });
    const secretaryFiles = createStore(asSecretary).boardFiles!;
    // The board secretary reads every published paper, but the appendix answers as a file that is not there, and its folder is not listed.
    expect((await secretaryFiles.read(record.documentUrls[0])).length).toBeGreaterThan(0);
    await expect(secretaryFiles.read(appendix.serverRelativeUrl)).rejects.toMatchObject({ status: 404 });
    expect(await secretaryFiles.list(folder)).toEqual([]);
    // A coordinator (who owns the group) makes her entitled: now she may read it; taken out again, she may not.
    const coordinator = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
    const entitled = coordinator.web.siteGroups.getByName('Internkontroll – sekretessbehöriga');
    await entitled.users.add(loginOf(personas.boardSecretary));
    expect((await secretaryFiles.read(appendix.serverRelativeUrl)).length).toBeGreaterThan(0);
    await entitled.users.removeById((await coordinator.web.ensureUser(loginOf(personas.boardSecretary))).Id);
    await expect(secretaryFiles.read(appendix.serverRelativeUrl)).rejects.toMatchObject({ status: 404 });
  });

  it('keeps the snapshot byte for byte when the plan is edited, a period answered again and a risk deleted', async () => {
    const items = await store.items.where({ planKey: plan.key });
    const [edited, removed] = items.filter((i) => !i.confidential);
    await store.items.update(edited, { title: 'Omformulerad risk efter publiceringen' });
    await store.items.remove(removed);
    const reports = await store.statusReports.where({ planKey: plan.key });
    const last = reports[reports.length - 1];
    await store.statusReports.add({ ...last, id: undefined, etag: undefined, key: `${last.key}:efter`, status: 'red', comment: 'Nytt svar efter publiceringen', reportedAt: '2026-12-01T12:00:00Z' });
    const { record, snapshot } = await loadSnapshot(store, store.boardFiles!, snapshotKey);
    expect(await store.boardFiles!.read(record.contentUrl)).toEqual(snapshotBytes);
    const paper = documentText(planReport(snapshot.data, 'sv-SE', {
      organisation: snapshot.organisation, diaryNumber: snapshot.diaryNumber, board: snapshot.board, meetingDate: snapshot.meetingDate,
      frozenAt: snapshot.publishedAt, publishedBy: snapshot.publishedBy, createdAt: snapshot.publishedAt
    })).join('\n');
    expect(paper).toContain(edited.title);
    expect(paper).toContain(removed.title);
    expect(paper).not.toContain('Omformulerad risk efter publiceringen');
    expect(paper).not.toContain('Nytt svar efter publiceringen');
  });

  it('asks before publishing the same Dnr again, then keeps both versions', async () => {
    const draft = await draftFor('RS 2026/123');
    const first = await publishCase(deps(), { caseKey: draft.key, publisher, locale: 'sv-SE', organisation: 'Region Norrvik' });
    expect(first).toMatchObject({ status: 'needsNewVersion', existing: [{ key: snapshotKey, version: 1 }] });
    const second = await publishCase(deps(), { caseKey: draft.key, publisher, locale: 'sv-SE', organisation: 'Region Norrvik', newVersion: true });
    expect(second).toMatchObject({ status: 'published', record: { version: 2, diaryNumber: 'RS 2026/123' } });
    const versions = await store.boardSnapshots.where({ diaryNumber: 'RS 2026/123' });
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
    expect(await store.boardFiles!.read(versions.find((v) => v.version === 1)!.contentUrl)).toEqual(snapshotBytes);
  });

  it('finishes a publication that died half-way instead of starting another', async () => {
    const draft = await draftFor('RS 2026/200');
    const real = lazyRenderers();
    let calls = 0;
    const dying: Renderers = { ...real, docx: async (doc) => { if (++calls === 2) throw new Error('the browser was closed'); return real.docx(doc); } };
    await expect(publishCase(deps(dying), { caseKey: draft.key, publisher, locale: 'sv-SE', organisation: 'Region Norrvik' })).rejects.toThrow('the browser was closed');
    const reserved = await store.cases.byKey(draft.key);
    expect(reserved?.publishingKey).toMatch(/:v1$/);
    const [halfway] = await store.boardSnapshots.where({ diaryNumber: 'RS 2026/200' });
    expect(halfway).toBeDefined();
    // Nobody is told of papers that are not all filed yet.
    expect((await announce()).planned.map((p) => p.snapshotKey)).not.toContain(halfway.key);
    const resumed = await publishCase(deps(), { caseKey: draft.key, publisher, locale: 'sv-SE', organisation: 'Region Norrvik' });
    expect(resumed).toMatchObject({ status: 'published', resumed: true, record: { key: halfway.key, sha256: halfway.sha256 } });
    expect(await store.boardSnapshots.where({ diaryNumber: 'RS 2026/200' })).toHaveLength(1);
    for (const url of halfway.documentUrls) expect(await store.boardFiles!.info(url)).not.toBeNull();
  });

  it('tells the board secretary and her stand-in once per publication, in Teams, with a link to its board page', async () => {
    const secretary = findPerson(personas.boardSecretary)!;
    const publications = await store.boardSnapshots.all();
    expect(publications.length).toBe(3);
    const first = await announce();
    expect(first.problems).toEqual([]);
    const told = [...new Set(first.planned.map((p) => p.recipient))].sort();
    expect(told).toEqual([secretary.userPrincipalName.toLowerCase(), 'maja.lund@regionnorrvik.onmicrosoft.com'].sort());
    // The two versions of RS 2026/123 were told of during the test before; the half-way one, finished there, now.
    expect(first).toMatchObject({ sent: 2, skipped: 4, failed: 0 });
    expect(first.planned).toHaveLength(6);
    const again = await announce();
    expect(again).toMatchObject({ sent: 0, skipped: 6, failed: 0 });

    const deliveries = (await (await fetch(`${product.origin}/graph/_emulator/deliveries`)).json()) as Array<{ kind: string; to: string[]; webUrl: string | null; text: string }>;
    const toSecretary = deliveries.filter((d) => d.kind === 'chatMessage' && d.to.some((u) => u.toLowerCase() === secretary.userPrincipalName.toLowerCase()));
    expect(toSecretary).toHaveLength(3);
    const v1 = publications.find((r) => r.diaryNumber === 'RS 2026/123' && r.version === 1)!;
    const link = toSecretary.map((d) => d.webUrl).find((url) => url?.includes(encodeURIComponent(v1.key)));
    expect(link).toBe(`${BOARD_PAGE}?snapshot=${encodeURIComponent(v1.key)}`);
    const text = toSecretary.map((d) => d.text).join('\n');
    expect(text).toContain('Nämndhandlingar har publicerats');
    expect(text).toContain('Dnr: RS 2026/123');
  });

  it('does not tell anyone twice when a run died after sending and before recording it', async () => {
    const secretary = personas.boardSecretary.toLowerCase();
    const toSecretary = async (): Promise<number> => ((await (await fetch(`${product.origin}/graph/_emulator/deliveries`)).json()) as Array<{ kind: string; to: string[] }>)
      .filter((d) => d.kind === 'chatMessage' && d.to.some((u) => u.toLowerCase() === secretary)).length;
    const before = await toSecretary();
    // As a run left it that died between Graph's answer and the ledger: pending under a dead run whose lease has run out.
    const entry = (await store.reminderLedger.all()).find((e) => e.stage === 'published' && e.recipientUpn.toLowerCase() === secretary && e.state === 'sent')!;
    await store.reminderLedger.update(entry, { state: 'pending', sentAt: null, runId: 'run-that-died', claimedAt: '2026-12-01T09:40:00Z' });
    const again = await announce();
    // The card in her chat carries the entry's ledger key: found there, recorded as sent, not sent again.
    expect(again).toMatchObject({ sent: 1, failed: 0 });
    expect(await toSecretary()).toBe(before);
    expect(await store.reminderLedger.byKey(entry.key)).toMatchObject({ state: 'sent' });
  });
});

const BOARD_PAGE = 'https://region.sharepoint.com/sites/internkontroll/SitePages/Namndsida.aspx';

/** The reminder service's publication timer, against this product. */
async function announce(): Promise<AnnounceResult> {
  const result = await runFromConfig({ now: new Date('2026-12-01T10:00:00Z'), dryRun: false, only: 'publications' },
    { SP_SITE_URL: product.siteUrl, GRAPH_BASE_URL: product.graphUrl, IK_BOARD_PAGE_URL: BOARD_PAGE });
  return result.publications;
}
