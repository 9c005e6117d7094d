/**
 * An indicator's figures as words: "3,8 %", "Genomförd" for a done/not done indicator, and the
 * series (total; women and men where split) its chart and table show.
 */
import { formatValue } from '../../model/scorecard';
import { Locale } from '../../model/statusLegend';
import { Measure, StatusReport } from '../../model/types';
import { Series, ScorecardStrings } from './scorecardStrings';

export function valueText(indicator: Pick<Measure, 'targetRule' | 'unitOfMeasure'>, value: number | null, locale: Locale,
  s: ScorecardStrings): string | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (indicator.targetRule === 'done') return value >= 1 ? s.done : s.notDone;
  return formatValue(value, indicator.unitOfMeasure, locale);
}

export function seriesOf(indicator: Pick<Measure, 'splitBySex'>): Series[] {
  return indicator.splitBySex ? ['total', 'women', 'men'] : ['total'];
}

export function seriesValue(report: StatusReport | null, series: Series): number | null {
  if (!report) return null;
  const value = series === 'total' ? report.value : series === 'women' ? report.valueWomen : report.valueMen;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
