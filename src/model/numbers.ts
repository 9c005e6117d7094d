/** Numbers as people type them in Swedish and English forms, and as the region writes them. */
import { Locale } from './statusLegend';

/** "3,8", "3.8", "1 234" → a number; "" → null; anything else → NaN (reported as not a number). */
export function parseNumber(text: string): number | null {
  const t = text.replace(/\s|\u00a0/g, '').replace(',', '.');
  if (t === '') return null;
  return /^[-+]?\d*\.?\d+$/.test(t) ? Number(t) : NaN;
}

/** Units that only say the figure is a count: "469", not "469 antal". */
const COUNT_UNITS = new Set(['antal', 'st', 'st.', 'stycken', 'count', 'number', 'pcs']);

/** A figure in the indicator's unit as the region writes it: "3,8 %" in Swedish, "3.8%" in English, a count bare. */
export function formatValue(value: number, unit: string, locale: Locale): string {
  const number = value.toLocaleString(locale, { maximumFractionDigits: 2 });
  if (!unit || COUNT_UNITS.has(unit.trim().toLowerCase())) return number;
  return unit === '%' && locale === 'en-US' ? `${number}%` : `${number} ${unit}`;
}
