/**
 * The document renderers, for callers that load them on demand (`import()` this module when the user asks
 * for a document). This module is small: each renderer, with its library, is fetched only when first
 * used, so asking for a .docx never downloads pdfkit and the other way round.
 */
import type { ReportDocument } from '../model';
import type { PdfOptions } from './pdf';

export type { PdfOptions } from './pdf';
export type { FontLocation, PdfFonts, PdfFontSource } from './fonts';
export { fetchFonts, FONT_FILES, FONT_PACKAGE, nodeFonts } from './fonts';

export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  const renderer = await import(/* webpackChunkName: "render-docx" */ './docx');
  return renderer.renderDocx(doc);
}

/** An archival PDF/A-2b; in a browser pass `{ fonts: fetchFonts(url) }` (see fonts.ts). */
export async function renderPdf(doc: ReportDocument, options?: PdfOptions): Promise<Uint8Array> {
  const renderer = await import(/* webpackChunkName: "render-pdf" */ './pdf');
  return renderer.renderPdf(doc, options);
}

/** The media type of each rendering, for downloads and uploads to SharePoint. */
export const MEDIA_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf'
} as const;
