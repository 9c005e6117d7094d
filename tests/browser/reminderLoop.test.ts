/**
 * The whole reminder loop in the browser: the coordinator runs today's reminders from the workbench's
 * Teams pane; the responsible manager's chat card links into the "Mina uppföljningar" tab on that very
 * measure; the manager answers; the coordinator's overview counts one more answer.
 */
import { Page } from 'playwright-core';
import { personas } from '../../server/directory/demoDirectory';
import { seriousViolations } from './browser';
import { useSession } from './session';

jest.setTimeout(240_000);

const session = useSession();
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ page, errors } = await session.newPage());
});

async function answeredCount(): Promise<number> {
  await page.goto(`${session.product.origin}/?view=overview&host=sharePoint&as=coordinator&lang=sv`);
  await page.waitForSelector('.ik-view__title');
  await page.waitForLoadState('networkidle');
  const text = (await page.textContent('body')) ?? '';
  return Number(/(\d+) av \d+ åtgärder besvarade/.exec(text)?.[1]);
}

describe('deadline → reminder → answer → overview', () => {
  it('runs the reminders, follows the deep link into the tab as the responsible person, answers, and the overview changes', async () => {
    const before = await answeredCount();
    await page.goto(`${session.product.origin}/?view=teams&host=teams&as=coordinator&lang=sv`);
    await page.waitForSelector('.ik-view__title');
    await page.getByRole('button', { name: 'Kör påminnelserna nu' }).click();
    await page.getByText(/Skickade påminnelser: [1-9]/).waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Visa alla mottagare' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    const card = page.locator('.wb-delivery', { hasText: personas.manager }).first();
    await card.getByRole('link', { name: 'Öppna i Teams' }).first().click();
    await page.waitForSelector('.ik-request--linked');
    const linked = page.locator('.ik-request--linked');
    expect(await linked.textContent()).toContain('Öppnad från din påminnelse');
    expect(page.url()).toContain('subEntityId=');
    await linked.locator('label', { hasText: 'Grön:' }).click();
    await linked.getByRole('textbox', { name: /Kommentera status/ }).fill('Genomförd enligt plan; redovisad för ledningsgruppen.');
    await linked.getByRole('button', { name: 'Skicka status' }).click();
    await page.getByText(/Tack! Din status för/).waitFor();
    expect(await answeredCount()).toBe(before + 1);
    expect(errors).toEqual([]);
  });
});
