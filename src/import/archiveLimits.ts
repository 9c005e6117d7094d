/**
 * Checks an .xlsx before exceljs sees it. exceljs inflates every part of the archive into memory and
 * parses the XML with no limits: an .xlsx shaped zip bomb (a 400 KB file holding a 400 MB worksheet) made
 * the import use ~1.8 GB before it refused (SPFX-NOTES.md), and a 100,000-row sheet uses 500 MB. So the
 * file is capped; the central directory is read without inflating anything (entry count, encryption,
 * compression methods, declared sizes, ZIP64 included); the archive must hold a workbook; and, where the
 * platform has `DecompressionStream` (browsers, Node ≥ 18), every part is inflated as a stream and the
 * bytes discarded while they are counted (a directory that under-states sizes is caught) and scanned
 * (xmlScan: no DTD, bounded text, elements, cells, merged areas and rows). The bounds (limits.ts) keep the
 * largest workbook that passes them under about 350 MB in exceljs. Pure, no dependencies.
 */
import { MAX_CELL_CHARS, MAX_CELLS, MAX_ENTRIES, MAX_FILE_BYTES, MAX_ROW_ELEMENTS, MAX_ROWS, MAX_SHEET_NAME_CHARS, MAX_SHEETS,
  MAX_UNPACKED_BYTES, MAX_XML_ELEMENTS } from './limits';
import { PartFacts, XmlScanner } from './xmlScan';
import { entryData, readZipDirectory, ZipEntry } from './zipDirectory';

export { MAX_ENTRIES, MAX_FILE_BYTES, MAX_UNPACKED_BYTES };

/** What a zip archive that is no workbook holds instead. */
export type ArchiveContents = 'word' | 'powerpoint' | 'openDocument' | 'archive' | 'other';

export type ArchiveProblem =
  | { kind: 'fileTooLarge' }
  | { kind: 'notAnArchive' }
  | { kind: 'truncated' }
  | { kind: 'tooManyEntries' }
  | { kind: 'encrypted' }
  | { kind: 'unsupportedMethod'; part: string; method: number }
  | { kind: 'unpackedTooLarge' }
  | { kind: 'notAWorkbook'; contents: ArchiveContents; inner: string | null }
  | { kind: 'damagedPart'; part: string }
  | { kind: 'dtd'; part: string }
  | { kind: 'textTooLong'; part: string }
  | { kind: 'partTooComplex'; part: string }
  | { kind: 'tooManyCells' }
  | { kind: 'tooManyRows'; sheet: string }
  /** More `<row>` elements than exceljs can hold, most of them empty rows with only a height or a format. */
  | { kind: 'formattedRows'; sheet: string }
  /** A cell beyond Excel's last column (XFD): a sheet no Excel wrote, wider than the import reads. */
  | { kind: 'tooWide'; sheet: string }
  | { kind: 'sharedStringOutOfRange'; index: number; count: number }
  | { kind: 'tooManySheets'; count: number }
  | { kind: 'sheetNameTooLong'; length: number };

export interface ArchiveReport {
  problem: ArchiveProblem | null;
  /** The workbook carries a VBA project (macros): never run, never read, reported to the user. */
  macros: boolean;
}

/** A cell over Excel's limit is surely over it when its text runs longer than this many bytes (UTF-8, entities). */
const MAX_TEXT_BYTES = 4 * MAX_CELL_CHARS;
const EXCEL_COLUMNS = 16384;
const EXCEL_ROWS = 1048576;
const NESTED = /\.(zip|xlsx|xlsm|xls|7z|rar|gz)$/i;
/** Parts that are XML by their name: one that does not start like XML is damaged (or hiding something). */
const XML_PART = /\.(xml|rels|vml)$/i;

interface Inflater {
  readable: ReadableStream<Uint8Array>;
  writable: WritableStream<Uint8Array>;
}

type InflaterConstructor = new (format: 'deflate-raw') => Inflater;

/** The platform's raw-deflate stream, if it has one (older browsers know only 'deflate' and 'gzip'). */
function rawInflater(): InflaterConstructor | null {
  const Inflate = (globalThis as { DecompressionStream?: InflaterConstructor }).DecompressionStream;
  if (!Inflate) return null;
  try {
    const probe = new Inflate('deflate-raw');
    return probe.readable ? Inflate : null;
  } catch {
    return null;
  }
}

/** Inflates one raw-deflate entry as a stream, handing each chunk on; stops when `take` says so. */
async function inflateEach(data: Uint8Array, Inflate: InflaterConstructor, take: (chunk: Uint8Array) => boolean): Promise<'done' | 'stopped' | 'damaged'> {
  const stream = new Inflate('deflate-raw');
  const writer = stream.writable.getWriter();
  writer.write(data).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return 'done';
      if (!take(value)) {
        await reader.cancel();
        return 'stopped';
      }
    }
  } catch {
    return 'damaged';
  }
}

function contentsOf(names: string[]): { contents: ArchiveContents; inner: string | null } {
  const has = (name: string): boolean => names.indexOf(name) >= 0;
  const inner = names.filter((n) => NESTED.test(n))[0] ?? null;
  if (has('word/document.xml')) return { contents: 'word', inner: null };
  if (has('ppt/presentation.xml')) return { contents: 'powerpoint', inner: null };
  if (has('mimetype') && has('content.xml')) return { contents: 'openDocument', inner: null };
  return { contents: inner ? 'archive' : 'other', inner };
}

/** Problems the directory shows, before anything is inflated. */
function directoryProblem(entries: ZipEntry[]): ArchiveProblem | null {
  let declared = 0;
  for (const entry of entries) {
    if ((entry.flags & 1) !== 0) return { kind: 'encrypted' };
    if (entry.method !== 0 && entry.method !== 8) return { kind: 'unsupportedMethod', part: entry.name, method: entry.method };
    declared += entry.uncompressedSize;
  }
  if (declared > MAX_UNPACKED_BYTES) return { kind: 'unpackedTooLarge' };
  const names = entries.map((e) => (e.name.charAt(0) === '/' ? e.name.slice(1) : e.name));
  if (names.indexOf('xl/workbook.xml') < 0) return { kind: 'notAWorkbook', ...contentsOf(names) };
  return null;
}

/** What the parts read before the current one add up to. */
interface Totals {
  cells: number;
  elements: number;
  rowElements: number;
}

/** A part's own problem, or one the parts read so far add up to (checked after every inflated chunk). */
function partProblem(facts: PartFacts, before: Totals, scanned: PartFacts[]): ArchiveProblem | null {
  if (facts.dtd) return { kind: 'dtd', part: facts.part };
  if (!facts.xml) return XML_PART.test(facts.part) ? { kind: 'damagedPart', part: facts.part } : null;
  if (facts.longestText > MAX_TEXT_BYTES) return { kind: 'textTooLong', part: facts.part };
  if (before.cells + facts.cells + facts.mergedArea > MAX_CELLS) return { kind: 'tooManyCells' };
  // A row beyond Excel's last makes exceljs walk a sparse array of that length: refused as too many rows.
  if (facts.rowsWithValues > MAX_ROWS || facts.highestRow > EXCEL_ROWS) return { kind: 'tooManyRows', sheet: facts.part };
  if (before.rowElements + facts.rowElements > MAX_ROW_ELEMENTS) return { kind: 'formattedRows', sheet: facts.part };
  if (facts.highestColumn > EXCEL_COLUMNS) return { kind: 'tooWide', sheet: facts.part };
  if (before.elements + facts.elements > MAX_XML_ELEMENTS) {
    const largest = scanned.reduce((a, b) => (b.elements > a.elements ? b : a), facts);
    return { kind: 'partTooComplex', part: largest.part };
  }
  return null;
}

/** The sheet's name as the user sees it, from the workbook and its relationships; the part name when unknown. */
function sheetName(part: string, scanned: PartFacts[]): string {
  const workbook = scanned.filter((f) => f.role === 'workbook')[0];
  const rels = scanned.filter((f) => f.role === 'workbookRels')[0];
  if (!workbook || !rels) return part;
  const wanted = part.charAt(0) === '/' ? part.slice(1) : part;
  for (const sheet of workbook.sheetRefs) {
    const target = rels.relationships.get(sheet.relId) ?? '';
    const path = target.charAt(0) === '/' ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    if (path === wanted) return sheet.name;
  }
  return part;
}

/** Problems across parts, once every part has been read. */
function workbookProblem(scanned: PartFacts[]): ArchiveProblem | null {
  const workbook = scanned.filter((f) => f.role === 'workbook')[0];
  if (workbook && workbook.sheets > MAX_SHEETS) return { kind: 'tooManySheets', count: workbook.sheets };
  const long = workbook?.sheetRefs.filter((s) => s.nameLength > MAX_SHEET_NAME_CHARS)[0];
  if (long) return { kind: 'sheetNameTooLong', length: long.nameLength };
  const strings = scanned.filter((f) => f.role === 'sharedStrings')[0]?.sharedStrings ?? 0;
  const highest = Math.max(-1, ...scanned.map((f) => f.highestSharedString));
  if (highest >= strings) return { kind: 'sharedStringOutOfRange', index: highest, count: strings };
  return null;
}

/** Inflates and scans every part; the first problem found, or null. */
async function scanParts(bytes: Uint8Array, entries: ZipEntry[], Inflate: InflaterConstructor): Promise<ArchiveProblem | null> {
  const scanned: PartFacts[] = [];
  const totals: Totals = { cells: 0, elements: 0, rowElements: 0 };
  let unpacked = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (!data) return { kind: 'damagedPart', part: entry.name };
    const scanner = new XmlScanner(entry.name);
    const found: { problem: ArchiveProblem | null } = { problem: null };
    const take = (chunk: Uint8Array): boolean => {
      unpacked += chunk.length;
      if (unpacked > MAX_UNPACKED_BYTES) found.problem = { kind: 'unpackedTooLarge' };
      else {
        scanner.write(chunk);
        found.problem = partProblem(scanner.facts, totals, scanned);
      }
      return found.problem === null;
    };
    const outcome = entry.method === 0 ? (take(data) ? 'done' : 'stopped') : await inflateEach(data, Inflate, take);
    if (outcome === 'damaged') return { kind: 'damagedPart', part: entry.name };
    scanner.end();
    const problem = found.problem ?? partProblem(scanner.facts, totals, scanned);
    if (problem?.kind === 'tooManyRows' || problem?.kind === 'formattedRows' || problem?.kind === 'tooWide') {
      return { kind: problem.kind, sheet: sheetName(entry.name, scanned.concat(scanner.facts)) };
    }
    if (problem) return problem;
    totals.cells += scanner.facts.cells + scanner.facts.mergedArea;
    totals.elements += scanner.facts.elements;
    totals.rowElements += scanner.facts.rowElements;
    scanned.push(scanner.facts);
  }
  return workbookProblem(scanned);
}

/** Why the archive must not be unpacked (null when it is within the limits), and whether it has macros. */
export async function inspectArchive(bytes: Uint8Array): Promise<ArchiveReport> {
  const report = (problem: ArchiveProblem | null, macros = false): ArchiveReport => ({ problem, macros });
  if (bytes.length > MAX_FILE_BYTES) return report({ kind: 'fileTooLarge' });
  const directory = readZipDirectory(bytes, MAX_ENTRIES);
  if (directory.kind === 'notAZip') return report({ kind: 'notAnArchive' });
  if (directory.kind === 'truncated' || directory.kind === 'tooManyEntries') return report({ kind: directory.kind });
  const entries = directory.entries;
  const macros = entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name));
  const early = directoryProblem(entries);
  if (early) return report(early, macros);
  const Inflate = rawInflater();
  return report(Inflate ? await scanParts(bytes, entries, Inflate) : null, macros);
}
