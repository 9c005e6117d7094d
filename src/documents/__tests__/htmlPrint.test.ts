/**
 * The standalone HTML printed to PDF by Debian's Chromium (playwright-core, never a downloaded browser):
 * the landscape section prints on A4 landscape between portrait pages, the long table repeats its
 * header row on every page it runs onto and never splits a row, every page carries the running header,
 * the footer and "page (pages)", and controls do not print. Also in the real browser: axe-core (with
 * contrast) finds nothing serious, and in Windows high contrast a status cell keeps a visible outline.
 * Page sizes and text are read with poppler's pdfinfo/pdftotext; without poppler those checks are skipped.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, launch, seriousViolations } from '../../../tests/browser/browser';
import { ReportDocument, TableRow } from '../model';
import { renderHtml } from '../render/html';

jest.setTimeout(120_000);

const FOOTER = 'Dnr RS 2026/0187 – "utkast" <ej expedierad>';
const CONTROL = 'Skriv ut handlingen';
const ROWS = 60;
const two = (n: number): string => String(n).padStart(2, '0');

function followUpRows(): TableRow[] {
  const rows: TableRow[] = [];
  for (let n = 1; n <= ROWS; n++) {
    if (n % 15 === 1) rows.push({ group: true, cells: [{ text: `Strategi ${Math.ceil(n / 15)} – uppföljda kontroller`, colSpan: 7 }] });
    const status = (['green', 'yellow', 'red', 'grey'] as const)[n % 4];
    rows.push({ cells: [
      { text: `Kontroll ${two(n)}\nmed stickprov\nenligt plan\nsista raden ${two(n)}` }, { text: 'Stickprov i verksamheten' }, { text: 'Förvaltningschef' },
      { text: { green: 'Grön', yellow: 'Gul', red: 'Röd', grey: 'Ej rapporterad' }[status], fill: status },
      { text: `${(n * 7) % 101}` }, { text: '2026-08-31' }, { text: 'Inga avvikelser noterade.' }
    ] });
  }
  return rows;
}

const doc: ReportDocument = {
  meta: {
    title: 'Uppföljning av internkontrollplan 2026', subject: 'Tertial 2', organisation: 'Region Norrvik', language: 'sv-SE',
    diaryNumber: 'RS 2026/0187', board: 'Regionstyrelsen', meetingDate: '2026-10-14', author: 'Maja Lind',
    createdAt: '2026-09-30T08:00:00.000Z', footer: FOOTER
  },
  orientation: 'portrait',
  blocks: [
    { type: 'facts', rows: [{ label: 'Nämnd', value: 'Regionstyrelsen' }, { label: 'Dnr', value: 'RS 2026/0187' }] },
    { type: 'heading', level: 2, text: 'Förslag till beslut' },
    { type: 'list', ordered: true, items: ['att godkänna uppföljningen.'] },
    { type: 'section', orientation: 'landscape' },
    { type: 'heading', level: 2, text: 'Bilaga 1. Kontrollernas status' },
    { type: 'table', caption: 'Status per kontroll, tertial 2', columns: [
      { title: 'Kontrollmoment', width: 3 }, { title: 'Metod', width: 3 }, { title: 'Ansvarig funktion', width: 2 },
      { title: 'Status', width: 1.5 }, { title: 'Andel klart', width: 1, align: 'right' }, { title: 'Per datum', width: 1.5 },
      { title: 'Kommentar', width: 3 }
    ], rows: followUpRows() },
    { type: 'section', orientation: 'portrait' },
    { type: 'heading', level: 2, text: 'Beslutsunderlag' },
    { type: 'list', ordered: false, items: ['Tjänsteskrivelse 2026-09-30'] }
  ]
};

const havePoppler = spawnSync('pdfinfo', ['-v']).error === undefined && spawnSync('pdftotext', ['-v']).error === undefined;
const describeInChromium = existsSync(chromiumPath) ? describe : describe.skip;
if (!existsSync(chromiumPath)) console.warn(`htmlPrint: no Chromium at ${chromiumPath}; the print test is skipped (apt-get install chromium).`);
if (!havePoppler) console.warn('htmlPrint: pdfinfo/pdftotext missing; page size and text checks are skipped (apt-get install poppler-utils).');
const withPoppler = havePoppler ? it : it.skip;

describeInChromium('the standalone HTML printed by Chromium', () => {
  let browser: Browser;
  let page: Page;
  let folder: string;
  let pdfPath: string;
  let pages: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage();
    await page.setContent(renderHtml(doc));
    // A control as a host page puts it (the board view's print button): marked not to print.
    await page.evaluate((label) => {
      const bar = document.createElement('div');
      bar.className = 'ik-no-print';
      bar.innerHTML = `<button type="button">${label}</button>`;
      document.querySelector('.ik-document')?.prepend(bar);
    }, CONTROL);
    folder = mkdtempSync(join(tmpdir(), 'ik-print-'));
    pdfPath = join(folder, 'handling.pdf');
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true }));
    if (havePoppler) pages = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  });

  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** Page sizes from pdfinfo, one per page: 'portrait' or 'landscape'. */
  function orientations(): string[] {
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages.length), pdfPath], { encoding: 'utf8' });
    return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => (Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait'));
  }

  const tablePages = (): number[] => pages.map((text, i) => (/Kontroll \d\d/.test(text) ? i : -1)).filter((i) => i >= 0);

  withPoppler('prints the attachment on A4 landscape pages between portrait ones', () => {
    const sizes = orientations();
    expect(sizes).toHaveLength(pages.length);
    expect(sizes[0]).toBe('portrait');
    expect(sizes[sizes.length - 1]).toBe('portrait');
    const table = tablePages();
    expect(table.length).toBeGreaterThanOrEqual(2);
    expect(sizes.filter((s) => s === 'landscape')).toHaveLength(table.length);
    for (const i of table) expect(sizes[i]).toBe('landscape');
    expect(pages[pages.length - 1]).toContain('Beslutsunderlag');
  });

  withPoppler('repeats the table’s header row on every page the table runs onto, rows kept whole', () => {
    for (const i of tablePages()) {
      // Narrow columns wrap their headings ("Andel klart", "Ansvarig funktion") as the font's metrics decide,
      // so the header's first line holds the first word of each, in column order.
      const header = pages[i].split('\n').find((line) => line.includes('Kontrollmoment')) ?? `no header on page ${i + 1}`;
      expect(header).toMatch(/Kontrollmoment\s+Metod\s+Ansvarig\b.*\s+Status\s+Andel\b.*\s+Per datum\s+Kommentar/);
    }
    for (let n = 1; n <= ROWS; n++) {
      const first = pages.findIndex((text) => text.includes(`Kontroll ${two(n)}`));
      expect(first).toBeGreaterThan(0);
      expect([n, first]).toEqual([n, pages.findIndex((text) => text.includes(`sista raden ${two(n)}`))]);
    }
  });

  withPoppler('puts the running header, the footer and "page (pages)" on every page', () => {
    pages.forEach((text, i) => {
      expect(text).toContain('Region Norrvik');
      expect(text).toContain(FOOTER);
      expect(text).toContain(`${i + 1} (${pages.length})`);
    });
  });

  withPoppler('prints no controls', () => {
    expect(pages.join('\n')).not.toContain(CONTROL);
  });

  it('has no serious or critical accessibility findings in the browser, contrast included', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('keeps a visible outline on status cells in forced colours', async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    const outline = await page.$eval('td.ik-document__fill', (td) => getComputedStyle(td).outlineStyle);
    await page.emulateMedia({ forcedColors: 'none' });
    expect(outline).toBe('solid');
  });
});
