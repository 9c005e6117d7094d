/**
 * Recognising the header row and what each column means, and from the columns which kind of plan the
 * sheet or list holds. Regions write the same columns in many ways: Swedish and English, with
 * explanations in parentheses and line breaks inside the cell ("Beskrivning av risk (risken att något
 * händer)", "Mått för målupp-\nfyllelse"), so headers are normalised before matching.
 */
import { AMBIGUOUS_CONSEQUENCE, CONTROL_STEP_HEADERS, HEADER_SYNONYMS, PER_PERIOD_FIELDS, PREFIX_SYNONYMS } from './synonyms';
import { ColumnMapping, GridCell, ImportField, ImportFormat, MappingOverrides, SheetGrid } from './types';

export { HEADER_SYNONYMS, AMBIGUOUS_CONSEQUENCE };

/** How many rows from the top the header row may sit (title and legend rows above it). */
export const HEADER_SEARCH_ROWS = 15;

/** Normalises a header cell: case, hyphenation at line breaks, whitespace, explanations in parentheses, trailing punctuation. */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/([a-zåäöéü])-[ \t]*\r?\n\s*(?=[a-zåäöéü])/g, '$1')
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim()
    .replace(/^[\s.:;,!?*…\-–]+|[\s.:;,!?*…\-–]+$/g, '');
}

/** The header text as shown back to the user: line breaks and repeated spaces collapsed. */
export function displayHeader(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface HeaderMatch {
  field: ImportField | 'ambiguousConsequence';
  controlStep: boolean;
  /** What follows a prefix synonym ("2025" in "Utfall 2025"); "" for an exact match. */
  qualifier: string;
}

const exact = new Map<string, ImportField>();
for (const field of Object.keys(HEADER_SYNONYMS) as ImportField[]) {
  for (const synonym of HEADER_SYNONYMS[field]) exact.set(synonym, field);
}

export function matchHeader(text: string): HeaderMatch | null {
  const header = normaliseHeader(text);
  if (!header) return null;
  const controlStep = CONTROL_STEP_HEADERS.indexOf(header) >= 0;
  if (AMBIGUOUS_CONSEQUENCE.indexOf(header) >= 0) return { field: 'ambiguousConsequence', controlStep, qualifier: '' };
  const field = exact.get(header);
  if (field) return { field, controlStep, qualifier: '' };
  const prefix = PREFIX_SYNONYMS.filter((s) => header.indexOf(`${s} `) === 0).sort((a, b) => b.length - a.length)[0];
  return prefix ? { field: exact.get(prefix) as ImportField, controlStep: false, qualifier: header.slice(prefix.length + 1).trim() } : null;
}

/** The 0-based index of the header row: the row with most known headers (≥ 2) among the first rows; -1 when none. */
export function findHeaderRow(grid: SheetGrid): number {
  let best = -1;
  let bestCount = 1;
  const last = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const count = grid.rows[r].filter((cell) => typeof cell.value === 'string' && matchHeader(cell.text) !== null).length;
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  }
  return best;
}

/** The kind of layout the mapped columns describe (see ImportFormat). */
export function formatOf(mapping: readonly ColumnMapping[]): ImportFormat {
  const has = (field: ImportField): boolean => mapping.some((m) => m.field === field);
  if (has('activity') && (has('goal') || has('method') || has('focusArea') || !has('risk'))) return 'actionPlan';
  if (has('indicator') || ((has('target') || has('value') || has('valueWomen') || has('valueMen')) && !has('risk'))) return 'scorecard';
  const controlStep = mapping.some((m) => m.field !== null &&
    (CONTROL_STEP_HEADERS.indexOf(normaliseHeader(m.column)) >= 0 || m.field === 'process' || m.field === 'frequency' || m.field === 'reportTo'));
  return controlStep ? 'controlSteps' : 'riskTable';
}

/** The fields each layout reads; a column mapped to another field is reported and not imported. */
export const FORMAT_FIELDS: Record<ImportFormat, readonly ImportField[]> = {
  riskTable: ['risk', 'consequence', 'cause', 'handling', 'probability', 'consequenceScore', 'riskValue', 'measure', 'responsible',
    'status', 'comment', 'due', 'method'],
  controlSteps: ['risk', 'consequence', 'cause', 'handling', 'probability', 'consequenceScore', 'riskValue', 'measure', 'responsible',
    'status', 'comment', 'due', 'process', 'method', 'frequency', 'reportTo'],
  actionPlan: ['focusArea', 'activity', 'goal', 'method', 'responsible', 'status', 'comment', 'due'],
  scorecard: ['perspective', 'strategicGoal', 'goal', 'indicator', 'target', 'unit', 'method', 'responsible', 'value', 'valueWomen',
    'valueMen', 'comment', 'computed']
};

export interface ResolvedHeader {
  format: ImportFormat;
  mapping: ColumnMapping[];
  /** What follows the synonym in each column's header, by 1-based column number ("2025" in "Utfall 2025"). */
  qualifiers: Map<number, string>;
  /** Columns that were mapped to a field already taken by an earlier column: [column, earlier column]. */
  duplicates: Array<[ColumnMapping, ColumnMapping]>;
  /** Columns whose field the layout does not read. */
  unused: ColumnMapping[];
}

function isNumericOrEmpty(cell: GridCell | undefined): boolean {
  if (!cell || cell.text === '') return true;
  return typeof cell.value === 'number' || /^\d+([.,]\d+)?$/.test(cell.text);
}

function overrideFor(overrides: MappingOverrides | undefined, column: ColumnMapping): ImportField | null | undefined {
  if (!overrides) return undefined;
  const key = column.internalName ?? String(column.columnIndex);
  return Object.prototype.hasOwnProperty.call(overrides, key) ? overrides[key] : undefined;
}

/**
 * Maps the header row's columns to fields (the user's overrides first), decides the layout and what a
 * bare "Konsekvens" means, and sets aside duplicate columns and columns the layout does not read.
 */
export function resolveHeader(grid: SheetGrid, headerRow: number, overrides?: MappingOverrides): ResolvedHeader {
  const cells = grid.rows[headerRow];
  const qualifiers = new Map<number, string>();
  const proposed: ColumnMapping[] = [];
  const ambiguous = new Set<number>();
  cells.forEach((cell, index) => {
    if (!cell.text || cell.mergedContinuation) return;
    const match = matchHeader(cell.text);
    const column: ColumnMapping = { column: displayHeader(cell.text), columnIndex: index + 1, field: null };
    if (grid.internalNames?.[index]) column.internalName = grid.internalNames[index];
    if (match?.field === 'ambiguousConsequence') ambiguous.add(index);
    else column.field = match?.field ?? null;
    if (match?.qualifier) qualifiers.set(index + 1, match.qualifier);
    const override = overrideFor(overrides, column);
    if (override !== undefined) {
      column.field = override;
      ambiguous.delete(index);
    }
    proposed.push(column);
  });
  const preliminary = formatOf(proposed);
  const has = (field: ImportField): boolean => proposed.some((m) => m.field === field);
  for (const column of proposed) {
    if (!ambiguous.has(column.columnIndex - 1)) continue;
    const below = grid.rows.slice(headerRow + 1).map((row) => row[column.columnIndex - 1]);
    const score = has('consequence') || preliminary === 'controlSteps' || (has('probability') && below.every(isNumericOrEmpty));
    column.field = score ? 'consequenceScore' : 'consequence';
  }
  const format = formatOf(proposed);
  const mapping: ColumnMapping[] = [];
  const duplicates: Array<[ColumnMapping, ColumnMapping]> = [];
  const unused: ColumnMapping[] = [];
  const taken = new Map<ImportField, ColumnMapping>();
  for (const column of proposed) {
    const field = column.field;
    if (field !== null && FORMAT_FIELDS[format].indexOf(field) < 0) {
      unused.push({ ...column });
      column.field = null;
    } else if (field !== null && !(format === 'scorecard' && PER_PERIOD_FIELDS.indexOf(field) >= 0)) {
      const earlier = taken.get(field);
      if (earlier) {
        duplicates.push([column, earlier]);
        column.field = null;
      } else {
        taken.set(field, column);
      }
    }
    mapping.push(column);
  }
  return { format, mapping, qualifiers, duplicates, unused };
}
