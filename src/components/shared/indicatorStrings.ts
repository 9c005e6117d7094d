/**
 * How every view speaks of an indicator in a follow-up (the scorecard's table, a security area's
 * chapter): the columns, the value, the fulfilment or why it cannot be judged, and the trend. Swedish
 * first, in the words of the divisions' annual reports (seed 003), English second.
 */
import { TrendDirection, Unjudged } from '../../model/fulfilment';
import { Locale } from '../../model/statusLegend';

export interface IndicatorStrings {
  columns: {
    target: string;
    /** The value column, of the follow-up shown where there is one. */
    value: (period: string | null) => string;
    women: string;
    men: string;
    fulfilment: string;
    trend: string;
  };
  unjudged: Record<Unjudged, string>;
  manual: (reason: string) => string;
  directions: Record<TrendDirection, string>;
  better: string;
  worse: string;
  previousValue: (period: string, value: string) => string;
  noValue: string;
  notSplit: string;
  done: string;
  notDone: string;
  valueSplit: (women: string, men: string) => string;
}

const sv: IndicatorStrings = {
  columns: {
    target: 'Mått för måluppfyllelse', value: (period) => (period ? `Utfall, ${period}` : 'Utfall'), women: 'Kvinnor', men: 'Män',
    fulfilment: 'Måluppfyllelse', trend: 'Utveckling'
  },
  unjudged: { noValue: 'Inget utfall', noPrevious: 'Inget tidigare värde', noTarget: 'Målvärde saknas', noRule: 'Mått för måluppfyllelse saknas' },
  manual: (reason) => `Satt för hand: ${reason}`,
  directions: { up: 'Ökar', down: 'Minskar', unchanged: 'Oförändrad' },
  better: 'bättre',
  worse: 'sämre',
  previousValue: (period, value) => `${period}: ${value}`,
  noValue: 'Inget utfall',
  notSplit: 'Inte uppdelat på kön',
  done: 'Genomförd',
  notDone: 'Inte genomförd',
  valueSplit: (women, men) => `kvinnor ${women}, män ${men}`
};

const en: IndicatorStrings = {
  columns: {
    target: 'Target', value: (period) => (period ? `Value, ${period}` : 'Value'), women: 'Women', men: 'Men',
    fulfilment: 'Fulfilment', trend: 'Trend'
  },
  unjudged: { noValue: 'No value', noPrevious: 'No previous value', noTarget: 'No target value', noRule: 'No target rule' },
  manual: (reason) => `Set by hand: ${reason}`,
  directions: { up: 'Rising', down: 'Falling', unchanged: 'Unchanged' },
  better: 'better',
  worse: 'worse',
  previousValue: (period, value) => `${period}: ${value}`,
  noValue: 'No value',
  notSplit: 'Not split by sex',
  done: 'Done',
  notDone: 'Not done',
  valueSplit: (women, men) => `women ${women}, men ${men}`
};

export const indicatorStrings: Record<Locale, IndicatorStrings> = { 'sv-SE': sv, 'en-US': en };
