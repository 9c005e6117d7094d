/**
 * Checks a CSV file before it is parsed: its encoding (UTF-8 with or without BOM, UTF-16 with BOM,
 * otherwise Windows-1252 as Excel on a Swedish Windows writes it; UTF-16 without BOM, NUL bytes and UTF-8
 * with broken sequences are refused, each with the line where), then its shape in one pass that keeps only
 * counters: a quote never closed, a line or a cell too long, content beyond the rows and columns read.
 * Each problem names the row, so the user can find it.
 */
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_CSV_LINE_CHARS, MAX_ROWS } from './limits';
import { decodeWindows1252, detectSeparator } from './readCsv';

export type CsvProblem =
  | { kind: 'utf16WithoutBom' }
  | { kind: 'nul'; row: number }
  | { kind: 'invalidUtf8'; row: number; position: number; byte: number }
  | { kind: 'empty' }
  | { kind: 'unterminatedQuote'; row: number }
  | { kind: 'lineTooLong'; row: number }
  | { kind: 'cellTooLong'; row: number; column: number }
  | { kind: 'tooManyRows' }
  | { kind: 'tooWide'; row: number };

/** Where UTF-8 first breaks (-1 when never), how many sequences break it and how many valid multi-byte ones there are. */
function utf8Check(bytes: Uint8Array): { invalidAt: number; invalid: number; multiByte: number } {
  let invalidAt = -1;
  let invalid = 0;
  let multiByte = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    // The second byte's narrower ranges rule out overlong forms, surrogates and code points beyond U+10FFFF.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let valid = length > 0 && i + length <= bytes.length && bytes[i + 1] >= low && bytes[i + 1] <= high;
    for (let k = 2; valid && k < length; k++) valid = bytes[i + k] >= 0x80 && bytes[i + k] <= 0xbf;
    if (valid) {
      multiByte++;
      i += length;
    } else {
      if (invalidAt < 0) invalidAt = i;
      invalid++;
      i++;
    }
  }
  return { invalidAt, invalid, multiByte };
}

function lineOf(bytes: Uint8Array, offset: number): { row: number; lineStart: number } {
  let row = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) { row++; lineStart = i + 1; }
  }
  return { row, lineStart };
}

/** The text of a CSV file, or why its bytes cannot be trusted as text. */
export function decodeCsv(bytes: Uint8Array): { text: string } | { problem: CsvProblem } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return textWithoutNul(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return textWithoutNul(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) return { problem: { kind: 'nul', row: lineOf(body, nul).row } };
  const { invalidAt, invalid, multiByte } = utf8Check(body);
  if (invalidAt < 0) return { text: new TextDecoder('utf-8').decode(body) };
  // Text that is mostly UTF-8 (or says so with a BOM) and broken in places is damaged; otherwise it is Windows-1252,
  // where a valid UTF-8 pair ("Ä" before "”") is a rare accident.
  if (!bom && invalid >= multiByte) return { text: decodeWindows1252(body) };
  const { row, lineStart } = lineOf(body, invalidAt);
  const position = new TextDecoder('utf-8').decode(body.subarray(lineStart, invalidAt)).length + 1;
  return { problem: { kind: 'invalidUtf8', row, position, byte: body[invalidAt] } };
}

function textWithoutNul(text: string): { text: string } | { problem: CsvProblem } {
  const nul = text.indexOf('\u0000');
  if (nul < 0) return { text };
  return { problem: { kind: 'nul', row: text.slice(0, nul).split('\n').length } };
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** The first problem in the text's shape (rows are records, as Excel numbers them), or null. */
export function checkCsvText(text: string): CsvProblem | null {
  const separator = detectSeparator(text).charCodeAt(0);
  let row = 1;
  let column = 1;
  let cell = 0;
  let line = 0;
  let quoted = false;
  let quoteRow = 0;
  let cellHasContent = false;
  let rowHasContent = false;
  let anyContent = false;
  const endCell = (): CsvProblem | null => {
    if (cellHasContent && column > MAX_COLUMNS) return { kind: 'tooWide', row };
    rowHasContent = rowHasContent || cellHasContent;
    cell = 0;
    cellHasContent = false;
    return null;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (++line > MAX_CSV_LINE_CHARS) return { kind: 'lineTooLong', row };
    if (quoted) {
      if (c === QUOTE && text.charCodeAt(i + 1) === QUOTE) i++;
      else if (c === QUOTE) { quoted = false; continue; }
      cellHasContent = true;
      if (++cell > MAX_CELL_CHARS) return text.indexOf('"', i + 1) < 0 ? { kind: 'unterminatedQuote', row: quoteRow } : { kind: 'cellTooLong', row, column };
    } else if (c === QUOTE && cell === 0) {
      quoted = true;
      quoteRow = row;
    } else if (c === separator || c === LF || c === CR) {
      const problem = endCell();
      if (problem) return problem;
      if (c === separator) { column++; continue; }
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      if (rowHasContent && row > MAX_ROWS) return { kind: 'tooManyRows' };
      anyContent = anyContent || rowHasContent;
      row++;
      column = 1;
      line = 0;
      rowHasContent = false;
    } else {
      if (c !== 0x20 && c !== 0x09) cellHasContent = true;
      if (++cell > MAX_CELL_CHARS) return { kind: 'cellTooLong', row, column };
    }
  }
  if (quoted) return { kind: 'unterminatedQuote', row: quoteRow };
  const problem = endCell();
  if (problem) return problem;
  if (rowHasContent && row > MAX_ROWS) return { kind: 'tooManyRows' };
  return anyContent || rowHasContent ? null : { kind: 'empty' };
}
