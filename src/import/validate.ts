/**
 * Turns the rows below the header into risks and measures, checking every cell before anything is
 * written: the import is all or nothing, and each problem names the sheet row and the column's header.
 * Regions write several measures under one risk with merged or empty risk cells (continuation rows);
 * those attach to the risk above. In the control-step format "Process/rutin" carries down the same way.
 */
import { defaultRiskMatrix, RiskMatrixConfig, ScaleStep } from '../model/riskMatrix';
import { Locale } from '../model/statusLegend';
import { handlingFromWord } from './handling';
import { importMessages, ImportMessages } from './messages';
import { readDue, readStatus } from './cells';
import { columnsByField, measureBase, readerFor, RowReader } from './rows';
import { ColumnMapping, ImportField, ImportFormat, ImportMeasure, ImportProblem, ImportRisk, SheetGrid } from './types';

const RISK_FIELDS: readonly ImportField[] = ['risk', 'consequence', 'cause', 'handling', 'probability', 'consequenceScore', 'riskValue'];
const MEASURE_FIELDS: readonly ImportField[] = ['measure', 'responsible', 'status', 'comment', 'due', 'method', 'frequency', 'reportTo'];

export interface RowsResult {
  items: ImportRisk[];
  warnings: ImportProblem[];
  errors: ImportProblem[];
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
  const due = readDue(reader, messages, errors);
  const measure: ImportMeasure = {
    ...measureBase(reader, reader.has('measure') ? reader.text('measure') : fallbackText),
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

/** Reads every row below the header into risks with their measures (the risk table and the control-step format). */
export function readRows(grid: SheetGrid, headerRow: number, mapping: ColumnMapping[], format: ImportFormat,
  locale: Locale, matrix: RiskMatrixConfig = defaultRiskMatrix): RowsResult {
  const messages = importMessages[locale];
  const columns = columnsByField(mapping);
  const items: ImportRisk[] = [];
  const raw = new Map<ImportRisk, Record<string, string>>();
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  let process = '';

  for (let index = headerRow + 1; index < grid.rows.length; index++) {
    const reader = readerFor(grid, index, columns, RISK_FIELDS);
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
    const item: ImportRisk = {
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
