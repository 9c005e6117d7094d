/**
 * Import of plans (internal control, patient-safety action plan, scorecard) from Excel and CSV files and
 * from lists of the site: read and check (pure, browser and Node), then apply to the Store.
 */
export * from './types';
export { parseWorkbook } from './parseWorkbook';
export { parseGrid, TITLE_FIELD } from './parseGrid';
export { applyImport, planKeyFor, slug, IMPORT_PERIOD_TITLE } from './applyImport';
export type { ApplyOptions, ApplyResult } from './applyImport';
export { HEADER_SYNONYMS, AMBIGUOUS_CONSEQUENCE } from './synonyms';
export { normaliseHeader, FORMAT_FIELDS } from './headers';
export { statusFromFill, statusFromWord } from './status';
export { countsOf } from './counts';
export { isRisk, isFocusArea, isGoal, itemTitle, listPlanKey } from './importKeys';
export { parseTarget } from './targetRule';
export { splitResponsible } from './responsible';
export { parseList, parseListData, readSiteList } from './importList';
export type { ListData } from './importList';
export { MAX_LIST_COLUMNS, MAX_LIST_ROWS } from './siteLists';
export type { SiteCell, SiteField, SiteList, SiteListRow, SiteListRows, SiteListSource } from './siteLists';
export { createSiteListSource } from './pnpSiteLists';
