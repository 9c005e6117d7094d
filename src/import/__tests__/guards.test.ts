/**
 * The guards in front of the import: a file is told by its bytes, not its name; a CSV file's encoding and
 * shape are checked with the row named; the sheet's cells are checked for Excel's cell length, control
 * and direction-reversing characters and formulas without a saved value; a header row that would drop a
 * column's content is an error. Formulas are never calculated and formula-looking text stays text.
 */
import { checkCsvText, decodeCsv } from '../csvGuards';
import { fileKindOf } from '../fileKind';
import { columnLetter, rangeArea } from '../cellReferences';
import { gridProblems, guardFile, headerProblems } from '../guards';
import { resolveHeader } from '../headers';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_CSV_LINE_CHARS, MAX_ROWS } from '../limits';
import { parseWorkbook } from '../parseWorkbook';
import { GridCell, SheetGrid } from '../types';
import { compoundFile, encryptedWorkbook, oldExcelWorkbook, workbook } from '../../../tools/hostileCorpus/office';
import { windows1252 } from './fixtures';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const cell = (value: string | null, extra: Partial<GridCell> = {}): GridCell => ({ value, text: (value ?? '').trim(), fill: null, mergedContinuation: false, ...extra });
const grid = (rows: Array<Array<string | null | GridCell>>): SheetGrid => ({ name: 'Blad1', rows: rows.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? c : cell(c)))) });

async function messagesOf(bytes: Uint8Array, fileName: string, locale: 'sv-SE' | 'en-US' = 'sv-SE'): Promise<string[]> {
  const guarded = await guardFile(bytes, fileName, locale);
  return guarded.kind === 'refused' ? guarded.errors.map((e) => e.message) : [];
}

describe('what a file really is', () => {
  it('is told by its first bytes', () => {
    expect(fileKindOf(new Uint8Array(0))).toBe('empty');
    expect(fileKindOf(text('%PDF-1.7\n'))).toBe('pdf');
    expect(fileKindOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(fileKindOf(workbook([{ name: 'Blad1', rows: [['x']] }]))).toBe('zip');
    expect(fileKindOf(encryptedWorkbook())).toBe('encryptedOffice');
    expect(fileKindOf(oldExcelWorkbook())).toBe('oldExcel');
    expect(fileKindOf(compoundFile([{ name: 'Other', data: text('x') }]))).toBe('compoundFile');
    expect(fileKindOf(Buffer.from('Risk;Åtgärd\r\n', 'utf16le'))).toBe('utf16');
    expect(fileKindOf(text('<!DOCTYPE html><html></html>'))).toBe('html');
    expect(fileKindOf(new Uint8Array(64).fill(1))).toBe('binary');
    expect(fileKindOf(windows1252('Risk;Åtgärd\r\nBrand;Släck\r\n'))).toBe('text');
  });

  it('says what a renamed file is, in Swedish and in English', async () => {
    expect(await messagesOf(text('%PDF-1.7\n'), 'plan.xlsx')).toEqual(['Filen är ingen Excel-arbetsbok utan en PDF-fil. Spara planen i Excel som Excel-arbetsbok (.xlsx) och välj den filen.']);
    expect(await messagesOf(text('%PDF-1.7\n'), 'plan.xlsx', 'en-US')).toEqual(['The file is no Excel workbook but a PDF file. Save the plan in Excel as an Excel workbook (.xlsx) and choose that file.']);
    expect((await messagesOf(workbook([{ name: 'Blad1', rows: [['x']] }]), 'plan.csv'))[0]).toContain('ingen CSV-fil utan en Excel-arbetsbok');
    expect((await messagesOf(oldExcelWorkbook(), 'plan.xlsx'))[0]).toContain('gamla formatet (.xls, Excel 97–2003)');
  });

  it('tells a password-protected workbook as "lösenordsskyddad", whatever its name', async () => {
    for (const name of ['plan.xlsx', 'plan.xls', 'plan.xlsm']) {
      expect((await messagesOf(encryptedWorkbook(), name))[0]).toMatch(/^Filen är lösenordsskyddad \(krypterad\)/);
    }
    expect((await messagesOf(encryptedWorkbook(), 'plan.xlsx', 'en-US'))[0]).toMatch(/^The file is password-protected/);
  });
});

describe('a CSV file\'s encoding', () => {
  it('reads UTF-8 with and without BOM, UTF-16 with BOM, and Windows-1252', () => {
    expect(decodeCsv(text('\uFEFFRisk;Åtgärd'))).toEqual({ text: 'Risk;Åtgärd' });
    expect(decodeCsv(text('Risk;Åtgärd'))).toEqual({ text: 'Risk;Åtgärd' });
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Risk\tÅtgärd', 'utf16le')]))).toEqual({ text: 'Risk\tÅtgärd' });
    expect(decodeCsv(windows1252('Risk;Åtgärd;€'))).toEqual({ text: 'Risk;Åtgärd;€' });
  });

  it('refuses broken UTF-8 with the row and the character where it breaks, and NUL bytes with their row', () => {
    const withBadByte = Buffer.concat([text('Risk;Åtgärd\nBrand;Släck\nLarm;Ö'), Buffer.from([0xff])]);
    expect(decodeCsv(withBadByte)).toEqual({ problem: { kind: 'invalidUtf8', row: 3, position: 7, byte: 0xff } });
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Risk;', 'latin1'), Buffer.from([0xc5])]))).toEqual({ problem: { kind: 'invalidUtf8', row: 1, position: 6, byte: 0xc5 } });
    expect(decodeCsv(text('Risk;Åtgärd\nBrand;\u0000'))).toEqual({ problem: { kind: 'nul', row: 2 } });
  });

  it('refuses UTF-16 without BOM, which it cannot read safely', async () => {
    expect((await messagesOf(Buffer.from('Risk;Åtgärd\r\nBrand;Släck\r\n', 'utf16le'), 'plan.csv'))[0]).toContain('UTF-16 utan byteordningsmärke (BOM)');
  });
});

describe('a CSV file\'s shape', () => {
  it('names the row where a quote opens and never closes', () => {
    expect(checkCsvText('Risk;Åtgärd\nBrand;"Släck\nLarm;Lås\n')).toEqual({ kind: 'unterminatedQuote', row: 2 });
    expect(checkCsvText(`Risk;Åtgärd\n"${'x'.repeat(MAX_CELL_CHARS + 10)}`)).toEqual({ kind: 'unterminatedQuote', row: 2 });
    expect(checkCsvText('Risk;Åtgärd\nBrand;"Släck\nsystem; med ""citat"""\n')).toBeNull();
  });

  it('bounds a cell, a line, the rows and the columns', () => {
    expect(checkCsvText(`Risk;Åtgärd\nBrand;${'x'.repeat(MAX_CELL_CHARS + 1)}`)).toEqual({ kind: 'cellTooLong', row: 2, column: 2 });
    expect(checkCsvText(`Risk;Åtgärd\nBrand;${'x'.repeat(MAX_CELL_CHARS)}`)).toBeNull();
    const longLine = Array.from({ length: 40 }, () => 'y'.repeat(30000)).join(';');
    expect(MAX_CSV_LINE_CHARS).toBeLessThan(longLine.length);
    expect(checkCsvText(`Risk;Åtgärd\n${longLine}\n`)).toEqual({ kind: 'lineTooLong', row: 2 });
    expect(checkCsvText(`Risk\n${'r\n'.repeat(MAX_ROWS)}`)).toEqual({ kind: 'tooManyRows' });
    expect(checkCsvText(`Risk\n${'r\n'.repeat(MAX_ROWS - 1)}${'\n;;\n'.repeat(50)}`)).toBeNull();
    expect(checkCsvText(`Risk;Åtgärd\n${';'.repeat(MAX_COLUMNS)}x\n`)).toEqual({ kind: 'tooWide', row: 2 });
    expect(checkCsvText(`Risk;Åtgärd\nBrand;Släck${';'.repeat(500)}\n`)).toBeNull();
    expect(checkCsvText(' ;\n\n;;\n')).toEqual({ kind: 'empty' });
  });
});

describe('the cells of the sheet to be imported', () => {
  it('names each cell with a formula that has no saved value, a cell over Excel\'s length, and characters that do not belong', () => {
    const problems = gridProblems(grid([
      ['Plan 2026\u0007'],
      ['Risk', 'Åtgärd', null],
      ['Brand', cell(null, { formulaWithoutValue: 'cmd|\' /C calc\'!A0' }), 'x'.repeat(MAX_CELL_CHARS + 1)],
      ['Brand i \u202Egnirts', 'Rad ett\nrad två\tmed tabb', null]
    ]), 1, 'sv-SE');
    expect(problems).toEqual([
      { row: 1, column: 'Risk', message: 'Texten innehåller ett osynligt styrtecken (U+0007) som inte hör hemma i en plan. Ta bort tecknet.' },
      { row: 3, column: 'Åtgärd', message: 'Cellen innehåller formeln =cmd|\' /C calc\'!A0 men inget sparat värde, och importen räknar aldrig ut formler. Öppna filen i Excel och spara den (då sparas värdet), eller ersätt formeln med sitt värde.' },
      { row: 3, column: 'C', message: 'Cellen har 32\u00a0768 tecken, men en cell i Excel rymmer högst 32\u00a0767. Korta texten.' },
      { row: 4, column: 'Risk', message: 'Texten innehåller ett osynligt tecken (U+202E) som vänder textens riktning, så att den visas annorlunda än den är skriven. Ta bort tecknet.' }
    ]);
  });

  it('reports twenty cells of a kind and sums up the rest', () => {
    const rows = [['Risk', 'Åtgärd'], ...Array.from({ length: 25 }, () => ['Brand\u001b', 'Släck'])];
    const problems = gridProblems(grid(rows), 0, 'en-US');
    expect(problems).toHaveLength(21);
    expect(problems[20]).toEqual({ row: null, column: null, message: '… and 5 more cells with the same kind of problem.' });
  });

  it('refuses content beyond the columns read', () => {
    expect(gridProblems({ ...grid([['Risk']]), tooManyColumns: true }, 0, 'sv-SE')).toEqual([
      { row: null, column: null, message: 'Bladet "Blad1" har innehåll i fler än 100 kolumner; importen läser högst 100. Ta bort eller flytta kolumnerna längst till höger.' }
    ]);
  });

  it('gives columns by letter, and counts the cells of a range', () => {
    expect([1, 26, 27, 52, 703, 16384].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA', 'XFD']);
    expect(['B3:D7', '$A$1', 'A1:XFD1048576', 'nonsense'].map(rangeArea)).toEqual([15, 1, 16384 * 1048576, 0]);
  });
});

describe('the header row of a file', () => {
  const problemsOf = (g: SheetGrid): ReturnType<typeof headerProblems> => headerProblems(g, 0, resolveHeader(g, 0), 'sv-SE');

  it('is an error when a merged header cell hides a column with content of its own', () => {
    const g = grid([['Risk', cell('Risk', { mergedContinuation: true }), 'Åtgärd'], ['Brand', 'Elfel', 'Släck']]);
    expect(problemsOf(g).errors).toEqual([{ row: 1, column: 'B', message: expect.stringContaining('Rubrikcellen i kolumn B är sammanfogad med kolumn A') }]);
    const mergedAlsoBelow = grid([['Risk', cell('Risk', { mergedContinuation: true }), 'Åtgärd'], ['Brand', cell('Brand', { mergedContinuation: true }), 'Släck']]);
    expect(problemsOf(mergedAlsoBelow)).toEqual({ errors: [], warnings: [] });
  });

  it('is an error when the same header appears twice over different content, a warning for a headerless column', () => {
    expect(problemsOf(grid([['Risk', 'Åtgärd', 'Åtgärd'], ['Brand', 'Släck', 'Utbilda']])).errors)
      .toEqual([{ row: 1, column: 'Åtgärd', message: 'Kolumnen "Åtgärd" finns två gånger (kolumn B och C) med olika innehåll, och importen kan inte veta vilken som gäller. Ge kolumnerna olika rubriker eller ta bort den ena.' }]);
    expect(problemsOf(grid([['Risk', 'Åtgärd', 'Åtgärd'], ['Brand', 'Släck', 'Släck']])).errors).toEqual([]);
    expect(problemsOf(grid([['Risk', 'Beskrivning av risk'], ['Brand', 'Eld i förrådet']])).errors).toEqual([]);
    expect(problemsOf(grid([['Risk', null, 'Åtgärd'], ['Brand', 'anteckning', 'Släck']])).warnings)
      .toEqual([{ row: 1, column: 'B', message: 'Kolumn B saknar rubrik men har innehåll; den importeras inte. Ge den en rubrik om den ska med.' }]);
  });
});

describe('formulas', () => {
  const header = ['Risk', 'Sannolikhet', 'Konsekvensgrad', 'Åtgärd', 'Kommentar'];

  it('reads a formula cell as the value Excel saved, never calculating it', async () => {
    const bytes = workbook([{ name: 'Blad1', rows: [['Internkontrollplan 2026'], header,
      ['Brand', { f: '1+1', v: 3 }, 2, { f: 'HYPERLINK("http://evil.example","klicka")', v: 'klicka' }, '']] }]);
    const result = await parseWorkbook(bytes, 'plan.xlsx');
    expect(result.errors).toEqual([]);
    expect(result.items).toEqual([expect.objectContaining({ risk: 'Brand', probability: 3, consequenceScore: 2, measures: [expect.objectContaining({ text: 'klicka' })] })]);
  });

  it('refuses a formula with no saved value, naming it, and keeps text that starts with = + - @ as text', async () => {
    const bytes = workbook([{ name: 'Blad1', rows: [['Internkontrollplan 2026'], header,
      ['=cmd|\' /C calc\'!A0', 2, 2, '@SUM(A1:A2)', '-2+3'],
      ['+SUM(1;2)', 2, 2, { f: 'WEBSERVICE("http://evil.example")' }, '']] }]);
    const result = await parseWorkbook(bytes, 'plan.xlsx');
    expect(result.errors).toEqual([{ row: 4, column: 'Åtgärd', message: expect.stringContaining('formeln =WEBSERVICE("http://evil.example") men inget sparat värde') }]);
    expect(result.items.map((i) => 'risk' in i && [i.risk, i.measures.map((m) => m.text), i.measures.map((m) => ('comment' in m ? m.comment : ''))])).toEqual([
      ['=cmd|\' /C calc\'!A0', ['@SUM(A1:A2)'], ['-2+3']],
      ['+SUM(1;2)', [], []]
    ]);
  });
});
