/**
 * An indicator's figure as words, the same in every table, chart and summary: "3,8 %" in its unit, or
 * "Genomförd"/"Inte genomförd" for a done rule.
 */
import { formatValue } from '../../model/numbers';
import { Locale } from '../../model/statusLegend';
import { Measure } from '../../model/types';
import { indicatorStrings } from './indicatorStrings';

/** Null where there is no figure. */
export function valueText(indicator: Pick<Measure, 'targetRule' | 'unitOfMeasure'>, value: number | null | undefined, locale: Locale): string | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const s = indicatorStrings[locale];
  if (indicator.targetRule === 'done') return value >= 1 ? s.done : s.notDone;
  return formatValue(value, indicator.unitOfMeasure, locale);
}
