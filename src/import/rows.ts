/**
 * Reading the rows below the header, shared by every layout: a cell by the field its column means, the
 * row's number for messages (a sheet row, or a list item's id), heading rows ("a row with only the first
 * cell filled") and header rows repeated further down (one table per focus area or perspective).
 */
import { splitResponsible } from './responsible';
import { ColumnMapping, GridCell, ImportField, ImportMeasureBase, ImportProblem, SheetGrid } from './types';

export interface RowReader {
  /** The row as messages name it: the 1-based sheet row, or a list item's id. */
  row: number;
  /** A list's item id, when the grid came from a list. */
  sourceId: number | undefined;
  has(field: ImportField): boolean;
  cell(field: ImportField): GridCell | undefined;
  /** The cell's text; cells of `mergedAsEmpty` fields that continue a merge read as empty. */
  text(field: ImportField): string;
  problem(field: ImportField, message: string): ImportProblem;
}

/** The first column mapped to each field. */
export function columnsByField(mapping: readonly ColumnMapping[]): Map<ImportField, ColumnMapping> {
  const columns = new Map<ImportField, ColumnMapping>();
  for (const column of mapping) if (column.field && !columns.has(column.field)) columns.set(column.field, column);
  return columns;
}

export function rowNumber(grid: SheetGrid, index: number): number {
  return grid.rowIds ? grid.rowIds[index] : index + 1;
}

export function readerFor(grid: SheetGrid, index: number, columns: Map<ImportField, ColumnMapping>,
  mergedAsEmpty: readonly ImportField[]): RowReader {
  const cells = grid.rows[index];
  const cell = (field: ImportField): GridCell | undefined => {
    const column = columns.get(field);
    return column ? cells[column.columnIndex - 1] : undefined;
  };
  const row = rowNumber(grid, index);
  return {
    row,
    sourceId: grid.rowIds ? row : undefined,
    has: (field) => columns.has(field),
    cell,
    text: (field) => {
      const c = cell(field);
      if (!c || (c.mergedContinuation && mergedAsEmpty.indexOf(field) >= 0)) return '';
      return c.text;
    },
    problem: (field, message) => ({ row, column: columns.get(field)?.column ?? null, message })
  };
}

function filled(cell: GridCell | undefined): boolean {
  return cell !== undefined && cell.text !== '' && !cell.mergedContinuation;
}

/** The text of a heading row: only the first cell filled (a merge across the row counts as one cell); null otherwise. */
export function headingText(cells: readonly GridCell[]): string | null {
  if (!filled(cells[0])) return null;
  for (let c = 1; c < cells.length; c++) if (filled(cells[c])) return null;
  return cells[0].text.replace(/\s+/g, ' ').trim();
}

/** Whether the row repeats the header row (each table of a sheet may have its own). */
export function repeatsHeader(cells: readonly GridCell[], mapping: readonly ColumnMapping[]): boolean {
  const known = mapping.filter((m) => m.field !== null);
  const same = known.filter((m) => (cells[m.columnIndex - 1]?.text ?? '').replace(/\s+/g, ' ').trim().toLowerCase() === m.column.toLowerCase());
  return known.length >= 2 && same.length >= Math.min(2, known.length) && same.length * 2 >= known.length;
}

export function isBlank(cells: readonly GridCell[]): boolean {
  return cells.every((c) => c.text === '');
}

/** The text, responsible parties, people and source id every measure-level row carries. */
export function measureBase(reader: RowReader, text: string): ImportMeasureBase {
  const responsibleCell = reader.cell('responsible');
  const people = responsibleCell?.people ?? [];
  const bodies = people.length > 0 ? people.map((p) => p.displayName) : splitResponsible(reader.text('responsible'));
  const base: ImportMeasureBase = { text, responsible: people.length > 0 ? bodies.join(', ') : reader.text('responsible') };
  if (bodies.length > 1) base.responsibles = bodies;
  if (people.length > 0) base.people = people;
  if (reader.sourceId !== undefined) base.sourceId = reader.sourceId;
  return base;
}
