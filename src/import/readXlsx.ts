/**
 * Reads the sheets of an .xlsx workbook into plain grids: values, text, fills and merged continuations.
 * At most MAX_ROWS rows and MAX_COLUMNS columns are read per sheet, whatever the sheet's dimension says
 * (a single cell at XFD1048576 must not make the import walk 17 billion cells). Percent-formatted
 * numbers are read as shown (0.038 formatted 0.0% is 3.8).
 */
import { Cell, readWorkbook, Worksheet } from './excel';
import { CellFill, GridCell, SheetGrid } from './types';

type CellValue = GridCell['value'];

/** The most rows and columns the import reads from a sheet or a list. */
export const MAX_ROWS = 20000;
export const MAX_COLUMNS = 100;

/** ISO date of a date cell: exceljs gives dates as UTC midnight of the calendar date. */
export function isoOfDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function plainValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date) return raw;
  const object = raw as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; error?: unknown };
  if (Array.isArray(object.richText)) return object.richText.map((part) => part.text).join('');
  if ('result' in object) return plainValue(object.result);
  if (typeof object.text === 'string') return object.text;
  return null;
}

export function textOf(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return isoOfDate(value);
  return String(value).trim();
}

function fillOf(cell: Cell): CellFill | null {
  const fill = cell.fill;
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none' || !fill.fgColor) return null;
  const colour = fill.fgColor as { argb?: string; theme?: number; tint?: number; indexed?: number };
  const out: CellFill = {};
  if (colour.argb !== undefined) out.argb = colour.argb;
  if (colour.theme !== undefined) out.theme = colour.theme;
  if (colour.tint !== undefined) out.tint = colour.tint;
  if (colour.indexed !== undefined) out.indexed = colour.indexed;
  return Object.keys(out).length > 0 ? out : null;
}

function isPercent(cell: Cell, value: CellValue): value is number {
  return typeof value === 'number' && typeof cell.numFmt === 'string' && cell.numFmt.indexOf('%') >= 0;
}

function gridOf(sheet: Worksheet): SheetGrid {
  const rows: GridCell[][] = [];
  const columns = Math.min(sheet.columnCount, MAX_COLUMNS);
  const last = Math.min(sheet.rowCount, MAX_ROWS);
  for (let r = 1; r <= last; r++) {
    const row = sheet.getRow(r);
    const cells: GridCell[] = [];
    for (let c = 1; c <= columns; c++) {
      const cell = row.getCell(c);
      const raw = plainValue(cell.value);
      const value = isPercent(cell, raw) ? Math.round(raw * 100 * 1e9) / 1e9 : raw;
      const text = isPercent(cell, raw) ? `${textOf(value)} %` : textOf(value);
      cells.push({ value, text, fill: fillOf(cell), mergedContinuation: cell.isMerged && cell.master.address !== cell.address });
    }
    rows.push(cells);
  }
  let tooManyRows = false;
  if (sheet.rowCount > MAX_ROWS) sheet.eachRow((row, number) => { if (number > MAX_ROWS && row.hasValues) tooManyRows = true; });
  return tooManyRows ? { name: sheet.name, rows, tooManyRows } : { name: sheet.name, rows };
}

export async function readXlsx(bytes: Uint8Array): Promise<SheetGrid[]> {
  const workbook = await readWorkbook(bytes);
  return workbook.worksheets.map(gridOf);
}
