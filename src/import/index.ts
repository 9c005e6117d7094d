/** Import of plans from Excel and CSV: read and check (pure, browser and Node), then apply to the Store. */
export * from './types';
export { parseWorkbook } from './parseWorkbook';
export { applyImport, planKeyFor, slug } from './applyImport';
export type { ApplyOptions, ApplyResult } from './applyImport';
export { HEADER_SYNONYMS, AMBIGUOUS_CONSEQUENCE, normaliseHeader } from './headers';
export { statusFromFill, statusFromWord } from './status';
