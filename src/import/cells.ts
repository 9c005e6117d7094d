/**
 * Reading single cells that every layout shares: a due date (date cell, Excel serial or text) and a
 * traffic-light status (a word, or only the cell's fill), each problem named by row and column.
 */
import { isIsoDate } from '../model/calendar';
import { StatusColour } from '../model/types';
import { ImportMessages } from './messages';
import { isoOfDate } from './readXlsx';
import { RowReader } from './rows';
import { statusFromFill, statusFromWord } from './status';
import { GridCell, ImportProblem } from './types';

const pad = (n: number): string => String(n).padStart(2, '0');

/** A due date from a date cell, an Excel serial number or text (2026-06-30, 30/6/2026, 30.6.2026, 20260630). */
export function parseDue(cell: GridCell): string | null | undefined {
  const value = cell.value;
  if (value === null || cell.text === '') return null;
  if (value instanceof Date) return isoOfDate(value);
  if (typeof value === 'number') {
    if (value < 20000 || value > 80000 || Math.floor(value) !== value) return undefined;
    return isoOfDate(new Date(Date.UTC(1899, 11, 30) + value * 86_400_000));
  }
  const text = cell.text.replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '');
  let iso: string | null = null;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) iso = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  m = m ? null : /^(\d{1,2})[-/.](\d{1,2})[-/. ](\d{4})$/.exec(text);
  if (m) iso = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  m = iso ? null : /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) iso = `${m[1]}-${m[2]}-${m[3]}`;
  return iso && isIsoDate(iso) ? iso : undefined;
}

export function readStatus(reader: RowReader, messages: ImportMessages, errors: ImportProblem[], warnings: ImportProblem[]): StatusColour | null {
  const cell = reader.cell('status');
  if (!cell) return null;
  const byFill = statusFromFill(cell.fill);
  if (!cell.text) return byFill;
  const byWord = statusFromWord(cell.text);
  if (!byWord) {
    if (byFill) return byFill;
    errors.push(reader.problem('status', messages.unknownStatus(cell.text)));
    return null;
  }
  if (byFill && byFill !== byWord) {
    warnings.push(reader.problem('status', messages.statusWordAndFillDisagree(messages.statusNames[byWord], messages.statusNames[byFill])));
  }
  return byWord;
}

/** The row's due date; an unreadable one is an error on the cell. */
export function readDue(reader: RowReader, messages: ImportMessages, errors: ImportProblem[]): string | null {
  const cell = reader.cell('due');
  if (!cell) return null;
  const parsed = parseDue(cell);
  if (parsed !== undefined) return parsed;
  errors.push(reader.problem('due', messages.notADate(cell.text)));
  return null;
}
