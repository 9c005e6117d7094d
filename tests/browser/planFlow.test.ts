/**
 * The whole internal control flow in the browser, in Swedish, as the users do it: the coordinator
 * creates a plan, adds a risk with its assessment and two measures with responsible roles, records the
 * board's decision, starts the follow-up and opens a period; the responsible manager answers in the
 * Teams tab; the coordinator sees the status, the history and the heat map, and copies the plan to
 * next year. No console errors, no serious axe-core violations on the way.
 */
import { Page } from 'playwright-core';
import { fillDate, seriousViolations } from './browser';
import { useSession } from './session';

jest.setTimeout(240_000);

const session = useSession();
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ page, errors } = await session.newPage());
});

async function goto(path: string): Promise<void> {
  await page.goto(`${session.product.origin}/${path}`);
  await page.waitForSelector('.ik-view__title');
  await page.waitForLoadState('networkidle');
}

async function choose(label: string, option: string | RegExp, nth = 0): Promise<void> {
  await page.getByRole('combobox', { name: label }).nth(nth).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** A multi-select stays open after a choice; Escape closes it. */
async function chooseRole(option: string | RegExp, nth = 0): Promise<void> {
  await page.getByRole('combobox', { name: 'Ansvariga för genomförande' }).nth(nth).click();
  // A multi-select option is a checkbox covered by its own label; the click lands on the label.
  await page.getByRole('option', { name: option }).first().dispatchEvent('click');
  // Escape closes the open list; pressed with no list open it would close the whole panel.
  if (await page.locator('.ms-Dropdown-callout').count()) await page.keyboard.press('Escape');
  await page.locator('.ms-Dropdown-callout').waitFor({ state: 'detached' });
}

async function command(name: string): Promise<void> {
  await page.getByRole('menuitem', { name }).click();
}

const planTitle = 'Internkontrollplan 2027 Kulturnämnden';
let planUrl = '';

describe('the internal control plan from start to next year', () => {
  it('creates a plan', async () => {
    await goto('?view=register&host=sharePoint&as=coordinator&lang=sv');
    await command('Ny plan');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Planens namn' }).fill(planTitle);
    await dialog.getByRole('spinbutton', { name: 'År' }).fill('2027');
    await dialog.getByRole('button', { name: 'Skapa' }).click();
    await page.waitForFunction((t) => document.querySelector('.ik-view__title')?.textContent?.includes(t), planTitle);
    expect(await page.textContent('.ik-plan-meta')).toContain('Utkast');
    planUrl = page.url();
  });

  it('adds a risk with an assessment and two measures with responsible roles, after a validation message', async () => {
    await command('Ny risk');
    const panel = page.getByRole('dialog');
    await panel.getByRole('button', { name: 'Spara' }).click();
    await panel.getByText('Uppgiften måste fyllas i.').first().waitFor();
    await panel.getByRole('textbox', { name: 'Beskrivning av risk' }).fill('Bidrag betalas ut utan att villkoren följs upp');
    await panel.getByRole('textbox', { name: 'Beskrivning av konsekvens' }).fill('Medel används till annat än det beslutade och förtroendet skadas.');
    await panel.getByRole('textbox', { name: 'Bakomliggande orsak' }).fill('Det saknas en rutin för återrapportering från bidragsmottagarna.');
    await panel.locator('label', { hasText: /^Begränsa$/ }).click();
    await choose('Koppling till strategi', 'Strategi för länets utveckling');
    await choose('Sannolikhet', /^3 – /, 0);
    await choose('Konsekvens', /^4 – /, 0);
    await panel.getByRole('textbox', { name: 'Åtgärd' }).first().fill('Inför skriftlig återrapportering för alla bidrag över 50 000 kronor');
    await chooseRole(/^Regionstabschef \(/, 0);
    await panel.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    await panel.getByRole('textbox', { name: 'Åtgärd' }).nth(1).fill('Gör stickprov på tio utbetalda bidrag per halvår');
    await chooseRole(/^HR-direktör/, 1);
    await fillDate(panel.getByRole('textbox', { name: 'Klart senast' }).nth(1), '2027-06-30');
    expect(await seriousViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Risken är sparad.').waitFor();
    await page.getByText('Bidrag betalas ut utan att villkoren följs upp').first().waitFor();
    expect(await page.textContent('.ik-register')).toContain('Gör stickprov på tio utbetalda bidrag per halvår');
    const cell = page.getByRole('button', { name: /^1 risker med sannolikhet Möjlig och konsekvens Allvarlig/ });
    expect(await cell.isEnabled()).toBe(true);
  });

  it('records the decision, starts the follow-up and opens a period', async () => {
    await command('Registrera beslut');
    const dialog = page.getByRole('dialog');
    await fillDate(dialog.getByLabel('Beslutsdatum'), '2026-11-20');
    await dialog.getByRole('textbox', { name: 'Diarienummer (Dnr)' }).fill('KN 2026/88');
    await dialog.getByRole('button', { name: 'Registrera' }).click();
    await page.waitForFunction(() => document.querySelector('.ik-plan-meta')?.textContent?.includes('KN 2026/88'));
    await command('Starta uppföljning');
    await page.waitForFunction(() => document.querySelector('.ik-plan-meta')?.textContent?.includes('Under uppföljning'));
    await command('Ny uppföljning');
    const period = page.getByRole('dialog');
    await period.getByRole('textbox', { name: 'Benämning' }).fill('Tertial 1');
    await fillDate(period.getByLabel('Status per'), '2026-11-30');
    await fillDate(period.getByLabel('Sista svarsdag'), '2026-12-11');
    await period.getByRole('button', { name: 'Skapa' }).click();
    await page.waitForFunction(() => document.body.textContent?.includes('Tertial 1 – sista svarsdag 2026-12-11'));
    planUrl = page.url();
    expect(planUrl).toContain('period=');
  });

  it('lets the responsible manager answer in the Teams tab', async () => {
    await goto('?view=followups&host=teams&as=manager&lang=sv');
    const request = page.locator('.ik-request', { hasText: 'Inför skriftlig återrapportering för alla bidrag över 50 000 kronor' });
    await request.locator('label', { hasText: 'Gul:' }).click();
    await request.getByRole('textbox', { name: /Kommentera status/ }).fill('Mallen för återrapportering är klar; införs från januari.');
    await request.getByRole('button', { name: 'Skicka status' }).click();
    await page.getByText('Din status för ”Inför skriftlig återrapportering').waitFor();
  });

  it('shows the coordinator the status, its history and the heat map filter', async () => {
    await page.goto(planUrl.replace(/as=\w+/, 'as=coordinator'));
    await page.waitForSelector('.ik-view__title');
    await page.waitForLoadState('networkidle');
    expect(await page.textContent('.ik-register')).toContain('Mallen för återrapportering är klar');
    expect(await page.textContent('.ik-card')).toContain('1 av 2 åtgärder besvarade');
    await page.getByRole('button', { name: 'Inför skriftlig återrapportering för alla bidrag över 50 000 kronor' }).click();
    const history = page.getByRole('dialog');
    await history.getByText('Tertial 1').waitFor();
    expect(await history.textContent()).toContain('Mallen för återrapportering är klar');
    await history.getByRole('button', { name: 'Stäng' }).click();
    await page.getByRole('button', { name: /^1 risker med sannolikhet Möjlig och konsekvens Allvarlig/ }).click();
    await page.getByText('Visar 1 av 1 risker').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('copies the plan to next year with its open risk and measures', async () => {
    await command('Kopiera till nästa år');
    await page.getByText('Internkontrollplan 2028 Kulturnämnden är skapad som utkast med 1 risker och 2 åtgärder.').waitFor();
    await page.waitForFunction(() => document.querySelector('.ik-view__title')?.textContent?.includes('Internkontrollplan 2028 Kulturnämnden'));
    expect(await page.textContent('.ik-plan-meta')).toContain('Utkast');
    expect(await page.textContent('.ik-register')).toContain('Gör stickprov på tio utbetalda bidrag per halvår');
    expect(errors).toEqual([]);
  });
});

describe('responsible roles', () => {
  it('gives a role a new holder with the people picker, and the open measures follow', async () => {
    await goto('?view=register&host=sharePoint&as=coordinator&lang=sv');
    await page.getByRole('menuitem', { name: 'Ansvarsroller' }).click();
    const panel = page.getByRole('dialog');
    const card = panel.locator('li.ik-card', { has: page.locator('.ik-cell-title', { hasText: /^Miljöstrateg/ }) });
    await card.getByRole('button', { name: 'Ta bort' }).first().click();
    await panel.getByText(/Rollen Miljöstrateg är vakant/).waitFor();
    await panel.getByRole('combobox', { name: 'Innehavare: Miljöstrateg' }).fill('Elin');
    await page.getByRole('option', { name: /Elin Forsberg/ }).first().click();
    await panel.getByText(/Elin Forsberg har nu rollen Miljöstrateg och ansvarar för \d+ öppna åtgärder\./).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
