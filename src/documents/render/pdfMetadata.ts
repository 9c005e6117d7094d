/**
 * The archival metadata of the PDF: the document information dictionary and its XMP twin, which PDF/A
 * requires to agree. pdfkit writes the PDF/A identification (pdfaid:part 2, conformance B), the output
 * intent, the creation date and title/author/subject; this module adds the modification and metadata
 * dates and the language, escapes the texts pdfkit puts into the XMP unescaped, and replaces pdfkit's
 * file identifier (a hash of the info dictionary) with one derived from the document's whole content.
 */
import type { PDFDocument } from 'pdfkit';
import { DocumentMeta, ReportDocument } from '../model';
import { isoSeconds } from './frozenDate';
import { escapeXml } from './xmlText';

export const CREATOR = 'Internkontroll 365';

export function documentInfo(meta: DocumentMeta, date: Date): Record<string, string | Date> {
  const info: Record<string, string | Date> = { Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: CREATOR, CreationDate: date, ModDate: date };
  for (const key of ['Title', 'Author', 'Subject']) if (info[key] === '') delete info[key];
  return info;
}

interface PdfKitInternals {
  info: Record<string, string | Date>;
  endMetadata(): void;
  /** The trailer's file identifier (both halves). */
  _id: Uint8Array;
}

/** Adds the metadata pdfkit leaves out, and makes pdfkit escape what it writes into the XMP packet. */
export function completeMetadata(doc: PDFDocument, meta: DocumentMeta, date: Date): void {
  const when = isoSeconds(date);
  doc.appendXML([
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:ModifyDate>${when}</xmp:ModifyDate><xmp:MetadataDate>${when}</xmp:MetadataDate>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(meta.language)}</rdf:li></rdf:Bag></dc:language>`,
    '</rdf:Description>'
  ].join(''));
  // pdfkit 0.20 writes the info strings into the XMP as they are, so a title with "&" or "<" would make the
  // packet malformed. The info dictionary is already written when endMetadata runs: escape only for it.
  const internals = doc as unknown as PdfKitInternals;
  const endMetadata = internals.endMetadata;
  internals.endMetadata = function (this: PdfKitInternals): void {
    const info = this.info;
    this.info = Object.fromEntries(Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]));
    try {
      endMetadata.call(this);
    } finally {
      this.info = info;
    }
  };
}

/** 16 bytes of SHA-256 over the document's JSON: the same content always gets the same file identifier. */
export async function contentIdentifier(doc: ReportDocument): Promise<Uint8Array | null> {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(doc)));
  return new Uint8Array(digest).slice(0, 16);
}

export function setFileIdentifier(doc: PDFDocument, id: Uint8Array | null): void {
  if (id) (doc as unknown as PdfKitInternals)._id = id;
}
