/**
 * The PDF renderer's running state and drawing primitives: the pdfkit document, the page being filled,
 * page breaks, inline text (runs in bold and italic, `\n` as line break), and the tagging that gives the
 * PDF a logical structure (headings, paragraphs, lists, tables) while rules, fills and the running
 * header and footer are marked as artifacts a screen reader skips.
 */
import type { PDFDocument, PdfKitStructElement } from 'pdfkit';
import { Inline, TextRun } from '../model';
import { MUTED_COLOUR, TEXT_COLOUR } from './colours';
import { MARGIN_POINTS, Orientation } from './pageGeometry';

export const FONT = { regular: 'Body', bold: 'Body-Bold', italic: 'Body-Italic', boldItalic: 'Body-BoldItalic' } as const;
export const SIZE = { title: 20, h1: 16, h2: 13, h3: 11.5, body: 10.5, small: 9, caption: 10, table: 8.5, running: 8 };
export const COLOUR = { text: `#${TEXT_COLOUR}`, muted: `#${MUTED_COLOUR}` };
export const LINE_GAP = 1.5;

export interface Flow {
  doc: PDFDocument;
  /** The structure tree's root element, the parent of every top-level block. */
  root: PdfKitStructElement;
  orientation: Orientation;
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  colour?: string;
  align?: 'left' | 'right' | 'center';
}

export function fontFor(bold: boolean, italic: boolean): string {
  return bold ? (italic ? FONT.boldItalic : FONT.bold) : italic ? FONT.italic : FONT.regular;
}

export const MARGINS = { top: MARGIN_POINTS, bottom: MARGIN_POINTS, left: MARGIN_POINTS, right: MARGIN_POINTS };

export function newPage(flow: Flow, orientation: Orientation): void {
  flow.doc.addPage({ size: 'A4', layout: orientation, margins: { ...MARGINS } });
  flow.orientation = orientation;
  flow.doc.x = MARGINS.left;
  flow.doc.y = MARGINS.top;
}

export function left(flow: Flow): number {
  return flow.doc.page.margins.left;
}

export function contentWidth(flow: Flow): number {
  const page = flow.doc.page;
  return page.width - page.margins.left - page.margins.right;
}

export function bottom(flow: Flow): number {
  return flow.doc.page.height - flow.doc.page.margins.bottom;
}

/** Moves to a new page unless `height` fits below the cursor (or the page is still empty anyway). */
export function ensureSpace(flow: Flow, height: number): void {
  const atTop = flow.doc.y <= flow.doc.page.margins.top + 0.5;
  if (!atTop && flow.doc.y + height > bottom(flow)) newPage(flow, flow.orientation);
}

/** Draws decoration (fills, rules, running header and footer) outside the logical structure. */
export function artifact(flow: Flow, draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
  flow.doc.markContent('Artifact', { type });
  draw();
  flow.doc.endMarkedContent();
}

interface FontInternals { _font?: { font?: { hasGlyphForCodePoint?(codePoint: number): boolean } } }

/** Signs a plan's text uses that the archival font lacks, written the way a typewriter would. */
const FALLBACKS: Record<string, string> = {
  '\u2265': '>=', '\u2264': '<=', '\u2260': '!=', '\u2248': '~', '\u2192': '->', '\u2190': '<-', '\u2194': '<->',
  '\u21d2': '=>', '\u2191': '^', '\u2193': 'v', '\u2713': 'x', '\u2714': 'x', '\u2717': 'x', '\u2022': '-'
};

/**
 * The text as the current font can show it. PDF/A forbids showing the .notdef glyph, which is what a
 * character outside the font (an emoji, an arrow) would become: a sign with a plain form (≥, ≤, →) is
 * written in that form, any other such character as U+FFFD, visibly and extractably a replacement. Tabs
 * and other control characters become spaces. Reads the current font's glyph coverage from pdfkit's
 * (pinned, 0.20) internals.
 */
export function printable(doc: PDFDocument, text: string): string {
  const font = (doc as unknown as FontInternals)._font?.font;
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ');
  if (!font?.hasGlyphForCodePoint) return plain;
  let out = '';
  for (const char of plain) {
    const code = char.codePointAt(0) ?? 0;
    out += char === '\n' || font.hasGlyphForCodePoint(code) ? char : FALLBACKS[char] ?? '\uFFFD';
  }
  return out;
}

function runsOf(inline: Inline): TextRun[] {
  const runs = typeof inline === 'string' ? [{ text: inline }] : inline.filter((run) => run.text !== '');
  return runs.length > 0 ? runs : [{ text: '' }];
}

export function plainText(inline: Inline): string {
  return runsOf(inline).map((run) => run.text).join('');
}

/** The width of the widest word of the inline in the style's font: what a column needs not to break a word. */
export function longestWord(flow: Flow, inline: Inline, style: TextStyle): number {
  const words = printable(flow.doc, plainText(inline)).split(/[\s\u00a0]+/).filter((w) => w !== '');
  if (words.length === 0) return 0;
  flow.doc.font(fontFor(!!style.bold, !!style.italic)).fontSize(style.size);
  // pdfkit's line wrapper measures a word with the space after it, and breaks the word if that does not fit.
  return Math.max(...words.map((w) => flow.doc.widthOfString(`${w} `)));
}

/** Height the inline takes at this width, measured in the style's base font. */
export function measure(flow: Flow, inline: Inline, width: number, style: TextStyle): number {
  const text = plainText(inline);
  if (text === '') return flow.doc.font(FONT.regular).fontSize(style.size).currentLineHeight(true);
  flow.doc.font(fontFor(!!style.bold, !!style.italic)).fontSize(style.size);
  return flow.doc.heightOfString(printable(flow.doc, text), { width, lineGap: LINE_GAP });
}

/**
 * Draws content as one structure element of `type` under `parent`: the content is marked once, and pdfkit
 * carries the marking over when text runs onto a new page. Fills and rules must not be drawn inside (an
 * artifact ends the marking), so callers draw them before or after.
 */
export function tagged(flow: Flow, parent: PdfKitStructElement, type: string, draw: () => void, options?: Record<string, unknown>): PdfKitStructElement {
  const element = flow.doc.struct(type, options);
  parent.add(element);
  const content = flow.doc.markStructureContent(type);
  draw();
  flow.doc.endMarkedContent();
  element.add(content);
  element.end();
  return element;
}

/** Draws an inline at (x, y) wrapped to `width`; pdfkit continues a long text on a new page. Returns the y below it. */
export function drawInline(flow: Flow, inline: Inline, x: number, y: number, width: number, style: TextStyle): number {
  const doc = flow.doc;
  const runs = runsOf(inline);
  if (runs.length === 1 && runs[0].text === '') return y + measure(flow, '', width, style);
  runs.forEach((run, index) => {
    doc.font(fontFor(!!(style.bold || run.bold), !!(style.italic || run.italic))).fontSize(style.size).fillColor(style.colour ?? COLOUR.text);
    const options = { width, align: style.align ?? 'left', lineGap: LINE_GAP, continued: index < runs.length - 1 };
    const text = printable(doc, run.text);
    if (index === 0) doc.text(text, x, y, options);
    else doc.text(text, options);
  });
  return doc.y;
}
