/**
 * `npx tsx tools/screenshot.ts <url> <out.png> [width]`: a full-page screenshot in Debian's Chromium,
 * for looking at the workbench as a person would.
 */
import { launch } from '../tests/browser/browser';

async function main(): Promise<void> {
  const [url, out, width] = process.argv.slice(2);
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: Number(width ?? 1400), height: 900 } });
  page.on('console', (m) => { if (m.type() === 'error') console.error('console:', m.text()); });
  await page.goto(url);
  await page.waitForSelector('.ik-view__title', { timeout: 20000 }).catch(() => undefined);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: out, fullPage: true });
  await browser.close();
}

main().catch((error: unknown) => { console.error(error); process.exit(1); });
