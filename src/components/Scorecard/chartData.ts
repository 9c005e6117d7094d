/**
 * What an indicator's chart, legend and table show, worked out once: the series (total; women and men
 * where split) and their figures per period, the numeric target if any, every figure as words, and the
 * spoken summary of the chart.
 */
import { targetText } from '../../model/fulfilment';
import { IndicatorRow, SeriesPoint } from '../../model/scorecard';
import { Locale } from '../../model/statusLegend';
import { indicatorStrings } from '../shared/indicatorStrings';
import { valueText } from '../shared/valueText';
import { seriesOf, seriesValue } from './readings';
import { Series, ScorecardStrings } from './scorecardStrings';

export interface ChartData {
  title: string;
  unit: string;
  points: SeriesPoint[];
  shown: Series[];
  values: Record<Series, Array<number | null>>;
  /** Every figure shown (and the target), for the value axis. */
  extent: number[];
  hasValues: boolean;
  target: number | null;
  targetLabel: string | null;
  summary: string;
  text: (value: number | null) => string;
}

function seriesSummary(data: Pick<ChartData, 'points' | 'values' | 'text'>, series: Series, s: ScorecardStrings, noValue: string): string {
  const present = data.points.map((p, i) => ({ title: p.period.title, value: data.values[series][i] })).filter((p) => p.value !== null);
  if (present.length === 0) return `${s.series[series]}: ${noValue.toLowerCase()}`;
  const at = (p: { title: string; value: number | null }): string => `${data.text(p.value)} (${p.title})`;
  return s.seriesSummary(s.series[series], at(present[0]), present.length > 1 ? at(present[present.length - 1]) : null);
}

export function chartData(row: IndicatorRow, locale: Locale, s: ScorecardStrings): ChartData {
  const { indicator, series: points } = row;
  const shown = seriesOf(indicator);
  const values = { total: [], women: [], men: [] } as Record<Series, Array<number | null>>;
  for (const series of shown) values[series] = points.map((p) => seriesValue(p.report, series));
  const figures = shown.flatMap((series) => values[series].filter((v): v is number => v !== null));
  // A numeric target is drawn as a reference line, so the axis must reach it.
  const numeric = indicator.targetRule === 'atLeast' || indicator.targetRule === 'atMost';
  const target = numeric && indicator.targetValue !== null && Number.isFinite(indicator.targetValue) ? indicator.targetValue : null;
  const targetLabel = target === null ? null : `${s.targetLine}: ${targetText(indicator, locale)}`;
  const { noValue } = indicatorStrings[locale];
  const text = (value: number | null): string => valueText(indicator, value, locale) ?? noValue;
  const parts = shown.map((series) => seriesSummary({ points, values, text }, series, s, noValue));
  return {
    title: indicator.title, unit: indicator.unitOfMeasure, points, shown, values, text, target, targetLabel,
    extent: target === null ? figures : [...figures, target], hasValues: figures.length > 0,
    summary: s.chartSummary(indicator.title, targetLabel ? [targetLabel, ...parts] : parts)
  };
}
