/**
 * The other plan kinds in the browser, against the running product: the action plan, the scorecard and
 * the security report render for each of their users in Swedish and English with no console errors and
 * no serious or critical axe-core findings (the chart has a table alternative); an indicator owner
 * reports a value for women and men in the Teams tab and sees the computed colour; an area owner drafts
 * and submits a chapter, the security coordinator returns it with a comment, the owner resubmits and the
 * coordinator approves; an activity with two responsible roles is answered by the second role's holder.
 */
import { Page } from 'playwright-core';
import { followUpSchedule } from '../../server/demo/followUps';
import { seriousViolations } from './browser';
import { useSession } from './session';

jest.setTimeout(300_000);

const session = useSession();
let year = 0;

beforeAll(async () => {
  const config = (await (await fetch(`${session.product.origin}/_workbench/config`)).json()) as { today: string };
  year = followUpSchedule(config.today).planYear;
});

async function clean(page: Page, errors: string[]): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
}

const screens: Array<{ name: string; path: string; sv: RegExp[]; en: RegExp[] }> = [
  { name: 'the action plan, as the coordinator', path: '?view=actionPlan&host=sharePoint&as=coordinator',
    sv: [/Grundläggande förutsättningar/, /Metod\/Datakälla/, /Ansvarig/], en: [/Foundations/i, /Method/, /Responsible/] },
  { name: 'the scorecard, as the coordinator', path: '?view=scorecard&host=sharePoint&as=coordinator',
    sv: [/Mått för måluppfyllelse/, /Måluppfyllelse/, /Utveckling/], en: [/Target/, /fulfilment/i, /Trend/] },
  { name: 'the action plan in Teams, as a responsible manager', path: '?view=actionPlan&host=teams&as=manager',
    sv: [/Fokusområden/, /Aktivitet/], en: [/Focus areas/i, /Activity/] },
  { name: 'the security report, as a responsible manager', path: '?view=securityReport&host=sharePoint&as=manager',
    sv: [/Säkerhetsområde/], en: [/Security area/] },
  { name: 'the scorecard, as an indicator owner', path: '?view=scorecard&host=sharePoint&as=indicatorOwner', sv: [/Medarbetare/], en: [/Target/] },
  { name: 'the security report overview, as the security coordinator', path: '?view=securityReport&host=sharePoint&as=securityCoordinator',
    sv: [/Säkerhetsområde/, /Inlämnad/, /Returnerad/], en: [/Security area/, /Submitted/, /Returned/] },
  { name: 'one area\'s chapter, as its area owner', path: '?view=securityReport&host=sharePoint&as=areaOwner&area=area:brand',
    sv: [/Brandsäkerhet/, /Spara utkast/], en: [/Fire safety/, /Save draft/] },
  { name: '"Mina uppföljningar" in Teams, as an indicator owner', path: '?view=followups&host=teams&as=indicatorOwner',
    sv: [/Rapportera utfall/, /Utfall kvinnor/], en: [/Report the outcome/, /Outcome, women/] },
  { name: '"Mina uppföljningar" in Teams, as an area owner', path: '?view=followups&host=teams&as=areaOwner',
    sv: [/Skriv kapitlet/], en: [/Write the chapter/] },
  { name: '"Mina uppföljningar" in Teams dark, as the co-responsible of an activity', path: '?view=followups&host=teams&as=coResponsible&theme=dark',
    sv: [/Hur går det med aktiviteten\?/], en: [/How is the activity going\?/] }
];

describe('the new views render for their users in both languages, cleanly and accessibly', () => {
  for (const screen of screens) {
    for (const lang of ['sv', 'en'] as const) {
      it(`${screen.name} (${lang})`, async () => {
        const { page, errors } = await session.open(`${screen.path}&lang=${lang}`);
        const body = (await page.textContent('body')) ?? '';
        for (const text of screen[lang]) expect(body).toMatch(text);
        expect(await page.getAttribute('html', 'lang')).toBe(lang === 'sv' ? 'sv-SE' : 'en-US');
        await clean(page, errors);
        await page.close();
      });
    }
  }

  it('shows an indicator\'s values over the periods as a chart with a table alternative', async () => {
    const { page, errors } = await session.open('?view=scorecard&host=sharePoint&as=coordinator&lang=sv');
    await page.locator('button[aria-expanded="false"]').first().click();
    const chart = page.locator('svg[role="img"]').first();
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toBeTruthy();
    const table = page.locator('table:has(caption)').filter({ has: page.locator('th') });
    expect(await table.count()).toBeGreaterThan(0);
    await clean(page, errors);
    await page.close();
  });
});

describe('an indicator owner reports a period\'s value for women and men in the Teams tab', () => {
  it('is refused while the total does not add up, then sends it and sees the computed colour first', async () => {
    const key = `indicator:sk-${year}-hsf:akut:2`;
    const { page, errors } = await session.open(`?host=teams&as=indicatorOwner&lang=sv&subEntityId=${encodeURIComponent(key)}`);
    const card = page.locator(`article[data-measure-key="${key}"]`);
    await card.waitFor();
    await card.getByRole('textbox', { name: /^Utfall totalt/ }).fill('50');
    await card.getByRole('textbox', { name: /^Utfall kvinnor/ }).fill('31');
    await card.getByRole('textbox', { name: /^Utfall män/ }).fill('12');
    await card.getByRole('textbox', { name: /^Analys/ }).fill('Fler anmälningar från kvinnor efter att rutinen för hot och våld blev känd på mottagningen.');
    await card.getByRole('button', { name: 'Skicka utfall' }).click();
    await card.getByText('Totalen ska vara summan av kvinnor och män.').waitFor();
    await card.getByRole('textbox', { name: /^Utfall totalt/ }).fill('43');
    const computed = card.locator('.ik-computed');
    expect(await computed.textContent()).toMatch(/Måluppfyllelse enligt målet: (Grön|Gul|Röd|Kan inte bedömas)/);
    expect(await computed.locator('.ik-status').count()).toBe(1);
    await clean(page, errors);
    await card.getByRole('button', { name: 'Skicka utfall' }).click();
    await page.getByText(/Utfallet för .* är skickat/).waitFor();
    expect(await page.locator(`article[data-measure-key="${key}"]`).count()).toBe(0);
    await page.close();
  });
});

describe('a chapter goes from the area owner to the security coordinator and back', () => {
  const chapterKey = (): string => `chapter:sb-${year}:brand`;
  const ownerTab = (): string => `?host=teams&as=areaOwner&lang=sv&subEntityId=${encodeURIComponent(chapterKey())}`;
  const coordinatorPage = '?view=securityReport&host=sharePoint&as=securityCoordinator&lang=sv&area=area:brand';

  it('the area owner saves a draft, then submits the chapter', async () => {
    const { page, errors } = await session.open(ownerTab());
    const card = page.locator(`article[data-measure-key="${chapterKey()}"]`);
    await card.waitFor();
    await card.getByRole('textbox', { name: /^Måluppfyllelse/ }).fill('Två av tre mål är nådda. Brandskyddsutbildningen når ännu inte alla nyanställda.');
    await card.getByRole('button', { name: 'Spara utkast' }).click();
    await card.getByText(/Utkastet är sparat/).waitFor();
    await card.getByRole('button', { name: 'Lämna in' }).click();
    await card.getByText('Kapitlet är inte sparat. Rätta de markerade uppgifterna.').waitFor();
    await card.getByRole('textbox', { name: /^Uppföljning/ }).fill('Brandskyddsronder har gjorts på alla vårdavdelningar enligt plan.');
    await card.getByRole('textbox', { name: /^Så fungerar området i dag/ }).fill('Varje förvaltning har brandskyddsombud och ronderna följs upp i ledningsgruppen.');
    await card.getByRole('textbox', { name: /^Viktigaste förbättringsmöjligheter/ }).fill('Utbildning för nattpersonal och en gemensam rutin för utrymningsövningar.');
    await clean(page, errors);
    await card.getByRole('button', { name: 'Lämna in' }).click();
    await page.getByText(/Kapitlet för Brandsäkerhet är inlämnat/).waitFor();
    await page.close();
  });

  it('the security coordinator returns it with a comment', async () => {
    const { page, errors } = await session.open(coordinatorPage);
    expect(await page.textContent('body')).toMatch(/Inlämnad/);
    await page.getByRole('button', { name: 'Returnera' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Kommentar till funktionsområdesansvarig/ }).fill('Komplettera med antalet genomförda utrymningsövningar.');
    await dialog.getByRole('button', { name: 'Returnera kapitlet' }).click();
    await page.getByText('Kapitlet är returnerat till funktionsområdesansvarig.').waitFor();
    await clean(page, errors);
    await page.close();
  });

  it('the area owner sees the comment in Teams and submits again', async () => {
    const { page, errors } = await session.open(ownerTab());
    const card = page.locator(`article[data-measure-key="${chapterKey()}"]`);
    await card.waitFor();
    expect(await card.textContent()).toContain('Komplettera med antalet genomförda utrymningsövningar.');
    const followUp = card.getByRole('textbox', { name: /^Uppföljning/ });
    await followUp.fill(`${await followUp.inputValue()} Sex utrymningsövningar har genomförts under året.`);
    await card.getByRole('button', { name: 'Lämna in' }).click();
    await page.getByText(/Kapitlet för Brandsäkerhet är inlämnat/).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the security coordinator approves it', async () => {
    const { page, errors } = await session.open(coordinatorPage);
    await page.getByRole('button', { name: 'Godkänn' }).click();
    await page.getByText('Kapitlet är godkänt.').waitFor();
    await page.getByText(/^Godkänt av /).first().waitFor();
    expect(await page.textContent('.ik-view')).toMatch(/Godkänd/);
    await clean(page, errors);
    await page.close();
  });
});

describe('an activity with two responsible roles', () => {
  const activity = (): string => `activity:ps-${year}:4:1`;

  it('is answered by the second role\'s holder, and the lead is told who answered', async () => {
    const { page, errors } = await session.open(`?host=teams&as=coResponsible&lang=sv&subEntityId=${encodeURIComponent(activity())}`);
    const card = page.locator(`article[data-measure-key="${activity()}"]`);
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Ansvariga: .*Det räcker att en av er svarar\./);
    await card.locator('label', { hasText: 'Gul:' }).click();
    await card.getByRole('textbox', { name: /^Kommentera status/ }).fill('Nätverket har haft sitt första möte; alla förvaltningar har utsett en representant.');
    await card.getByRole('button', { name: 'Skicka status' }).click();
    await page.getByText(/Din status för .* är skickad/).waitFor();
    expect(errors).toEqual([]);
    await page.close();

    const lead = await session.open(`?host=teams&user=eva.lofgren%40regionnorrvik.onmicrosoft.com&lang=sv&subEntityId=${encodeURIComponent(activity())}`);
    await lead.page.locator('.ik-linked-notice').waitFor();
    expect(await lead.page.textContent('.ik-linked-notice')).toMatch(/redan besvarad .* av Åsa Wennberg/);
    expect(await lead.page.locator(`article[data-measure-key="${activity()}"]`).count()).toBe(0);
    await clean(lead.page, lead.errors);
    await lead.page.close();

    const plan = await session.open('?view=actionPlan&host=sharePoint&as=coordinator&lang=sv');
    expect(await plan.page.textContent('body')).toContain('Åsa Wennberg');
    await plan.page.close();
  });
});
