/**
 * The result of reading a spreadsheet plan (Excel or CSV): the plan, its risks with their measures,
 * the column mapping, and every warning and error with the sheet row and the column's header text.
 * This is also the exact JSON that `npm run import -- <file> --json` prints.
 */
import type { RiskMatrixConfig } from '../model/riskMatrix';
import { Handling, PlanKind, StatusColour } from '../model/types';

/** What a column of the file is read as; `null` in a mapping means the column is unknown. */
export type ImportField =
  | 'risk' | 'consequence' | 'cause' | 'handling' | 'probability' | 'consequenceScore' | 'riskValue'
  | 'measure' | 'responsible' | 'status' | 'comment' | 'due'
  | 'process' | 'method' | 'frequency' | 'reportTo';

/** The risk table regions use, or the municipal control-step format (Process/rutin … Kontrollmoment …). */
export type ImportFormat = 'riskTable' | 'controlSteps';

export interface ImportPlan {
  title: string;
  kind: PlanKind;
  year: number | null;
}

export interface ImportMeasure {
  text: string;
  /** The responsible role's title as written in the file ("" when empty). */
  responsible: string;
  status: StatusColour | null;
  comment: string;
  /** `YYYY-MM-DD`. */
  due: string | null;
  /** Control steps only: Metod, Frekvens and Rapporteras till, joined. */
  method?: string;
}

export interface ImportItem {
  /** The 1-based sheet row the risk starts on. */
  row: number;
  risk: string;
  consequence: string;
  cause: string;
  handling: Handling | null;
  probability: number | null;
  consequenceScore: number | null;
  measures: ImportMeasure[];
  /** Control steps only: the "Process/rutin" the risk belongs to. */
  process?: string;
}

export interface ImportProblem {
  /** 1-based sheet row; null for the file or plan as a whole. */
  row: number | null;
  /** The column's header text; null when no single column is meant. */
  column: string | null;
  message: string;
}

export interface ColumnMapping {
  /** The header text (line breaks and repeated spaces collapsed). */
  column: string;
  /** 1-based column number. */
  columnIndex: number;
  field: ImportField | null;
}

export interface ImportResult {
  plan: ImportPlan | null;
  items: ImportItem[];
  warnings: ImportProblem[];
  errors: ImportProblem[];
  mapping: ColumnMapping[];
  format: ImportFormat;
  /** The worksheet read (CSV: the file name), and the 1-based header row (null when none was found). */
  sheet: string;
  headerRow: number | null;
}

export interface ParseOptions {
  /** Overrides the title found in the file (`--plan`). */
  planTitle?: string;
  locale?: 'sv-SE' | 'en-US';
  /** The year when neither the title nor the title rows name one. */
  year?: number;
  /** The region's risk matrix (the Store's `riskMatrix()`); the default 4 × 4 when not given. */
  riskMatrix?: RiskMatrixConfig;
}

/** A fill as exceljs gives it: an ARGB value, a theme colour index with tint, or a legacy palette index. */
export interface CellFill {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** One cell as the readers hand it on, independent of Excel or CSV. */
export interface GridCell {
  /** The cell's value: text, number, date or boolean; null when empty. */
  value: string | number | Date | boolean | null;
  /** The value as text, trimmed ("" when empty). */
  text: string;
  fill: CellFill | null;
  /** A merged cell other than the top-left one: read as empty (the value belongs to the first row). */
  mergedContinuation: boolean;
}

/** A sheet as rows of cells; `rows[0]` is sheet row 1 and `cells[0]` column 1. */
export interface SheetGrid {
  name: string;
  rows: GridCell[][];
}
