/**
 * Reads a balanced scorecard (seed 003) below its header: perspectives (a "Perspektiv" column or heading
 * rows such as "Medborgare"), the board's strategic goal (a "Strategiskt mål" column or a heading row
 * "Regionstyrelsens strategiska mål: Nöjda medborgare"), the unit's goals with their indicators, each
 * indicator's target rule and its values per period (see periodColumns). Rows without a goal continue the
 * goal above, as merged cells do. Every problem names its row and column.
 */
import { isCountUnit } from '../model/fulfilment';
import { Locale } from '../model/statusLegend';
import { importMessages, ImportMessages } from './messages';
import { PeriodColumns } from './periodColumns';
import { columnsByField, headingText, isBlank, measureBase, readerFor, repeatsHeader, RowReader } from './rows';
import { parseTarget, parseValue } from './targetRule';
import { ColumnMapping, GridCell, ImportGoal, ImportIndicator, ImportProblem, ImportValue, SheetGrid } from './types';

/** The default perspectives (DOMAIN.md §4), recognised as heading rows; Swedish and English. */
export const DEFAULT_PERSPECTIVES: readonly string[] = ['medborgare', 'verksamhet', 'kunskap och förnyelse', 'medarbetare', 'ekonomi',
  'citizens', 'operations', 'knowledge and renewal', 'employees', 'finances', 'finance', 'economy'];

const PERSPECTIVE_PREFIX = /^(?:perspektiv|perspective)\s*[:–-]\s*/i;
const STRATEGIC_PREFIX = /^(?:(?:regionstyrelsens|regionstyrelsen|styrelsens|nämndens|fullmäktiges)\s+)?(?:strategiska|strategiskt)\s+mål\s*[:–-]\s*|^strategic (?:goal|objective)\s*[:–-]\s*/i;

export interface ScorecardRows {
  items: ImportGoal[];
  warnings: ImportProblem[];
  errors: ImportProblem[];
}

interface Context {
  perspective: string;
  strategicGoal: string;
  goal: ImportGoal | null;
}

/** What a heading row (or a title row above the header) sets: a perspective or the strategic goal. */
export function classifyHeading(text: string, strict: boolean): { perspective: string } | { strategicGoal: string } | null {
  const perspective = PERSPECTIVE_PREFIX.exec(text);
  if (perspective) return { perspective: text.slice(perspective[0].length).trim() };
  const strategic = STRATEGIC_PREFIX.exec(text);
  if (strategic) return { strategicGoal: text.slice(strategic[0].length).trim() };
  if (DEFAULT_PERSPECTIVES.indexOf(text.toLowerCase()) >= 0) return { perspective: text };
  return strict ? null : { strategicGoal: text };
}

function apply(context: Context, heading: { perspective: string } | { strategicGoal: string }): void {
  if ('perspective' in heading) {
    context.perspective = heading.perspective;
    context.strategicGoal = '';
  } else {
    context.strategicGoal = heading.strategicGoal;
  }
  context.goal = null;
}

function readValue(reader: RowReader, cell: GridCell | undefined, column: ColumnMapping | undefined, rule: ImportIndicator['target'],
  messages: ImportMessages, errors: ImportProblem[]): number | null {
  if (!cell || !column) return null;
  const value = parseValue(cell.mergedContinuation ? null : cell.value, cell.mergedContinuation ? '' : cell.text, rule?.rule ?? null);
  if (value !== undefined) return value;
  errors.push({ row: reader.row, column: column.column, message: rule?.rule === 'done' ? messages.notADoneValue(cell.text) : messages.notAValue(cell.text) });
  return null;
}

function readValues(reader: RowReader, cells: GridCell[], periods: readonly PeriodColumns[], indicator: ImportIndicator,
  messages: ImportMessages, errors: ImportProblem[], warnings: ImportProblem[]): ImportValue[] {
  const at = (column: ColumnMapping | undefined): GridCell | undefined => (column ? cells[column.columnIndex - 1] : undefined);
  const values: ImportValue[] = [];
  for (const period of periods) {
    let value = readValue(reader, at(period.value), period.value, indicator.target, messages, errors);
    const women = readValue(reader, at(period.women), period.women, indicator.target, messages, errors);
    const men = readValue(reader, at(period.men), period.men, indicator.target, messages, errors);
    const where = (period.value ?? period.women ?? period.men)?.column ?? null;
    if (value === null && women === null && men === null) continue;
    if (value === null && women !== null && men !== null) {
      if (isCountUnit(indicator.unit)) value = women + men;
      else errors.push({ row: reader.row, column: where, message: messages.totalMissing });
    }
    if (value !== null && women !== null && men !== null) {
      const consistent = isCountUnit(indicator.unit) ? Math.abs(women + men - value) < 1e-9
        : value >= Math.min(women, men) - 1e-9 && value <= Math.max(women, men) + 1e-9;
      if (!consistent) warnings.push({ row: reader.row, column: where, message: messages.totalDisagrees(value, women, men) });
    }
    const comment = period.comment ? (at(period.comment)?.text ?? '') : '';
    values.push({ period: period.title, value, women, men, comment });
  }
  return values;
}

function readIndicator(reader: RowReader, cells: GridCell[], periods: readonly PeriodColumns[], messages: ImportMessages,
  errors: ImportProblem[], warnings: ImportProblem[]): ImportIndicator {
  const targetText = reader.text('target');
  const target = parseTarget(targetText);
  if (target === undefined) errors.push(reader.problem('target', messages.unknownTarget(targetText)));
  const indicator: ImportIndicator = {
    ...measureBase(reader, reader.text('indicator')),
    target: target ?? null,
    unit: reader.text('unit') || target?.unit || '',
    method: reader.text('method'),
    splitBySex: false,
    values: []
  };
  indicator.values = readValues(reader, cells, periods, indicator, messages, errors, warnings);
  indicator.splitBySex = indicator.values.some((v) => v.women !== null || v.men !== null);
  return indicator;
}

function goalFor(context: Context, items: ImportGoal[], reader: RowReader): ImportGoal | null {
  const title = reader.text('goal') || (reader.has('goal') ? '' : context.strategicGoal || context.perspective);
  if (!title) return context.goal;
  const same = (g: ImportGoal): boolean => g.goal.toLowerCase() === title.toLowerCase() && g.perspective.toLowerCase() === context.perspective.toLowerCase()
    && g.strategicGoal.toLowerCase() === context.strategicGoal.toLowerCase();
  const existing = items.find(same);
  if (existing) return existing;
  const goal: ImportGoal = { row: reader.row, goal: title, perspective: context.perspective, strategicGoal: context.strategicGoal, measures: [] };
  items.push(goal);
  return goal;
}

/** The perspective and strategic goal named in the title rows above the header, if any. */
function contextAbove(grid: SheetGrid, headerRow: number): Context {
  const context: Context = { perspective: '', strategicGoal: '', goal: null };
  for (const row of grid.rows.slice(0, headerRow)) {
    const text = headingText(row);
    const heading = text ? classifyHeading(text, true) : null;
    if (heading) apply(context, heading);
  }
  return context;
}

export function readScorecardRows(grid: SheetGrid, headerRow: number, mapping: ColumnMapping[], periods: readonly PeriodColumns[],
  locale: Locale): ScorecardRows {
  const messages = importMessages[locale];
  const columns = columnsByField(mapping);
  const items: ImportGoal[] = [];
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const context = contextAbove(grid, headerRow);
  const firstField = mapping.find((m) => m.columnIndex === 1)?.field ?? null;

  for (let index = headerRow + 1; index < grid.rows.length; index++) {
    const cells = grid.rows[index];
    if (isBlank(cells) || repeatsHeader(cells, mapping)) continue;
    const reader = readerFor(grid, index, columns, ['perspective', 'strategicGoal', 'goal']);
    const heading = headingText(cells);
    if (heading !== null && !grid.rowIds && firstField !== 'perspective' && firstField !== 'strategicGoal' && firstField !== 'indicator') {
      apply(context, classifyHeading(heading, false)!);
      continue;
    }
    const perspective = reader.text('perspective');
    if (perspective && perspective.toLowerCase() !== context.perspective.toLowerCase()) apply(context, { perspective });
    const strategicGoal = reader.text('strategicGoal');
    if (strategicGoal && strategicGoal.toLowerCase() !== context.strategicGoal.toLowerCase()) apply(context, { strategicGoal });
    const indicatorText = reader.text('indicator');
    if (!indicatorText) {
      if (reader.text('target') || periods.some((p) => [p.value, p.women, p.men].some((c) => c && cells[c.columnIndex - 1]?.text))) {
        errors.push(reader.problem('indicator', messages.indicatorMissing));
      } else if (reader.text('goal')) {
        context.goal = goalFor(context, items, reader);
      }
      continue;
    }
    const goal = goalFor(context, items, reader);
    if (!goal) {
      errors.push(reader.problem(reader.has('goal') ? 'goal' : 'indicator', messages.goalMissing));
      continue;
    }
    context.goal = goal;
    goal.measures.push(readIndicator(reader, cells, periods, messages, errors, warnings));
  }
  return { items, warnings, errors };
}
