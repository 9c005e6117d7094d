/**
 * Office file shapes for the hostile corpus, built by hand: a minimal .xlsx (the parts Excel writes,
 * sheets as XML with inline strings, numbers, formulas with or without a saved value, shared strings),
 * and OLE2 compound files (the container of an old .xls and of every password-protected Office file,
 * whose `EncryptionInfo` and `EncryptedPackage` streams say it is encrypted).
 */
import { utf8, zip, ZipPart } from './zip';

/** A cell: text (inline string), a number, a formula (`f`) with an optional saved value (`v`), a shared-string index (`s`). */
export type CellSpec = string | number | null | { f: string; v?: string | number } | { s: number };

export interface SheetSpec {
  name: string;
  rows: CellSpec[][];
  merges?: string[];
  /** Extra XML after `<sheetData>` (e.g. a `<sheetProtection>`). */
  after?: string;
}

export function escapeXml(text: string): string {
  if (!/[&<>"]/.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export function cellXml(cell: CellSpec, ref: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === 'string') return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
  if ('s' in cell) return `<c r="${ref}" t="s"><v>${cell.s}</v></c>`;
  const type = typeof cell.v === 'string' ? ' t="str"' : '';
  const value = cell.v === undefined ? '' : `<v>${escapeXml(String(cell.v))}</v>`;
  return `<c r="${ref}"${type}><f>${escapeXml(cell.f)}</f>${value}</c>`;
}

export function sheetXml(spec: SheetSpec): string {
  const rows = spec.rows.map((cells, r) => `<row r="${r + 1}">${cells.map((cell, c) => cellXml(cell, `${columnLetter(c + 1)}${r + 1}`)).join('')}</row>`);
  const merges = spec.merges?.length ? `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows.join('')}</sheetData>${spec.after ?? ''}${merges}</worksheet>`;
}

export const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

export interface WorkbookOptions {
  /** Sheet XML per sheet instead of building it from the spec (same order as `sheets`). */
  sheetXmls?: Array<string | Uint8Array>;
  sharedStrings?: string[] | string;
  styles?: string;
  /** A VBA project, making the workbook macro-enabled (.xlsm). */
  vbaProject?: Uint8Array;
  /** Replace or add parts after the standard ones are built. */
  edit?: (parts: ZipPart[]) => ZipPart[];
  /** The sheet names written into workbook.xml, when they are to differ from the specs'. */
  sheetNames?: string[];
}

/** The parts of a workbook, as Excel orders them: content types, package relationships, workbook, its relationships, sheets. */
export function workbookParts(sheets: SheetSpec[], options: WorkbookOptions = {}): ZipPart[] {
  const macro = options.vbaProject !== undefined;
  const mainType = macro ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
  const sheetOverrides = sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  const contentTypes = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    (macro ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : '') +
    `<Override PartName="/xl/workbook.xml" ContentType="${mainType}"/>${sheetOverrides}` +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    (options.sharedStrings !== undefined ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : '') +
    '</Types>';
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const names = options.sheetNames ?? sheets.map((s) => s.name);
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
    names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') + '</sheets></workbook>';
  const rels = names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`);
  if (options.sharedStrings !== undefined) rels.push(`<Relationship Id="rIdStrings" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (macro) rels.push('<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>');
  const parts: ZipPart[] = [
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: rootRels },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>` },
    ...sheets.map((sheet, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: options.sheetXmls?.[i] ?? sheetXml(sheet) })),
    { name: 'xl/styles.xml', data: options.styles ?? MINIMAL_STYLES }
  ];
  if (options.sharedStrings !== undefined) {
    const strings = options.sharedStrings;
    const xml = typeof strings === 'string' ? strings : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
      strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('') + '</sst>';
    parts.push({ name: 'xl/sharedStrings.xml', data: xml });
  }
  if (options.vbaProject) parts.push({ name: 'xl/vbaProject.bin', data: options.vbaProject });
  return options.edit ? options.edit(parts) : parts;
}

export function workbook(sheets: SheetSpec[], options: WorkbookOptions = {}): Uint8Array {
  return zip(workbookParts(sheets, options));
}

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const SECTOR = 512;

/** One 128-byte directory entry of a compound file. */
function directoryEntry(name: string, type: number, child: number, right: number, start: number, size: number): Buffer {
  const entry = Buffer.alloc(128);
  if (name === '') {
    entry.writeUInt32LE(FREE, 68);
    entry.writeUInt32LE(FREE, 72);
    entry.writeUInt32LE(FREE, 76);
    return entry;
  }
  entry.write(name, 0, 'utf16le');
  entry.writeUInt16LE((name.length + 1) * 2, 64);
  entry.writeUInt8(type, 66);
  entry.writeUInt8(1, 67);
  entry.writeUInt32LE(FREE, 68);
  entry.writeUInt32LE(right, 72);
  entry.writeUInt32LE(child, 76);
  entry.writeUInt32LE(start, 116);
  entry.writeUInt32LE(size, 120);
  return entry;
}

/**
 * An OLE2 compound file (version 3, 512-byte sectors) with the given streams, each in regular sectors
 * (padded to at least 4,096 bytes so none belongs in the mini stream): header, one FAT sector, one
 * directory sector, then the streams' sectors chained in the FAT.
 */
export function compoundFile(streams: Array<{ name: string; data: Uint8Array }>): Uint8Array {
  const padded = streams.map((s) => {
    const size = Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR);
    const data = Buffer.alloc(size);
    Buffer.from(s.data).copy(data);
    return { name: s.name, data, size: Math.max(4096, s.data.length) };
  });
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);
  let next = 2;
  const starts: number[] = [];
  for (const stream of padded) {
    starts.push(next);
    const sectors = stream.data.length / SECTOR;
    for (let k = 0; k < sectors; k++) fat.writeUInt32LE(k === sectors - 1 ? END_OF_CHAIN : next + k + 1, (next + k) * 4);
    next += sectors;
  }
  const entries = [directoryEntry('Root Entry', 5, padded.length ? 1 : FREE, FREE, END_OF_CHAIN, 0)];
  padded.forEach((stream, i) => entries.push(directoryEntry(stream.name, 2, FREE, i + 1 < padded.length ? i + 2 : FREE, starts[i], stream.size)));
  while (entries.length % 4 !== 0) entries.push(directoryEntry('', 0, FREE, FREE, 0, 0));
  const head = Buffer.alloc(SECTOR, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(head, 0);
  head.writeUInt16LE(0x3e, 0x18);
  head.writeUInt16LE(3, 0x1a);
  head.writeUInt16LE(0xfffe, 0x1c);
  head.writeUInt16LE(9, 0x1e);
  head.writeUInt16LE(6, 0x20);
  head.writeUInt32LE(1, 0x2c);
  head.writeUInt32LE(1, 0x30);
  head.writeUInt32LE(4096, 0x38);
  head.writeUInt32LE(END_OF_CHAIN, 0x3c);
  head.writeUInt32LE(END_OF_CHAIN, 0x44);
  for (let i = 0; i < 109; i++) head.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);
  return new Uint8Array(Buffer.concat([head, fat, Buffer.concat(entries.slice(0, 4)), ...padded.map((s) => s.data)]));
}

/** What Office writes for a password-protected workbook: an agile-encryption descriptor and the encrypted package. */
export function encryptedWorkbook(): Uint8Array {
  const descriptor = Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), utf8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">' +
    '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" ' +
    'saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>')]);
  const package_ = Buffer.alloc(8192);
  package_.writeUInt32LE(6000, 0);
  for (let i = 8; i < package_.length; i++) package_[i] = (i * 151 + 7) & 0xff;
  return compoundFile([{ name: 'EncryptionInfo', data: descriptor }, { name: 'EncryptedPackage', data: package_ }]);
}

/** An Excel 97–2003 file's container with a "Workbook" stream that starts with a BIFF8 BOF record. */
export function oldExcelWorkbook(): Uint8Array {
  const stream = Buffer.alloc(4096);
  Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]).copy(stream, 0);
  return compoundFile([{ name: 'Workbook', data: stream }]);
}

/** A VBA project's container (the streams a macro workbook's vbaProject.bin has); its code is never looked at. */
export function vbaProject(): Uint8Array {
  const source = utf8('Attribute VB_Name = "ThisWorkbook"\r\nPrivate Sub Workbook_Open()\r\n  Shell "calc.exe"\r\nEnd Sub\r\n');
  return compoundFile([{ name: 'PROJECT', data: utf8('ID="{00000000-0000-0000-0000-000000000000}"\r\nDocument=ThisWorkbook/&H00000000\r\n') },
    { name: 'dir', data: source }]);
}
