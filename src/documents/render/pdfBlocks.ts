/**
 * Draws the document model's text blocks on the PDF pages: the title, headings (kept with what follows),
 * paragraphs, numbered and bulleted lists with hanging labels, and facts as label–value rows. Tables
 * are drawn by pdfTable.ts.
 */
import { Block, Inline } from '../model';
import { contentWidth, drawInline, ensureSpace, Flow, left, LINE_GAP, longestWord, measure, newPage, SIZE, tagged, TextStyle, COLOUR } from './pdfFlow';
import { drawTable } from './pdfTable';

const HEADING_SIZE = { 1: SIZE.h1, 2: SIZE.h2, 3: SIZE.h3 } as const;
const SPACE_BEFORE = { 1: 14, 2: 10, 3: 8 } as const;
const LIST_INDENT = 20;

function atTopOfPage(flow: Flow): boolean {
  return flow.doc.y <= flow.doc.page.margins.top + 0.5;
}

function lines(flow: Flow, count: number, size: number): number {
  return count * (size * 1.2 + LINE_GAP);
}

/** A text that starts at the left margin and spans the text width, as one structure element. */
function textBlock(flow: Flow, inline: Inline, style: TextStyle, type: string, keepWithNext: number, after: number): void {
  const width = contentWidth(flow);
  const height = measure(flow, inline, width, style);
  // Start on a new page rather than leave a lone line (or a heading without its text) at the bottom.
  ensureSpace(flow, Math.min(height, lines(flow, 2, style.size)) + keepWithNext);
  const y = flow.doc.y;
  tagged(flow, flow.root, type, () => { drawInline(flow, inline, left(flow), y, width, style); });
  flow.doc.y += after;
}

export function drawTitle(flow: Flow, title: string): void {
  textBlock(flow, title, { size: SIZE.title, bold: true }, 'H1', 0, 10);
}

function drawHeading(flow: Flow, level: 1 | 2 | 3, text: string): void {
  if (!atTopOfPage(flow)) flow.doc.y += SPACE_BEFORE[level];
  textBlock(flow, text, { size: HEADING_SIZE[level], bold: true }, `H${level}`, lines(flow, 3, SIZE.body), 4);
}

function paragraphStyle(style: 'normal' | 'small' | 'note' | undefined): TextStyle {
  if (style === 'small') return { size: SIZE.small };
  if (style === 'note') return { size: SIZE.small, italic: true, colour: COLOUR.muted };
  return { size: SIZE.body };
}

function drawList(flow: Flow, ordered: boolean, items: Inline[]): void {
  const list = flow.doc.struct('L');
  flow.root.add(list);
  const style = { size: SIZE.body };
  items.forEach((item, index) => {
    const x = left(flow);
    const width = contentWidth(flow) - LIST_INDENT;
    ensureSpace(flow, Math.min(measure(flow, item, width, style), lines(flow, 2, style.size)));
    const y = flow.doc.y;
    const entry = flow.doc.struct('LI');
    list.add(entry);
    tagged(flow, entry, 'Lbl', () => { drawInline(flow, ordered ? `${index + 1}.` : '\u2022', x, y, LIST_INDENT, style); });
    let below = y;
    tagged(flow, entry, 'LBody', () => { below = drawInline(flow, item, x + LIST_INDENT, y, width, style); });
    entry.end();
    flow.doc.y = below + 3;
  });
  list.end();
  flow.doc.y += 4;
}

function drawFacts(flow: Flow, rows: Array<{ label: string; value: string }>): void {
  const table = flow.doc.struct('Table');
  flow.root.add(table);
  const style = { size: SIZE.body };
  // A third of the width, or more (up to almost half) when a label has a word that would not fit.
  const widest = Math.max(0, ...rows.map((row) => longestWord(flow, row.label, { ...style, bold: true })));
  const labelWidth = Math.min(contentWidth(flow) * 0.45, Math.max(contentWidth(flow) * 0.3, widest + 12));
  const valueWidth = contentWidth(flow) - labelWidth;
  for (const row of rows) {
    const x = left(flow);
    const height = Math.max(measure(flow, row.label, labelWidth - 8, { ...style, bold: true }), measure(flow, row.value, valueWidth, style));
    ensureSpace(flow, height);
    const y = flow.doc.y;
    const tr = flow.doc.struct('TR');
    table.add(tr);
    tagged(flow, tr, 'TH', () => { drawInline(flow, row.label, x, y, labelWidth - 8, { ...style, bold: true }); }, { scope: 'Row' });
    tagged(flow, tr, 'TD', () => { drawInline(flow, row.value, x + labelWidth, y, valueWidth, style); });
    tr.end();
    flow.doc.y = y + height + 3;
  }
  table.end();
  flow.doc.y += 6;
}

export function drawBlock(flow: Flow, block: Block): void {
  switch (block.type) {
    case 'heading': drawHeading(flow, block.level, block.text); break;
    case 'paragraph': textBlock(flow, block.text, paragraphStyle(block.style), 'P', 0, 6); break;
    case 'list': drawList(flow, block.ordered, block.items); break;
    case 'facts': drawFacts(flow, block.rows); break;
    case 'table': drawTable(flow, block); break;
    case 'pageBreak': newPage(flow, flow.orientation); break;
    default: break;
  }
}
