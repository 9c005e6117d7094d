/**
 * Hostile spreadsheets are refused before exceljs inflates them: a zip bomb shaped like an .xlsx (a tiny
 * file whose worksheet unpacks to hundreds of megabytes), whether its directory states the real size or
 * lies about it, an oversized file, and bytes that are no zip archive at all. A real workbook passes.
 */
import { deflateRawSync } from 'zlib';
import { checkArchive, MAX_FILE_BYTES } from '../archiveLimits';
import { parseWorkbook } from '../parseWorkbook';
import { xlsx } from './fixtures';

/** A one-entry zip archive; `declaredSize` is what its headers claim the entry unpacks to. */
function zip(name: string, content: Buffer, declaredSize = content.length): Uint8Array {
  const data = deflateRawSync(content);
  const file = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(file.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryOffset = local.length + file.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + file.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return new Uint8Array(Buffer.concat([local, file, data, central, file, end]));
}

const SHEET = 'xl/worksheets/sheet1.xml';

describe('archive limits', () => {
  it('lets a real workbook through', async () => {
    expect(await checkArchive(await xlsx({ rows: [['Risk', 'Åtgärd'], ['Brand', 'Översyn']] }))).toBeNull();
  });

  it('refuses an archive whose directory states more than the limit', async () => {
    const bomb = zip(SHEET, Buffer.from('<x/>'), 400 * 1024 * 1024);
    expect(await checkArchive(bomb)).toBe('unpackedTooLarge');
  });

  it('refuses an archive that under-states its size, by inflating it as a stream', async () => {
    const bomb = zip(SHEET, Buffer.alloc(110 * 1024 * 1024, 0x20), 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const result = await parseWorkbook(bomb, 'plan.xlsx');
    expect(result.plan).toBeNull();
    expect(result.errors).toEqual([{ row: null, column: null, message: 'Filen kan inte läsas: uppackad blir den större än 100 MB, vilket ingen plan är.' }]);
  });

  it('refuses a file over the size limit, and bytes that are no archive', async () => {
    expect(await checkArchive(new Uint8Array(MAX_FILE_BYTES + 1))).toBe('fileTooLarge');
    expect((await parseWorkbook(new Uint8Array(MAX_FILE_BYTES + 1), 'stor.csv')).errors[0].message).toBe('Filen är för stor: högst 20 MB kan importeras.');
    expect((await parseWorkbook(new TextEncoder().encode('Risk;Åtgärd'), 'plan.xlsx')).errors[0].message).toContain('det är ingen Excel-fil');
  });
});
