/**
 * Reads a plan from an Excel (.xlsx) or CSV file: checks the file's size (and, for .xlsx, what it unpacks
 * to) before reading it, finds the header row below any title rows, and hands the sheet to the one
 * pipeline (parseGrid) that maps the columns, recognises the plan kind and reads every row. Pure: takes
 * bytes, so the same code runs in the browser (the import wizard) and in Node (`npm run import`).
 */
import { Locale } from '../model/statusLegend';
import { checkArchive, MAX_FILE_BYTES, MAX_UNPACKED_BYTES } from './archiveLimits';
import { findHeaderRow, matchHeader } from './headers';
import { importMessages } from './messages';
import { parseGrid } from './parseGrid';
import { planInfo } from './planInfo';
import { readCsv } from './readCsv';
import { MAX_ROWS, readXlsx } from './readXlsx';
import { ImportResult, ParseOptions, SheetGrid } from './types';

const MEGABYTE = 1024 * 1024;

function toBytes(bytes: ArrayBuffer | Uint8Array): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

function failed(sheet: string, message: string, fileName: string): ImportResult {
  return { plan: null, items: [], warnings: [], errors: [{ row: null, column: null, message }], mapping: [], format: 'riskTable', sheet, headerRow: null,
    source: { type: 'file', name: fileName } };
}

function headerScore(grid: SheetGrid, row: number): number {
  return row < 0 ? 0 : grid.rows[row].filter((cell) => cell.text && matchHeader(cell.text) !== null).length;
}

async function readGrids(data: Uint8Array, fileName: string, extension: string, locale: Locale): Promise<SheetGrid[] | string> {
  const messages = importMessages[locale];
  if (data.length > MAX_FILE_BYTES) return messages.fileTooLarge(MAX_FILE_BYTES / MEGABYTE);
  if (extension === 'xlsx' || extension === 'xlsm') {
    const problem = await checkArchive(data);
    if (problem === 'unpackedTooLarge') return messages.archiveTooLarge(MAX_UNPACKED_BYTES / MEGABYTE);
    if (problem === 'notAnArchive') return messages.unreadableFile(locale === 'sv-SE' ? 'det är ingen Excel-fil (.xlsx)' : 'it is not an Excel file (.xlsx)');
    if (problem === 'fileTooLarge') return messages.fileTooLarge(MAX_FILE_BYTES / MEGABYTE);
    return readXlsx(data);
  }
  if (extension === 'csv' || extension === 'txt') return [readCsv(data, fileName.replace(/^.*[\\/]/, ''))];
  return messages.unsupportedFile(fileName);
}

export async function parseWorkbook(bytes: ArrayBuffer | Uint8Array, fileName: string, options: ParseOptions = {}): Promise<ImportResult> {
  const locale: Locale = options.locale ?? 'sv-SE';
  const messages = importMessages[locale];
  const extension = (/\.([a-z0-9]+)$/i.exec(fileName)?.[1] ?? '').toLowerCase();
  const data = toBytes(bytes);
  if (data.length === 0) return failed(fileName, messages.emptyFile, fileName);
  let grids: SheetGrid[] | string;
  try {
    grids = await readGrids(data, fileName, extension, locale);
  } catch (error) {
    return failed(fileName, messages.unreadableFile(error instanceof Error ? error.message : String(error)), fileName);
  }
  if (typeof grids === 'string') return failed(fileName, grids, fileName);

  // The sheet whose header row knows most columns; the first such sheet on a tie.
  const candidates = grids.map((grid) => ({ grid, headerRow: findHeaderRow(grid) }));
  const best = candidates.reduce<{ grid: SheetGrid; headerRow: number } | null>((b, c) =>
    (c.headerRow >= 0 && (!b || headerScore(c.grid, c.headerRow) > headerScore(b.grid, b.headerRow)) ? c : b), null);
  if (!best) return failed(grids[0]?.name ?? fileName, messages.noHeaderRow, fileName);

  const { grid, headerRow } = best;
  const result = parseGrid(grid, headerRow, { type: 'file', name: fileName }, options, (format) => planInfo(grid, headerRow, format, options));
  if (grid.tooManyRows) result.errors.push({ row: null, column: null, message: messages.tooManyRows(grid.name, MAX_ROWS) });
  return result;
}
