/**
 * Reads the sheets of an .xlsx workbook into plain grids: values, text, fills and merged continuations.
 * At most MAX_ROWS rows and MAX_COLUMNS columns are read per sheet, whatever the sheet's dimension says
 * (a single cell at XFD1048576 must not make the import walk 17 billion cells); content beyond them is
 * flagged, so the import refuses rather than drops it. Percent-formatted numbers are read as shown (0.038
 * formatted 0.0% is 3.8). A formula is never calculated: its cell reads as the value Excel saved with it,
 * and a formula with no saved value is flagged (its text is kept for the message, never as the value).
 */
import { Cell, readWorkbook, Worksheet } from './excel';
import { MAX_COLUMNS, MAX_ROWS } from './limits';
import { CellFill, GridCell, SheetGrid } from './types';

type CellValue = GridCell['value'];

/** The most rows and columns the import reads from a sheet or a list. */
export { MAX_COLUMNS, MAX_ROWS };

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

/** The formula of a formula cell that has no saved value (exceljs gives `{ formula }` or `{ sharedFormula }` without `result`). */
function formulaWithoutValue(raw: unknown): string | null {
  if (raw === null || typeof raw !== 'object' || raw instanceof Date) return null;
  const object = raw as { formula?: unknown; sharedFormula?: unknown; result?: unknown };
  const formula = typeof object.formula === 'string' ? object.formula : typeof object.sharedFormula === 'string' ? object.sharedFormula : null;
  return formula !== null && object.result === undefined ? formula : null;
}

/** Whether any cell right of MAX_COLUMNS has a value. */
function hasContentBeyondColumns(sheet: Worksheet): boolean {
  let found = false;
  sheet.eachRow((row) => {
    if (found || row.cellCount <= MAX_COLUMNS) return;
    row.eachCell((cell, column) => { if (column > MAX_COLUMNS && textOf(plainValue(cell.value)) !== '') found = true; });
  });
  return found;
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
      const gridCell: GridCell = { value, text, fill: fillOf(cell), mergedContinuation: cell.isMerged && cell.master.address !== cell.address };
      const formula = formulaWithoutValue(cell.value);
      if (formula !== null) gridCell.formulaWithoutValue = formula;
      cells.push(gridCell);
    }
    rows.push(cells);
  }
  let tooManyRows = false;
  if (sheet.rowCount > MAX_ROWS) sheet.eachRow((row, number) => { if (number > MAX_ROWS && row.hasValues) tooManyRows = true; });
  const grid: SheetGrid = { name: sheet.name, rows };
  if (tooManyRows) grid.tooManyRows = true;
  if (sheet.columnCount > MAX_COLUMNS && hasContentBeyondColumns(sheet)) grid.tooManyColumns = true;
  return grid;
}

export async function readXlsx(bytes: Uint8Array): Promise<SheetGrid[]> {
  const workbook = await readWorkbook(bytes);
  return workbook.worksheets.map(gridOf);
}
