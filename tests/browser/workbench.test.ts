/**
 * Browser tests against the running product (what `npm start` runs): every workbench view in each
 * host renders in Swedish with no console errors and no serious or critical axe-core violations; a
 * responsible manager answers a status request in the Teams tab and the coordinator sees it counted.
 */
import { spawnSync } from 'child_process';
import { join } from 'path';
import { Page } from 'playwright-core';
import { seriousViolations } from './browser';
import { useSession } from './session';

jest.setTimeout(180_000);

const session = useSession();
const open = (path: string): Promise<{ page: Page; errors: string[] }> => session.open(path);

const screens: Array<{ name: string; path: string; heading: RegExp; text: RegExp }> = [
  { name: 'the plan register on a SharePoint page, as the coordinator', path: '?view=register&host=sharePoint&as=coordinator&lang=sv',
    heading: /Riskregister/, text: /Läget i uppföljningen/ },
  { name: 'the board view on a board page, as the board secretary', path: '?view=board&host=board&as=boardSecretary&lang=sv',
    heading: /Internkontrollplan/, text: /Sammanställning/ },
  { name: '"Mina uppföljningar" in the Teams tab, as a responsible manager', path: '?view=followups&host=teams&as=manager&lang=sv',
    heading: /Mina uppföljningar/, text: /Hur går det med åtgärden\?/ },
  { name: '"Mina uppföljningar" in Teams dark theme', path: '?view=followups&host=teams&as=manager&lang=sv&theme=dark',
    heading: /Mina uppföljningar/, text: /Skicka status/ },
  { name: '"Mina uppföljningar" in Teams high contrast', path: '?view=followups&host=teams&as=manager&lang=sv&theme=contrast',
    heading: /Mina uppföljningar/, text: /Skicka status/ },
  { name: 'the plan register in Teams, as the manager', path: '?view=register&host=teams&as=manager&lang=sv',
    heading: /Riskregister/, text: /Riskkarta/ },
  { name: 'the board view on a SharePoint page', path: '?view=board&host=sharePoint&as=coordinator&lang=sv',
    heading: /./, text: /Aktuellt läge/ }
];

describe('every workbench view renders in Swedish, cleanly and accessibly', () => {
  for (const screen of screens) {
    it(screen.name, async () => {
      const { page, errors } = await open(screen.path);
      expect(await page.textContent('.ik-view__title')).toMatch(screen.heading);
      expect(await page.textContent('body')).toMatch(screen.text);
      expect(await page.getAttribute('html', 'lang')).toBe('sv-SE');
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('switches to English through the language switch, keeping the view, and the link opens the same screen', async () => {
    const { page, errors } = await open('?view=register&host=sharePoint&as=coordinator&lang=sv');
    await page.getByRole('combobox', { name: 'Språk' }).selectOption({ label: 'English' });
    await page.waitForFunction(() => /Risk register/.test(document.querySelector('.ik-view__title')?.textContent ?? ''));
    expect(page.url()).toContain('lang=en');
    expect(page.url()).toContain('view=register');
    expect(await page.getAttribute('html', 'lang')).toBe('en-US');
    const again = await open(page.url().replace(session.product.origin + '/', ''));
    expect(await again.page.textContent('.ik-view__title')).toMatch(/Risk register/);
    expect([...errors, ...again.errors]).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('opens the measure a Teams deep link points to, first and focused', async () => {
    const list = await open('?view=followups&host=teams&as=manager&lang=sv');
    const keys = await list.page.locator('article[data-measure-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-measure-key')));
    await list.page.close();
    const target = keys[keys.length - 1] as string;
    const { page, errors } = await open(`?host=teams&as=manager&lang=sv&subEntityId=${encodeURIComponent(target)}`);
    const first = page.locator('article[data-measure-key]').first();
    expect(await first.getAttribute('data-measure-key')).toBe(target);
    expect(await first.textContent()).toContain('Öppnad från din påminnelse');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-measure-key'))).toBe(target);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the follow-up loop', () => {
  it('a manager answers a request in the Teams tab and the coordinator sees one more answered', async () => {
    const answeredText = async (page: Page): Promise<number> => {
      const text = (await page.textContent('.ik-card')) ?? '';
      return Number(/(\d+) av \d+ åtgärder besvarade/.exec(text)?.[1]);
    };
    const coordinator = await open('?view=register&host=sharePoint&as=coordinator&lang=sv');
    const before = await answeredText(coordinator.page);
    await coordinator.page.close();

    const manager = await open('?view=followups&host=teams&as=manager&lang=sv');
    const first = manager.page.locator('.ik-request').first();
    const title = (await first.locator('.ik-card__title').textContent()) ?? '';
    const requestsBefore = await manager.page.locator('.ik-request').count();
    await first.getByRole('button', { name: 'Skicka status' }).click();
    expect(await first.textContent()).toContain('Välj en färg.');
    await first.locator('label', { hasText: 'Gul:' }).click();
    await first.getByRole('textbox', { name: /Kommentera status/ }).fill('Upphandlingen pågår och blir klar i december.');
    await first.getByRole('button', { name: 'Skicka status' }).click();
    await manager.page.getByText(`Din status för ”${title}” är skickad.`).waitFor();
    await manager.page.waitForFunction((n) => document.querySelectorAll('.ik-request').length === n, requestsBefore - 1);
    await manager.page.waitForLoadState('networkidle');
    expect(manager.errors).toEqual([]);
    await manager.page.close();

    const after = await open('?view=register&host=sharePoint&as=coordinator&lang=sv');
    expect(await answeredText(after.page)).toBe(before + 1);
    await after.page.close();
  });
});

describe('the emulators as production clients see them, with the product running', () => {
  it('passes every check of `npm run check:local` (PnPjs SPBrowser and the Graph client)', () => {
    const result = spawnSync(process.execPath, [join(__dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(__dirname, '..', '..', 'tools', 'check-local.ts')], { env: { ...process.env, IK_ORIGIN: session.product.origin }, encoding: 'utf8' });
    expect(result.stdout).toMatch(/check-local: \d+ passed, 0 failed/);
    expect(result.status).toBe(0);
  });
});
