/**
 * Recognising the header row and what each column means. Regions write the same columns in many
 * ways: Swedish and English, with explanations in parentheses and line breaks inside the cell
 * ("Beskrivning av risk (risken att något händer)"), so headers are normalised before matching.
 */
import { ColumnMapping, GridCell, ImportField, ImportFormat, SheetGrid } from './types';

/**
 * The header synonyms, already normalised (lowercase, no parenthetical, no trailing punctuation).
 * "Konsekvens" alone is ambiguous (a text in the risk table, a score in the control-step format):
 * see AMBIGUOUS_CONSEQUENCE.
 */
export const HEADER_SYNONYMS: Record<ImportField, readonly string[]> = {
  risk: ['risk', 'risker', 'beskrivning av risk', 'beskrivning av risken', 'riskbeskrivning', 'identifierad risk',
    'risk description', 'description of risk', 'identified risk'],
  consequence: ['beskrivning av konsekvens', 'beskrivning av konsekven', 'beskrivning av konsekvenser', 'konsekvensbeskrivning',
    'description of consequence', 'consequence description', 'impact'],
  cause: ['orsak', 'orsaker', 'bakomliggande orsak', 'bakomliggande orsaker', 'beskrivning av bakomliggande orsak',
    'beskrivning av bakomliggande orsaken', 'beskrivning av bakomliggande orsaken till risken', 'cause', 'causes',
    'root cause', 'underlying cause'],
  handling: ['hantering av risk', 'hantering av risken', 'riskhantering', 'hantering', 'handling', 'risk handling',
    'risk treatment', 'treatment'],
  probability: ['sannolikhet', 'probability', 'likelihood'],
  consequenceScore: ['konsekvensgrad', 'allvarlighetsgrad', 'consequence score', 'severity', 'impact score'],
  riskValue: ['riskvärde', 'riskvarde', 'risk value', 'risk score', 'riskpoäng'],
  measure: ['åtgärd', 'åtgärder', 'åtgärd för att hantera risken', 'planerad åtgärd', 'planerade åtgärder', 'kontrollmoment',
    'measure', 'measures', 'action', 'actions', 'mitigation', 'control step', 'control activity'],
  responsible: ['ansvarig', 'ansvarig för genomförande', 'ansvarig för åtgärd', 'ansvarig roll', 'kontrollansvarig',
    'responsible', 'responsible role', 'owner', 'action owner', 'control owner'],
  status: ['status', 'statusfärg', 'status colour', 'status color', 'traffic light'],
  comment: ['kommentar', 'kommentarer', 'statuskommentar', 'kommentar till status', 'kommentera status',
    'är åtgärden genomförd? kommentera status', 'comment', 'comments', 'status comment'],
  due: ['klart senast', 'deadline', 'slutdatum', 'klart datum', 'färdigt senast', 'datum för genomförande',
    'due', 'due date', 'done by'],
  process: ['process/rutin', 'process', 'rutin', 'process/routine'],
  method: ['metod', 'kontrollmetod', 'method', 'control method'],
  frequency: ['frekvens', 'frequency'],
  reportTo: ['rapporteras till', 'rapportering till', 'report to', 'reported to']
};

/** Headers that mean the consequence text in a risk table but the consequence score beside "Sannolikhet". */
export const AMBIGUOUS_CONSEQUENCE: readonly string[] = ['konsekvens', 'konsekvenser', 'consequence', 'consequences'];

/** Headers that only the municipal control-step format uses. */
const CONTROL_STEP_HEADERS: readonly string[] = ['kontrollmoment', 'kontrollansvarig', 'process/rutin', 'rapporteras till',
  'frekvens', 'control step', 'frequency', 'report to'];

/** Synonyms that may be followed by a qualifier ("Status per 31 augusti", "Kommentar T2"). */
const PREFIX_SYNONYMS: readonly string[] = ['status', 'kommentar', 'comment', 'klart senast', 'deadline', 'ansvarig',
  'responsible', 'åtgärd', 'measure', 'sannolikhet', 'probability', 'konsekvensgrad', 'frekvens', 'metod'];

/** How many rows from the top the header row may sit (title and legend rows above it). */
export const HEADER_SEARCH_ROWS = 15;

/** Normalises a header cell: case, whitespace and line breaks, explanations in parentheses, trailing punctuation. */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
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

type HeaderMatch = { field: ImportField | 'ambiguousConsequence'; controlStep: boolean } | null;

const exact = new Map<string, ImportField>();
for (const field of Object.keys(HEADER_SYNONYMS) as ImportField[]) {
  for (const synonym of HEADER_SYNONYMS[field]) exact.set(synonym, field);
}

export function matchHeader(text: string): HeaderMatch {
  const header = normaliseHeader(text);
  if (!header) return null;
  const controlStep = CONTROL_STEP_HEADERS.indexOf(header) >= 0;
  if (AMBIGUOUS_CONSEQUENCE.indexOf(header) >= 0) return { field: 'ambiguousConsequence', controlStep };
  const field = exact.get(header);
  if (field) return { field, controlStep };
  const prefix = PREFIX_SYNONYMS.filter((s) => header.indexOf(`${s} `) === 0).sort((a, b) => b.length - a.length)[0];
  return prefix ? { field: exact.get(prefix) as ImportField, controlStep: false } : null;
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

export interface ResolvedHeader {
  format: ImportFormat;
  mapping: ColumnMapping[];
  /** Columns that were mapped to a field already taken by an earlier column: [column, earlier column]. */
  duplicates: Array<[ColumnMapping, ColumnMapping]>;
}

function isNumericOrEmpty(cell: GridCell | undefined): boolean {
  if (!cell || cell.text === '') return true;
  return typeof cell.value === 'number' || /^\d+([.,]\d+)?$/.test(cell.text);
}

/** Maps the header row's columns to fields, deciding the format and what a bare "Konsekvens" means. */
export function resolveHeader(grid: SheetGrid, headerRow: number): ResolvedHeader {
  const cells = grid.rows[headerRow];
  const matches = cells.map((cell) => (cell.text && !cell.mergedContinuation ? matchHeader(cell.text) : null));
  const format: ImportFormat = matches.some((m) => m?.controlStep) ? 'controlSteps' : 'riskTable';
  const has = (field: ImportField): boolean => matches.some((m) => m?.field === field);
  const mapping: ColumnMapping[] = [];
  const duplicates: Array<[ColumnMapping, ColumnMapping]> = [];
  const taken = new Map<ImportField, ColumnMapping>();
  cells.forEach((cell, index) => {
    if (!cell.text || cell.mergedContinuation) return;
    let field = matches[index]?.field ?? null;
    if (field === 'ambiguousConsequence') {
      const below = grid.rows.slice(headerRow + 1).map((row) => row[index]);
      const score = has('consequence') || format === 'controlSteps' || (has('probability') && below.every(isNumericOrEmpty));
      field = score ? 'consequenceScore' : 'consequence';
    }
    const column: ColumnMapping = { column: displayHeader(cell.text), columnIndex: index + 1, field };
    if (field !== null) {
      const earlier = taken.get(field);
      if (earlier) {
        duplicates.push([column, earlier]);
        column.field = null;
      } else {
        taken.set(field, column);
      }
    }
    mapping.push(column);
  });
  return { format, mapping, duplicates };
}
