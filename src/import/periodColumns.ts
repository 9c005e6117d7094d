/**
 * A scorecard's value columns grouped by follow-up period: "Utfall 2025" opens a period named after
 * the column; "Kvinnor", "Män" and "Kommentar"/"Analys" belong to the period their qualifier names
 * ("Kvinnor 2025") or, without one, to the nearest value column on their left ("Utfall 2025 | Kvinnor |
 * Män"). Women and men without a total column make their own period ("Kvinnor T1 | Män T1").
 */
import { ColumnMapping, ImportProblem } from './types';
import { ImportMessages } from './messages';

export interface PeriodColumns {
  /** The period's title: the value column's header ("Utfall 2025"). */
  title: string;
  qualifier: string;
  value?: ColumnMapping;
  women?: ColumnMapping;
  men?: ColumnMapping;
  comment?: ColumnMapping;
  /** The leftmost column of the period, for ordering. */
  firstColumn: number;
}

type Slot = 'value' | 'women' | 'men' | 'comment';

const SLOT_OF: Partial<Record<string, Slot>> = { value: 'value', valueWomen: 'women', valueMen: 'men', comment: 'comment' };

function titleFor(qualifier: string): string {
  const shown = /^[a-z]\d$/.test(qualifier) ? qualifier.toUpperCase() : qualifier;
  return `Utfall ${shown}`;
}

export function periodColumns(mapping: readonly ColumnMapping[], qualifiers: ReadonlyMap<number, string>, headerRow: number | null,
  messages: ImportMessages): { periods: PeriodColumns[]; warnings: ImportProblem[] } {
  const periods: PeriodColumns[] = [];
  const warnings: ImportProblem[] = [];
  const ignore = (column: ColumnMapping, message: string): void => {
    warnings.push({ row: headerRow, column: column.column, message });
  };
  for (const column of mapping) {
    if (column.field !== 'value') continue;
    const qualifier = qualifiers.get(column.columnIndex) ?? '';
    if (periods.some((p) => p.qualifier === qualifier)) {
      const earlier = periods.find((p) => p.qualifier === qualifier)!;
      ignore(column, messages.duplicateColumn(column.column, earlier.title));
      continue;
    }
    periods.push({ title: column.column, qualifier, value: column, firstColumn: column.columnIndex });
  }
  for (const column of mapping) {
    const slot = column.field ? SLOT_OF[column.field] : undefined;
    if (!slot || slot === 'value') continue;
    const qualifier = qualifiers.get(column.columnIndex) ?? '';
    let period = qualifier ? periods.find((p) => p.qualifier === qualifier) : undefined;
    if (!period && qualifier && slot !== 'comment') {
      period = { title: titleFor(qualifier), qualifier, firstColumn: column.columnIndex };
      periods.push(period);
    }
    if (!period && !qualifier) {
      const left = periods.filter((p) => p.value && p.value.columnIndex < column.columnIndex);
      period = left.length ? left[left.length - 1] : periods.length === 1 ? periods[0] : undefined;
    }
    if (!period) {
      ignore(column, messages.unassignedColumn(column.column));
      continue;
    }
    const taken = period[slot];
    if (taken) {
      ignore(column, messages.duplicateColumn(column.column, taken.column));
      continue;
    }
    period[slot] = column;
  }
  periods.sort((a, b) => a.firstColumn - b.firstColumn);
  return { periods, warnings };
}
