/**
 * Which plan a file or list holds: its title (the `--plan` option, else a title row above the header such
 * as "Internkontrollplan 2026 Regionstyrelsen", else a sheet name that reads like a plan; for a list, its
 * title), its year and its kind (from the layout the columns describe).
 */
import { Locale } from '../model/statusLegend';
import { PlanKind } from '../model/types';
import { importMessages } from './messages';
import { statusFromWord } from './status';
import { ImportFormat, ImportPlan, ImportProblem, ParseOptions, SheetGrid } from './types';

const PLAN_WORDS = /plan|internkontroll|internal control|patientsäkerhet|patient safety|styrkort|scorecard|balanserad styrning/i;
const YEAR = /(?:^|\D)(20\d{2})(?!\d)/;
const DEFAULT_SHEET_NAME = /^(blad|sheet|tabell|table|ark)\s*\d*$/i;

export function yearIn(text: string): number | null {
  const match = YEAR.exec(text);
  return match ? Number(match[1]) : null;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The texts of the rows above the header, row by row, cell by cell. */
function titleTexts(grid: SheetGrid, headerRow: number): string[] {
  const texts: string[] = [];
  for (const row of grid.rows.slice(0, headerRow)) {
    for (const cell of row) {
      if (cell.text && !cell.mergedContinuation && typeof cell.value === 'string') texts.push(collapse(cell.text));
    }
  }
  return texts;
}

function titleFromFile(texts: string[], sheetName: string): string | null {
  const named = texts.find((t) => PLAN_WORDS.test(t) && t.length <= 120);
  if (named) return named;
  // A short line with a year ("Regionstyrelsen 2026"), not one of the legend's status sentences.
  const dated = texts.find((t) => yearIn(t) !== null && t.length <= 80 && statusFromWord(t) === null);
  if (dated) return dated;
  const sheet = collapse(sheetName);
  if (!DEFAULT_SHEET_NAME.test(sheet) && (PLAN_WORDS.test(sheet) || yearIn(sheet) !== null)) return sheet;
  return null;
}

/** The plan kind a layout holds; control steps in a plan titled for patient safety make a patient-safety plan. */
export function kindOf(format: ImportFormat, titles: string): PlanKind {
  if (format === 'actionPlan') return 'patientSafety';
  if (format === 'scorecard') return 'scorecard';
  return format === 'controlSteps' && /patientsäkerhet|patient safety/i.test(titles) ? 'patientSafety' : 'internalControl';
}

export interface PlanInfo {
  plan: ImportPlan | null;
  errors: ImportProblem[];
}

export function planInfo(grid: SheetGrid, headerRow: number, format: ImportFormat, options: ParseOptions): PlanInfo {
  const messages = importMessages[(options.locale ?? 'sv-SE') as Locale];
  const texts = titleTexts(grid, headerRow);
  const givenTitle = options.planTitle ? collapse(options.planTitle) : '';
  const title = givenTitle || titleFromFile(texts, grid.name);
  if (!title) return { plan: null, errors: [{ row: null, column: null, message: messages.noPlanTitle }] };
  const candidates = [title, ...texts, grid.name];
  const found = candidates.map(yearIn).find((y): y is number => y !== null);
  const year = found ?? options.year ?? null;
  const kind = kindOf(format, candidates.join(' '));
  const errors: ImportProblem[] = year === null ? [{ row: null, column: null, message: messages.noYear(title) }] : [];
  return { plan: { title, kind, year }, errors };
}

/** A list's plan: the given title or the list's, the year given or named in the title. */
export function listPlanInfo(listTitle: string, format: ImportFormat, options: ParseOptions): PlanInfo {
  const messages = importMessages[(options.locale ?? 'sv-SE') as Locale];
  const title = (options.planTitle ? collapse(options.planTitle) : '') || collapse(listTitle);
  const year = yearIn(title) ?? options.year ?? null;
  const errors: ImportProblem[] = year === null ? [{ row: null, column: null, message: messages.noYear(title) }] : [];
  return { plan: { title, kind: kindOf(format, `${title} ${listTitle}`), year }, errors };
}
