/**
 * The one place that loads exceljs, for both import and export. Loaded on demand (its own chunk in
 * the SPFx bundle) since only the import wizard and the export button need it. Bundlers targeting the
 * browser pick exceljs's prebuilt browser build through its package "browser" field; Node gets its
 * own entry. Either way the module may arrive as a namespace or as a CommonJS default.
 */
import type * as ExcelJS from 'exceljs';

export type ExcelModule = typeof ExcelJS;
export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;
export type Cell = ExcelJS.Cell;
export type Fill = ExcelJS.Fill;

let loaded: Promise<ExcelModule> | null = null;

export function loadExcel(): Promise<ExcelModule> {
  if (!loaded) {
    loaded = import(/* webpackChunkName: "exceljs" */ 'exceljs').then((mod) => {
      const candidate = mod as ExcelModule & { default?: ExcelModule };
      return typeof candidate.Workbook === 'function' ? candidate : (candidate.default as ExcelModule);
    });
  }
  return loaded;
}

export async function createWorkbook(): Promise<Workbook> {
  const excel = await loadExcel();
  return new excel.Workbook();
}

/**
 * The parts of a sheet's XML the import never uses. exceljs expands some of them cell by cell: a data
 * validation on a whole column (a status drop-down on C3:C1048576, common in templates) costs 150 MB and
 * one on the whole sheet, or a column range `<col max="1000000000">`, runs out of memory. Skipped, they
 * cost nothing; the cells, their values, fills and merges are all the import reads.
 */
const IGNORED_SHEET_NODES = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'autoFilter', 'rowBreaks', 'hyperlinks', 'pageMargins',
  'dataValidations', 'pageSetup', 'headerFooter', 'printOptions', 'picture', 'drawing', 'sheetProtection', 'tableParts', 'conditionalFormatting', 'extLst'];

export async function readWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const workbook = await createWorkbook();
  // exceljs's typings say Buffer; JSZip underneath takes any Uint8Array (Node) or ArrayBuffer (browser).
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_SHEET_NODES });
  return workbook;
}

export async function writeWorkbook(workbook: Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : new Uint8Array(buffer as ArrayBuffer);
}
