/**
 * The checks a file passes before any parser sees its bytes, and the checks on the grid read from it,
 * so that a hostile or broken file ends with a message that names the problem and writes nothing:
 *  - what the file really is, from its first bytes (fileKind): a PDF renamed .xlsx is told as a PDF, a
 *    password-protected workbook as "lösenordsskyddad", an old .xls as such;
 *  - an .xlsx's archive and XML (archiveLimits, xmlScan): sizes, parts, no DTD, bounded cells and rows;
 *  - a CSV file's encoding and shape (csvGuards);
 *  - the chosen sheet's cells: Excel's cell length, no control or direction-reversing characters, no
 *    formula without a saved value (a formula is never calculated), no content beyond the columns read.
 * A cell whose text starts with = + - @ is data and stays text; nothing here or later evaluates it.
 */
import { Locale } from '../model/statusLegend';
import { ArchiveProblem, inspectArchive } from './archiveLimits';
import { columnLetter } from './cellReferences';
import { checkCsvText, CsvProblem, decodeCsv } from './csvGuards';
import { FileKind, fileKindOf } from './fileKind';
import { displayHeader, normaliseHeader, ResolvedHeader } from './headers';
import { MAX_CELL_CHARS, MAX_CELLS, MAX_COLUMNS, MAX_CSV_LINE_CHARS, MAX_ENTRIES, MAX_FILE_BYTES, MAX_ROW_ELEMENTS, MAX_ROWS, MAX_SHEET_NAME_CHARS,
  MAX_SHEETS, MAX_UNPACKED_BYTES, MAX_XML_ELEMENTS } from './limits';
import { importMessages, ImportMessages } from './messages';
import { ImportProblem, SheetGrid } from './types';

export type Guarded =
  | { kind: 'refused'; errors: ImportProblem[] }
  | { kind: 'workbook'; warnings: ImportProblem[] }
  | { kind: 'csv'; text: string };

const MEGABYTE = 1024 * 1024;
/** Problems of one kind reported cell by cell before the rest are summed up in one line. */
const MAX_REPORTED = 20;

const fileProblem = (message: string): ImportProblem => ({ row: null, column: null, message });
const refused = (...errors: ImportProblem[]): Guarded => ({ kind: 'refused', errors });

function archiveMessage(problem: ArchiveProblem, m: ImportMessages): string {
  switch (problem.kind) {
    case 'fileTooLarge': return m.fileTooLarge(MAX_FILE_BYTES / MEGABYTE);
    case 'notAnArchive': return m.notAWorkbook(m.kindNames.binary);
    case 'truncated': return m.truncated;
    case 'tooManyEntries': return m.tooManyParts(MAX_ENTRIES);
    case 'encrypted': return m.encrypted;
    case 'unsupportedMethod': return m.unsupportedMethod(problem.method);
    case 'unpackedTooLarge': return m.archiveTooLarge(MAX_UNPACKED_BYTES / MEGABYTE);
    case 'notAWorkbook': return problem.contents === 'archive' && problem.inner ? m.nestedArchive(problem.inner) : m.notAWorkbook(m.kindNames[problem.contents]);
    case 'damagedPart': return m.damagedPart(problem.part);
    case 'dtd': return m.dtd(problem.part);
    case 'textTooLong': return m.textTooLong(MAX_CELL_CHARS);
    case 'partTooComplex': return m.partTooComplex(problem.part, MAX_XML_ELEMENTS);
    case 'tooManyCells': return m.tooManyCells(MAX_CELLS);
    case 'tooManyRows': return m.tooManyRows(problem.sheet, MAX_ROWS);
    case 'formattedRows': return m.formattedRows(problem.sheet, MAX_ROW_ELEMENTS, MAX_ROWS);
    case 'tooWide': return m.sheetTooWide(problem.sheet, MAX_COLUMNS);
    case 'sharedStringOutOfRange': return m.sharedStringOutOfRange(problem.index, problem.count);
    case 'tooManySheets': return m.tooManySheets(problem.count, MAX_SHEETS);
    case 'sheetNameTooLong': return m.sheetNameTooLong(problem.length, MAX_SHEET_NAME_CHARS);
  }
}

function csvProblem(problem: CsvProblem, fileName: string, m: ImportMessages): ImportProblem {
  switch (problem.kind) {
    case 'utf16WithoutBom': return fileProblem(m.utf16WithoutBom);
    case 'nul': return { row: problem.row, column: null, message: m.nulCharacter(problem.row) };
    case 'invalidUtf8': {
      const byte = `0x${problem.byte.toString(16).toUpperCase()}`;
      return { row: problem.row, column: null, message: m.invalidUtf8(problem.row, problem.position, byte) };
    }
    case 'empty': return fileProblem(m.emptyFile);
    case 'unterminatedQuote': return { row: problem.row, column: null, message: m.unterminatedQuote(problem.row) };
    case 'lineTooLong': return { row: problem.row, column: null, message: m.lineTooLong(problem.row, MAX_CSV_LINE_CHARS) };
    case 'cellTooLong': return { row: problem.row, column: columnLetter(problem.column), message: m.cellTooLong(MAX_CELL_CHARS, null) };
    case 'tooManyRows': return fileProblem(m.tooManyRows(fileName, MAX_ROWS));
    case 'tooWide': return { row: problem.row, column: null, message: m.sheetTooWide(fileName, MAX_COLUMNS) };
  }
}

async function guardWorkbook(bytes: Uint8Array, kind: FileKind, m: ImportMessages): Promise<Guarded> {
  if (kind === 'encryptedOffice') return refused(fileProblem(m.encrypted));
  if (kind === 'oldExcel') return refused(fileProblem(m.oldExcel));
  if (kind === 'text' || kind === 'utf16') return refused(fileProblem(m.textAsWorkbook));
  if (kind !== 'zip') return refused(fileProblem(m.notAWorkbook(m.kindNames[kind])));
  const report = await inspectArchive(bytes);
  if (report.problem) return refused(fileProblem(archiveMessage(report.problem, m)));
  return { kind: 'workbook', warnings: report.macros ? [fileProblem(m.macrosNotRun)] : [] };
}

function guardCsv(bytes: Uint8Array, kind: FileKind, name: string, m: ImportMessages): Guarded {
  const withBom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (kind === 'utf16' && !withBom) return refused(fileProblem(m.utf16WithoutBom));
  if (kind !== 'text' && kind !== 'utf16') return refused(fileProblem(m.notACsv(m.kindNames[kind === 'zip' ? 'workbook' : kind])));
  const decoded = decodeCsv(bytes);
  if ('problem' in decoded) return refused(csvProblem(decoded.problem, name, m));
  const problem = checkCsvText(decoded.text);
  return problem ? refused(csvProblem(problem, name, m)) : { kind: 'csv', text: decoded.text };
}

/** Whether the file may go on to exceljs or the CSV parser, and if not, why. */
export async function guardFile(bytes: Uint8Array, fileName: string, locale: Locale): Promise<Guarded> {
  const m = importMessages[locale];
  const name = fileName.replace(/^.*[\\/]/, '');
  const extension = (/\.([a-z0-9]+)$/i.exec(name)?.[1] ?? '').toLowerCase();
  if (bytes.length === 0) return refused(fileProblem(m.emptyFile));
  if (bytes.length > MAX_FILE_BYTES) return refused(fileProblem(m.fileTooLarge(MAX_FILE_BYTES / MEGABYTE)));
  const kind = fileKindOf(bytes);
  if (extension === 'xlsx' || extension === 'xlsm') return guardWorkbook(bytes, kind, m);
  if (extension === 'csv' || extension === 'txt') return guardCsv(bytes, kind, name, m);
  if (extension === 'xls' && (kind === 'oldExcel' || kind === 'encryptedOffice')) return refused(fileProblem(kind === 'oldExcel' ? m.oldExcel : m.encrypted));
  return refused(fileProblem(m.unsupportedFile(name)));
}

/** A character that does not belong in a plan's text: C0/C1 controls (not tab or line breaks), or a bidi override, embedding or isolate. */
function forbiddenCharacter(text: string): { code: string; bidi: boolean } | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const control = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
    const bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    if (control || bidi) return { code: `U+${c.toString(16).toUpperCase().padStart(4, '0')}`, bidi };
  }
  return null;
}

/** Problems in the cells of the sheet to be imported, each with its row and column (its header, else its letter). */
export function gridProblems(grid: SheetGrid, headerRow: number, locale: Locale): ImportProblem[] {
  const m = importMessages[locale];
  const headers = headerRow >= 0 ? grid.rows[headerRow] : [];
  const columnName = (c: number): string => (headers[c]?.text && !headers[c].mergedContinuation ? displayHeader(headers[c].text) : columnLetter(c + 1));
  const counts: Record<string, number> = {};
  const errors: ImportProblem[] = [];
  const add = (kind: string, row: number, column: number, message: string): void => {
    counts[kind] = (counts[kind] ?? 0) + 1;
    if (counts[kind] <= MAX_REPORTED) errors.push({ row: row + 1, column: columnName(column), message });
  };
  grid.rows.forEach((cells, r) => cells.forEach((cell, c) => {
    if (cell.formulaWithoutValue !== undefined) {
      const formula = cell.formulaWithoutValue.length > 60 ? `${cell.formulaWithoutValue.slice(0, 60)}…` : cell.formulaWithoutValue;
      add('formula', r, c, m.formulaWithoutValue(`=${formula}`));
    }
    const text = typeof cell.value === 'string' ? cell.value : cell.text;
    if (text.length > MAX_CELL_CHARS) add('length', r, c, m.cellTooLong(MAX_CELL_CHARS, text.length));
    const character = forbiddenCharacter(text);
    if (character) add('character', r, c, character.bidi ? m.bidiCharacter(character.code) : m.controlCharacter(character.code));
  }));
  for (const kind of Object.keys(counts)) if (counts[kind] > MAX_REPORTED) errors.push(fileProblem(m.moreOfTheSame(counts[kind] - MAX_REPORTED)));
  if (grid.tooManyColumns) errors.push(fileProblem(m.sheetTooWide(grid.name, MAX_COLUMNS)));
  if (grid.tooManyRows) errors.push(fileProblem(m.tooManyRows(grid.name, MAX_ROWS)));
  return errors;
}

function columnHasContent(grid: SheetGrid, headerRow: number, index: number): boolean {
  return grid.rows.slice(headerRow + 1).some((cells) => cells[index] !== undefined && cells[index].text !== '' && !cells[index].mergedContinuation);
}

function sameContent(grid: SheetGrid, headerRow: number, a: number, b: number): boolean {
  return grid.rows.slice(headerRow + 1).every((cells) => (cells[a]?.text ?? '') === (cells[b]?.text ?? '') || (cells[b]?.text ?? '') === '');
}

/**
 * A file's header row as the user wrote it: a header cell merged into its neighbour over a column with
 * content of its own, or the same header twice over different content, would lose data silently, so
 * they are errors; a column with content but no header is a warning (it is not imported).
 */
export function headerProblems(grid: SheetGrid, headerRow: number, resolved: ResolvedHeader, locale: Locale): { errors: ImportProblem[]; warnings: ImportProblem[] } {
  const m = importMessages[locale];
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const row = headerRow + 1;
  const cells = grid.rows[headerRow];
  cells.forEach((cell, index) => {
    if (cell.text && !cell.mergedContinuation) return;
    if (!columnHasContent(grid, headerRow, index)) return;
    const letter = columnLetter(index + 1);
    if (!cell.mergedContinuation) {
      warnings.push({ row, column: letter, message: m.unnamedColumn(letter) });
      return;
    }
    let master = index;
    while (master > 0 && cells[master].mergedContinuation) master--;
    errors.push({ row, column: letter, message: m.mergedHeader(letter, columnLetter(master + 1)) });
  });
  for (const [column, earlier] of resolved.duplicates) {
    if (normaliseHeader(column.column) !== normaliseHeader(earlier.column)) continue;
    if (sameContent(grid, headerRow, earlier.columnIndex - 1, column.columnIndex - 1)) continue;
    const [first, second] = [columnLetter(earlier.columnIndex), columnLetter(column.columnIndex)];
    errors.push({ row, column: column.column, message: m.duplicateHeader(column.column, first, second) });
  }
  return { errors, warnings };
}
