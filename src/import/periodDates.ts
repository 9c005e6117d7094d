/**
 * The as-of date of a follow-up period named after a value column: "Utfall 2025" is the year's end,
 * "Utfall T1"/"tertial 2" a tertial's end, "Q3"/"K3"/"kvartal 3" a quarter's, "Delår augusti" the end of
 * August, "Halvår" of June, "Helår"/"Årsbokslut" of December; the year is the one named, else the plan's.
 * A name that says nothing about a date is as of today. Imported periods are closed: deadline = as-of date.
 */
import { IsoDate } from '../model/types';

const TERTIAL_ENDS = ['04-30', '08-31', '12-31'];
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

function monthDay(text: string): string | null {
  const tertial = /(?:^|[^a-z0-9])(?:t|tertial\s*)([1-3])(?![0-9])/.exec(text);
  if (tertial) return TERTIAL_ENDS[Number(tertial[1]) - 1];
  const quarter = /(?:^|[^a-z0-9])(?:q|k|kvartal\s*|quarter\s*)([1-4])(?![0-9])/.exec(text);
  if (quarter) return QUARTER_ENDS[Number(quarter[1]) - 1];
  if (/delår|augusti|august/.test(text)) return '08-31';
  if (/halvår|half[- ]year|juni|june/.test(text)) return '06-30';
  if (/helår|årsbokslut|bokslut|full[- ]year|year[- ]end/.test(text)) return '12-31';
  return null;
}

export function periodDates(title: string, planYear: number, today: IsoDate): { asOfDate: IsoDate; deadline: IsoDate } {
  const text = title.toLowerCase();
  const year = /(?:^|[^0-9])(20\d{2})(?![0-9])/.exec(text);
  const md = monthDay(text) ?? (year ? '12-31' : null);
  const asOfDate = md ? `${year ? year[1] : planYear}-${md}` : today;
  return { asOfDate, deadline: asOfDate };
}
