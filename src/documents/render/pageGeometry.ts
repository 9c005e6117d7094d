/**
 * Page geometry shared by the renderers: A4 in both orientations, the margins, and how a table's
 * relative column widths become absolute widths on the page. Units are PDF points (1/72 inch); the
 * .docx renderer converts to twentieths of a point (twips).
 */
import { TableColumn } from '../model';

export type Orientation = 'portrait' | 'landscape';

/** A4 is 210 × 297 mm. */
export const A4_POINTS = { width: 595.28, height: 841.89 };
/** The same in twips, the sizes Word writes for A4 (`w:w="11906" w:h="16838"`). */
export const A4_TWIPS = { width: 11906, height: 16838 };

/** About 2 cm on every side; the running header and footer sit inside the top and bottom margins. */
export const MARGIN_POINTS = 56.7;
export const MARGIN_TWIPS = 1134;
/** Distance from the paper's edge to the running header and footer text (about 1 cm). */
export const HEADER_FOOTER_TWIPS = 567;

export function pageSize(orientation: Orientation): { width: number; height: number } {
  return orientation === 'portrait' ? A4_POINTS : { width: A4_POINTS.height, height: A4_POINTS.width };
}

/** Width of the text area in twips for an orientation. */
export function textWidthTwips(orientation: Orientation): number {
  const paper = orientation === 'portrait' ? A4_TWIPS.width : A4_TWIPS.height;
  return paper - 2 * MARGIN_TWIPS;
}

/**
 * Scales relative widths to a total, rounding so the parts add up to the total exactly (a table's grid
 * must fill the text width, neither more nor less). A column without a positive width counts as 1.
 */
export function scaleWidths(columns: readonly TableColumn[], total: number, round: boolean): number[] {
  const weights = columns.map((c) => (c.width > 0 ? c.width : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  if (!round) return exact;
  const rounded = exact.map(Math.floor);
  let rest = total - rounded.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % rounded.length, rest--) rounded[i]++;
  return rounded;
}

/**
 * Column widths that break no word, as a browser lays out a table: each column gets at least its minimum
 * (its longest word), and what is left of the total goes to the columns that the document wants wider than
 * that, in proportion to how much wider. When the minimums do not fit in the total, null: the caller
 * tries smaller minimums (the headings' words only) or keeps the document's widths.
 */
export function fitToWords(preferred: readonly number[], minimums: readonly number[]): number[] | null {
  const total = preferred.reduce((a, b) => a + b, 0);
  const floor = minimums.reduce((a, b) => a + b, 0);
  if (floor > total) return null;
  const want = preferred.map((p, i) => Math.max(0, p - minimums[i]));
  const wanted = want.reduce((a, b) => a + b, 0);
  const rest = total - floor;
  return minimums.map((m, i) => m + (wanted > 0 ? (want[i] / wanted) * rest : (preferred[i] / total) * rest));
}

/**
 * A table's widths from the document's preferred widths and two sets of minimums: the longest word of
 * each heading, and of each column's cells as well. Every word fits if it can; else every heading's word
 * and as much of each column's cells' as the room allows, shared fairly; else the preferred widths.
 */
export function fitColumns(preferred: readonly number[], headingMinimums: readonly number[], cellMinimums: readonly number[]): number[] {
  const whole = cellMinimums.map((m, i) => Math.max(m, headingMinimums[i]));
  const fitted = fitToWords(preferred, whole);
  if (fitted) return fitted;
  const total = preferred.reduce((a, b) => a + b, 0);
  const low = headingMinimums.reduce((a, b) => a + b, 0);
  const high = whole.reduce((a, b) => a + b, 0);
  if (low > total) return [...preferred];
  const share = (total - low) / (high - low);
  return fitToWords(preferred, headingMinimums.map((h, i) => h + share * (whole[i] - h))) ?? [...preferred];
}

/**
 * The columns a row's cells cover, as start index and span. Spans are cut to the grid; when the cells cover
 * fewer columns than the table has, a group row's last cell stretches to the edge (it is drawn across the
 * full width) and an ordinary row gets empty cells for the rest.
 */
export function cellSpans(cells: ReadonlyArray<{ colSpan?: number }>, columnCount: number, stretchLast: boolean): Array<{ start: number; span: number; filler: boolean }> {
  const out: Array<{ start: number; span: number; filler: boolean }> = [];
  let start = 0;
  for (const cell of cells) {
    if (start >= columnCount) break;
    const span = Math.min(Math.max(1, Math.floor(cell.colSpan ?? 1)), columnCount - start);
    out.push({ start, span, filler: false });
    start += span;
  }
  if (start < columnCount) {
    if (stretchLast && out.length > 0) out[out.length - 1].span += columnCount - start;
    else for (; start < columnCount; start++) out.push({ start, span: 1, filler: true });
  }
  return out;
}
