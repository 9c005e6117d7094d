/**
 * Hostile spreadsheets are refused before exceljs inflates them: a zip bomb shaped like an .xlsx (a tiny
 * file whose worksheet unpacks to hundreds of megabytes), whether its directory states the real size or
 * lies about it, ZIP64 records, encryption, foreign compression, damaged or truncated archives, a DTD in
 * any part, and the cell, row, text, sheet and element bounds that keep exceljs within memory. A real
 * workbook passes, ZIP64 or not.
 */
import { ArchiveProblem, inspectArchive, MAX_FILE_BYTES } from '../archiveLimits';
import { MAX_CELLS, MAX_ROW_ELEMENTS, MAX_ROWS } from '../limits';
import { parseWorkbook } from '../parseWorkbook';
import { CellSpec, sheetXml, vbaProject, workbook, workbookParts } from '../../../tools/hostileCorpus/office';
import { zip, ZipPart } from '../../../tools/hostileCorpus/zip';
import { xlsx } from './fixtures';

const PLAN: CellSpec[][] = [['Internkontrollplan 2026'], ['Risk', 'Åtgärd'], ['Brand', 'Översyn']];
const SHEET = 4;

async function problemOf(bytes: Uint8Array): Promise<ArchiveProblem | null> {
  return (await inspectArchive(bytes)).problem;
}

/** The plan workbook with its parts changed by `edit`. */
function edited(edit: (part: ZipPart, index: number) => ZipPart): Uint8Array {
  return zip(workbookParts([{ name: 'Blad1', rows: PLAN }]).map(edit));
}

/** A workbook whose first sheet is the given XML. */
function withSheet(xml: string | Uint8Array): Uint8Array {
  return workbook([{ name: 'Blad1', rows: [] }], { sheetXmls: [xml] });
}

function rowsXml(rows: number, columns: number): string {
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) body.push(`<row r="${r}">${'<c><v>1</v></c>'.repeat(columns)}</row>`);
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body.join('')}</sheetData></worksheet>`;
}

describe('archive limits', () => {
  it('lets a real workbook through, from exceljs and written by hand, and one with ZIP64 records', async () => {
    expect(await inspectArchive(await xlsx({ rows: [['Risk', 'Åtgärd'], ['Brand', 'Översyn']] }))).toEqual({ problem: null, macros: false });
    expect(await problemOf(workbook([{ name: 'Blad1', rows: PLAN }]))).toBeNull();
    const zip64 = zip(workbookParts([{ name: 'Blad1', rows: PLAN }]).map((p) => ({ ...p, zip64: true })), { zip64End: true });
    expect(await problemOf(zip64)).toBeNull();
    expect((await parseWorkbook(zip64, 'plan.xlsx')).items).toHaveLength(1);
  });

  it('refuses an archive whose directory states more than the limit, ZIP64 sizes included', async () => {
    expect(await problemOf(edited((p, i) => (i === SHEET ? { ...p, declaredSize: 400 * 1024 * 1024 } : p)))).toEqual({ kind: 'unpackedTooLarge' });
    expect(await problemOf(edited((p, i) => (i === SHEET ? { ...p, zip64: true, declaredSize: 2 ** 33 } : p)))).toEqual({ kind: 'unpackedTooLarge' });
  });

  it('refuses an archive that under-states its size, by inflating it as a stream', async () => {
    const bomb = edited((p, i) => (i === SHEET ? { ...p, data: Buffer.alloc(60 * 1024 * 1024, 0x20), declaredSize: 1024 } : p));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const result = await parseWorkbook(bomb, 'plan.xlsx');
    expect(result.plan).toBeNull();
    expect(result.errors).toEqual([{ row: null, column: null, message: 'Filen kan inte läsas: uppackad blir den större än 50 MB, vilket ingen plan är.' }]);
  });

  it('refuses a file over the size limit, and bytes that are no archive', async () => {
    expect(await problemOf(new Uint8Array(MAX_FILE_BYTES + 1))).toEqual({ kind: 'fileTooLarge' });
    expect((await parseWorkbook(new Uint8Array(MAX_FILE_BYTES + 1), 'stor.csv')).errors[0].message).toBe('Filen är för stor: högst 20 MB kan importeras.');
    expect((await parseWorkbook(new TextEncoder().encode('Risk;Åtgärd'), 'plan.xlsx')).errors[0].message).toContain('textfil, inte en Excel-arbetsbok');
    expect(await problemOf(new TextEncoder().encode('Risk;Åtgärd'))).toEqual({ kind: 'notAnArchive' });
  });

  it('tells a truncated archive, too many entries, encryption, a foreign compression method and a damaged part apart', async () => {
    const whole = workbook([{ name: 'Blad1', rows: PLAN }]);
    expect(await problemOf(whole.subarray(0, whole.length - 30))).toEqual({ kind: 'truncated' });
    expect(await problemOf(zip(workbookParts([{ name: 'Blad1', rows: PLAN }]), { claimedEntries: 2 ** 40 }))).toEqual({ kind: 'tooManyEntries' });
    expect(await problemOf(edited((p) => ({ ...p, flags: 1 })))).toEqual({ kind: 'encrypted' });
    expect(await problemOf(edited((p, i) => (i === SHEET ? { ...p, claimedMethod: 12 } : p)))).toEqual({ kind: 'unsupportedMethod', part: 'xl/worksheets/sheet1.xml', method: 12 });
    expect(await problemOf(edited((p, i) => (i === SHEET ? { ...p, deflated: new Uint8Array(16).fill(0xff) } : p)))).toEqual({ kind: 'damagedPart', part: 'xl/worksheets/sheet1.xml' });
  });

  it('refuses an XML part that does not start like XML, and skips binary parts', async () => {
    expect(await problemOf(withSheet('MZ\u0090 not xml <!DOCTYPE x>'))).toEqual({ kind: 'damagedPart', part: 'xl/worksheets/sheet1.xml' });
    expect(await problemOf(zip([...workbookParts([{ name: 'Blad1', rows: PLAN }]), { name: 'xl/media/image1.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47]) }]))).toBeNull();
  });

  it('says what a zip that is no workbook holds', async () => {
    expect(await problemOf(zip([{ name: 'word/document.xml', data: '<w:document/>' }]))).toEqual({ kind: 'notAWorkbook', contents: 'word', inner: null });
    expect(await problemOf(zip([{ name: 'export/plan.xlsx', data: 'x' }]))).toEqual({ kind: 'notAWorkbook', contents: 'archive', inner: 'export/plan.xlsx' });
    expect(await problemOf(zip([{ name: 'readme.txt', data: 'x' }]))).toEqual({ kind: 'notAWorkbook', contents: 'other', inner: null });
  });

  it('refuses a DTD in any part before the XML parser sees it: after the declaration, after a comment, in UTF-16', async () => {
    const plain = sheetXml({ name: 'Blad1', rows: PLAN });
    const dtd = '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>';
    expect(await problemOf(withSheet(plain.replace('<worksheet', `${dtd}<worksheet`)))).toEqual({ kind: 'dtd', part: 'xl/worksheets/sheet1.xml' });
    expect(await problemOf(withSheet(plain.replace('<worksheet', `<!-- ${'-'.repeat(10)} x -->${dtd}<worksheet`)))).toEqual({ kind: 'dtd', part: 'xl/worksheets/sheet1.xml' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plain.replace('<worksheet', `${dtd}<worksheet`), 'utf16le')]);
    expect(await problemOf(withSheet(utf16))).toEqual({ kind: 'dtd', part: 'xl/worksheets/sheet1.xml' });
    const rels = edited((p) => (p.name === '_rels/.rels' ? { ...p, data: String(p.data).replace('<Relationships', '<!DOCTYPE r SYSTEM "http://evil.example/r.dtd"><Relationships') } : p));
    expect(await problemOf(rels)).toEqual({ kind: 'dtd', part: '_rels/.rels' });
    // CDATA and comments are no DTD.
    expect(await problemOf(withSheet(plain.replace('<sheetData>', '<!-- note --><sheetData>')))).toBeNull();
  });

  it('bounds text, cells, rows, columns and the elements of other parts', async () => {
    expect(await problemOf(workbook([{ name: 'Blad1', rows: [[{ s: 0 }]] }], { sharedStrings: ['x'.repeat(200000)] })))
      .toEqual({ kind: 'textTooLong', part: 'xl/sharedStrings.xml' });
    expect(await problemOf(withSheet(rowsXml(MAX_ROWS + 1, 1)))).toEqual({ kind: 'tooManyRows', sheet: 'Blad1' });
    expect(await problemOf(withSheet(rowsXml(MAX_ROWS, 1)))).toBeNull();
    expect(await problemOf(withSheet(rowsXml(Math.ceil((MAX_CELLS + 1) / 20), 20)))).toEqual({ kind: 'tooManyCells' });
    const wide = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>';
    expect(await problemOf(withSheet(wide))).toEqual({ kind: 'tooWide', sheet: 'Blad1' });
    const emptyRows = rowsXml(2, 1).replace('</sheetData>', `${'<row ht="20" customHeight="1"/>'.repeat(MAX_ROW_ELEMENTS)}</sheetData>`);
    expect(await problemOf(withSheet(emptyRows))).toEqual({ kind: 'formattedRows', sheet: 'Blad1' });
    const farRow = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2000000"><c r="A2000000"><v>1</v></c></row></sheetData></worksheet>';
    expect(await problemOf(withSheet(farRow))).toEqual({ kind: 'tooManyRows', sheet: 'Blad1' });
    // exceljs makes a cell for every position a merge covers.
    expect(await problemOf(workbook([{ name: 'Blad1', rows: PLAN, merges: ['A1:XFD1048576'] }]))).toEqual({ kind: 'tooManyCells' });
    expect(await problemOf(workbook([{ name: 'Blad1', rows: PLAN, merges: ['A2:B2', 'A3:A40'] }]))).toBeNull();
    const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs>${'<xf/>'.repeat(1000001)}</cellXfs></styleSheet>`;
    expect(await problemOf(workbook([{ name: 'Blad1', rows: PLAN }], { styles }))).toEqual({ kind: 'partTooComplex', part: 'xl/styles.xml' });
  });

  it('refuses a cell that points beyond the shared strings, too many sheets and a sheet name longer than Excel allows', async () => {
    expect(await problemOf(workbook([{ name: 'Blad1', rows: [[{ s: 0 }, { s: 5 }]] }], { sharedStrings: ['a', 'b'] })))
      .toEqual({ kind: 'sharedStringOutOfRange', index: 5, count: 2 });
    expect(await problemOf(workbook([{ name: 'Blad1', rows: [[{ s: 0 }]] }]))).toEqual({ kind: 'sharedStringOutOfRange', index: 0, count: 0 });
    expect(await problemOf(workbook(Array.from({ length: 201 }, (_, i) => ({ name: `B${i}`, rows: [[1]] }))))).toEqual({ kind: 'tooManySheets', count: 201 });
    expect(await problemOf(workbook([{ name: 'Blad1', rows: PLAN }], { sheetNames: ['Å'.repeat(32)] }))).toEqual({ kind: 'sheetNameTooLong', length: 32 });
    // Measured in characters, not in the bytes of UTF-8 and entities.
    expect(await problemOf(workbook([{ name: 'Blad1', rows: PLAN }], { sheetNames: ['Å'.repeat(31)] }))).toBeNull();
    expect(await problemOf(workbook([{ name: 'Blad1', rows: PLAN }], { sheetNames: ['R&D & IT & HR & Ekonomi & Lön'] }))).toBeNull();
  });

  it('reports a VBA project without refusing the workbook', async () => {
    expect(await inspectArchive(workbook([{ name: 'Blad1', rows: PLAN }], { vbaProject: vbaProject() }))).toEqual({ problem: null, macros: true });
  });
});
