/**
 * Reads a CSV file into a grid: UTF-8 with or without BOM, else Windows-1252 (what Excel on a Swedish
 * Windows writes for "CSV (semikolonavgränsad)"), `;` or `,` or tab as separator, quoted fields with
 * doubled quotes and line breaks inside.
 */
import { MAX_COLUMNS, MAX_ROWS } from './readXlsx';
import { GridCell, SheetGrid } from './types';

/** Windows-1252's 0x80–0x9F; every other byte is the Latin-1 code point. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let out = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    return out;
  }
}

function detectSeparator(text: string): string {
  const sample = text.split(/\r?\n/).slice(0, 20).join('\n').replace(/"[^"]*"/g, '');
  const count = (s: string): number => sample.split(s).length - 1;
  const candidates = [';', ',', '\t'];
  return candidates.reduce((best, s) => (count(s) > count(best) ? s : best), ';');
}

export function parseCsv(text: string): string[][] {
  const separator = detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === separator) {
      row.push(field); field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** Reads at most MAX_ROWS rows and MAX_COLUMNS columns (as for a workbook). */
export function readCsv(bytes: Uint8Array, name: string): SheetGrid {
  const all = parseCsv(decodeText(bytes));
  const rows = all.slice(0, MAX_ROWS);
  const tooManyRows = all.slice(MAX_ROWS).some((r) => r.some((f) => f.trim() !== ''));
  const width = Math.min(MAX_COLUMNS, rows.reduce((max, r) => Math.max(max, r.length), 0));
  return {
    name,
    ...(tooManyRows ? { tooManyRows } : {}),
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
