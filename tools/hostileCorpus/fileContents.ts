/**
 * Corpus files whose content is wrong: too large (cells, rows, columns, lines, sheets, styles), broken
 * references, header rows that would lose data, wrong types, formulas and formula-looking text, broken
 * encodings and characters that do not belong; and the few the product accepts (formula-looking text in
 * text columns, a sheet password, macros).
 */
import { CellSpec, MINIMAL_STYLES, sheetXml, vbaProject, workbook } from './office';
import { bigSheetXml, CorpusEntry, csv, FORMULA_TEXTS, plan, refused, sheet } from './samples';
import { utf8 } from './zip';

/** Sheet parts exceljs would expand cell by cell (or loop over) and the import tells it to skip. */
const SKIPPED_BEFORE = '<cols><col min="1" max="1000000000" width="12" customWidth="1"/></cols><sheetData>';
const SKIPPED_AFTER = '<autoFilter ref="A2:K1048576"/><conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" dxfId="0" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>' +
  '<dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="I3:I1048576"><formula1>"grön,gul,röd"</formula1></dataValidation>' +
  '<dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>' +
  '<hyperlinks><hyperlink ref="A1:XFD1048576" r:id="rId9"/></hyperlinks>';

/** A plan followed by `rows` empty rows that have only a height (as a template formatted far down leaves them). */
function emptyRowsBelowPlan(rows: number): string {
  const xml = sheetXml(sheet(plan('Internkontrollplan 2026 Radhöjdsnämnden')));
  const empty: string[] = [];
  for (let r = 5; r <= rows; r++) empty.push(`<row r="${r}" ht="20" customHeight="1"/>`);
  return xml.replace('</sheetData>', `${empty.join('')}</sheetData>`);
}

/** 14,990 rows of 20 cells of 90 characters under a plan's header: just inside the cell and unpacked-size bounds. */
function largestWithinBounds(): string {
  const header = ['Risk', 'Beskrivning av konsekvens', 'Orsak', 'Åtgärd', 'Ansvarig', 'Kommentar', 'Status', 'Hantering av risk'];
  return bigSheetXml(14990, 20, (r, c) => {
    if (r === 1) return c === 1 ? 'Internkontrollplan 2026 Gränsnämnden' : null;
    if (r === 2) return header[c - 1] ?? `Anteckning ${c}`;
    return c === 7 ? 'lila' : c === 8 ? 'begränsa' : `${r}:${c} `.padEnd(90, 'abcdefghij');
  });
}

function sizeEntries(): CorpusEntry[] {
  const mb = 1024 * 1024;
  const rowsOfText = (rows: number): string => bigSheetXml(rows, 3, (r, c) => (r === 1 && c === 1 ? 'Internkontrollplan 2026' : r === 2 ? ['Risk', 'Åtgärd', 'Ansvarig'][c - 1] : r === 1 ? null : `R${r}K${c}`));
  return [
    { file: 'cell-1mb-shared-string.xlsx', problem: 'a 1 MB cell (shared string)', expect: refused('En cell i filen har mer än', 'rymmer'),
      build: () => workbook([sheet([['Internkontrollplan 2026'], ['Risk', 'Åtgärd'], [{ s: 0 }, 'Översyn']])], { sharedStrings: ['B'.repeat(mb)] }) },
    { file: 'cell-40000-characters.xlsx', problem: 'a cell of 40,000 characters: over Excel\'s 32,767, under the archive scan\'s bound', expect: refused('Cellen har 40\u00a0000 tecken'),
      build: () => workbook([sheet(plan('Internkontrollplan 2026 Längdnämnden', [['Brand', 'Driftstopp', 'begränsa', 2, 3, 6, 'x'.repeat(40000), 'IT-chef', 'grön', '', '']]))]) },
    { file: 'cell-1mb.csv', problem: 'a 1 MB cell in a CSV file', expect: refused('rymmer högst'),
      build: () => csv(plan('Internkontrollplan 2026', [['Brand', 'y'.repeat(mb)]])) },
    { file: 'rows-100000.xlsx', problem: 'a sheet of 100,000 rows', expect: refused('Bladet "Blad1" har fler än', 'rader'),
      build: () => workbook([sheet([])], { sheetXmls: [rowsOfText(100000)] }) },
    { file: 'rows-100000.csv', problem: 'a CSV file of 100,000 rows', expect: refused('rows-100000.csv', 'rader'),
      build: () => csv([['Internkontrollplan 2026'], ['Risk', 'Åtgärd', 'Ansvarig'], ...Array.from({ length: 100000 }, (_, i) => [`Risk ${i}`, `Åtgärd ${i}`, 'IT-chef'])]) },
    { file: 'columns-20000.xlsx', problem: 'a sheet with 20,000 columns', expect: refused('innehåll i fler än 100 kolumner'),
      build: () => workbook([sheet([])], { sheetXmls: [bigSheetXml(3, 20000, (r, c) => (r === 1 ? (c === 1 ? 'Internkontrollplan 2026' : null) : r === 2 ? (c === 1 ? 'Risk' : c === 2 ? 'Åtgärd' : `K${c}`) : `v${c}`))] }) },
    { file: 'columns-20000.csv', problem: 'a CSV file with 20,000 columns', expect: refused('innehåll i fler än 100 kolumner'),
      build: () => csv([['Internkontrollplan 2026'], ['Risk', 'Åtgärd', ...Array.from({ length: 19998 }, (_, i) => `K${i}`)], Array.from({ length: 20000 }, (_, i) => `v${i}`)]) },
    { file: 'cells-400000.xlsx', problem: '400,000 cells in 16,000 rows: each row under the limit, the whole over what exceljs can hold in 500 MB',
      expect: refused('celler med innehåll eller format'), build: () => workbook([sheet([])], { sheetXmls: [bigSheetXml(16000, 25, (r, c) => r * c)] }) },
    { file: 'largest-within-bounds.xlsx', problem: 'the largest sheet the guards let through (about 300,000 cells and 47 MB unpacked) with an unknown status on every row: read in full, within 500 MB',
      expect: refused('Okänd status "lila"'), build: () => workbook([sheet([])], { sheetXmls: [largestWithinBounds()] }) },
    { file: 'empty-formatted-rows-1048576.xlsx', problem: 'a plan followed by 1,048,576 empty rows that have only a row height', expect: refused('de flesta utan innehåll men med format'),
      build: () => workbook([sheet([])], { sheetXmls: [emptyRowsBelowPlan(1048576)] }) },
    { file: 'row-number-beyond-excel.xlsx', problem: 'a plan with one more cell on row 999,999,999 (Excel ends at 1,048,576; exceljs would walk a sparse array that long)',
      expect: refused('Bladet "Blad1" har fler än', 'rader'),
      build: () => workbook([sheet([])], { sheetXmls: [sheetXml(sheet(plan('Internkontrollplan 2026'))).replace('</sheetData>', '<row r="999999999"><c r="A999999999"><v>1</v></c></row></sheetData>')] }) },
    { file: 'merge-whole-sheet.xlsx', problem: 'one merge over A3:XFD1048576 (exceljs makes a cell for each of its 17 billion positions)', expect: refused('celler med innehåll eller format'),
      build: () => workbook([sheet(plan('Internkontrollplan 2026 Sammanfogningsnämnden'), { merges: ['A3:XFD1048576'] })]) },
    { file: 'cells-without-references.xlsx', problem: 'cells without an r attribute (allowed by the standard, never written by Excel; exceljs cannot place them)',
      expect: refused('inte sparad av Excel'), build: () => workbook([sheet([])], { sheetXmls: [sheetXml(sheet(plan('Internkontrollplan 2026'))).replace(/ r="[A-Z]+\d+"/g, '')] }) },
    { file: 'sheet-parts-the-import-skips.xlsx', problem: 'a plan with a data validation and conditional formatting over the whole sheet, a column range to 10^9 and hyperlinks: parts the import never reads',
      expect: { outcome: 'imported', phrases: [], stored: ['Brand i serverhallen'] },
      build: () => workbook([sheet([])], { sheetXmls: [sheetXml(sheet(plan('Internkontrollplan 2026 Valideringsnämnden'))).replace('<sheetData>', SKIPPED_BEFORE).replace('</worksheet>', `${SKIPPED_AFTER}</worksheet>`)] }) },
    { file: 'line-19mb-without-newline.csv', problem: 'one line of 19.5 MB with no line break (just under the 20 MB file cap)', expect: refused('rymmer högst'),
      build: () => utf8(`Risk;${'x'.repeat(Math.floor(19.5 * mb))}`) },
    { file: 'line-over-20mb-cap.csv', problem: 'one line of 20 MB + 1 byte: over the file cap', expect: refused('för stor: högst 20 MB'),
      build: () => new Uint8Array(20 * mb + 1).fill(0x79) },
    { file: 'line-1200kb-of-long-cells.csv', problem: 'a line of 1.2 MB made of 40 cells of 30,000 characters (each under the cell limit)', expect: refused('Rad 3 är längre än'),
      build: () => csv([['Internkontrollplan 2026'], ['Risk', 'Åtgärd'], Array.from({ length: 40 }, () => 'z'.repeat(30000))]) },
    { file: 'sheet-name-10000-characters.xlsx', problem: 'a sheet named with 10,000 characters (Excel allows 31)', expect: refused('Excel tillåter högst 31'),
      build: () => workbook([sheet(plan('Internkontrollplan 2026'))], { sheetNames: ['N'.repeat(10000)] }) },
    { file: 'sheets-1000.xlsx', problem: 'a workbook of 1,000 sheets', expect: refused('Filen har 1\u00a0000 blad'),
      build: () => workbook(Array.from({ length: 1000 }, (_, i) => sheet([[`Blad ${i}`]], { name: `B${i}` }))) },
    { file: 'styles-huge.xlsx', problem: 'a styles part of 1.2 million cell formats', expect: refused('xl/styles.xml', 'orimligt stor'),
      build: () => workbook([sheet(plan('Internkontrollplan 2026'))], {
        styles: MINIMAL_STYLES.replace(/<cellXfs count="1">.*<\/cellXfs>/, `<cellXfs count="1200000">${'<xf numFmtId="0"/>'.repeat(1200000)}</cellXfs>`)
      }) },
    { file: 'shared-string-out-of-range.xlsx', problem: 'a cell pointing at shared string 1,000,000 of 3', expect: refused('hänvisar till text nummer', 'bara 3 texter'),
      build: () => workbook([sheet([[{ s: 0 }], [{ s: 1 }, { s: 2 }], [{ s: 999999 }, 'Översyn']])], { sharedStrings: ['Internkontrollplan 2026', 'Risk', 'Åtgärd'] }) },
    { file: 'shared-strings-missing.xlsx', problem: 'cells of shared-string type in a workbook with no shared-strings part', expect: refused('hänvisar till text nummer'),
      build: () => workbook([sheet([[{ s: 0 }], [{ s: 1 }, { s: 2 }]])]) }
  ];
}

function tableEntries(): CorpusEntry[] {
  const wrongTypes: CellSpec[][] = [
    ['Brand', 'Driftstopp', 'strunta i det', 'hög', 'x', 'tolv', 'Släcksystem', 'IT-chef', 'lila', '', '31/31/2026'],
    ['Intrång', 'Dataläcka', 'begränsa', 9, -1, '', 'Lås', 'IT-chef', 'grön', '', 'i morgon']
  ];
  const wrongTypePhrases = ['Okänd hantering', '"hög" är inte ett tal', 'utanför riskmatrisens skala', 'Okänd status "lila"', 'inte ett datum'];
  const formulaRows: CellSpec[][] = [
    ['Brand', 'Driftstopp', 'begränsa', { f: 'SUM(1,1)' }, { f: '-2+3' }, null, { f: 'cmd|\' /C calc\'!A0' }, 'IT-chef', 'grön', { f: 'HYPERLINK("http://evil.example","klicka")' }, ''],
    ['Intrång', 'Dataläcka', 'begränsa', 2, 2, { f: '+SUM(D4:E4)' }, { f: '@SUM(A1:A2)' }, 'IT-chef', 'grön', '', '']
  ];
  const textFormulaRows: CellSpec[][] = FORMULA_TEXTS.map((text, i) => [text, `Konsekvens ${text}`, 'begränsa', 2, 2, 4, `Åtgärd ${i + 1}: ${text}`, 'IT-chef', 'grön', text, '']);
  const textInTypedColumns: CellSpec[][] = [['Brand', 'Driftstopp', '@SUM(A1:A2)', '-2+3', '=1+1', '+SUM(1;2)', 'Släcksystem', 'IT-chef', '=HYPERLINK("http://evil.example";"grön")', '', '=TODAY()']];
  const protection = '<sheetProtection algorithmName="SHA-512" hashValue="c2VjcmV0" saltValue="c2FsdA==" spinCount="100000" sheet="1" objects="1" scenarios="1"/>';
  return [
    { file: 'duplicate-header-cells.xlsx', problem: 'the header "Åtgärd" twice, over different content', expect: refused('Kolumnen "Åtgärd" finns två gånger'),
      build: () => workbook([sheet(plan('Internkontrollplan 2026', [['Brand', 'Släcksystem', 'Utbildning', 'IT-chef']], ['Risk', 'Åtgärd', 'Åtgärd', 'Ansvarig']))]) },
    { file: 'merged-header-cells.xlsx', problem: 'header "Risk" merged over two columns that both have content', expect: refused('sammanfogad med kolumn A'),
      build: () => workbook([sheet(plan('Internkontrollplan 2026', [['Brand', 'Elfel i serverhallen', 'Släcksystem', 'IT-chef']], ['Risk', null, 'Åtgärd', 'Ansvarig']), { merges: ['A2:B2'] })]) },
    { file: 'headers-only.xlsx', problem: 'a title and a header row, no rows', expect: refused('inga risker under rubrikraden'),
      build: () => workbook([sheet(plan('Internkontrollplan 2026 Tomnämnden', []))]) },
    { file: 'headers-only.csv', problem: 'a CSV file with only a title and a header row', expect: refused('inga risker under rubrikraden'),
      build: () => csv(plan('Internkontrollplan 2026 Tomnämnden', [])) },
    { file: 'wrong-types.xlsx', problem: 'text in number columns, garbage dates, scores out of scale, unknown words', expect: refused(...wrongTypePhrases),
      build: () => workbook([sheet(plan('Internkontrollplan 2026 Typnämnden', wrongTypes))]) },
    { file: 'wrong-types.csv', problem: 'the same wrong types in a CSV file', expect: refused(...wrongTypePhrases), build: () => csv(plan('Internkontrollplan 2026 Typnämnden', wrongTypes)) },
    { file: 'formulas-without-saved-values.xlsx', problem: 'real formula cells (=cmd|…, HYPERLINK, +SUM, -2+3, @SUM) with no saved value',
      expect: refused('formeln =cmd|\' /C calc\'!A0', 'formeln =HYPERLINK(', 'formeln =-2+3', 'formeln =@SUM(A1:A2)', 'räknar aldrig ut formler'),
      build: () => workbook([sheet(plan('Internkontrollplan 2026 Formelnämnden', formulaRows))]) },
    { file: 'formulas-with-saved-values-only.xlsx', problem: 'formula cells with saved values only: the saved 7 is read (out of scale), =2*1 is never calculated; HYPERLINK reads as its saved text',
      expect: { outcome: 'refused', phrases: ['7 ligger utanför riskmatrisens skala'], itemsContain: ['klicka'], itemsLack: ['HYPERLINK', 'evil.example'] },
      build: () => workbook([sheet(plan('Internkontrollplan 2026 Cachenämnden', [
        ['Brand', 'Driftstopp', 'begränsa', { f: '2*1', v: 7 }, { f: '1+1', v: 2 }, { f: 'D3*E3', v: 14 }, { f: 'HYPERLINK("http://evil.example","klicka")', v: 'klicka' }, 'IT-chef', 'grön', '', '']
      ]))]) },
    { file: 'formula-text-in-typed-columns.csv', problem: 'text starting with = + - @ in number, date, status and handling columns', expect: refused('Okänd hantering "@SUM(A1:A2)"', '"-2+3" är inte ett tal', '"=1+1" är inte ett tal', 'Okänd status "=HYPERLINK', '"=TODAY()" är inte ett datum'),
      build: () => csv(plan('Internkontrollplan 2026 Textformelnämnden', textInTypedColumns)) },
    { file: 'formula-text-in-text-columns.xlsx', problem: 'text starting with = + - @ in risk, consequence, measure and comment cells: data, stored as written',
      expect: { outcome: 'imported', phrases: [], stored: FORMULA_TEXTS }, build: () => workbook([sheet(plan('Internkontrollplan 2026 Formeltextnämnden', textFormulaRows))]) },
    { file: 'formula-text-in-text-columns.csv', problem: 'the same formula-looking text in a CSV file', expect: { outcome: 'imported', phrases: [], stored: FORMULA_TEXTS },
      build: () => csv(plan('Internkontrollplan 2026 Formeltextnämnden CSV', textFormulaRows)) },
    { file: 'sheet-protection.xlsx', problem: 'a sheet protected with a password (sheetProtection): an edit lock in Excel, not encryption', expect: { outcome: 'imported', phrases: [], stored: ['Brand i serverhallen'] },
      build: () => workbook([sheet(plan('Internkontrollplan 2026 Skyddsnämnden'), { after: protection })]) },
    { file: 'macro-enabled-with-vba.xlsm', problem: 'a macro-enabled workbook with a VBA project whose Workbook_Open runs calc.exe', expect: { outcome: 'imported', phrases: ['makron (VBA). De körs inte'], stored: ['Otillåten åtkomst'] },
      build: () => workbook([sheet(plan('Internkontrollplan 2026 Makronämnden'))], { vbaProject: vbaProject() }) }
  ];
}

function encodingEntries(): CorpusEntry[] {
  const text = 'Internkontrollplan 2026 Teckennämnden\r\nRisk;Åtgärd;Ansvarig\r\nBrand i förrådet;Släcksystem;IT-chef\r\nIntrång;Lås;IT-chef\r\n';
  return [
    { file: 'invalid-utf8.csv', problem: 'UTF-8 text (å, ä, ö) with broken byte sequences on row 3', expect: refused('Rad 3 har en ogiltig UTF-8-kod', '0xFF'),
      build: () => { const bytes = Buffer.from(utf8(text)); const at = bytes.indexOf(utf8('förrådet')); bytes[at + 3] = 0xff; return bytes; } },
    { file: 'utf16-without-bom.csv', problem: 'UTF-16LE text without a byte order mark', expect: refused('UTF-16 utan byteordningsmärke'), build: () => Buffer.from(text, 'utf16le') },
    { file: 'nul-bytes.csv', problem: 'NUL bytes on row 4', expect: refused('nolltecken (NUL) på rad 4'), build: () => utf8(text.replace('Intrång', 'Intr\u0000\u0000ng')) },
    { file: 'unterminated-quote.csv', problem: 'a quote opened on row 3 and never closed, spanning the rest of the file', expect: refused('rad 3 avslutas aldrig'),
      build: () => utf8(`Internkontrollplan 2026\r\nRisk;Åtgärd\r\n"Brand;Släcksystem\r\n${'Intrång;Lås\r\n'.repeat(200)}`) },
    { file: 'control-characters.csv', problem: 'a bell and an ANSI escape sequence in the title and a risk', expect: refused('styrtecken (U+0007)', 'styrtecken (U+001B)'),
      build: () => utf8('Internkontrollplan 2026 Styrnämnden\u0007\r\nRisk;Åtgärd;Ansvarig\r\n\u001b[31mBrand;Släcksystem;IT-chef\r\n') },
    { file: 'bidi-override.csv', problem: 'a right-to-left override (U+202E) in a risk title', expect: refused('(U+202E) som vänder textens riktning'),
      build: () => utf8('Internkontrollplan 2026 Riktningsnämnden\r\nRisk;Åtgärd;Ansvarig\r\nBrand i \u202Enedrårröf;Släcksystem;IT-chef\r\n') },
    { file: 'bidi-isolate.xlsx', problem: 'bidi isolates (U+2066 … U+2069) in a measure', expect: refused('(U+2066) som vänder textens riktning'),
      build: () => workbook([sheet(plan('Internkontrollplan 2026 Riktningsnämnden', [['Brand', 'Driftstopp', 'begränsa', 2, 3, 6, 'Släck\u2066 ditt \u2069system', 'IT-chef', 'grön', '', '']]))]) },
    { file: 'cp1252-with-undefined-bytes.csv', problem: 'Windows-1252 text with bytes 0x81 and 0x9D, which Windows-1252 does not define', expect: refused('styrtecken (U+0081)'),
      build: () => Buffer.from('Internkontrollplan 2026\r\nRisk;\xc5tg\xe4rd\r\nBrand\x81;Sl\xe4cksystem\x9d\r\n', 'latin1') }
  ];
}

/** The files whose content is wrong. */
export function fileContentEntries(): CorpusEntry[] {
  return [...sizeEntries(), ...tableEntries(), ...encodingEntries()];
}
