/**
 * Calendar dates in Europe/Stockholm: today's date there, day arithmetic on ISO dates without UTC drift,
 * Swedish public holidays, and moving a date to the working day before when it falls on a day off.
 */
import { IsoDate } from './types';

const STOCKHOLM = 'Europe/Stockholm';

// sv-SE formats as YYYY-MM-DD, which is exactly the ISO form. Made once: creating a formatter costs far more
// than formatting. Used only outside the years the EU summer-time rule is known to hold (below).
let stockholmFormat: Intl.DateTimeFormat | null = null;

const HOUR = 3_600_000;

/** The last Sunday of a month at 01:00 UTC: when EU summer time starts (March) and ends (October). */
function lastSundayAt1Utc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 24 * HOUR;
}

/**
 * The calendar date in Stockholm at the given instant. Sweden keeps CET (UTC+1) and, under the EU rule of 1996,
 * CEST (UTC+2) from the last Sunday of March to the last Sunday of October, both at 01:00 UTC: computed here, since
 * reading a plan turns every date of tens of thousands of items into Stockholm's and `Intl` costs some 30 µs a
 * date. Other years ask the time-zone database.
 */
export function stockholmDate(instant: Date): IsoDate {
  const t = instant.getTime();
  const year = instant.getUTCFullYear();
  if (Number.isNaN(t) || year < 1996 || year > 2099) {
    stockholmFormat ??= new Intl.DateTimeFormat('sv-SE', { timeZone: STOCKHOLM, year: 'numeric', month: '2-digit', day: '2-digit' });
    return stockholmFormat.format(instant);
  }
  const summer = t >= lastSundayAt1Utc(year, 2) && t < lastSundayAt1Utc(year, 9);
  return new Date(t + (summer ? 2 : 1) * HOUR).toISOString().slice(0, 10);
}

function toUtcNoon(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const t = toUtcNoon(date);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcNoon(to).getTime() - toUtcNoon(from).getTime()) / 86_400_000);
}

/** Easter Sunday (Gregorian; the anonymous algorithm). */
function easterSunday(year: number): IsoDate {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date from `from` (inclusive) that falls on the given weekday (0 = Sunday … 6 = Saturday). */
function firstWeekday(from: IsoDate, weekday: number): IsoDate {
  let date = from;
  while (toUtcNoon(date).getUTCDay() !== weekday) date = addDays(date, 1);
  return date;
}

/** Swedish public holidays and the de facto days off (midsommarafton, julafton, nyårsafton). */
export function swedishHolidays(year: number): Set<IsoDate> {
  const easter = easterSunday(year);
  const midsummerDay = firstWeekday(`${year}-06-20`, 6);
  return new Set([
    `${year}-01-01`, `${year}-01-06`, addDays(easter, -2), easter, addDays(easter, 1), `${year}-05-01`,
    addDays(easter, 39), addDays(easter, 49), `${year}-06-06`, addDays(midsummerDay, -1), midsummerDay,
    firstWeekday(`${year}-10-31`, 6), `${year}-12-24`, `${year}-12-25`, `${year}-12-26`, `${year}-12-31`
  ]);
}

export function isWorkingDay(date: IsoDate): boolean {
  const weekday = toUtcNoon(date).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !swedishHolidays(Number(date.slice(0, 4))).has(date);
}

/** The date itself when it is a working day, else the nearest working day before it. */
export function workingDayOnOrBefore(date: IsoDate): IsoDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return fromUtc(toUtcNoon(value)) === value;
}

/** An instant as SharePoint writes it: ISO 8601 in UTC without milliseconds (`2026-11-23T09:15:00Z`). */
export function isoInstant(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An instant as a person reads it, in Stockholm time ("7 dec. 2026 22:08"); '' for none, the text itself if it is no date. */
export function formatInstant(iso: string | null, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale, { timeZone: 'Europe/Stockholm', dateStyle: 'medium', timeStyle: 'short' });
}
