/**
 * Board papers in the browser, against the running product: the coordinator opens the board page of the
 * internal control plan, writes the tjänsteskrivelse, is refused publication while the Dnr is missing,
 * publishes (the papers are rendered in the browser, PDF/A fonts fetched from the product), and opens the
 * published paper; the board secretary finds the message about it in Teams, follows its link to the board
 * page of that snapshot, sees that it is the published paper with its Dnr, and prints it to PDF with
 * Chromium: the PDF has the plan's table and the Dnr. Every page is checked with axe-core.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { fillDate, seriousViolations } from './browser';
import { useSession } from './session';

jest.setTimeout(300_000);

const session = useSession();
const DNR = 'RS 2026/4711';

describe('the board papers', () => {
  let snapshotUrl = '';

  it('the coordinator writes the tjänsteskrivelse and publishes it for the board', async () => {
    const { page, errors } = await session.open('?view=board&host=sharePoint&as=coordinator&lang=sv');
    await page.getByText('Aktuellt läge').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Skriv tjänsteskrivelse' }).click();
    const panel = page.getByRole('dialog');
    await panel.getByLabel('Nämnd', { exact: true }).fill('Regionstyrelsen');
    await fillDate(panel.getByLabel('Sammanträdesdatum'), '2026-12-15');
    await panel.getByLabel('Sammanfattning', { exact: true }).fill('Uppföljningen visar att de flesta åtgärder går enligt plan. Två åtgärder bedöms inte bli klara i år.');
    await panel.getByRole('button', { name: 'Publicera för nämnden' }).click();
    await panel.getByText('Ange diarienummer (Dnr)').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await panel.getByLabel('Dnr', { exact: true }).fill(DNR);
    await panel.getByRole('button', { name: 'Publicera för nämnden' }).click();
    const show = page.getByRole('button', { name: 'Visa den publicerade handlingen' }).or(page.getByRole('link', { name: 'Visa den publicerade handlingen' }));
    await show.first().waitFor({ timeout: 120_000 });
    await show.first().click();
    await page.getByText('Publicerad nämndhandling').first().waitFor();
    expect(await page.textContent('body')).toContain(DNR);
    snapshotUrl = page.url();
    expect(snapshotUrl).toMatch(/snapshot=/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the board secretary is told in Teams and follows the message to the snapshot\'s board page', async () => {
    const snapshot = new URL(snapshotUrl).searchParams.get('snapshot') ?? '';
    const { page, errors } = await session.open('?view=teams&host=teams&as=boardSecretary&lang=sv');
    const card = page.locator('.wb-delivery').filter({ hasText: 'Nämndhandlingar har publicerats' }).filter({ hasText: DNR });
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    // The Adaptive Cards renderer gives an OpenUrl action the role of a link.
    await card.getByRole('link', { name: 'Öppna nämndsidan' }).click();
    await page.waitForURL((url) => url.searchParams.get('snapshot') === snapshot && url.searchParams.get('view') === 'board');
    await page.getByText('Publicerad nämndhandling').first().waitFor();
    expect(await page.textContent('body')).toContain(DNR);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the board secretary opens the snapshot\'s board page and prints it to PDF with the table and the Dnr', async () => {
    const snapshot = new URL(snapshotUrl).searchParams.get('snapshot');
    const { page, errors } = await session.newPage();
    const rest: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/_api/')) rest.push(r.url()); });
    await page.goto(`${session.product.origin}/?view=board&host=board&as=boardSecretary&lang=sv&snapshot=${encodeURIComponent(snapshot ?? '')}`);
    await page.getByText('Publicerad nämndhandling').first().waitFor();
    await page.waitForLoadState('networkidle');
    // The page's lists and the publication's record in one batch, then the frozen file itself.
    expect(rest.length).toBeLessThanOrEqual(2);
    const body = (await page.textContent('body')) ?? '';
    expect(body).toContain(DNR);
    expect(body).toContain('Riskkarta');
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (existsSync('/usr/bin/pdftotext')) {
      const file = join(mkdtempSync(join(tmpdir(), 'ik-board-')), 'board.pdf');
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
      expect(text).toContain(DNR);
      for (const header of ['Risk', 'Åtgärd', 'Ansvarig', 'Status', 'Kommentar']) expect(text).toContain(header);
      expect(text).not.toContain('Skriv tjänsteskrivelse');
    } else {
      console.warn('pdftotext (poppler-utils) is missing: the printed PDF was not read back');
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
