/**
 * Reads a plan from an Excel (.xlsx) or CSV file: the guards look at the bytes first (what the file
 * really is, the archive's sizes and XML, the CSV's encoding and shape) and refuse a hostile or broken
 * file with a message naming the problem; then the sheet is read, the header row found below any title
 * rows, the chosen sheet's cells checked (guards.gridProblems), and the sheet handed to the one pipeline
 * (parseGrid) that maps the columns, recognises the plan kind and reads every row. Pure: takes bytes, so
 * the same code runs in the browser (the import wizard) and in Node (`npm run import`).
 */
import { Locale } from '../model/statusLegend';
import { gridProblems, guardFile } from './guards';
import { findHeaderRow, matchHeader } from './headers';
import { importMessages } from './messages';
import { parseGrid } from './parseGrid';
import { planInfo } from './planInfo';
import { readCsv } from './readCsv';
import { readXlsx } from './readXlsx';
import { ImportProblem, ImportResult, ParseOptions, SheetGrid } from './types';

function toBytes(bytes: ArrayBuffer | Uint8Array): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

function failed(sheet: string, errors: ImportProblem[], fileName: string, warnings: ImportProblem[] = []): ImportResult {
  return { plan: null, items: [], warnings, errors, mapping: [], format: 'riskTable', sheet, headerRow: null, source: { type: 'file', name: fileName } };
}

function headerScore(grid: SheetGrid, row: number): number {
  return row < 0 ? 0 : grid.rows[row].filter((cell) => cell.text && matchHeader(cell.text) !== null).length;
}

export async function parseWorkbook(bytes: ArrayBuffer | Uint8Array, fileName: string, options: ParseOptions = {}): Promise<ImportResult> {
  const locale: Locale = options.locale ?? 'sv-SE';
  const messages = importMessages[locale];
  const data = toBytes(bytes);
  const guarded = await guardFile(data, fileName, locale);
  if (guarded.kind === 'refused') return failed(fileName, guarded.errors, fileName);
  const warnings = guarded.kind === 'workbook' ? guarded.warnings : [];
  let grids: SheetGrid[];
  try {
    grids = guarded.kind === 'csv' ? [readCsv(guarded.text, fileName.replace(/^.*[\\/]/, ''))] : await readXlsx(data);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failed(fileName, [{ row: null, column: null, message: messages.damagedWorkbook(reason.slice(0, 200)) }], fileName, warnings);
  }

  // The sheet whose header row knows most columns; the first such sheet on a tie.
  const candidates = grids.map((grid) => ({ grid, headerRow: findHeaderRow(grid) }));
  const best = candidates.reduce<{ grid: SheetGrid; headerRow: number } | null>((b, c) =>
    (c.headerRow >= 0 && (!b || headerScore(c.grid, c.headerRow) > headerScore(b.grid, b.headerRow)) ? c : b), null);
  if (!best) {
    const first = grids[0];
    const problems = first ? gridProblems(first, -1, locale) : [];
    return failed(first?.name ?? fileName, [...problems, { row: null, column: null, message: messages.noHeaderRow }], fileName, warnings);
  }

  const { grid, headerRow } = best;
  const result = parseGrid(grid, headerRow, { type: 'file', name: fileName }, options, (format) => planInfo(grid, headerRow, format, options));
  result.errors.unshift(...gridProblems(grid, headerRow, locale));
  result.warnings.unshift(...warnings);
  return result;
}
