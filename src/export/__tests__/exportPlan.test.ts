/**
 * The export is the import's own format: exporting a register with a period's statuses and reading it
 * back gives the same risks, measures, statuses, comments and due dates, and the statuses are cell fills.
 */
import { ITEM_DEFAULTS, MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../../model/defaults';
import * as ExcelJS from 'exceljs';
import { parseWorkbook } from '../../import/parseWorkbook';
import { ImportItem } from '../../import/types';
import { legendFor } from '../../model/statusLegend';
import { FollowUpPeriod, Measure, Plan, PlanItem, Role, StatusReport } from '../../model/types';
import { exportPlanToXlsx, ExportInput } from '../exportPlan';

const planKey = 'plan:internkontrollplan-2026';
const plan: Plan = { key: planKey, title: 'Internkontrollplan 2026 Regionstyrelsen', kind: 'internalControl', year: 2026, unitKey: null,
  state: 'followUp', decisionDate: '2026-01-28', diaryNumber: 'RS/2026/12' };

function item(n: number, fields: Partial<PlanItem>): PlanItem {
  return { ...ITEM_DEFAULTS, key: `risk:${planKey}:0${n}`, planKey, title: '', consequence: '', cause: '', handling: null, strategyKey: null, objectiveKey: null,
    securityAreaKey: null, probability: null, severity: null, residualProbability: null, residualSeverity: null, confidential: false, sortOrder: n, ...fields };
}

function measure(n: number, m: number, fields: Partial<Measure>): Measure {
  return { ...MEASURE_DEFAULTS, key: `measure:${planKey}:0${n}:${m}`, planKey, itemKey: `risk:${planKey}:0${n}`, title: '', measureKind: 'measure', roleKey: null,
    dueDate: null, method: '', closed: false, ...fields };
}

const items = [
  item(1, { title: 'Saknar resurser för digitaliseringsarbetet', consequence: 'Stab kan inte svara upp', cause: 'Ekonomiska resurser saknas', handling: 'eliminate', probability: 3, severity: 4 }),
  item(2, { title: 'Kompetensbrist', consequence: 'Måluppfyllelsen brister', cause: 'Nationell brist', handling: 'reduce' }),
  item(3, { title: 'Dålig följsamhet till budget', handling: 'accept', probability: 2, severity: 2 })
];
const measures = [
  measure(1, 1, { title: '10 mkr till Regionstaben', roleKey: 'role:regionstabschef', dueDate: '2026-06-30' }),
  measure(2, 1, { title: 'Kompetensförsörjningsaktiviteter', roleKey: 'role:hr-direktor', dueDate: '2026-12-31' }),
  measure(2, 2, { title: 'Omfördelning av personal', roleKey: 'role:hr-direktor' }),
  measure(2, 3, { title: 'Prioritering av verksamhet', roleKey: null })
];
const roles = new Map<string, Role>([
  ['role:regionstabschef', { key: 'role:regionstabschef', title: 'Regionstabschef', unitKey: null, holder: null, delegate: null }],
  ['role:hr-direktor', { key: 'role:hr-direktor', title: 'HR-direktör', unitKey: null, holder: null, delegate: null }]
]);
const period: FollowUpPeriod = { key: `period:${planKey}:t2`, planKey, title: 'Delår augusti', asOfDate: '2026-08-31', deadline: '2026-09-15', state: 'open', sortOrder: 2 };
const report = (measureKey: string, status: StatusReport['status'], comment: string, reportedAt: string, periodKey = period.key): StatusReport =>
  ({ ...REPORT_DEFAULTS, key: `report:${measureKey}:${periodKey}:${reportedAt}`, planKey, measureKey, periodKey, status, comment, reportedBy: null, reportedAt });
const reports = [
  report(measures[0].key, 'yellow', 'Påbörjat', '2026-08-20T10:00:00Z'),
  report(measures[0].key, 'green', 'Medlen har använts; se "bilaga 2".', '2026-09-01T10:00:00Z'),
  report(measures[1].key, 'yellow', 'Pågår', '2026-09-02T10:00:00Z'),
  report(measures[2].key, 'red', '', '2026-09-03T10:00:00Z'),
  report(measures[3].key, 'green', 'Från en annan period', '2026-04-01T10:00:00Z', 'period:other')
];
const input: ExportInput = { plan, items, measures, roles, reports, period, locale: 'sv-SE' };

const expectedItems: ImportItem[] = [
  { row: 5, risk: 'Saknar resurser för digitaliseringsarbetet', consequence: 'Stab kan inte svara upp', cause: 'Ekonomiska resurser saknas', handling: 'eliminate',
    probability: 3, consequenceScore: 4,
    measures: [{ text: '10 mkr till Regionstaben', responsible: 'Regionstabschef', status: 'green', comment: 'Medlen har använts; se "bilaga 2".', due: '2026-06-30' }] },
  { row: 6, risk: 'Kompetensbrist', consequence: 'Måluppfyllelsen brister', cause: 'Nationell brist', handling: 'reduce', probability: null, consequenceScore: null,
    measures: [
      { text: 'Kompetensförsörjningsaktiviteter', responsible: 'HR-direktör', status: 'yellow', comment: 'Pågår', due: '2026-12-31' },
      { text: 'Omfördelning av personal', responsible: 'HR-direktör', status: 'red', comment: '', due: null },
      { text: 'Prioritering av verksamhet', responsible: '', status: null, comment: '', due: null }
    ] },
  { row: 9, risk: 'Dålig följsamhet till budget', consequence: '', cause: '', handling: 'accept', probability: 2, consequenceScore: 2, measures: [] }
];

describe('export to .xlsx', () => {
  it('round-trips through the import: risks, measures, statuses, comments and due dates', async () => {
    const bytes = await exportPlanToXlsx(input);
    const result = await parseWorkbook(bytes, 'export.xlsx');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.plan).toEqual({ title: 'Internkontrollplan 2026 Regionstyrelsen', kind: 'internalControl', year: 2026 });
    expect(result.items).toEqual(expectedItems);
  });

  it('round-trips in English too', async () => {
    const result = await parseWorkbook(await exportPlanToXlsx({ ...input, locale: 'en-US' }), 'export.xlsx', { locale: 'en-US' });
    expect(result.errors).toEqual([]);
    expect(result.items).toEqual(expectedItems);
  });

  it('writes the title rows, a frozen bold header, the statuses as legend fills and due dates as date cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await exportPlanToXlsx(input)));
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Internkontrollplan 2026 Regions');
    expect(sheet.getCell('A1').value).toBe('Internkontrollplan 2026 Regionstyrelsen');
    expect(sheet.getCell('A2').value).toBe('Uppföljning: Delår augusti, status per 2026-08-31');
    expect(sheet.getRow(4).font?.bold ?? sheet.getCell('A4').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    const header = (sheet.getRow(4).values as unknown[]).slice(1);
    const statusColumn = header.indexOf('Status') + 1;
    const dueColumn = header.indexOf('Klart senast') + 1;
    const fillOf = (row: number): string | undefined => ((sheet.getRow(row).getCell(statusColumn).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb);
    expect([5, 6, 7, 8].map(fillOf)).toEqual([
      `FF${legendFor('green').hex.slice(1)}`, `FF${legendFor('yellow').hex.slice(1)}`, `FF${legendFor('red').hex.slice(1)}`, undefined
    ]);
    expect(sheet.getRow(5).getCell(statusColumn).value).toBe('Grön');
    expect(sheet.getRow(5).getCell(dueColumn).value).toEqual(new Date('2026-06-30T00:00:00Z'));
    expect(sheet.getColumn(1).width).toBeGreaterThan(20);
  });
});
