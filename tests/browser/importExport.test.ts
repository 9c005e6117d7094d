/**
 * Import and export in the browser, as the coordinator: a spreadsheet with title rows, Swedish headers
 * and a status given only by fill colour is uploaded, the column mapping is previewed, the plan is
 * imported and opened; the register is exported to .xlsx and the file reads back through the import.
 */
import { Workbook } from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Page } from 'playwright-core';
import { parseWorkbook } from '../../src/import/parseWorkbook';
import { seriousViolations } from './browser';
import { useSession } from './session';

jest.setTimeout(180_000);

const session = useSession();
let page: Page;
let errors: string[];
const dir = mkdtempSync(join(tmpdir(), 'ik365-import-'));

beforeAll(async () => {
  ({ page, errors } = await session.newPage({ acceptDownloads: true }));
});

async function planFile(): Promise<string> {
  const book = new Workbook();
  const sheet = book.addWorksheet('Plan');
  sheet.addRow(['Internkontrollplan 2027 Tekniska nämnden']);
  sheet.addRow([]);
  sheet.addRow(['Beskrivning av risk\n(risken att något händer)', 'Beskrivning av konsekvens', 'Hantering av risk', 'Bakomliggande orsak',
    'Åtgärd', 'Ansvarig för genomförande', 'Status', 'Kommentar', 'Klart senast', 'Intern notering']);
  sheet.addRow(['Vinterväghållningen upphandlas för sent', 'Vägarna plogas inte i tid', 'begränsa', 'Upphandlingen startar sent',
    'Starta upphandlingen i mars', 'Regionstabschef', '', 'Annonsen är ute', new Date(Date.UTC(2027, 2, 31)), 'x']);
  sheet.getCell('G4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC000' } };
  sheet.addRow(['', '', '', '', 'Följ upp avtalet varje månad', 'Ekonomidirektör', 'grön', 'Rutinen finns', null, '']);
  const path = join(dir, 'tekniska.xlsx');
  writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
  return path;
}

describe('import and export of a plan', () => {
  it('imports a spreadsheet after previewing the column mapping, and opens the plan', async () => {
    await page.goto(`${session.product.origin}/?view=register&host=sharePoint&as=coordinator&lang=sv`);
    await page.waitForSelector('.ik-view__title');
    await page.getByRole('menuitem', { name: 'Importera' }).click();
    await page.getByLabel('Fil att importera (.xlsx eller .csv)').setInputFiles(await planFile());
    await page.getByText('Så tolkas kolumnerna').waitFor();
    const preview = (await page.locator('.ik-import').textContent()) ?? '';
    expect(preview).toContain('Intern notering');
    expect(preview).toContain('Okänd – importeras inte');
    expect(preview).toContain('Vinterväghållningen upphandlas för sent');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByText(/Planen är importerad: 1 risker, 2 åtgärder/).waitFor();
    await page.getByRole('button', { name: 'Öppna planen' }).click();
    await page.waitForFunction(() => document.querySelector('.ik-view__title')?.textContent?.includes('Internkontrollplan 2027 Tekniska nämnden'));
    const register = (await page.locator('.ik-register').textContent()) ?? '';
    expect(register).toContain('Starta upphandlingen i mars');
    // Statuses imported from a file are the file's history, written by the importing coordinator: the register shows them,
    // named as imported (SECURITY.md); board papers leave them out.
    expect(register).toContain('Annonsen är ute');
    expect(register).toContain('2 statusar kommer från en importerad fil (importerad av Anna Karlsson');
    expect(register).not.toContain('räknas inte');
    // The measure's history tags the imported status as such.
    await page.getByRole('button', { name: 'Starta upphandlingen i mars', exact: true }).first().click();
    const panel = page.locator('.ms-Panel-main');
    await panel.getByText('Importerad', { exact: true }).waitFor();
    expect(await panel.textContent()).toContain('Annonsen är ute');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Stäng' }).click();
  });

  it('exports the register to Excel with the statuses, and the file reads back', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera till Excel' }).click()]);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toMatch(/^Internkontrollplan 2027 Tekniska nämnden.*\.xlsx$/);
    const result = await parseWorkbook(readFileSync(path), download.suggestedFilename());
    expect(result.errors).toEqual([]);
    expect(result.plan).toMatchObject({ title: 'Internkontrollplan 2027 Tekniska nämnden', year: 2027 });
    expect(result.items[0].measures.map((m) => [m.text, m.status])).toEqual([['Starta upphandlingen i mars', 'yellow'], ['Följ upp avtalet varje månad', 'green']]);
    expect(errors).toEqual([]);
  });
});
