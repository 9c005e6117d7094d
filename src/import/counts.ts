/**
 * The figures `--dry-run --json` prints and the wizard shows: items (what holds the measures: risks,
 * focus areas, goals), measures (measures, activities, control steps), indicators, and indicator values
 * (one per indicator and period that has a value; its women and men figures belong to it).
 */
import { ImportCounts, ImportResult } from './types';

export function countsOf(result: Pick<ImportResult, 'items'>): ImportCounts {
  const counts: ImportCounts = { items: result.items.length, measures: 0, indicators: 0, indicatorValues: 0 };
  for (const item of result.items) {
    for (const measure of item.measures) {
      if ('values' in measure) {
        counts.indicators++;
        counts.indicatorValues += measure.values.filter((v) => v.value !== null || v.women !== null || v.men !== null).length;
      } else {
        counts.measures++;
      }
    }
  }
  return counts;
}
