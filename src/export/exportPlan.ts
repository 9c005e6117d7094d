/**
 * Exports a plan with one follow-up period's answers to .xlsx, in the shape the import reads back: two
 * title rows (the plan with its year; the period), a frozen header row with the import's own Swedish (or
 * English) headers for the plan's kind (exportColumns.ts), one row per measure with the item on its first
 * measure's row only (continuation rows, as regions write them), a status as both the legend's fill colour
 * and its word, an indicator's value with women and men, and dates as real date cells.
 *
 * Nothing a user typed is ever run by a spreadsheet. A text goes into its cell as a string value, which exceljs
 * writes as a shared string (`t="s"`): Excel and LibreOffice show `=cmd|' /C calc'!A0`, `=HYPERLINK(…)`, `+1+1`,
 * `-1+1` or `@SUM(A1)` as the text it is and never evaluate it, since only a cell with an `<f>` element holds a
 * formula. So texts are not prefixed with an apostrophe here: that would change them, and the import would read
 * the apostrophe back as part of the text. The only formula the file holds is the risk value, which this writer
 * builds from two cell addresses. (A CSV export would differ: a CSV cell is only text, and a spreadsheet evaluates
 * one that starts with = + - @, a tab or a carriage return, so OWASP's advice there is a leading apostrophe.)
 */
import { createWorkbook, Worksheet, writeWorkbook } from '../import/excel';
import { latestReports } from '../model/followUp';
import { Locale, legendFor } from '../model/statusLegend';
import { Category, FollowUpPeriod, Measure, Plan, PlanItem, Role, SecurityArea, StatusReport } from '../model/types';
import { ExportColumn, exportColumns, RowContext } from './exportColumns';

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
  /** Categories by key (focus areas, perspectives), for the kinds that group items by them. */
  categories?: Map<string, Category>;
  /** Security areas by key, for a security report. */
  areas?: Map<string, SecurityArea>;
}

function periodLine(period: FollowUpPeriod | null, locale: Locale): string {
  if (locale === 'sv-SE') return period ? `Uppföljning: ${period.title}, status per ${period.asOfDate}` : 'Uppföljning: ingen vald';
  return period ? `Follow-up: ${period.title}, status as of ${period.asOfDate}` : 'Follow-up: none chosen';
}

export function planHeading(plan: Plan): string {
  return plan.title.indexOf(String(plan.year)) >= 0 ? plan.title : `${plan.title} ${plan.year}`;
}

/** A worksheet name Excel accepts: no []:*?/\, no apostrophe first or last, and at most 31 characters. */
export function sheetNameFor(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31).replace(/^['\s]+|['\s]+$/g, '') || 'Plan';
}

/** Text for a header or footer section, where & starts a code: a literal ampersand is written twice. */
function footerText(text: string): string {
  return text.replace(/&/g, '&&');
}

const byKey = (a: { key: string }, b: { key: string }): number => a.key.localeCompare(b.key, undefined, { numeric: true });

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function writeRows(sheet: Worksheet, input: ExportInput, columns: ExportColumn[]): void {
  const col = (id: string): number => columns.findIndex((c) => c.id === id) + 1;
  const latest = input.period ? latestReports(input.reports, input.period.key) : new Map<string, StatusReport>();
  const items = [...input.items].sort((a, b) => a.sortOrder - b.sortOrder || byKey(a, b));
  const context = { roles: input.roles, categories: input.categories ?? new Map(), areas: input.areas ?? new Map(), locale: input.locale };
  for (const item of items) {
    const measures = input.measures.filter((m) => m.itemKey === item.key && !m.closed).sort(byKey);
    const rows = measures.length > 0 ? measures : [null];
    rows.forEach((measure, index) => {
      const row = sheet.addRow([]);
      const ctx: RowContext = { ...context, item, measure, report: measure ? latest.get(measure.key) ?? null : null };
      columns.forEach((c, i) => {
        if (c.level === 'item' ? index > 0 : !measure) return;
        const cell = row.getCell(i + 1);
        const value = c.value(ctx);
        if (c.format === 'status') {
          if (!ctx.report?.status) return;
          const legend = legendFor(ctx.report.status);
          cell.value = legend.label[input.locale];
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(legend.hex) } };
          cell.font = { color: { argb: argb(legend.textColour) }, bold: true };
          return;
        }
        // A string stays a string cell (see the header): exceljs makes a formula only of a { formula } object.
        cell.value = value;
        if (c.format === 'date' && value !== null) cell.numFmt = 'yyyy-mm-dd';
      });
      if (index === 0 && col('riskValue') > 0 && item.probability !== null && item.severity !== null) {
        const p = sheet.getColumn(col('probability')).letter;
        const sv = sheet.getColumn(col('severity')).letter;
        row.getCell(col('riskValue')).value = { formula: `${p}${row.number}*${sv}${row.number}`, result: item.probability * item.severity };
      }
    });
  }
}

export async function exportPlanToXlsx(input: ExportInput): Promise<Uint8Array> {
  const workbook = await createWorkbook();
  workbook.creator = 'Internkontroll 365';
  // A column no row fills (an internal control plan without control steps has no method) is left out.
  const columns = exportColumns[input.plan.kind].filter((c) => c.id !== 'method' || input.measures.some((m) => m.method));
  const headerRow = 4;
  const sheet = workbook.addWorksheet(sheetNameFor(input.plan.title), {
    views: [{ state: 'frozen', ySplit: headerRow }],
    // Printed as the board reads it: A4 landscape, as wide as the page, the header row on every page, page x of y.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` },
    headerFooter: { oddFooter: `&L&8${footerText(planHeading(input.plan))}&R&8${input.locale === 'sv-SE' ? 'Sida &P av &N' : 'Page &P of &N'}` }
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  sheet.getCell('A1').value = planHeading(input.plan);
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = periodLine(input.period, input.locale);
  const header = sheet.getRow(headerRow);
  columns.forEach((c, i) => { header.getCell(i + 1).value = c.header[input.locale]; });
  header.font = { bold: true };
  header.eachCell((cell) => { cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE1DFDD' } }; });
  writeRows(sheet, input, columns);
  for (let r = headerRow; r <= sheet.rowCount; r++) {
    sheet.getRow(r).alignment = { wrapText: true, vertical: 'top' };
  }
  return writeWorkbook(workbook);
}
