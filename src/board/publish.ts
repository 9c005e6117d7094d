/**
 * "Publicera för nämnden": freezes a plan's period and its tjänsteskrivelse into an immutable snapshot and
 * files the papers rendered from it in the Nämndhandlingar library. SharePoint has no transactions, so
 * publishing is a row of idempotent steps that a later run can finish (DESIGN.md, Atomicity):
 *
 * 1. validate the case (nothing is written while it has errors);
 * 2. reserve the snapshot key on the draft with its ETag (of two publishers, one wins; a reserved key
 *    means an earlier run died, and this run finishes it instead of starting another version);
 * 3. the snapshot JSON file: written once; when it exists, it is read and used, never rebuilt from live data;
 *    the confidential appendix is written before it, so a snapshot never exists without its appendix;
 * 4. the `IkBoardSnapshots` record (SHA-256, file URLs): added if missing, never updated;
 * 5. each document rendered from the stored snapshot, uploaded with its columns unless already there;
 * 6. the reservation cleared and the draft marked published.
 * The board secretary is told afterwards by the reminder service (announce.ts), which has the Graph
 * permissions the web parts lack, once this run (or a later one) has finished: exactly once, by its ledger.
 */
import { DuplicateKeyError } from '../data/errors';
import type { FileStore } from '../data/files';
import type { Store } from '../data/stores';
import { ReportDocument } from '../documents/model';
import { Locale } from '../model/statusLegend';
import { CONFIDENTIAL_FOLDER } from '../model/schema';
import { BoardDocument, BoardDocumentKind, BoardSnapshotRecord, CaseDocument, PersonRef } from '../model/types';
import { ValidationError } from '../plans/ValidationError';
import { BoardData, collectBoardData, ConfidentialPart, hasSecrets, maskConfidential } from './boardData';
import { CaseMessage, frozenCase, hasCaseErrors, planReportTitle, validateCase } from './caseDocument';
import { confidentialAppendix } from './report/confidentialAppendix';
import { caseReport } from './report/caseReport';
import { PaperFacts, planReport } from './report/planReport';
import { BoardSnapshot, decodeSnapshot, encodeSnapshot, sha256Hex, SNAPSHOT_FORMAT } from './snapshot';

/** Draws documents; the browser passes lazily loaded renderers, Node the same modules imported directly. */
export interface Renderers {
  docx(doc: ReportDocument): Promise<Uint8Array>;
  pdf(doc: ReportDocument): Promise<Uint8Array>;
  /** The plan as a workbook, from the (masked) board data. */
  xlsx(data: BoardData, locale: Locale): Promise<Uint8Array>;
}

export interface PublishDeps {
  store: Store;
  files: FileStore;
  renderers: Renderers;
  now: () => string;
}

export interface PublishRequest {
  caseKey: string;
  publisher: PersonRef;
  locale: Locale;
  organisation: string;
  /** The user has agreed to publish a further version of a Dnr already published. */
  newVersion?: boolean;
}

export type PublishResult =
  | { status: 'published'; record: BoardSnapshotRecord; resumed: boolean }
  /** The Dnr has been published before: ask whether to publish a new version (both are kept). */
  | { status: 'needsNewVersion'; existing: BoardSnapshotRecord[] };

/** A Dnr as a file or folder name: SharePoint refuses " * : < > ? / \ | # % in names. */
export function safeName(text: string): string {
  return text.replace(/["*:<>?/\\|#%]/g, '-').replace(/\s+/g, ' ').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 120);
}

export function snapshotKeyOf(diaryNumber: string, version: number): string {
  return `snapshot:${safeName(diaryNumber).toLowerCase().replace(/\s+/g, '-')}:v${version}`;
}

interface DocumentSpec {
  kind: BoardDocumentKind;
  title: string;
  url: string;
  render: () => Promise<Uint8Array>;
}

/** Where a snapshot's files live: one folder per Dnr and version, the confidential appendix in its own. */
export function snapshotFolder(libraryUrl: string, diaryNumber: string, version: number): string {
  return `${libraryUrl}/${safeName(diaryNumber)} v${version}`;
}

export function confidentialFolder(libraryUrl: string, diaryNumber: string, version: number): string {
  return `${libraryUrl}/${CONFIDENTIAL_FOLDER}/${safeName(diaryNumber)} v${version}`;
}

function factsOf(snapshot: BoardSnapshot): PaperFacts {
  return {
    organisation: snapshot.organisation, diaryNumber: snapshot.diaryNumber, board: snapshot.board, meetingDate: snapshot.meetingDate,
    frozenAt: snapshot.publishedAt, publishedBy: snapshot.publishedBy, createdAt: snapshot.publishedAt
  };
}

/** The papers of a snapshot, in the order the case lists them, each rendered from the snapshot only. */
export function documentsOf(snapshot: BoardSnapshot, folder: string, renderers: Renderers): DocumentSpec[] {
  const facts = factsOf(snapshot);
  const reportTitle = planReportTitle(snapshot.data, snapshot.locale);
  const caseDoc = (): ReportDocument => caseReport(snapshot.caseDocument, snapshot.locale, facts, reportTitle, snapshot.hasConfidentialAppendix);
  const planDoc = (): ReportDocument => planReport(snapshot.data, snapshot.locale, facts);
  const sv = snapshot.locale === 'sv-SE';
  const caseName = `${sv ? 'Tjänsteskrivelse' : 'Officers report'} ${safeName(snapshot.diaryNumber)}`;
  const planName = `${sv ? 'Bilaga 1' : 'Attachment 1'} ${safeName(reportTitle)}`;
  return [
    { kind: 'case', title: snapshot.caseDocument.title, url: `${folder}/${caseName}.docx`, render: () => renderers.docx(caseDoc()) },
    { kind: 'case', title: snapshot.caseDocument.title, url: `${folder}/${caseName}.pdf`, render: () => renderers.pdf(caseDoc()) },
    { kind: 'planReport', title: reportTitle, url: `${folder}/${planName}.docx`, render: () => renderers.docx(planDoc()) },
    { kind: 'planReport', title: reportTitle, url: `${folder}/${planName}.pdf`, render: () => renderers.pdf(planDoc()) },
    { kind: 'planWorkbook', title: reportTitle, url: `${folder}/${planName}.xlsx`, render: () => renderers.xlsx(snapshot.data, snapshot.locale) }
  ];
}

function columnsOf(record: Pick<BoardSnapshotRecord, 'key' | 'diaryNumber' | 'board' | 'meetingDate' | 'planKey'>, kind: BoardDocumentKind,
  title: string, sha256: string, url: string): Omit<BoardDocument, 'id' | 'etag'> {
  return {
    key: `${record.key}:${url.slice(url.lastIndexOf('/') + 1).toLowerCase()}`, title, snapshotKey: record.key, documentKind: kind,
    diaryNumber: record.diaryNumber, board: record.board, meetingDate: record.meetingDate, planKey: record.planKey, sha256
  };
}

const sha256Of = sha256Hex;

/** The files already in a folder, by URL in lower case, with their columns: one request per folder. */
type Present = Map<string, Partial<BoardDocument>>;

async function presentIn(files: FileStore, folder: string): Promise<Present> {
  return new Map((await files.list<BoardDocument>(folder)).map((f) => [f.serverRelativeUrl.toLowerCase(), f.fields]));
}

/** Writes a file with its columns unless it is already there with this snapshot's columns (a rerun). */
async function ensureDocument(files: FileStore, present: Present, url: string, render: () => Promise<Uint8Array>,
  columns: (sha256: string) => Omit<BoardDocument, 'id' | 'etag'>): Promise<void> {
  const existing = present.get(url.toLowerCase());
  if (existing && existing.snapshotKey === columns('').snapshotKey && existing.sha256) return;
  const bytes = await render();
  await files.write(url, bytes, columns(await sha256Of(bytes)));
}

async function buildSnapshot(deps: PublishDeps, draft: CaseDocument, request: PublishRequest, key: string, version: number):
  Promise<{ snapshot: BoardSnapshot; confidential: ConfidentialPart }> {
  const live = await collectBoardData(deps.store, draft.planKey, draft.periodKey || null);
  const { published, confidential } = maskConfidential(live);
  const snapshot: BoardSnapshot = {
    format: SNAPSHOT_FORMAT, key, version, diaryNumber: draft.diaryNumber.trim(), board: draft.board.trim(), meetingDate: draft.meetingDate,
    publishedAt: deps.now(), publishedBy: request.publisher.displayName, locale: request.locale, organisation: request.organisation,
    data: published, caseDocument: frozenCase(draft), hasConfidentialAppendix: hasSecrets(confidential)
  };
  return { snapshot, confidential };
}

/** Adds the record; if a concurrent run added it first (the unique key refuses a second), reads that one. */
async function addOnce(store: Store, record: BoardSnapshotRecord): Promise<BoardSnapshotRecord> {
  try {
    return await store.boardSnapshots.add(record);
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    const stored = await store.boardSnapshots.byKey(record.key);
    if (!stored) throw error;
    return stored;
  }
}

interface Reservation {
  draft: CaseDocument;
  key: string;
  version: number;
}

/** Step 2: the reserved key of a run that died, or the next version of the Dnr reserved now (null: ask first). */
async function reserve(store: Store, draft: CaseDocument, newVersion: boolean): Promise<Reservation | BoardSnapshotRecord[]> {
  if (draft.publishingKey) {
    const version = Number(/:v(\d+)$/.exec(draft.publishingKey)?.[1] ?? NaN);
    if (!Number.isInteger(version)) throw new Error(`The reserved snapshot key ${draft.publishingKey} has no version`);
    return { draft, key: draft.publishingKey, version };
  }
  const existing = await store.boardSnapshots.where({ diaryNumber: draft.diaryNumber.trim() });
  if (existing.length && !newVersion) return existing.sort((a, b) => a.version - b.version);
  const version = existing.reduce((max, r) => Math.max(max, r.version), 0) + 1;
  const key = snapshotKeyOf(draft.diaryNumber, version);
  return { draft: await store.cases.update(draft, { publishingKey: key }), key, version };
}

/** Step 3: the stored snapshot if an earlier run wrote it, else the snapshot frozen now (appendix first). */
async function ensureContent(deps: PublishDeps, request: PublishRequest, r: Reservation, record: BoardSnapshotRecord | null,
  folder: string, libraryUrl: string): Promise<{ snapshot: BoardSnapshot; sha256: string }> {
  const { files } = deps;
  const contentUrl = `${folder}/snapshot.json`;
  const present = await presentIn(files, folder);
  if (present.has(contentUrl.toLowerCase())) {
    const bytes = await files.read(contentUrl);
    const snapshot = await decodeSnapshot(bytes, record?.sha256);
    if (snapshot.key !== r.key) throw new Error(`${contentUrl} holds snapshot ${snapshot.key}, not ${r.key}`);
    return { snapshot, sha256: record?.sha256 ?? await sha256Of(bytes) };
  }
  const { snapshot, confidential } = await buildSnapshot(deps, r.draft, request, r.key, r.version);
  const owner = { ...snapshot, planKey: r.draft.planKey };
  if (hasSecrets(confidential)) {
    const appendixFolder = confidentialFolder(libraryUrl, snapshot.diaryNumber, r.version);
    await files.ensureFolder(appendixFolder);
    const appendix = confidentialAppendix(confidential, snapshot, factsOf(snapshot));
    const url = `${appendixFolder}/${snapshot.locale === 'sv-SE' ? 'Sekretessbilaga' : 'Confidential appendix'} ${safeName(snapshot.diaryNumber)}.pdf`;
    await ensureDocument(files, await presentIn(files, appendixFolder), url, () => deps.renderers.pdf(appendix), (hash) => columnsOf(owner, 'confidentialAppendix', appendix.meta.title, hash, url));
  }
  const encoded = await encodeSnapshot(snapshot);
  await files.ensureFolder(folder);
  await files.write(contentUrl, encoded.bytes, columnsOf(owner, 'snapshot', snapshot.caseDocument.title, encoded.sha256, contentUrl));
  return { snapshot, sha256: encoded.sha256 };
}

/** Publishes the case's papers, or finishes the publication an earlier run began. */
export async function publishCase(deps: PublishDeps, request: PublishRequest): Promise<PublishResult> {
  const { store, files } = deps;
  const loaded = await store.cases.byKey(request.caseKey);
  if (!loaded) throw new Error(`No tjänsteskrivelse ${request.caseKey}`);
  const resumed = loaded.publishingKey !== '';
  if (!resumed) {
    const errors = validateCase(loaded, true);
    if (hasCaseErrors(errors)) throw new ValidationError<CaseDocument, CaseMessage>(errors);
  }
  const reservation = await reserve(store, loaded, Boolean(request.newVersion));
  if (Array.isArray(reservation)) return { status: 'needsNewVersion', existing: reservation };
  const { draft, key, version } = reservation;

  const libraryUrl = await files.libraryUrl();
  const folder = snapshotFolder(libraryUrl, draft.diaryNumber.trim(), version);
  const stored = await store.boardSnapshots.byKey(key);
  const { snapshot, sha256 } = await ensureContent(deps, request, reservation, stored, folder, libraryUrl);

  // 4. The record, never updated once written.
  const documents = documentsOf(snapshot, folder, deps.renderers);
  const title = `${snapshot.caseDocument.title} (${snapshot.diaryNumber}, version ${version})`;
  const record = stored ?? await addOnce(store, {
    key, title: title.slice(0, 255), planKey: draft.planKey, periodKey: draft.periodKey, caseKey: draft.key, diaryNumber: snapshot.diaryNumber,
    version, board: snapshot.board, meetingDate: snapshot.meetingDate, publishedAt: snapshot.publishedAt, publishedBy: request.publisher,
    sha256, contentUrl: `${folder}/snapshot.json`, documentUrls: documents.map((d) => d.url), hasConfidentialAppendix: snapshot.hasConfidentialAppendix
  });
  if (record.caseKey !== draft.key) throw new Error(`The snapshot ${key} belongs to another case (${record.caseKey})`);

  // 5. The documents, from the snapshot only.
  const present = await presentIn(files, folder);
  for (const doc of documents) {
    await ensureDocument(files, present, doc.url, doc.render, (hash) => columnsOf(record, doc.kind, doc.title, hash, doc.url));
  }

  // 6.
  await store.cases.update(draft, { publishingKey: '', lastSnapshotKey: key, state: 'published' });
  return { status: 'published', record, resumed };
}

/** A published snapshot, read back and checked against its record's hash. */
export async function loadSnapshot(store: Store, files: FileStore, key: string): Promise<{ record: BoardSnapshotRecord; snapshot: BoardSnapshot }> {
  const record = await store.boardSnapshots.byKey(key);
  if (!record) throw new Error(`No published snapshot ${key}`);
  return { record, snapshot: await readSnapshot(files, record) };
}

/** The snapshot a record points to, checked against the record's hash (for a caller that has the record). */
export async function readSnapshot(files: FileStore, record: BoardSnapshotRecord): Promise<BoardSnapshot> {
  return decodeSnapshot(await files.read(record.contentUrl), record.sha256);
}
