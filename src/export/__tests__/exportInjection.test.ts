/**
 * Formula injection (SECURITY.md, "exports never write a cell that a spreadsheet would run as a formula"): a plan
 * whose every text is a formula, a DDE call, a hyperlink or a number-looking expression is exported; the file holds
 * no formula but the writer's own risk value and no hyperlink, every such text is a string cell, and LibreOffice
 * Calc, opening the file as a person would, shows each text as it was typed instead of evaluating it.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { hasLibreOffice, libreOfficeToPdf } from '../../documents/__tests__/externalTools';
import { ITEM_DEFAULTS, MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../../model/defaults';
import { FollowUpPeriod, Measure, Plan, PlanItem, Role, StatusReport } from '../../model/types';
import { exportPlanToXlsx, ExportInput } from '../exportPlan';

/** Texts a spreadsheet would run if they were written as formulas or typed into a cell. */
const HOSTILE = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://x","y")',
  '+1+1',
  '-1+1',
  '@SUM(A1)',
  '\t=2+2',
  "'=1+1",
  '=1+1'
] as const;
const [dde, hyperlink, plus, minus, at, tab, quoted, formula] = HOSTILE;

const planKey = 'plan:formler-2026';
const plan: Plan = { key: planKey, title: dde, kind: 'internalControl', year: 2026, unitKey: null, state: 'followUp', decisionDate: null, diaryNumber: '' };
const period: FollowUpPeriod = { key: `period:${planKey}:t1`, planKey, title: hyperlink, asOfDate: '2026-04-30', deadline: '2026-05-15', state: 'open', sortOrder: 1 };

function item(n: number, fields: Partial<PlanItem>): PlanItem {
  return { ...ITEM_DEFAULTS, key: `risk:${planKey}:${n}`, planKey, title: '', consequence: '', cause: '', handling: null, strategyKey: null, objectiveKey: null,
    securityAreaKey: null, probability: null, severity: null, residualProbability: null, residualSeverity: null, confidential: false, sortOrder: n, ...fields };
}

function measure(n: number, fields: Partial<Measure>): Measure {
  return { ...MEASURE_DEFAULTS, key: `measure:${planKey}:${n}`, planKey, itemKey: `risk:${planKey}:${n}`, title: '', measureKind: 'measure',
    roleKey: 'role:formel', roleKeys: ['role:formel'], dueDate: null, method: '', closed: false, ...fields };
}

const items = [
  item(1, { title: dde, consequence: hyperlink, cause: plus }),
  item(2, { title: minus, consequence: at, cause: tab }),
  item(3, { title: quoted, consequence: formula, cause: '' })
];
const measures = [
  measure(1, { title: at, method: minus }),
  measure(2, { title: plus, method: dde }),
  measure(3, { title: hyperlink, method: formula })
];
const reports: StatusReport[] = measures.map((m, i) => ({
  ...REPORT_DEFAULTS, key: `report:${m.key}:${period.key}:1`, planKey, measureKey: m.key, periodKey: period.key, status: 'yellow',
  comment: HOSTILE[(i + 5) % HOSTILE.length], reportedBy: null, reportedAt: '2026-05-02T10:00:00Z'
}));
const roles = new Map<string, Role>([['role:formel', { key: 'role:formel', title: '=cmd|\'/C notepad\'!A1', unitKey: null, holder: null, delegate: null }]]);
const input: ExportInput = { plan, items, measures, roles, reports, period, locale: 'sv-SE' };

/** The text of the `<t>` elements in a piece of SpreadsheetML, entities decoded. */
function xmlText(xml: string): string {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]).join('')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#x?([0-9a-f]+);/gi,
      (entity, code: string) => String.fromCharCode(parseInt(code, entity.startsWith('&#x') ? 16 : 10))).replace(/&amp;/g, '&');
}

/** Every worksheet's XML, every relationship part and the shared strings of the file. */
async function parts(bytes: Uint8Array): Promise<{ sheets: string[]; rels: string[]; shared: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (pattern: RegExp): Promise<string[]> =>
    Promise.all(Object.values(zip.files).filter((f) => pattern.test(f.name)).map((f) => f.async('string')));
  const [strings] = await read(/^xl\/sharedStrings\.xml$/);
  const shared = [...(strings ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => xmlText(m[1]));
  return { sheets: await read(/^xl\/worksheets\/[^/]+\.xml$/), rels: await read(/\.rels$/), shared };
}

/** Minimal RFC 4180 reader for the CSV LibreOffice writes: quoted fields with doubled quotes, line breaks inside quotes. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

const withCalc = hasLibreOffice('xlsx') ? it : it.skip;
if (!hasLibreOffice('xlsx')) console.log('LibreOffice Calc not installed (apt-get install libreoffice-calc-nogui): the Calc check is skipped');

describe('exports never write a cell that a spreadsheet would run as a formula', () => {
  it('holds no formula, no hyperlink and no external relationship: only string cells', async () => {
    const bytes = await exportPlanToXlsx(input);
    const { sheets, rels, shared } = await parts(bytes);
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      expect(sheet).not.toMatch(/<f[\s>]/);
      expect(sheet).not.toMatch(/<hyperlinks?[\s>]/);
    }
    for (const part of rels) {
      expect(part).not.toMatch(/TargetMode="External"/);
      expect(part).not.toMatch(/relationships\/hyperlink/);
    }
    // In the XML itself: each text is the value of a shared-string (t="s") or inline-string cell.
    const textCells = new Set(sheets.flatMap((sheet) => [...sheet.matchAll(/<c\b[^>]*\bt="(s|inlineStr)"[^>]*>([\s\S]*?)<\/c>/g)]
      .map(([, type, body]) => (type === 's' ? shared[Number(/<v>(\d+)<\/v>/.exec(body)?.[1])] : xmlText(body)))));
    for (const text of HOSTILE) expect({ text, stringCell: textCells.has(text) }).toEqual({ text, stringCell: true });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes));
    const cells: ExcelJS.Cell[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => { cells.push(cell); }));
    for (const text of [...HOSTILE, roles.get('role:formel')!.title]) {
      const holding = cells.filter((cell) => cell.value === text);
      expect({ text, found: holding.length > 0 }).toEqual({ text, found: true });
      for (const cell of holding) expect({ text, type: cell.type }).toEqual({ text, type: ExcelJS.ValueType.String });
    }
    expect(cells.every((cell) => cell.type !== ExcelJS.ValueType.Formula && cell.type !== ExcelJS.ValueType.Hyperlink)).toBe(true);
  });

  it('keeps its one formula, the risk value, to cell addresses the writer chose', async () => {
    const assessed = { ...input, items: items.map((i, n) => (n === 0 ? { ...i, probability: 3, severity: 4 } : i)) };
    const { sheets } = await parts(await exportPlanToXlsx(assessed));
    const formulas = sheets.flatMap((sheet) => [...sheet.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]));
    expect(formulas).toEqual([expect.stringMatching(/^[A-Z]+\d+\*[A-Z]+\d+$/)]);
  });

  it('gives a worksheet name Excel accepts, without the apostrophes a title may start or end with', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await exportPlanToXlsx({ ...input, plan: { ...plan, title: "'Plan 2026'" } })));
    expect(workbook.worksheets[0].name).toBe('Plan 2026');
  });

  withCalc('opens in LibreOffice Calc with every text shown as typed, none evaluated', () => {
    return exportPlanToXlsx(input).then((bytes) => {
      const csv = Buffer.from(libreOfficeToPdf(bytes, 'xlsx', 'csv')).toString('utf8');
      const fields = csvRows(csv).flat();
      for (const text of HOSTILE) expect({ text, shown: fields.includes(text) }).toEqual({ text, shown: true });
      // What Calc would have shown had it run them.
      expect(fields).not.toContain('2');
      expect(fields).not.toContain('0');
      expect(fields).not.toContain('y');
    });
  }, 120_000);
});
