/**
 * Corpus files that are wrong as files: empty, not a spreadsheet, renamed, encrypted, old formats, zips
 * that hold no workbook, truncated or damaged archives, zip bombs, ZIP64 tricks, and XML parts carrying a
 * DTD (entity bombs, external entities).
 */
import { deflateRawSync, gzipSync } from 'zlib';
import { compoundFile, encryptedWorkbook, oldExcelWorkbook, workbook, workbookParts } from './office';
import { BILLION_LAUGHS, bomb, BOMB_BYTES, CorpusEntry, goodWorkbook, PDF, plan, png, refused, sheet, sheetWithDtd } from './samples';
import { manyEntries, utf8, zip } from './zip';

function notAWorkbookEntries(): CorpusEntry[] {
  return [
    { file: 'empty.csv', problem: 'an empty file (0 bytes)', expect: refused('Filen är tom'), build: () => new Uint8Array(0) },
    { file: 'zero-bytes.xlsx', problem: 'zero bytes named .xlsx', expect: refused('Filen är tom'), build: () => new Uint8Array(0) },
    { file: 'only-separators-and-blank-lines.csv', problem: 'a CSV of blank lines and separators', expect: refused('Filen är tom'),
      build: () => utf8('\r\n ; ;\r\n\r\n;;;\r\n') },
    { file: 'plain-text-renamed.xlsx', problem: 'a plain text file renamed .xlsx', expect: refused('textfil, inte en Excel-arbetsbok'),
      build: () => utf8('Risk;Åtgärd;Ansvarig\r\nBrand;Släcksystem;IT-chef\r\n') },
    { file: 'pdf-renamed.xlsx', problem: 'a PDF renamed .xlsx', expect: refused('ingen Excel-arbetsbok utan en PDF-fil'), build: () => utf8(PDF) },
    { file: 'png-renamed.csv', problem: 'a PNG image renamed .csv', expect: refused('ingen CSV-fil utan en PNG-bild'), build: png },
    { file: 'jpeg-renamed.xlsx', problem: 'a JPEG image renamed .xlsx', expect: refused('JPEG-bild'),
      build: () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]) },
    { file: 'gzip-renamed.csv', problem: 'a gzip archive renamed .csv', expect: refused('gzip-arkiv'), build: () => gzipSync(utf8('Risk;Åtgärd\r\n')) },
    { file: 'html-renamed.xlsx', problem: 'a web page saved as .xlsx (what some systems call an Excel export)', expect: refused('webbsida (HTML)'),
      build: () => utf8('<!DOCTYPE html><html><body><table><tr><td>Risk</td><td>Åtgärd</td></tr></table></body></html>') },
    { file: 'old-binary-xls-renamed.xlsx', problem: 'an Excel 97–2003 file (OLE2 compound file with a Workbook stream) renamed .xlsx',
      expect: refused('gamla formatet (.xls'), build: oldExcelWorkbook },
    { file: 'old-binary.xls', problem: 'an Excel 97–2003 file with its own extension', expect: refused('gamla formatet (.xls'), build: oldExcelWorkbook },
    { file: 'password-protected.xlsx', problem: 'a password-protected workbook: an OLE2 compound file with EncryptionInfo and EncryptedPackage streams',
      expect: refused('lösenordsskyddad'), build: encryptedWorkbook },
    { file: 'password-protected-old-name.xls', problem: 'a password-protected workbook named .xls', expect: refused('lösenordsskyddad'), build: encryptedWorkbook },
    { file: 'ole2-without-workbook.xlsx', problem: 'an OLE2 compound file holding no workbook stream', expect: refused('gamla binära formatet'),
      build: () => compoundFile([{ name: 'Contents', data: utf8('x') }]) },
    { file: 'zip-password-entries.xlsx', problem: 'a workbook whose zip entries are encrypted (zip password: flag bit 0)', expect: refused('lösenordsskyddad'),
      build: () => zip(workbookParts([sheet(plan('Internkontrollplan 2026'))]).map((p) => ({ ...p, flags: 1 }))) },
    { file: 'xlsx-renamed.csv', problem: 'a real workbook renamed .csv', expect: refused('ingen CSV-fil utan en Excel-arbetsbok'),
      build: () => goodWorkbook('Internkontrollplan 2026 Bytnamnsnämnden') },
    { file: 'docx-renamed.xlsx', problem: 'a Word document renamed .xlsx', expect: refused('Word-dokument'),
      build: () => zip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: '<w:document/>' }]) },
    { file: 'ods-renamed.xlsx', problem: 'an OpenDocument spreadsheet renamed .xlsx', expect: refused('OpenDocument'),
      build: () => zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 }, { name: 'content.xml', data: '<office:document-content/>' }]) },
    { file: 'zip-not-a-workbook.xlsx', problem: 'a zip archive with neither [Content_Types].xml nor xl/workbook.xml', expect: refused('xl/workbook.xml saknas'),
      build: () => zip([{ name: 'readme.txt', data: 'hej' }, { name: 'data/plan.csv', data: 'Risk;Åtgärd' }]) },
    { file: 'nested-zip.xlsx', problem: 'a zip archive holding the workbook inside it', expect: refused('zip-arkiv med andra filer', 'plan.xlsx'),
      build: () => zip([{ name: 'plan.xlsx', data: goodWorkbook('Internkontrollplan 2026'), method: 0 }]) },
    { file: 'unsupported-extension.numbers', problem: 'a file type the import does not read', expect: refused('Filtypen stöds inte'), build: () => utf8('x') }
  ];
}

function archiveEntries(): CorpusEntry[] {
  const parts = (): ReturnType<typeof workbookParts> => workbookParts([sheet(plan('Internkontrollplan 2026 Arkivnämnden'))]);
  const sheetIndex = 4;
  return [
    { file: 'truncated.xlsx', problem: 'a real workbook cut off at 60 % (no end of central directory)', expect: refused('ofullständig'),
      build: () => { const whole = goodWorkbook('Internkontrollplan 2026'); return whole.subarray(0, Math.floor(whole.length * 0.6)); } },
    { file: 'unknown-compression-method.xlsx', problem: 'a sheet stored with compression method 14 (LZMA), which Excel never uses', expect: refused('packad med en metod (nr 14)'),
      build: () => zip(parts().map((p, i) => (i === sheetIndex ? { ...p, claimedMethod: 14 } : p))) },
    { file: 'damaged-deflate-stream.xlsx', problem: 'a sheet whose deflated bytes are garbage', expect: refused('skadad', 'xl/worksheets/sheet1.xml'),
      build: () => zip(parts().map((p, i) => (i === sheetIndex ? { ...p, deflated: new Uint8Array(64).fill(0xff) } : p))) },
    { file: 'zip-bomb.xlsx', problem: 'a zip bomb: a 120 KB file whose worksheet declares and inflates to 120 MB', expect: refused('större än 50 MB'),
      build: async () => { const payload = await bomb(); return zip(parts().map((p, i) => (i === sheetIndex ? { ...p, deflated: payload, declaredSize: BOMB_BYTES } : p))); } },
    { file: 'zip-bomb-forged-directory.xlsx', problem: 'a zip bomb whose directory claims 1 KB for a worksheet that inflates to 120 MB', expect: refused('större än 50 MB'),
      build: async () => { const payload = await bomb(); return zip(parts().map((p, i) => (i === sheetIndex ? { ...p, deflated: payload, declaredSize: 1024 } : p))); } },
    { file: 'zip-bomb-many-parts.xlsx', problem: '30 media parts, each declaring 1 KB and inflating to 4 MB', expect: refused('större än 50 MB'),
      build: () => {
        const filler = Buffer.alloc(4 * 1024 * 1024, 0x41);
        const deflated = deflateRawSync(filler);
        return zip([...parts(), ...Array.from({ length: 30 }, (_, i) => ({ name: `xl/media/image${i}.png`, data: filler, deflated, declaredSize: 1024 }))]);
      } },
    { file: 'entries-100000.xlsx', problem: 'a zip archive of 100,000 tiny entries (ZIP64 end record with the true count)', expect: refused('delar (filer i zip-arkivet)'),
      build: () => manyEntries(100000) },
    { file: 'zip64-huge-declared-size.xlsx', problem: 'ZIP64 entries, the worksheet declaring 8 GiB', expect: refused('större än 50 MB'),
      build: () => zip(parts().map((p, i) => (i === sheetIndex ? { ...p, zip64: true, declaredSize: 8 * 1024 * 1024 * 1024 } : { ...p, zip64: true })), { zip64End: true }) },
    { file: 'zip64-forged-entry-count.xlsx', problem: 'a ZIP64 end record claiming 2^40 entries', expect: refused('delar (filer i zip-arkivet)'),
      build: () => zip(parts(), { claimedEntries: 2 ** 40 }) }
  ];
}

function xmlEntries(): CorpusEntry[] {
  const withSheetXml = (xml: string | Uint8Array): Uint8Array => workbook([sheet([])], { sheetXmls: [xml] });
  const dtdPhrase = 'dokumenttypsdeklaration (<!DOCTYPE>';
  return [
    { file: 'xml-billion-laughs.xlsx', problem: 'a worksheet with nested entity definitions (billion laughs) used in a cell', expect: refused(dtdPhrase, 'xl/worksheets/sheet1.xml'),
      build: () => withSheetXml(sheetWithDtd(BILLION_LAUGHS, '&lol9;')) },
    { file: 'xml-external-entity-xxe.xlsx', problem: 'shared strings with an external entity (XXE) reading /etc/passwd', expect: refused(dtdPhrase, 'xl/sharedStrings.xml'),
      build: () => workbook([sheet([['Internkontrollplan 2026'], ['Risk', 'Åtgärd'], [{ s: 0 }, 'Översyn']])], {
        sharedStrings: '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>'
      }) },
    { file: 'xml-external-dtd.xlsx', problem: 'a workbook part referring to an external DTD on a web server', expect: refused(dtdPhrase, 'xl/workbook.xml'),
      build: () => workbook([sheet(plan('Internkontrollplan 2026'))], {
        edit: (ps) => ps.map((p) => (p.name === 'xl/workbook.xml' ? { ...p, data: String(p.data).replace('<workbook', '<!DOCTYPE workbook SYSTEM "http://evil.example/x.dtd"><workbook') } : p))
      }) },
    { file: 'xml-doctype-utf16.xlsx', problem: 'a worksheet written as UTF-16 with a DTD (the check skips NUL bytes)', expect: refused(dtdPhrase),
      build: () => withSheetXml(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheetWithDtd(BILLION_LAUGHS, '&lol3;').replace('UTF-8', 'UTF-16'), 'utf16le')])) },
    { file: 'xml-doctype-after-long-comment.xlsx', problem: 'a DTD hidden after a 100 KB comment in the prolog', expect: refused(dtdPhrase),
      build: () => withSheetXml(sheetWithDtd(BILLION_LAUGHS, '&lol5;', `<!--${'x'.repeat(100 * 1024)}-->`)) },
    { file: 'xml-entity-in-content-types.xlsx', problem: 'an internal entity declared in [Content_Types].xml', expect: refused(dtdPhrase, '[Content_Types].xml'),
      build: () => workbook([sheet(plan('Internkontrollplan 2026'))], {
        edit: (ps) => ps.map((p) => (p.name === '[Content_Types].xml' ? { ...p, data: String(p.data).replace('<Types', '<!DOCTYPE Types [<!ENTITY a "b">]><Types') } : p))
      }) }
  ];
}

/** The files that are wrong as files. */
export function fileShapeEntries(): CorpusEntry[] {
  return [...notAWorkbookEntries(), ...archiveEntries(), ...xmlEntries()];
}
