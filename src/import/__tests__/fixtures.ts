/**
 * Builds test workbooks in memory with exceljs, the way regions' spreadsheets look: title rows above
 * the header, headers with line breaks, merged risk cells, statuses as words or only as fill colours.
 */
import * as ExcelJS from 'exceljs';

export type CellSpec = string | number | Date | null | { value?: string | number | Date | null; fill?: string };

export interface SheetSpec {
  name?: string;
  rows: CellSpec[][];
  /** Ranges to merge, e.g. 'A5:A7'. */
  merges?: string[];
}

function fill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

export async function xlsx(...sheets: SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name ?? 'Blad1');
    spec.rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        if (cell === null) return;
        const target = sheet.getRow(r + 1).getCell(c + 1);
        if (typeof cell === 'object' && !(cell instanceof Date)) {
          if (cell.value !== undefined) target.value = cell.value;
          if (cell.fill) target.fill = fill(cell.fill);
        } else {
          target.value = cell;
        }
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const utcDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Encodes text as Windows-1252 (every character used here is Latin-1 or the euro sign). */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0))));
}
