/**
 * Table columns that break no word where the page has room: every column at least as wide as its longest
 * word, the rest shared as the document weighs the columns; when the cells' words cannot all fit, every
 * heading's word still does and the cells share what room is left; the widths always fill the text width.
 */
import { fitColumns, fitToWords } from '../render/pageGeometry';

const sum = (widths: readonly number[]): number => widths.reduce((a, b) => a + b, 0);

describe('column widths', () => {
  it('keeps the preferred widths when every word fits', () => {
    expect(fitColumns([100, 100, 100], [50, 50, 50], [60, 60, 60])).toEqual([100, 100, 100]);
  });

  it('widens a column to its longest word, taking the room from the columns that want more than theirs', () => {
    const widths = fitColumns([200, 50, 50], [40, 70, 30], [60, 70, 30]);
    expect(widths[1]).toBeCloseTo(70);
    expect(widths[0]).toBeGreaterThan(60);
    expect(widths[2]).toBeGreaterThanOrEqual(30);
    expect(sum(widths)).toBeCloseTo(300);
  });

  it('fits every heading and shares the rest fairly when the cells\' words cannot all fit', () => {
    const widths = fitColumns([100, 100, 100], [80, 60, 60], [140, 60, 140]);
    expect(sum(widths)).toBeCloseTo(300);
    widths.forEach((w, i) => expect(w).toBeGreaterThanOrEqual([80, 60, 60][i] - 1e-9));
    expect(widths[0]).toBeCloseTo(80 + (100 / 140) * 60);
    expect(widths[2]).toBeCloseTo(60 + (100 / 140) * 80);
  });

  it('keeps the preferred widths when not even the headings fit', () => {
    expect(fitColumns([100, 100], [150, 150], [150, 150])).toEqual([100, 100]);
    expect(fitToWords([100, 100], [150, 150])).toBeNull();
  });
});
