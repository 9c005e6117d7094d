/** Numbers as people type them in Swedish and English forms. */

/** "3,8", "3.8", "1 234" → a number; "" → null; anything else → NaN (reported as not a number). */
export function parseNumber(text: string): number | null {
  const t = text.replace(/\s|\u00a0/g, '').replace(',', '.');
  if (t === '') return null;
  return /^[-+]?\d*\.?\d+$/.test(t) ? Number(t) : NaN;
}
