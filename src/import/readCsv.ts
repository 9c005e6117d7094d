/**
 * Reads CSV text into a grid: `;` or `,` or tab as separator, quoted fields with doubled quotes and line
 * breaks inside. The bytes were decoded and the text checked by csvGuards (encoding, quotes, line and cell
 * lengths, rows) before it gets here; even so at most MAX_ROWS rows and MAX_COLUMNS fields of a row are
 * kept, so no text can make this build more than the import reads.
 */
import { MAX_COLUMNS, MAX_ROWS } from './limits';
import { GridCell, SheetGrid } from './types';

/** Windows-1252's 0x80–0x9F; every other byte is the Latin-1 code point. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** What Excel on a Swedish Windows writes for "CSV (semikolonavgränsad)". */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    let out = '';
    const end = Math.min(bytes.length, start + 8192);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    parts.push(out);
  }
  return parts.join('');
}

export function detectSeparator(text: string): string {
  const sample = text.slice(0, 64 * 1024).split(/\r?\n/).slice(0, 20).join('\n').replace(/"[^"]*"/g, '');
  const count = (s: string): number => sample.split(s).length - 1;
  const candidates = [';', ',', '\t'];
  return candidates.reduce((best, s) => (count(s) > count(best) ? s : best), ';');
}

/** The rows of the text, at most `maxRows` of them and `maxFields` fields each (the rest is dropped). */
export function parseCsv(text: string, maxRows: number = MAX_ROWS, maxFields: number = MAX_COLUMNS): string[][] {
  const separator = detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    if (row.length < maxFields) row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length && rows.length < maxRows; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === separator) {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endField(); rows.push(row); row = [];
    } else {
      field += ch;
    }
  }
  if (rows.length < maxRows && (field !== '' || row.length > 0)) { endField(); rows.push(row); }
  return rows;
}

/** The grid of checked CSV text (csvGuards.decodeCsv and checkCsvText first). */
export function readCsv(text: string, name: string): SheetGrid {
  const rows = parseCsv(text);
  const width = Math.min(MAX_COLUMNS, rows.reduce((max, r) => Math.max(max, r.length), 0));
  return {
    name,
    rows: rows.map((r) => {
      const cells: GridCell[] = [];
      for (let c = 0; c < width; c++) {
        const text = (r[c] ?? '').trim();
        cells.push({ value: text === '' ? null : text, text, fill: null, mergedContinuation: false });
      }
      return cells;
    })
  };
}
