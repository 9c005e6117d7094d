/**
 * Turns the rows below the header into risks and measures, checking every cell before anything is
 * written: the import is all or nothing, and each problem names the sheet row and the column's header.
 * Regions write several measures under one risk with merged or empty risk cells (continuation rows);
 * those attach to the risk above. In the control-step format "Process/rutin" carries down the same way.
 */
import { isIsoDate } from '../model/calendar';
import { defaultRiskMatrix, RiskMatrixConfig, ScaleStep } from '../model/riskMatrix';
import { Locale } from '../model/statusLegend';
import { StatusColour } from '../model/types';
import { handlingFromWord } from './handling';
import { importMessages, ImportMessages } from './messages';
import { isoOfDate } from './readXlsx';
import { statusFromFill, statusFromWord } from './status';
import { ColumnMapping, GridCell, ImportField, ImportFormat, ImportItem, ImportMeasure, ImportProblem, SheetGrid } from './types';

const RISK_FIELDS: readonly ImportField[] = ['risk', 'consequence', 'cause', 'handling', 'probability', 'consequenceScore', 'riskValue'];
const MEASURE_FIELDS: readonly ImportField[] = ['measure', 'responsible', 'status', 'comment', 'due', 'method', 'frequency', 'reportTo'];

export interface RowsResult {
  items: ImportItem[];
  warnings: ImportProblem[];
  errors: ImportProblem[];
}

interface RowReader {
  row: number;
  has(field: ImportField): boolean;
  cell(field: ImportField): GridCell | undefined;
  /** The cell's text; risk-level cells that continue a merge read as empty. */
  text(field: ImportField): string;
  problem(field: ImportField, message: string): ImportProblem;
}

function readerFor(cells: GridCell[], row: number, columns: Map<ImportField, ColumnMapping>): RowReader {
  const cell = (field: ImportField): GridCell | undefined => {
    const column = columns.get(field);
    return column ? cells[column.columnIndex - 1] : undefined;
  };
  return {
    row,
    has: (field) => columns.has(field),
    cell,
    text: (field) => {
      const c = cell(field);
      if (!c || (c.mergedContinuation && RISK_FIELDS.indexOf(field) >= 0)) return '';
      return c.text;
    },
    problem: (field, message) => ({ row, column: columns.get(field)?.column ?? null, message })
  };
}

function parseScale(reader: RowReader, field: ImportField, scale: ScaleStep[], messages: ImportMessages, errors: ImportProblem[]): number | null {
  const text = reader.text(field);
  if (!text) return null;
  const byLabel = scale.find((s) => Object.keys(s.label).some((l) => s.label[l as Locale].toLowerCase() === text.toLowerCase()));
  const leading = /^(\d+)(?:[.,]0+)?(?:\s*[-–:]\s*.*)?$/.exec(text);
  const value = byLabel ? byLabel.value : leading ? Number(leading[1]) : NaN;
  if (isNaN(value)) {
    errors.push(reader.problem(field, messages.notANumber(text)));
    return null;
  }
  const values = scale.map((s) => s.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (values.indexOf(value) < 0) {
    errors.push(reader.problem(field, messages.outOfScale(text, min, max)));
    return null;
  }
  return value;
}

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

function readStatus(reader: RowReader, messages: ImportMessages, errors: ImportProblem[], warnings: ImportProblem[]): StatusColour | null {
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

function readMethod(reader: RowReader, messages: ImportMessages): string | undefined {
  if (!reader.has('method') && !reader.has('frequency') && !reader.has('reportTo')) return undefined;
  const strip = (s: string): string => s.replace(/[.\s]+$/, '');
  const parts = [
    strip(reader.text('method')),
    reader.text('frequency') ? `${messages.frequencyLabel}: ${strip(reader.text('frequency'))}` : '',
    reader.text('reportTo') ? `${messages.reportToLabel}: ${strip(reader.text('reportTo'))}` : ''
  ];
  return parts.filter((p) => p !== '').join('. ');
}

function readMeasure(reader: RowReader, fallbackText: string, messages: ImportMessages, errors: ImportProblem[], warnings: ImportProblem[]): ImportMeasure {
  const dueCell = reader.cell('due');
  let due: string | null = null;
  if (dueCell) {
    const parsed = parseDue(dueCell);
    if (parsed === undefined) errors.push(reader.problem('due', messages.notADate(dueCell.text)));
    else due = parsed;
  }
  const measure: ImportMeasure = {
    text: reader.has('measure') ? reader.text('measure') : fallbackText,
    responsible: reader.text('responsible'),
    status: readStatus(reader, messages, errors, warnings),
    comment: reader.text('comment'),
    due
  };
  const method = readMethod(reader, messages);
  if (method !== undefined) measure.method = method;
  return measure;
}

function hasMeasureContent(reader: RowReader): boolean {
  return MEASURE_FIELDS.some((f) => reader.text(f) !== '');
}

function hasAnyText(reader: RowReader): boolean {
  return [...RISK_FIELDS, ...MEASURE_FIELDS].some((f) => reader.text(f) !== '');
}

/** Reads every row below the header into risks with their measures. */
export function readRows(grid: SheetGrid, headerRow: number, mapping: ColumnMapping[], format: ImportFormat,
  locale: Locale, matrix: RiskMatrixConfig = defaultRiskMatrix): RowsResult {
  const messages = importMessages[locale];
  const columns = new Map<ImportField, ColumnMapping>();
  for (const column of mapping) if (column.field) columns.set(column.field, column);
  const items: ImportItem[] = [];
  const raw = new Map<ImportItem, Record<string, string>>();
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  let process = '';

  for (let index = headerRow + 1; index < grid.rows.length; index++) {
    const reader = readerFor(grid.rows[index], index + 1, columns);
    const processText = columns.has('process') ? reader.cell('process')?.text ?? '' : '';
    if (processText) process = processText;
    if (!hasAnyText(reader)) continue;

    const riskText = reader.text('risk');
    const previous = items[items.length - 1];
    const ownRiskDetails = RISK_FIELDS.filter((f) => f !== 'risk' && reader.text(f) !== '');
    const repeatsPrevious = previous !== undefined && riskText === previous.risk &&
      ownRiskDetails.every((f) => reader.text(f) === raw.get(previous)![f]);

    if (!riskText || repeatsPrevious) {
      if (!hasMeasureContent(reader)) {
        errors.push(reader.problem('risk', messages.riskMissing));
        continue;
      }
      if (!previous) {
        errors.push(reader.problem('risk', messages.continuationWithoutRisk));
        continue;
      }
      if (!repeatsPrevious && ownRiskDetails.some((f) => reader.text(f) !== raw.get(previous)![f])) {
        errors.push(reader.problem('risk', messages.continuationDiffers));
        continue;
      }
      if (reader.has('measure') && !reader.text('measure')) errors.push(reader.problem('measure', messages.measureMissing));
      previous.measures.push(readMeasure(reader, previous.risk, messages, errors, warnings));
      continue;
    }

    const handlingText = reader.text('handling');
    const handling = handlingFromWord(handlingText);
    if (handling === undefined) errors.push(reader.problem('handling', messages.unknownHandling(handlingText)));
    const probability = parseScale(reader, 'probability', matrix.probability, messages, errors);
    const consequenceScore = parseScale(reader, 'consequenceScore', matrix.consequence, messages, errors);
    const riskValueText = reader.text('riskValue');
    if (riskValueText && probability !== null && consequenceScore !== null) {
      const riskValue = Number(riskValueText.replace(',', '.'));
      if (isNaN(riskValue)) warnings.push(reader.problem('riskValue', messages.notANumber(riskValueText)));
      else if (riskValue !== probability * consequenceScore) {
        warnings.push(reader.problem('riskValue', messages.riskValueDisagrees(riskValue, probability, consequenceScore)));
      }
    }
    const item: ImportItem = {
      row: reader.row, risk: riskText, consequence: reader.text('consequence'), cause: reader.text('cause'),
      handling: handling ?? null, probability, consequenceScore, measures: []
    };
    if (format === 'controlSteps' && columns.has('process')) item.process = process;
    raw.set(item, Object.fromEntries(RISK_FIELDS.map((f) => [f, reader.text(f)])));
    items.push(item);
    if (hasMeasureContent(reader)) {
      if (reader.has('measure') && !reader.text('measure')) errors.push(reader.problem('measure', messages.measureMissing));
      item.measures.push(readMeasure(reader, riskText, messages, errors, warnings));
    }
  }
  return { items, warnings, errors };
}
