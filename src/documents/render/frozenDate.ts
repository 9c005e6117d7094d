/**
 * The one instant a rendering writes as its date: the document's `createdAt`, when its content was frozen.
 * Renderers never read the clock, so the same document always renders to the same bytes.
 */
import { DocumentMeta } from '../model';

export function frozenDate(meta: DocumentMeta): Date {
  const date = new Date(meta.createdAt);
  if (isNaN(date.getTime())) throw new Error(`The document's createdAt is not a date: "${meta.createdAt}"`);
  return date;
}

/** ISO 8601 in UTC to the second, e.g. 2026-03-02T08:30:00Z (W3CDTF, as .docx and XMP want it). */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
