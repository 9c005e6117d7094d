/**
 * The parts of the .docx package that the docx library stamps with the clock, made deterministic: the core
 * properties (docProps/core.xml, which the library always dates "now" and writes without a language) and
 * the modification times in the zip headers. Both are set from the document's frozen date.
 */
import { DocumentMeta } from '../model';
import { frozenDate, isoSeconds } from './frozenDate';
import { escapeXml } from './xmlText';

export const CORE_PROPERTIES_PATH = 'docProps/core.xml';

/** docProps/core.xml with title, subject, author, language and the frozen creation/modification date. */
export function corePropertiesXml(meta: DocumentMeta): string {
  const when = isoSeconds(frozenDate(meta));
  const element = (name: string, value: string): string => (value.trim() === '' ? '' : `<${name}>${escapeXml(value)}</${name}>`);
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:title', meta.title),
    element('dc:subject', meta.subject),
    element('dc:creator', meta.author),
    element('cp:lastModifiedBy', meta.author),
    element('dc:language', meta.language),
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>'
  ].join('');
}

/** An MS-DOS date and time as zip headers store them (two-second resolution), from the date's UTC fields. */
function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate()
  };
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/**
 * Rewrites the modification time of every entry in a zip file, in its local header and its central
 * directory entry. The CRCs cover only the file data, so nothing else changes. Works on the plain
 * (non-zip64) archives the docx library writes; anything else is left as it is.
 */
export function stampZipEntries(zip: Uint8Array, date: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { time, day } = dosDateTime(date);
  let end = zip.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) return zip;
  const count = view.getUint16(end + 10, true);
  let entry = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (entry + 46 > zip.byteLength || view.getUint32(entry, true) !== CENTRAL_HEADER) break;
    view.setUint16(entry + 12, time, true);
    view.setUint16(entry + 14, day, true);
    const local = view.getUint32(entry + 42, true);
    if (local + 30 <= zip.byteLength && view.getUint32(local, true) === LOCAL_HEADER) {
      view.setUint16(local + 10, time, true);
      view.setUint16(local + 12, day, true);
    }
    entry += 46 + view.getUint16(entry + 28, true) + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
  }
  return zip;
}
