/**
 * Renders a ReportDocument as an archival PDF/A-2b (the format Riksarkivet's RA-FS 2009:2 names for
 * preservation) with pdfkit: PDF 1.7, every font embedded (Noto Sans, see fonts.ts; pdfkit's built-in
 * Helvetica is never loaded), the sRGB output intent, XMP identification and metadata, a tagged logical
 * structure, A4 pages in the sections' orientations, and a running header and footer with "Sida X av Y"
 * filled in once all pages are laid out. The same document renders to the same bytes.
 */
import type { PDFDocument } from 'pdfkit';
import { ReportDocument } from '../model';
import { PdfFonts, PdfFontSource, resolveFonts } from './fonts';
import { frozenDate } from './frozenDate';
import { pageLabel } from './labels';
import { drawBlock, drawTitle } from './pdfBlocks';
import { artifact, COLOUR, FONT, Flow, MARGINS, newPage, printable, SIZE } from './pdfFlow';
import { completeMetadata, contentIdentifier, documentInfo, setFileIdentifier } from './pdfMetadata';
import { splitSections } from './sections';

export interface PdfOptions {
  /** The fonts to embed; in Node they default to the installed Noto Sans package. */
  fonts?: PdfFontSource;
}

type PdfKitModule = { PDFDocument?: typeof PDFDocument; default?: typeof PDFDocument };

/**
 * pdfkit's Node build in Node, its browser build (no fs, no Node streams) when bundled for a browser, both
 * picked by pdfkit's package exports. The browser build computes a URL from `import.meta.url` when it
 * loads: fine in webpack 5 and in esbuild's ESM output; an esbuild IIFE bundle leaves import.meta empty
 * and needs `define: { 'import.meta.url': 'location.href' }`.
 */
async function loadPdfKit(): Promise<typeof PDFDocument> {
  const mod = (await import(/* webpackChunkName: "pdfkit" */ 'pdfkit')) as unknown as PdfKitModule;
  const ctor = mod.PDFDocument ?? mod.default;
  if (!ctor) throw new Error('pdfkit did not load');
  return ctor;
}

function registerFonts(doc: PDFDocument, fonts: PdfFonts): void {
  doc.registerFont(FONT.regular, fonts.regular);
  doc.registerFont(FONT.bold, fonts.bold);
  doc.registerFont(FONT.italic, fonts.italic);
  doc.registerFont(FONT.boldItalic, fonts.boldItalic);
}

/**
 * One line of the running header or footer: `start` at the left, `end` right-aligned, `end` cut with an
 * ellipsis where the two would meet (the full title is in the document and its metadata anyway).
 */
function runningLine(pdf: PDFDocument, start: string, end: string, x: number, y: number, width: number): void {
  pdf.font(FONT.regular).fontSize(SIZE.running).fillColor(COLOUR.muted);
  const line = { height: pdf.currentLineHeight(true), ellipsis: true, lineBreak: true };
  start = printable(pdf, start);
  end = printable(pdf, end);
  const startWidth = Math.min(pdf.widthOfString(start), width * 0.45);
  const gap = start === '' ? 0 : 12;
  if (start !== '') pdf.text(start, x, y, { ...line, width: startWidth + 1 });
  if (end !== '') pdf.text(end, x + startWidth + gap, y, { ...line, width: width - startWidth - gap, align: 'right' });
}

/** The running header (organisation, title) and footer (footer text, page x of y) on every page. */
function drawRunningText(flow: Flow, doc: ReportDocument): void {
  const pdf = flow.doc;
  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    const page = pdf.switchToPage(range.start + i);
    const saved = page.margins;
    // Text outside the margins would make pdfkit start a new page: lift the margins while drawing there.
    page.margins = { top: 0, bottom: 0, left: saved.left, right: saved.right };
    const width = page.width - saved.left - saved.right;
    artifact(flow, () => {
      runningLine(pdf, doc.meta.organisation, doc.meta.title, saved.left, saved.top / 2 - SIZE.running / 2, width);
      runningLine(pdf, doc.meta.footer, pageLabel(doc.meta.language, i + 1, range.count), saved.left, page.height - saved.bottom / 2 - SIZE.running / 2, width);
    }, 'Pagination');
    page.margins = saved;
  }
}

function collect(pdf: PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    pdf.on('data', (chunk) => chunks.push(chunk));
    pdf.on('error', reject);
    pdf.on('end', () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
      let offset = 0;
      for (const chunk of chunks) {
        out.set(chunk, offset);
        offset += chunk.byteLength;
      }
      resolve(out);
    });
  });
}

export async function renderPdf(doc: ReportDocument, options: PdfOptions = {}): Promise<Uint8Array> {
  const date = frozenDate(doc.meta);
  const [PDFDocumentClass, fonts, id] = await Promise.all([loadPdfKit(), resolveFonts(options.fonts), contentIdentifier(doc)]);
  const sections = splitSections(doc);
  const pdf = new PDFDocumentClass({
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: doc.meta.language,
    displayTitle: true,
    autoFirstPage: false,
    bufferPages: true,
    font: null,
    size: 'A4',
    margins: { ...MARGINS },
    info: documentInfo(doc.meta, date)
  });
  const bytes = collect(pdf);
  registerFonts(pdf, fonts);
  completeMetadata(pdf, doc.meta, date);
  setFileIdentifier(pdf, id);

  const root = pdf.struct('Document');
  pdf.addStructure(root);
  const flow: Flow = { doc: pdf, root, orientation: sections[0].orientation };
  sections.forEach((section, index) => {
    newPage(flow, section.orientation);
    if (index === 0 && doc.meta.title.trim() !== '') drawTitle(flow, doc.meta.title);
    for (const block of section.blocks) drawBlock(flow, block);
  });
  drawRunningText(flow, doc);
  root.end();
  pdf.end();
  return bytes;
}
