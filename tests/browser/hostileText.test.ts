/**
 * XSS payloads in every text a person or an import fills (SECURITY.md, "user text is shown as text in every
 * view, card and document, never run"), against the running product in Chromium. Seeded through the product's
 * Store (hostileSeed.ts), then every view is opened as the person who uses it: the register with its item and
 * measure panels, the overview, the roll-up, the action plan, the scorecard, the security report and a chapter,
 * the board page live and published, "Mina uppföljningar" and the reminder cards in Teams. In each, no payload
 * ran (window.__xss stays undefined; no dialog, console or page error; no element or request a payload would
 * make) and the payload is on the screen as the text it was typed as. The published board papers hold the same
 * texts, escaped, with no link a payload could have made. Deep links with payloads in subEntityId, view, plan,
 * period, area or snapshot open the view's normal start.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import { Locator, Page } from 'playwright-core';
import { HostileSeed, HostileTexts, seedHostileText } from './hostileSeed';
import { useSession } from './session';

jest.setTimeout(600_000);

const session = useSession();
let seed: HostileSeed;

beforeAll(async () => {
  seed = await seedHostileText(session.product.origin);
}, 300_000);

interface Opened {
  page: Page;
  /** Console errors, page errors and dialogs, and requests for what an injected element would load. */
  problems: () => Promise<string[]>;
}

/** Opens a workbench address as session.open does, watching for anything a payload would do once it ran. */
async function open(path: string): Promise<Opened> {
  const { page, errors } = await session.newPage();
  const dialogs: string[] = [];
  const fetched: string[] = [];
  page.on('dialog', (dialog) => { dialogs.push(`${dialog.type()}: ${dialog.message()}`); dialog.dismiss().catch(() => undefined); });
  // `<img src=x>` would ask for <origin>/x.
  page.on('request', (request) => { if (/\/x$/.test(new URL(request.url()).pathname)) fetched.push(request.url()); });
  await page.goto(`${session.product.origin}/${path}`);
  await page.waitForSelector('.ik-view__title');
  await settle(page);
  const problems = async (): Promise<string[]> => {
    const inPage = await page.evaluate(() => {
      const found: string[] = [];
      if ((window as unknown as { __xss?: unknown }).__xss !== undefined) found.push('window.__xss was set');
      const injected = document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], a[href^="javascript:" i], iframe');
      if (injected.length > 0) found.push(`${injected.length} injected elements: ${[...injected].map((e) => e.outerHTML.slice(0, 80)).join(' | ')}`);
      const scripts = [...document.scripts].filter((s) => (s.textContent ?? '').includes('__xss'));
      if (scripts.length > 0) found.push(`${scripts.length} script elements with a payload`);
      return found;
    });
    return [...inPage, ...errors, ...dialogs.map((d) => `dialog ${d}`), ...fetched.map((u) => `request ${u}`)];
  };
  return { page, problems };
}

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ms-Spinner'));
  await page.waitForLoadState('networkidle');
}

/** The text a person sees (CSS-hidden text left out), in the page or in one part of it. */
const visibleText = (where: Page | Locator): Promise<string> =>
  ('mainFrame' in where ? where.locator('body') : where).evaluate((element) => (element as HTMLElement).innerText);

/** What the form fields in a part of the page hold. */
const fieldValues = (where: Locator): Promise<string[]> =>
  where.locator('input, textarea').evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value));

/** Each text shown exactly as typed; a failure names the texts missing. */
function expectShown(text: string, expected: readonly string[]): void {
  expect(expected.filter((t) => !text.includes(t))).toEqual([]);
}

const pick = (...keys: Array<keyof HostileTexts>): string[] => keys.map((k) => seed.texts[k]);

const VIEWS: Array<{ name: string; path: string; texts: () => string[] }> = [
  { name: 'the register, as the coordinator', path: '?view=register&host=sharePoint&as=coordinator&lang=sv',
    texts: () => pick('itemTitle', 'consequence', 'measureTitle', 'roleTitle', 'latestComment', 'strategy', 'periodTitle') },
  { name: 'the follow-up overview', path: '?view=overview&host=sharePoint&as=coordinator&lang=sv',
    texts: () => pick('measureTitle', 'roleTitle', 'periodTitle') },
  { name: 'the roll-up by unit', path: '?view=rollup&host=sharePoint&as=coordinator&lang=sv', texts: () => pick('unitTitle') },
  { name: 'the action plan', path: '?view=actionPlan&host=sharePoint&as=coordinator&lang=sv',
    texts: () => pick('activityTitle', 'activityGoal', 'activityMethod', 'focusTitle', 'focusPurpose') },
  { name: 'the scorecard', path: '?view=scorecard&host=sharePoint&as=coordinator&lang=sv', texts: () => pick('indicatorTitle', 'goalTitle', 'strategicGoal') },
  { name: 'the security report, as the security coordinator', path: '?view=securityReport&host=sharePoint&as=securityCoordinator&lang=sv',
    texts: () => pick('areaTitle') },
  { name: 'a returned chapter, as the security coordinator', path: '?view=securityReport&host=sharePoint&as=securityCoordinator&area=area:brand&lang=sv',
    texts: () => pick('areaTitle', 'goalFulfilment', 'followUp', 'improvements', 'currentState', 'opportunities', 'riskAnalysis', 'incidentKind', 'returnComment') },
  { name: 'the board page, as the board secretary', path: '?view=board&host=board&as=boardSecretary&lang=sv',
    texts: () => pick('planTitle', 'itemTitle', 'measureTitle', 'latestComment') },
  { name: 'Mina uppföljningar, as the manager', path: '?view=followups&host=teams&as=manager&lang=sv',
    texts: () => pick('measureTitle', 'itemTitle', 'planTitle', 'periodTitle', 'previousComment') }
];

const USER_TEXT_RULE = 'user text is shown as text in every view, card and document, never run';

describe(`${USER_TEXT_RULE}: the views and the reminder cards`, () => {
  it.each(VIEWS.map((v) => [v.name, v] as const))('%s', async (_name, view) => {
    const { page, problems } = await open(view.path);
    expect(await problems()).toEqual([]);
    expectShown(await visibleText(page), view.texts());
    await page.close();
  });

  it('the item panel and the measure panel of the register', async () => {
    const { page, problems } = await open('?view=register&host=sharePoint&as=coordinator&lang=sv');
    // The titles are link-styled buttons (Fluent's Link without an address).
    await page.getByRole('button', { name: seed.texts.itemTitle, exact: true }).first().click();
    const itemPanel = page.getByRole('dialog');
    await itemPanel.locator('textarea, input').first().waitFor();
    expectShown((await fieldValues(itemPanel)).join('\n'), pick('itemTitle', 'consequence', 'cause', 'measureTitle'));
    await page.keyboard.press('Escape');
    await itemPanel.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: seed.texts.measureTitle, exact: true }).first().click();
    // Fluent's dialog element is a zero-size layer; its content is the panel's main part.
    const measurePanel = page.getByRole('dialog').locator('.ms-Panel-main');
    await measurePanel.waitFor();
    expectShown(await visibleText(measurePanel), pick('measureTitle', 'previousComment'));
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('the chapter editor, as the area owner the chapter was returned to', async () => {
    const { page, problems } = await open('?view=securityReport&host=sharePoint&as=areaOwner&area=area:brand&lang=sv');
    expectShown(await visibleText(page), pick('areaTitle', 'returnComment'));
    expectShown((await fieldValues(page.locator('.ik-chapter'))).join('\n'),
      pick('goalFulfilment', 'followUp', 'improvements', 'currentState', 'opportunities', 'riskAnalysis', 'incidentKind'));
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('the published board papers, on the board page of the publication', async () => {
    const { page, problems } = await open(`?view=board&host=board&as=boardSecretary&lang=sv&snapshot=${encodeURIComponent(seed.publication.key)}`);
    await page.getByText('Publicerad nämndhandling').first().waitFor();
    expectShown(await visibleText(page), pick('itemTitle', 'measureTitle', 'latestComment'));
    await page.getByRole('tab', { name: 'Tjänsteskrivelse' }).click();
    await settle(page);
    expectShown(await visibleText(page), pick('caseTitle', 'caseBoard', 'summary', 'caseText', 'proposal'));
    // The banner's file links point into the library, nowhere else.
    const hrefs = await page.locator('.ik-board__files a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBe(seed.publication.documentUrls.length);
    for (const href of hrefs) expect(href).toMatch(/^\/sites\/internkontroll\//);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('the reminder cards in Teams, as the manager who received one', async () => {
    const run = await fetch(`${session.product.origin}/_workbench/reminders/run`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(run.status).toBe(200);
    const { page, problems } = await open('?view=teams&host=teams&as=manager&lang=sv');
    const card = page.locator('.wb-delivery', { hasText: seed.texts.measureTitle });
    await card.first().waitFor();
    expectShown(await visibleText(card.first()), pick('measureTitle'));
    expect(await problems()).toEqual([]);
    await page.close();
  });
});

describe(`${USER_TEXT_RULE}: the board papers written from the same data`, () => {
  const caseTexts = (): string[] => pick('caseTitle', 'summary', 'caseText', 'proposal');
  const reportTexts = (): string[] => pick('itemTitle', 'measureTitle', 'latestComment');
  const papers = (extension: string): string[] => seed.publication.documentUrls.filter((u) => u.endsWith(extension));

  /** XML text as Word reads it: the text runs joined, entities decoded. */
  const wordText = (xml: string): string => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

  it('the Word files hold each payload as escaped text, no markup and no script link', async () => {
    expect(papers('.docx')).toHaveLength(2);
    for (const url of papers('.docx')) {
      const zip = await JSZip.loadAsync(await seed.store.boardFiles!.read(url));
      const parts = await Promise.all(Object.values(zip.files).filter((f) => /\.(xml|rels)$/.test(f.name)).map(async (f) => [f.name, await f.async('string')] as const));
      const document = parts.find(([name]) => name === 'word/document.xml')?.[1] ?? '';
      expectShown(wordText(document), /Tjänsteskrivelse/.test(url) ? caseTexts() : reportTexts());
      for (const [name, xml] of parts) {
        for (const raw of ['<img', '<script', '<svg']) expect({ name, raw, found: xml.includes(raw) }).toEqual({ name, raw, found: false });
        expect({ name, scriptLink: /Target="\s*(javascript|data|vbscript):/i.test(xml) }).toEqual({ name, scriptLink: false });
      }
      expect(document).not.toMatch(/<w:hyperlink/);
      expect(document).not.toMatch(/HYPERLINK/);
    }
  });

  it('the PDF files hold each payload as text, and no link or script', async () => {
    expect(papers('.pdf')).toHaveLength(2);
    const dir = mkdtempSync(join(tmpdir(), 'ik-hostile-'));
    try {
      for (const url of papers('.pdf')) {
        const bytes = await seed.store.boardFiles!.read(url);
        const raw = Buffer.from(bytes).toString('latin1');
        expect(raw).not.toMatch(/\/Subtype\s*\/Link/);
        expect(raw).not.toMatch(/\/(JavaScript|JS|URI|Launch)\b/);
        const file = join(dir, 'paper.pdf');
        writeFileSync(file, bytes);
        // A table cell wraps a long word wherever it must: the texts are compared without their white space.
        const unspaced = (t: string): string => t.replace(/\s+/g, '');
        const text = unspaced(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }));
        expectShown(text, (/Tjänsteskrivelse/.test(url) ? caseTexts() : reportTexts()).map(unspaced));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('exports never write a cell that a spreadsheet would run as a formula: the plan workbook published with the papers', () => {
  it('holds each payload as a shared string and no formula but the risk value', async () => {
    const [url] = seed.publication.documentUrls.filter((u) => u.endsWith('.xlsx'));
    const zip = await JSZip.loadAsync(await seed.store.boardFiles!.read(url));
    const read = (pattern: RegExp): Promise<string[]> => Promise.all(Object.values(zip.files).filter((f) => pattern.test(f.name)).map((f) => f.async('string')));
    const shared = ((await read(/^xl\/sharedStrings\.xml$/))[0] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    expectShown(shared, pick('itemTitle', 'consequence', 'cause', 'measureTitle', 'method', 'roleTitle', 'latestComment'));
    const formulas = (await read(/^xl\/worksheets\/[^/]+\.xml$/)).flatMap((sheet) => [...sheet.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]));
    expect(formulas.filter((f) => !/^[A-Z]+\d+\*[A-Z]+\d+$/.test(f))).toEqual([]);
    expect((await read(/\.rels$/)).filter((rels) => /TargetMode="External"|relationships\/hyperlink/.test(rels))).toEqual([]);
  });
});

describe('deep links and addresses from outside are validated before use: with payloads they open the view\'s normal start', () => {
  // Payloads of their own (`'link'`), so that one echoed into the page is told apart from the seeded texts it shows.
  const injected = "measure:x' or 1 eq 1 or IkKey eq '";
  const link = {
    img: '<img src=x onerror="window.__xss=\'link\'">', svg: '"><svg onload=window.__xss=\'link\'>', js: "javascript:window.__xss='link'",
    template: "{{constructor.constructor('window.__xss=\"link\"')()}}", script: '<script>window.__xss="link"</script>', rtl: 'measure:\u202Elink'
  };
  const values = [...Object.values(link), injected];

  it.each(values)('Mina uppföljningar with subEntityId %j', async (payload) => {
    const { page, problems } = await open(`?host=teams&as=manager&lang=sv&subEntityId=${encodeURIComponent(payload)}`);
    expect(await page.locator('article[data-measure-key]').count()).toBeGreaterThan(0);
    expect(await page.locator('.ik-linked-notice, .ik-request--linked').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('subEntityId')).toBe(payload);
    expect(await visibleText(page)).not.toContain(payload.trim());
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('the register with payloads in view, plan, period, area and unit', async () => {
    const q = (value: string): string => encodeURIComponent(value);
    const { page, problems } = await open(`?view=${q(link.img)}&host=sharePoint&as=coordinator&lang=sv&plan=${q(link.svg)}`
      + `&period=${q(injected)}&area=${q(link.js)}&unit=${q(link.script)}`);
    expect(await page.locator('.ik-register .ms-DetailsRow').count()).toBeGreaterThan(0);
    const text = await visibleText(page);
    for (const payload of [link.img, link.svg, injected, link.js, link.script]) expect(text).not.toContain(payload);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('the board page with a payload as the publication', async () => {
    const { page, problems } = await open(`?view=board&host=board&as=boardSecretary&lang=sv&snapshot=${encodeURIComponent(link.svg)}`);
    expect(await page.getByText('Publicerad nämndhandling').count()).toBe(0);
    expect(await visibleText(page)).toContain(seed.texts.itemTitle);
    expect(await problems()).toEqual([]);
    await page.close();
  });
});
