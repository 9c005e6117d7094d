/**
 * Excel's cell references: column letters and numbers ("AB" is 28), and how many cells a range covers,
 * for messages that name a column as Excel shows it and for the archive scan's bounds.
 */

/** Column letters as Excel shows them: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The column number of a reference's letters ("AB12" → 28); 0 when it starts with none. */
export function columnNumber(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length && i < 8; i++) {
    const c = reference.charCodeAt(i) & ~0x20;
    if (c < 0x41 || c > 0x5a) break;
    column = column * 26 + (c - 0x40);
  }
  return column;
}

/** The number of cells a range ("B3:D7") covers; 1 for a single cell, 0 when it is no reference. */
export function rangeArea(range: string): number {
  const match = /^\$?([A-Za-z]{1,7})\$?(\d{1,10})(?::\$?([A-Za-z]{1,7})\$?(\d{1,10}))?$/.exec(range.trim());
  if (!match) return 0;
  if (!match[3]) return 1;
  const columns = Math.abs(columnNumber(match[3]) - columnNumber(match[1])) + 1;
  const rows = Math.abs(Number(match[4]) - Number(match[2])) + 1;
  return columns * rows;
}
