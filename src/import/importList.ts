/**
 * Reading a plan from a list of the site: read its importable columns (at most MAX_LIST_COLUMNS) and its
 * items (at most MAX_LIST_ROWS), turn them into a grid, propose each column's field (the synonym table
 * by display name, then choice and person columns by their content; the user's choices win) and read it
 * through the same pipeline as a spreadsheet. A list none of whose columns is the kind's title field
 * (risk, activity, indicator) holds no recognisable plan and is refused.
 */
import { Locale } from '../model/statusLegend';
import { importMessages } from './messages';
import { parseGrid, TITLE_FIELD } from './parseGrid';
import { listPlanInfo } from './planInfo';
import { listGrid, MAX_LIST_COLUMNS, MAX_LIST_ROWS, proposedByContent, SiteField, SiteList, SiteListRow, SiteListSource } from './siteLists';
import { ImportResult, ParseOptions } from './types';

/** A list as read once: the wizard re-reads it in memory whenever the user changes a column's field. */
export interface ListData {
  list: SiteList;
  fields: SiteField[];
  rows: SiteListRow[];
  tooManyRows: boolean;
  tooManyColumns: boolean;
}

export async function readSiteList(source: SiteListSource, list: SiteList): Promise<ListData> {
  const all = await source.fields(list.id);
  const fields = all.slice(0, MAX_LIST_COLUMNS);
  const { rows, tooMany } = await source.rows(list.id, fields, MAX_LIST_ROWS);
  return { list, fields, rows, tooManyRows: tooMany, tooManyColumns: all.length > fields.length };
}

export function parseListData(data: ListData, options: ParseOptions = {}): ImportResult {
  const locale: Locale = options.locale ?? 'sv-SE';
  const messages = importMessages[locale];
  const grid = listGrid(data.list, data.fields, data.rows);
  const mapping = { ...proposedByContent(data.fields), ...(options.mapping ?? {}) };
  const source = { type: 'list' as const, listId: data.list.id, title: data.list.title };
  const result = parseGrid(grid, 0, source, { ...options, mapping }, (format) => listPlanInfo(data.list.title, format, options));
  if (!result.mapping.some((m) => m.field === TITLE_FIELD[result.format])) {
    return { ...result, plan: null, items: [], errors: [{ row: null, column: null, message: messages.noPlanInList(data.list.title) }] };
  }
  if (data.tooManyRows) result.errors.push({ row: null, column: null, message: messages.listTooLarge(data.list.title, MAX_LIST_ROWS) });
  if (data.tooManyColumns) result.warnings.push({ row: null, column: null, message: messages.tooManyColumns(data.list.title, MAX_LIST_COLUMNS) });
  return result;
}

/** The CLI's path: find the list by title, read it, parse it; an unknown list is an error result. */
export async function parseList(source: SiteListSource, title: string, options: ParseOptions = {}): Promise<{ result: ImportResult; data: ListData | null }> {
  const messages = importMessages[options.locale ?? 'sv-SE'];
  const list = await source.findList(title);
  if (!list) {
    return {
      data: null,
      result: { plan: null, items: [], warnings: [], errors: [{ row: null, column: null, message: messages.listNotFound(title) }], mapping: [],
        format: 'riskTable', sheet: title, headerRow: null, source: { type: 'list', listId: '', title } }
    };
  }
  const data = await readSiteList(source, list);
  return { result: parseListData(data, options), data };
}
