/**
 * Reads a patient-safety action plan (seed 002) below its header: focus areas from heading rows ("Fokus-
 * område 1 – Ökad kunskap om inträffade vårdskador", a row with only the first cell filled; also the last
 * such line above the header) or from a "Fokusområde" column, and under each the activities with their
 * goal, method/data source and responsible bodies (often several), plus status and comment when the plan
 * has been followed up. Header rows repeated per focus area are skipped. Every problem names row and column.
 */
import { Locale } from '../model/statusLegend';
import { readDue, readStatus } from './cells';
import { importMessages } from './messages';
import { columnsByField, headingText, isBlank, measureBase, readerFor, repeatsHeader } from './rows';
import { ColumnMapping, ImportActivity, ImportField, ImportFocusArea, ImportProblem, SheetGrid } from './types';

const FOCUS_HEADING = /^(?:fokusområde|focus area)\b\s*(\d+)?\s*[:.–-]?\s*/i;
const ACTIVITY_FIELDS: readonly ImportField[] = ['goal', 'method', 'responsible', 'status', 'comment', 'due'];

export interface ActionPlanRows {
  items: ImportFocusArea[];
  warnings: ImportProblem[];
  errors: ImportProblem[];
}

/** "Fokusområde 2 – Tillförlitliga …" → code "2" and the name; any other text is the name as written. */
export function focusAreaName(text: string): { name: string; code: string } {
  const clean = text.replace(/\s+/g, ' ').trim();
  const match = FOCUS_HEADING.exec(clean);
  if (!match) return { name: clean, code: '' };
  const rest = clean.slice(match[0].length).trim();
  return { name: rest || clean, code: match[1] ?? '' };
}

function focusAreaFor(items: ImportFocusArea[], row: number, text: string): ImportFocusArea {
  const { name, code } = focusAreaName(text);
  const existing = items.find((f) => f.focusArea.toLowerCase() === name.toLowerCase());
  if (existing) return existing;
  const created: ImportFocusArea = { row, focusArea: name, code, measures: [] };
  items.push(created);
  return created;
}

/** The last "Fokusområde …" line above the header: the first table's focus area. */
function focusAbove(grid: SheetGrid, headerRow: number): { row: number; text: string } | null {
  let found: { row: number; text: string } | null = null;
  for (let index = 0; index < headerRow; index++) {
    const text = headingText(grid.rows[index]);
    if (text && FOCUS_HEADING.test(text)) found = { row: index + 1, text };
  }
  return found;
}

export function readActionPlanRows(grid: SheetGrid, headerRow: number, mapping: ColumnMapping[], locale: Locale): ActionPlanRows {
  const messages = importMessages[locale];
  const columns = columnsByField(mapping);
  const items: ImportFocusArea[] = [];
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const above = focusAbove(grid, headerRow);
  let current: ImportFocusArea | null = above ? focusAreaFor(items, above.row, above.text) : null;
  const firstField = mapping.find((m) => m.columnIndex === 1)?.field ?? null;

  for (let index = headerRow + 1; index < grid.rows.length; index++) {
    const cells = grid.rows[index];
    if (isBlank(cells) || repeatsHeader(cells, mapping)) continue;
    const reader = readerFor(grid, index, columns, ['focusArea']);
    const heading = headingText(cells);
    if (heading !== null && !grid.rowIds && firstField !== 'focusArea' && !columns.has('focusArea')) {
      current = focusAreaFor(items, reader.row, heading);
      continue;
    }
    const focusText = reader.text('focusArea');
    if (focusText) current = focusAreaFor(items, reader.row, focusText);
    const text = reader.text('activity');
    if (!text) {
      if (ACTIVITY_FIELDS.some((f) => reader.text(f) !== '')) errors.push(reader.problem('activity', messages.activityMissing));
      continue;
    }
    if (!current) {
      errors.push(reader.problem(columns.has('focusArea') ? 'focusArea' : 'activity', messages.noFocusArea));
      continue;
    }
    const activity: ImportActivity = {
      ...measureBase(reader, text),
      goal: reader.text('goal'),
      method: reader.text('method'),
      status: readStatus(reader, messages, errors, warnings),
      comment: reader.text('comment'),
      due: readDue(reader, messages, errors)
    };
    current.measures.push(activity);
  }
  return { items, warnings, errors };
}
