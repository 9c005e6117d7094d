/**
 * The one pipeline every source goes through once it is a grid (a sheet, a CSV file or a list of the
 * site): map the header row's columns (the user's choices first), decide the layout and so the plan kind,
 * report unknown, duplicate and unused columns (and, in a file, header cells that would lose a column's
 * content: guards.headerProblems), read the rows with that layout's reader, and check that the plan has
 * what its kind needs. Collects every warning and error instead of stopping at the first.
 */
import { planKinds } from '../model/planKinds';
import { Locale } from '../model/statusLegend';
import { readActionPlanRows } from './actionPlan';
import { headerProblems } from './guards';
import { resolveHeader } from './headers';
import { importMessages, ImportMessages } from './messages';
import { periodColumns } from './periodColumns';
import { PlanInfo } from './planInfo';
import { readScorecardRows } from './scorecard';
import { ColumnMapping, ImportField, ImportFormat, ImportItem, ImportProblem, ImportResult, ImportSource, ParseOptions, SheetGrid } from './types';
import { readRows } from './validate';

/** The column each layout cannot do without: the measure-level title. */
export const TITLE_FIELD: Record<ImportFormat, ImportField> = {
  riskTable: 'risk', controlSteps: 'risk', actionPlan: 'activity', scorecard: 'indicator'
};

interface Rows {
  items: ImportItem[];
  warnings: ImportProblem[];
  errors: ImportProblem[];
}

function columnWarnings(resolved: ReturnType<typeof resolveHeader>, row: number | null, planName: string, messages: ImportMessages): ImportProblem[] {
  const warnings: ImportProblem[] = [];
  const isDuplicate = (c: ColumnMapping): boolean => resolved.duplicates.some(([d]) => d === c);
  const isUnused = (c: ColumnMapping): boolean => resolved.unused.some((u) => u.columnIndex === c.columnIndex);
  for (const column of resolved.mapping) {
    if (column.field === null && !isDuplicate(column) && !isUnused(column)) {
      warnings.push({ row, column: column.column, message: messages.unknownColumn(column.column) });
    }
    if (column.field === 'computed') warnings.push({ row, column: column.column, message: messages.computedColumn(column.column) });
  }
  for (const [column, earlier] of resolved.duplicates) {
    warnings.push({ row, column: column.column, message: messages.duplicateColumn(column.column, earlier.column) });
  }
  for (const column of resolved.unused) {
    const message = column.field === 'computed' ? messages.computedColumn(column.column) : messages.columnNotUsed(column.column, planName);
    warnings.push({ row, column: column.column, message });
  }
  return warnings;
}

export function parseGrid(grid: SheetGrid, headerRow: number, source: ImportSource, options: ParseOptions,
  planOf: (format: ImportFormat) => PlanInfo): ImportResult {
  const locale: Locale = options.locale ?? 'sv-SE';
  const messages = importMessages[locale];
  const resolved = resolveHeader(grid, headerRow, options.mapping);
  const { format, mapping } = resolved;
  const info = planOf(format);
  const kind = info.plan?.kind ?? (format === 'actionPlan' ? 'patientSafety' : format === 'scorecard' ? 'scorecard' : 'internalControl');
  const vocabulary = planKinds[kind].vocabulary[locale];
  const headerRowNumber = grid.rowIds ? null : headerRow + 1;
  let warnings = columnWarnings(resolved, headerRowNumber, vocabulary.plan.toLowerCase(), messages);
  const errors: ImportProblem[] = [...info.errors];
  if (source.type === 'file') {
    const header = headerProblems(grid, headerRow, resolved, locale);
    // A duplicate column that is an error is not also a warning.
    warnings = warnings.filter((w) => !header.errors.some((e) => e.column === w.column && e.row === w.row)).concat(header.warnings);
    errors.push(...header.errors);
  }

  const titleField = TITLE_FIELD[format];
  const hasTitle = mapping.some((c) => c.field === titleField);
  if (!hasTitle) {
    const missing = format === 'scorecard' ? messages.noIndicatorColumn : format === 'actionPlan' ? messages.noActivityColumn : messages.noRiskColumn;
    errors.push({ row: headerRowNumber, column: null, message: missing });
  }
  let rows: Rows;
  if (format === 'actionPlan') {
    rows = readActionPlanRows(grid, headerRow, mapping, locale);
  } else if (format === 'scorecard') {
    const periods = periodColumns(mapping, resolved.qualifiers, headerRowNumber, messages);
    warnings.push(...periods.warnings);
    rows = readScorecardRows(grid, headerRow, mapping, periods.periods, locale);
  } else {
    rows = readRows(grid, headerRow, mapping, format, locale, options.riskMatrix);
  }
  warnings.push(...rows.warnings);
  errors.push(...rows.errors);
  if (rows.items.length === 0 && hasTitle) {
    const risks = format === 'riskTable' || format === 'controlSteps';
    errors.push({ row: null, column: null, message: risks ? messages.noItems : messages.noItemsOf(vocabulary.item.many.toLowerCase()) });
  }
  return { plan: info.plan, items: rows.items, warnings, errors, mapping, format, sheet: grid.name, headerRow: headerRowNumber, source };
}
