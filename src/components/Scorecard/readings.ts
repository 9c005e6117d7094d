/**
 * The series an indicator's chart and table show: the total, and women and men where it is split by sex.
 */
import { Measure, StatusReport } from '../../model/types';
import { Series } from './scorecardStrings';

export function seriesOf(indicator: Pick<Measure, 'splitBySex'>): Series[] {
  return indicator.splitBySex ? ['total', 'women', 'men'] : ['total'];
}

export function seriesValue(report: StatusReport | null, series: Series): number | null {
  if (!report) return null;
  const value = series === 'total' ? report.value : series === 'women' ? report.valueWomen : report.valueMen;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
