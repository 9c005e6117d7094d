/**
 * Draws a table on the PDF pages: columns scaled to the text width (each at least as wide as its longest
 * word, where the table has room), wrapped cell text, status fills with
 * readable text, group rows across the full width (kept with the row after them), and page breaks between
 * rows only: a row that does not fit starts a new page, which begins with the table's header row again.
 */
import type { PdfKitStructElement } from 'pdfkit';
import { Block, TableColumn, TableRow } from '../model';
import { cellSpans, fitColumns, scaleWidths } from './pageGeometry';
import { artifact, bottom, contentWidth, drawInline, ensureSpace, Flow, left, longestWord, measure, newPage, SIZE, tagged, TextStyle } from './pdfFlow';
import { cellColours, HEADER_FILL, RULE_COLOUR, TEXT_COLOUR } from './colours';

const PAD_X = 4;
const PAD_Y = 3;

interface PlacedCell {
  text: string;
  /** Offset from the table's left edge, and width, in points. */
  x: number;
  width: number;
  style: TextStyle;
  fill?: string;
  header: boolean;
}

interface PlacedRow {
  cells: PlacedCell[];
  height: number;
  group: boolean;
}

type TableBlock = Extract<Block, { type: 'table' }>;

function placeRow(flow: Flow, cells: PlacedCell[], group: boolean): PlacedRow {
  const heights = cells.map((c) => measure(flow, c.text, c.width - 2 * PAD_X, c.style));
  return { cells, group, height: Math.max(...heights) + 2 * PAD_Y };
}

function headerRow(flow: Flow, columns: readonly TableColumn[], widths: number[], offsets: number[]): PlacedRow {
  return placeRow(flow, columns.map((c, i) => ({
    text: c.title, x: offsets[i], width: widths[i], header: true, fill: HEADER_FILL,
    style: { size: SIZE.table, bold: true, colour: `#${TEXT_COLOUR}`, align: c.align ?? 'left' }
  })), false);
}

function bodyRow(flow: Flow, row: TableRow, columns: readonly TableColumn[], widths: number[], offsets: number[]): PlacedRow {
  const group = row.group === true;
  const cells = cellSpans(row.cells, columns.length, group).map(({ start, span, filler }, index): PlacedCell => {
    const width = widths.slice(start, start + span).reduce((a, b) => a + b, 0);
    const cell = filler ? { text: '' } : row.cells[index];
    const colours = cellColours(cell, group);
    return {
      text: cell.text, x: offsets[start], width, header: false, fill: colours.fill,
      style: { size: SIZE.table, bold: !!cell.bold || group, italic: !!cell.italic, colour: `#${colours.text}`, align: group ? 'left' : columns[start].align ?? 'left' }
    };
  });
  return placeRow(flow, cells, group);
}

function drawRow(flow: Flow, table: PdfKitStructElement, row: PlacedRow): void {
  const doc = flow.doc;
  const x0 = left(flow);
  const y = doc.y;
  artifact(flow, () => {
    for (const cell of row.cells) if (cell.fill) doc.rect(x0 + cell.x, y, cell.width, row.height).fill(`#${cell.fill}`);
    doc.lineWidth(0.5).strokeColor(`#${RULE_COLOUR}`);
    for (const cell of row.cells) doc.rect(x0 + cell.x, y, cell.width, row.height).stroke();
  });
  const tr = doc.struct('TR');
  table.add(tr);
  for (const cell of row.cells) {
    tagged(flow, tr, cell.header ? 'TH' : 'TD', () => {
      drawInline(flow, cell.text, x0 + cell.x + PAD_X, y + PAD_Y, cell.width - 2 * PAD_X, cell.style);
    }, cell.header ? { scope: 'Column' } : undefined);
  }
  tr.end();
  doc.y = y + row.height;
}

/** Per column, the width its longest word needs (the header's in bold; with `body`, the cells' too), with the cell padding. */
function wordMinimums(flow: Flow, block: TableBlock, body: boolean): number[] {
  const mins = block.columns.map((c) => longestWord(flow, c.title, { size: SIZE.table, bold: true }));
  for (const row of body ? block.rows : []) {
    if (row.group) continue;
    cellSpans(row.cells, block.columns.length, false).forEach(({ start, span, filler }, index) => {
      const cell = row.cells[index];
      if (filler || span !== 1 || !cell) return;
      mins[start] = Math.max(mins[start], longestWord(flow, cell.text, { size: SIZE.table, bold: !!cell.bold, italic: !!cell.italic }));
    });
  }
  return mins.map((m) => m + 2 * PAD_X + 2);
}

/** The columns' widths: as the document weighs them, but so that no word breaks where the page has room (fitColumns). */
function columnWidths(flow: Flow, block: TableBlock): number[] {
  return fitColumns(scaleWidths(block.columns, contentWidth(flow), false), wordMinimums(flow, block, false), wordMinimums(flow, block, true));
}

export function drawTable(flow: Flow, block: TableBlock): void {
  const widths = columnWidths(flow, block);
  const offsets = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  const header = headerRow(flow, block.columns, widths, offsets);
  const rows = block.rows.map((row) => bodyRow(flow, row, block.columns, widths, offsets));
  const captionStyle: TextStyle = { size: SIZE.caption, bold: true };
  const captionHeight = block.caption.trim() === '' ? 0 : measure(flow, block.caption, contentWidth(flow), captionStyle) + 4;

  // The caption stays with the header row and the first row.
  ensureSpace(flow, captionHeight + header.height + (rows[0]?.height ?? 0));
  const table = flow.doc.struct('Table');
  flow.root.add(table);
  if (captionHeight > 0) {
    const y = flow.doc.y;
    tagged(flow, table, 'Caption', () => { drawInline(flow, block.caption, left(flow), y, contentWidth(flow), captionStyle); });
    flow.doc.y = y + captionHeight;
  }
  drawRow(flow, table, header);
  rows.forEach((row, index) => {
    // A group heading never ends a page: it needs room for the row it heads as well.
    const keepWith = row.group && index + 1 < rows.length ? rows[index + 1].height : 0;
    if (flow.doc.y + row.height + keepWith > bottom(flow)) {
      newPage(flow, flow.orientation);
      drawRow(flow, table, header);
    }
    drawRow(flow, table, row);
  });
  table.end();
  flow.doc.y += 10;
}
