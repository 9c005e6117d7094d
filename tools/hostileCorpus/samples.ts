/**
 * What the corpus's files are made of: the expectation each file carries, a valid plan (title, header,
 * two risks) that most files break in one place, and small builders (CSV text, sheet XML of any size, a
 * PNG, a PDF, the shared 120 MB zip-bomb payload).
 */
import { cellXml, CellSpec, columnLetter, sheetXml, SheetSpec, workbook } from './office';
import { crc32, deflatedSpaces, utf8 } from './zip';
import { gzipSync } from 'zlib';

export type Expectation =
  /** The import refuses the file: every phrase appears in its errors; nothing is written. */
  | { outcome: 'refused'; phrases: string[]; itemsContain?: string[]; itemsLack?: string[] }
  /** The import takes the file (the phrases appear in its warnings) and stores each `stored` text exactly as written. */
  | { outcome: 'imported'; phrases: string[]; stored: string[] };

export interface CorpusEntry {
  file: string;
  /** What the file is, and why it is hostile or broken. */
  problem: string;
  expect: Expectation;
  build: () => Uint8Array | Promise<Uint8Array>;
}

export const HEADER = ['Risk', 'Beskrivning av konsekvens', 'Hantering av risk', 'Sannolikhet', 'Konsekvensgrad', 'Riskvärde', 'Åtgärd', 'Ansvarig', 'Status',
  'Kommentar', 'Klart senast'];
export const GOOD_ROWS: CellSpec[][] = [
  ['Brand i serverhallen', 'Driftstopp', 'begränsa', 2, 3, 6, 'Installera släcksystem', 'IT-chef', 'grön', 'Beställt', '2026-06-30'],
  ['Otillåten åtkomst', 'Dataläcka', 'eliminera', 3, 4, 12, 'Inför tvåfaktorsinloggning', 'Säkerhetssamordnare', 'gul', 'Pågår', '2026-09-30']
];
export const FORMULA_TEXTS = ['=cmd|\' /C calc\'!A0', '=HYPERLINK("http://evil.example","klicka")', '+SUM(1;2)', '-2+3', '@SUM(A1:A2)'];

export const plan = (title: string, rows: CellSpec[][] = GOOD_ROWS, header: CellSpec[] = HEADER): CellSpec[][] => [[title], header, ...rows];
export const sheet = (rows: CellSpec[][], extra: Partial<SheetSpec> = {}): SheetSpec => ({ name: 'Blad1', rows, ...extra });
export const refused = (...phrases: string[]): Expectation => ({ outcome: 'refused', phrases });

function csvField(cell: CellSpec): string {
  const text = cell === null ? '' : String(cell);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csv(rows: CellSpec[][]): Uint8Array {
  return utf8(rows.map((r) => r.map(csvField).join(';')).join('\r\n') + '\r\n');
}

export const BILLION_LAUGHS = '<!DOCTYPE worksheet [<!ENTITY lol "lol">' +
  Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('') + ']>';

/** A plan sheet whose XML carries a DTD after the XML declaration (and, optionally, something before it). */
export function sheetWithDtd(dtd: string, cellText: string, before = ''): string {
  const xml = sheetXml(sheet(plan('Internkontrollplan 2026 Entitetsnämnden')));
  return xml.replace('<worksheet', `${before}${dtd}<worksheet`).replace('Brand i serverhallen', cellText);
}

/** Rows of a worksheet written straight as XML (fast for 100,000 rows). */
export function bigSheetXml(rows: number, columns: number, cell: (r: number, c: number) => CellSpec): string {
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 1; c <= columns; c++) row += cellXml(cell(r, c), `${columnLetter(c)}${r}`);
    parts.push(`${row}</row>`);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${parts.join('')}</sheetData></worksheet>`;
}

export function png(): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([utf8(type), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  const idat = gzipSync(Buffer.from([0, 0])).subarray(10, -8);
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.concat([Buffer.from([0x78, 0x01]), idat, Buffer.alloc(4)])), chunk('IEND', Buffer.alloc(0))]));
}

export const PDF = '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
  'trailer << /Root 1 0 R >>\n%%EOF\n';

let bombPayload: Promise<Uint8Array> | null = null;
/** 120 MB of spaces, deflated once (about 120 KB) and shared by the bombs. */
export const bomb = (): Promise<Uint8Array> => (bombPayload ??= deflatedSpaces(120));
export const BOMB_BYTES = 120 * 1024 * 1024;

export const goodWorkbook = (title: string): Uint8Array => workbook([sheet(plan(title))]);

