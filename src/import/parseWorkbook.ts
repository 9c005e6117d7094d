/**
 * Reads a plan from an Excel (.xlsx) or CSV file: finds the header row below any title rows, maps the
 * columns by their Swedish or English headers, works out the plan (title, year, kind) and reads every
 * risk and measure, collecting warnings and errors instead of stopping at the first. Pure: takes bytes,
 * so the same code runs in the browser (the import wizard) and in Node (`npm run import`).
 */
import { Locale } from '../model/statusLegend';
import { findHeaderRow, matchHeader, resolveHeader } from './headers';
import { importMessages } from './messages';
import { planInfo } from './planInfo';
import { readCsv } from './readCsv';
import { readXlsx } from './readXlsx';
import { ImportProblem, ImportResult, ParseOptions, SheetGrid } from './types';
import { readRows } from './validate';

function toBytes(bytes: ArrayBuffer | Uint8Array): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

function failed(sheet: string, message: string): ImportResult {
  return { plan: null, items: [], warnings: [], errors: [{ row: null, column: null, message }], mapping: [], format: 'riskTable', sheet, headerRow: null };
}

function headerScore(grid: SheetGrid, row: number): number {
  return row < 0 ? 0 : grid.rows[row].filter((cell) => cell.text && matchHeader(cell.text) !== null).length;
}

export async function parseWorkbook(bytes: ArrayBuffer | Uint8Array, fileName: string, options: ParseOptions = {}): Promise<ImportResult> {
  const locale: Locale = options.locale ?? 'sv-SE';
  const messages = importMessages[locale];
  const extension = (/\.([a-z0-9]+)$/i.exec(fileName)?.[1] ?? '').toLowerCase();
  const data = toBytes(bytes);
  if (data.length === 0) return failed(fileName, messages.emptyFile);
  let grids: SheetGrid[];
  try {
    if (extension === 'xlsx' || extension === 'xlsm') grids = await readXlsx(data);
    else if (extension === 'csv' || extension === 'txt') grids = [readCsv(data, fileName.replace(/^.*[\\/]/, ''))];
    else return failed(fileName, messages.unsupportedFile(fileName));
  } catch (error) {
    return failed(fileName, messages.unreadableFile(error instanceof Error ? error.message : String(error)));
  }

  // The sheet whose header row knows most columns; the first such sheet on a tie.
  const candidates = grids.map((grid) => ({ grid, headerRow: findHeaderRow(grid) }));
  const best = candidates.reduce<{ grid: SheetGrid; headerRow: number } | null>((b, c) =>
    (c.headerRow >= 0 && (!b || headerScore(c.grid, c.headerRow) > headerScore(b.grid, b.headerRow)) ? c : b), null);
  if (!best) return failed(grids[0]?.name ?? fileName, messages.noHeaderRow);

  const { grid, headerRow } = best;
  const { format, mapping, duplicates } = resolveHeader(grid, headerRow);
  const warnings: ImportProblem[] = [];
  const errors: ImportProblem[] = [];
  const sheetRow = headerRow + 1;
  for (const column of mapping) {
    if (column.field === null && !duplicates.some(([d]) => d === column)) {
      warnings.push({ row: sheetRow, column: column.column, message: messages.unknownColumn(column.column) });
    }
  }
  for (const [column, earlier] of duplicates) {
    warnings.push({ row: sheetRow, column: column.column, message: messages.duplicateColumn(column.column, earlier.column) });
  }
  const info = planInfo(grid, headerRow, format, options);
  errors.push(...info.errors);
  if (!mapping.some((c) => c.field === 'risk')) errors.push({ row: sheetRow, column: null, message: messages.noRiskColumn });
  const rows = readRows(grid, headerRow, mapping, format, locale, options.riskMatrix);
  warnings.push(...rows.warnings);
  errors.push(...rows.errors);
  if (rows.items.length === 0 && mapping.some((c) => c.field === 'risk')) errors.push({ row: null, column: null, message: messages.noItems });
  return { plan: info.plan, items: rows.items, warnings, errors, mapping, format, sheet: grid.name, headerRow: sheetRow };
}
