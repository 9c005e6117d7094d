/** Reads the sheets of an .xlsx workbook into plain grids: values, text, fills and merged continuations. */
import { Cell, readWorkbook, Worksheet } from './excel';
import { CellFill, GridCell, SheetGrid } from './types';

type CellValue = GridCell['value'];

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

function gridOf(sheet: Worksheet): SheetGrid {
  const rows: GridCell[][] = [];
  const columns = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: GridCell[] = [];
    for (let c = 1; c <= columns; c++) {
      const cell = row.getCell(c);
      const value = plainValue(cell.value);
      cells.push({ value, text: textOf(value), fill: fillOf(cell), mergedContinuation: cell.isMerged && cell.master.address !== cell.address });
    }
    rows.push(cells);
  }
  return { name: sheet.name, rows };
}

export async function readXlsx(bytes: Uint8Array): Promise<SheetGrid[]> {
  const workbook = await readWorkbook(bytes);
  return workbook.worksheets.map(gridOf);
}
