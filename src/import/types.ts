/**
 * The result of reading a plan from a spreadsheet (Excel or CSV) or from a list of the site: the plan,
 * its items (risks, focus areas or goals) with their measures (measures, control steps, activities or
 * indicators), the column mapping, and every warning and error with the row and the column's header.
 * This is also the exact JSON that `npm run import -- <file> --json` prints.
 */
import type { RiskMatrixConfig } from '../model/riskMatrix';
import { Handling, PersonRef, PlanKind, StatusColour, TargetRule } from '../model/types';

/** What a column is read as; `null` in a mapping means the column is unknown (not imported). */
export type ImportField =
  | 'risk' | 'consequence' | 'cause' | 'handling' | 'probability' | 'consequenceScore' | 'riskValue'
  | 'measure' | 'responsible' | 'status' | 'comment' | 'due'
  | 'process' | 'method' | 'frequency' | 'reportTo'
  | 'focusArea' | 'activity' | 'goal'
  | 'perspective' | 'strategicGoal' | 'indicator' | 'target' | 'unit' | 'value' | 'valueWomen' | 'valueMen'
  /** Måluppfyllelse, Utveckling: the product computes them from the rule and the values. */
  | 'computed';

/**
 * The layout read: the risk table regions use, the municipal control-step format (Process/rutin …
 * Kontrollmoment …), the patient-safety action plan (Aktivitet, Mål, Metod/Datakälla, Ansvarig) or the
 * scorecard (Mål, Styrmått, Mått för måluppfyllelse, Utfall …).
 */
export type ImportFormat = 'riskTable' | 'controlSteps' | 'actionPlan' | 'scorecard';

export interface ImportPlan {
  title: string;
  kind: PlanKind;
  year: number | null;
}

/** Where the rows came from: a file, or a list of the site (its id makes the natural keys). */
export type ImportSource =
  | { type: 'file'; name: string }
  | { type: 'list'; listId: string; title: string };

/** What every measure-level row has: its text and who answers for it. */
export interface ImportMeasureBase {
  text: string;
  /** The responsible as written ("" when empty); several bodies stay in one string here. */
  responsible: string;
  /** Every responsible body, lead first, when the cell names more than one ("HR, Patientnämnden och LSG"). */
  responsibles?: string[];
  /** From a person column of a list: the people named (the first leads). */
  people?: PersonRef[];
  /** From a list: the item id the row was read from (the natural key's source). */
  sourceId?: number;
}

/** A measure or control step of a risk. */
export interface ImportMeasure extends ImportMeasureBase {
  status: StatusColour | null;
  comment: string;
  /** `YYYY-MM-DD`. */
  due: string | null;
  /** Control steps only: Metod, Frekvens and Rapporteras till, joined. */
  method?: string;
}

/** An activity of an action plan: Aktivitet, Mål, Metod/Datakälla, Ansvarig (and a status when followed up). */
export interface ImportActivity extends ImportMeasureBase {
  goal: string;
  method: string;
  status: StatusColour | null;
  comment: string;
  due: string | null;
}

/** An indicator's target rule as read from "Mått för måluppfyllelse". */
export interface ImportTarget {
  rule: TargetRule;
  value: number | null;
  unit: string;
  /** The cell's text, as written. */
  text: string;
}

/** One indicator value: the total and, when split by sex, women and men, with the analysis. */
export interface ImportValue {
  /** The follow-up period it belongs to: named after its column ("Utfall 2025"). */
  period: string;
  value: number | null;
  women: number | null;
  men: number | null;
  comment: string;
}

/** An indicator ("styrmått") of a scorecard goal. */
export interface ImportIndicator extends ImportMeasureBase {
  target: ImportTarget | null;
  unit: string;
  method: string;
  splitBySex: boolean;
  values: ImportValue[];
  /** An indicator has no colour of its own: it is computed from the rule and the values (declared so any measure reads alike). */
  status?: undefined;
}

/** A risk with its measures (internal control). */
export interface ImportRisk {
  /** The 1-based sheet row the risk starts on; for a list, the item's id. */
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

/** A focus area of an action plan with its activities. */
export interface ImportFocusArea {
  row: number;
  focusArea: string;
  /** The number in "Fokusområde 2 – …", "" when none. */
  code: string;
  measures: ImportActivity[];
}

/** A goal ("framgångsfaktor") of a scorecard, under a perspective and the board's strategic goal. */
export interface ImportGoal {
  row: number;
  goal: string;
  perspective: string;
  strategicGoal: string;
  measures: ImportIndicator[];
}

/** An item of the plan: what holds the measures. */
export type ImportItem = ImportRisk | ImportFocusArea | ImportGoal;

export interface ImportProblem {
  /** 1-based sheet row (for a list, the item's id); null for the file or plan as a whole. */
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
  /** A list's column: its internal name (what a mapping override names). */
  internalName?: string;
}

/** The figures `--dry-run --json` prints: what holds the measures, the measures, indicators and their values. */
export interface ImportCounts {
  items: number;
  /** Measures, activities, control steps, assignments. */
  measures: number;
  indicators: number;
  /** One per indicator and period that has a value (its women and men figures belong to it). */
  indicatorValues: number;
}

export interface ImportResult {
  plan: ImportPlan | null;
  items: ImportItem[];
  warnings: ImportProblem[];
  errors: ImportProblem[];
  mapping: ColumnMapping[];
  format: ImportFormat;
  /** The worksheet read (CSV: the file name; a list: its title), and the 1-based header row (null when none, or a list). */
  sheet: string;
  headerRow: number | null;
  source: ImportSource;
}

/** A column's field chosen by the user, by 1-based column number (files) or internal name (lists). */
export type MappingOverrides = Record<string, ImportField | null>;

export interface ParseOptions {
  /** Overrides the title found in the file (`--plan`). */
  planTitle?: string;
  locale?: 'sv-SE' | 'en-US';
  /** The year when neither the title nor the title rows name one. */
  year?: number;
  /** The region's risk matrix (the Store's `riskMatrix()`); the default 4 × 4 when not given. */
  riskMatrix?: RiskMatrixConfig;
  /** Fields chosen by the user for some columns, instead of the proposed ones. */
  mapping?: MappingOverrides;
}

/** A fill as exceljs gives it: an ARGB value, a theme colour index with tint, or a legacy palette index. */
export interface CellFill {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** One cell as the readers hand it on, independent of Excel, CSV or a list. */
export interface GridCell {
  /** The cell's value: text, number, date or boolean; null when empty. */
  value: string | number | Date | boolean | null;
  /** The value as text, trimmed ("" when empty). */
  text: string;
  fill: CellFill | null;
  /** A merged cell other than the top-left one: read as empty (the value belongs to the first row). */
  mergedContinuation: boolean;
  /** A list's person column: the people in it. */
  people?: PersonRef[];
  /** A formula cell with no saved value (the import never calculates): the formula, for the message. */
  formulaWithoutValue?: string;
}

/** A sheet as rows of cells; `rows[0]` is sheet row 1 and `cells[0]` column 1. */
export interface SheetGrid {
  name: string;
  rows: GridCell[][];
  /** A list read as a grid: the item id of each row (the header row's is 0), used as the row in messages and keys. */
  rowIds?: number[];
  /** A list read as a grid: each column's internal name. */
  internalNames?: string[];
  /** The source had more rows than the import reads (MAX_ROWS): the import is refused. */
  tooManyRows?: boolean;
  /** The sheet has content to the right of the columns the import reads (MAX_COLUMNS): the import is refused. */
  tooManyColumns?: boolean;
}
