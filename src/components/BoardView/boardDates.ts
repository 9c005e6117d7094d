/**
 * Instants of publications as the board page writes them: the calendar day in Stockholm (what the
 * published papers say), and the day with the time for the "published by" line.
 */
import { stockholmDate } from '../../model/calendar';
import { Locale } from '../../model/statusLegend';

export function stockholmDay(instant: string): string {
  const at = new Date(instant);
  return Number.isNaN(at.getTime()) ? instant.slice(0, 10) : stockholmDate(at);
}

export function stockholmDayAndTime(instant: string, locale: Locale): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  const time = at.toLocaleTimeString(locale, { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' });
  return `${stockholmDate(at)} ${locale === 'sv-SE' ? 'kl.' : 'at'} ${time}`;
}
