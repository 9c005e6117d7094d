/**
 * Exports a plan's register with one follow-up period's statuses to .xlsx, in the shape the import
 * reads back: two title rows (the plan with its year; the period), a frozen header row with the
 * import's own Swedish (or English) headers, one row per measure with the risk on its first measure's
 * row only (continuation rows, as regions write them), the status as both the legend's fill colour and
 * its word, and the due date as a real date cell.
 */
import { createWorkbook, Worksheet, writeWorkbook } from '../import/excel';
import { latestReports } from '../model/followUp';
import { Locale, legendFor } from '../model/statusLegend';
import { FollowUpPeriod, Handling, Measure, Plan, PlanItem, Role, StatusReport } from '../model/types';

export interface ExportInput {
  plan: Plan;
  items: PlanItem[];
  measures: Measure[];
  /** Roles by key, for the responsible column. */
  roles: Map<string, Role>;
  reports: StatusReport[];
  /** The follow-up period whose statuses are exported; null exports the register without statuses. */
  period: FollowUpPeriod | null;
  locale: Locale;
}

type Column = 'risk' | 'consequence' | 'handling' | 'cause' | 'probability' | 'severity' | 'riskValue' | 'measure' | 'responsible'
  | 'method' | 'due' | 'status' | 'comment';

interface ColumnSpec {
  id: Column;
  width: number;
}

const COLUMNS: ColumnSpec[] = [
  { id: 'risk', width: 40 }, { id: 'consequence', width: 40 }, { id: 'handling', width: 14 }, { id: 'cause', width: 40 },
  { id: 'probability', width: 12 }, { id: 'severity', width: 14 }, { id: 'riskValue', width: 10 }, { id: 'measure', width: 45 },
  { id: 'responsible', width: 22 }, { id: 'method', width: 30 }, { id: 'due', width: 13 }, { id: 'status', width: 10 },
  { id: 'comment', width: 50 }
];

/** The headers, spelled as the import recognises them (see src/import/headers.ts). */
const HEADERS: Record<Locale, Record<Column, string>> = {
  'sv-SE': {
    risk: 'Beskrivning av risk', consequence: 'Beskrivning av konsekvens', handling: 'Hantering av risk', cause: 'Bakomliggande orsak',
    probability: 'Sannolikhet', severity: 'Konsekvensgrad', riskValue: 'Riskvärde', measure: 'Åtgärd',
    responsible: 'Ansvarig för genomförande', method: 'Metod', due: 'Klart senast', status: 'Status', comment: 'Kommentar'
  },
  'en-US': {
    risk: 'Risk', consequence: 'Consequence description', handling: 'Risk handling', cause: 'Cause', probability: 'Probability',
    severity: 'Severity', riskValue: 'Risk value', measure: 'Measure', responsible: 'Responsible', method: 'Method', due: 'Due date',
    status: 'Status', comment: 'Comment'
  }
};

const HANDLING_WORDS: Record<Locale, Record<Handling, string>> = {
  'sv-SE': { accept: 'behålla', reduce: 'begränsa', eliminate: 'eliminera' },
  'en-US': { accept: 'accept', reduce: 'reduce', eliminate: 'eliminate' }
};

function periodLine(period: FollowUpPeriod | null, locale: Locale): string {
  if (locale === 'sv-SE') return period ? `Uppföljning: ${period.title}, status per ${period.asOfDate}` : 'Uppföljning: ingen vald';
  return period ? `Follow-up: ${period.title}, status as of ${period.asOfDate}` : 'Follow-up: none chosen';
}

export function planHeading(plan: Plan): string {
  return plan.title.indexOf(String(plan.year)) >= 0 ? plan.title : `${plan.title} ${plan.year}`;
}

/** A worksheet name Excel accepts: no []:*?/\ and at most 31 characters. */
export function sheetNameFor(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Plan';
}

const byKey = (a: { key: string }, b: { key: string }): number => a.key.localeCompare(b.key, undefined, { numeric: true });

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function writeRows(sheet: Worksheet, input: ExportInput, columns: ColumnSpec[]): void {
  const col = (id: Column): number => columns.findIndex((c) => c.id === id) + 1;
  const latest = input.period ? latestReports(input.reports, input.period.key) : new Map<string, StatusReport>();
  const items = [...input.items].sort((a, b) => a.sortOrder - b.sortOrder || byKey(a, b));
  for (const item of items) {
    const measures = input.measures.filter((m) => m.itemKey === item.key).sort(byKey);
    const rows = measures.length > 0 ? measures : [null];
    rows.forEach((measure, index) => {
      const row = sheet.addRow([]);
      if (index === 0) {
        row.getCell(col('risk')).value = item.title;
        row.getCell(col('consequence')).value = item.consequence;
        row.getCell(col('handling')).value = item.handling ? HANDLING_WORDS[input.locale][item.handling] : null;
        row.getCell(col('cause')).value = item.cause;
        row.getCell(col('probability')).value = item.probability;
        row.getCell(col('severity')).value = item.severity;
        if (item.probability !== null && item.severity !== null) {
          const p = sheet.getColumn(col('probability')).letter;
          const s = sheet.getColumn(col('severity')).letter;
          row.getCell(col('riskValue')).value = { formula: `${p}${row.number}*${s}${row.number}`, result: item.probability * item.severity };
        }
      }
      if (!measure) return;
      row.getCell(col('measure')).value = measure.title;
      row.getCell(col('responsible')).value = measure.roleKey ? input.roles.get(measure.roleKey)?.title ?? null : null;
      if (col('method') > 0) row.getCell(col('method')).value = measure.method || null;
      if (measure.dueDate) {
        const due = row.getCell(col('due'));
        due.value = isoToDate(measure.dueDate);
        due.numFmt = 'yyyy-mm-dd';
      }
      const report = latest.get(measure.key);
      if (report?.status) {
        const legend = legendFor(report.status);
        const status = row.getCell(col('status'));
        status.value = legend.label[input.locale];
        status.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(legend.hex) } };
        status.font = { color: { argb: argb(legend.textColour) }, bold: true };
        row.getCell(col('comment')).value = report.comment || null;
      }
    });
  }
}

export async function exportPlanToXlsx(input: ExportInput): Promise<Uint8Array> {
  const workbook = await createWorkbook();
  workbook.creator = 'Internkontroll 365';
  const columns = COLUMNS.filter((c) => c.id !== 'method' || input.measures.some((m) => m.method));
  const headerRow = 4;
  const sheet = workbook.addWorksheet(sheetNameFor(input.plan.title), { views: [{ state: 'frozen', ySplit: headerRow }] });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  sheet.getCell('A1').value = planHeading(input.plan);
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = periodLine(input.period, input.locale);
  const header = sheet.getRow(headerRow);
  columns.forEach((c, i) => { header.getCell(i + 1).value = HEADERS[input.locale][c.id]; });
  header.font = { bold: true };
  header.eachCell((cell) => { cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE1DFDD' } }; });
  writeRows(sheet, input, columns);
  for (let r = headerRow; r <= sheet.rowCount; r++) {
    sheet.getRow(r).alignment = { wrapText: true, vertical: 'top' };
  }
  return writeWorkbook(workbook);
}
