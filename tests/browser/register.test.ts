/**
 * Browser tests of the coordinator's read side against the running product: the register's filter
 * bar, grouping, sorting and heat map toggle work with the keyboard and mouse and stay accessible
 * (axe-core, WCAG 2.1 AA) in each state; the period overview and roll-up views, once the workbench
 * mounts them (`?view=overview`, `?view=rollup`), render cleanly too.
 */
import { Page } from 'playwright-core';
import { seriousViolations } from './browser';
import { useSession } from './session';

jest.setTimeout(180_000);

const session = useSession();
const open = (path: string): Promise<{ page: Page; errors: string[] }> => session.open(path);

const shownCount = async (page: Page): Promise<[number, number]> => {
  const text = (await page.locator('.ik-register p[role="status"]').textContent()) ?? '';
  const match = /Visar (\d+) av (\d+) risker/.exec(text);
  return [Number(match?.[1]), Number(match?.[2])];
};

describe('the register as the coordinator uses it', () => {
  it('filters by status, groups by responsible and sorts by risk value, accessibly in each state', async () => {
    const { page, errors } = await open('?view=register&host=sharePoint&as=coordinator&lang=sv');
    const [, total] = await shownCount(page);
    expect(total).toBeGreaterThan(0);
    expect(await page.textContent('body')).toMatch(/Oförändrad|Bättre|Sämre|Ny/);

    await page.getByRole('combobox', { name: /^Status/ }).click();
    await page.locator('.ms-Checkbox-label', { hasText: 'Röd' }).click();
    await page.keyboard.press('Escape');
    const [shownRed] = await shownCount(page);
    expect(shownRed).toBeGreaterThan(0);
    expect(shownRed).toBeLessThan(total);
    await page.getByRole('button', { name: 'Rensa urvalet' }).click();
    expect((await shownCount(page))[0]).toBe(total);

    await page.getByRole('combobox', { name: /^Gruppera efter/ }).click();
    await page.getByRole('option', { name: 'Ansvarig', exact: true }).click();
    await page.waitForSelector('.ik-group-header');
    expect(await page.locator('.ik-group-header').count()).toBeGreaterThan(1);
    const firstGroup = page.locator('.ik-group-header__button').first();
    await firstGroup.focus();
    await page.keyboard.press('Enter');
    expect(await firstGroup.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await firstGroup.getAttribute('aria-expanded')).toBe('true');

    const valueHeader = page.locator('[role=columnheader]', { hasText: 'Riskvärde' });
    await valueHeader.locator('.ms-DetailsHeader-cellTitle').click();
    expect(await valueHeader.getAttribute('aria-sort')).toBe('descending');

    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches the heat map to the residual assessment and filters the register by a cell', async () => {
    const { page, errors } = await open('?view=register&host=sharePoint&as=coordinator&lang=sv');
    const [, total] = await shownCount(page);
    await page.locator('.ik-register label', { hasText: 'Efter åtgärder' }).click();
    await page.getByText('Bedömning efter åtgärder (kvarvarande risk)').waitFor();
    const cell = page.locator('.ik-heatmap__cell:not([disabled])').first();
    const count = Number(await cell.textContent());
    await cell.click();
    expect(await cell.getAttribute('aria-pressed')).toBe('true');
    expect(await shownCount(page)).toEqual([count, total]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The coordinator's period overview and the roll-up heat map, as the workbench mounts them. */
const laterViews: Array<{ view: string; heading: RegExp; text: RegExp }> = [
  { view: 'overview', heading: /Översikt över uppföljningen/, text: /Att påminna/ },
  { view: 'rollup', heading: /Samlad riskkarta/, text: /Riskkarta/ }
];

describe('the coordinator’s overview views', () => {
  for (const screen of laterViews) {
    it(`?view=${screen.view} renders in Swedish, cleanly and accessibly`, async () => {
      const { page, errors } = await open(`?view=${screen.view}&host=sharePoint&as=coordinator&lang=sv`);
      expect((await page.textContent('.ik-view__title')) ?? '').toMatch(screen.heading);
      await page.waitForLoadState('networkidle');
      expect(await page.textContent('body')).toMatch(screen.text);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('what a person who may not change the plan is offered (SECURITY.md)', () => {
  it('a responsible manager sees the register without its tools, and the board secretary is not offered the officer\'s report', async () => {
    const manager = await open('?view=register&host=sharePoint&as=manager&lang=sv');
    await manager.page.waitForSelector('.ik-register .ms-DetailsRow');
    expect(await manager.page.getByRole('menuitem', { name: 'Ny risk' }).count()).toBe(0);
    expect(await manager.page.getByRole('menuitem', { name: 'Ansvarsroller' }).count()).toBe(0);
    expect(await manager.page.getByRole('button', { name: 'Exportera till Excel' }).count()).toBe(1);
    expect(manager.errors).toEqual([]);
    await manager.page.close();
    const coordinator = await open('?view=register&host=sharePoint&as=coordinator&lang=sv');
    expect(await coordinator.page.getByRole('menuitem', { name: 'Ny risk' }).count()).toBe(1);
    expect(await coordinator.page.getByRole('menuitem', { name: 'Ansvarsroller' }).count()).toBe(1);
    await coordinator.page.close();
    const secretary = await open('?view=board&host=board&as=boardSecretary&lang=sv');
    expect(await secretary.page.getByRole('button', { name: 'Ladda ner PDF' }).count()).toBe(1);
    expect(await secretary.page.getByRole('button', { name: 'Skriv tjänsteskrivelse' }).count()).toBe(0);
    await secretary.page.close();
  });
});
