/**
 * The browser tests' shared setup: one running product (as `npm start` runs it) and one Debian
 * Chromium per test file, pages that collect console errors, and a settled page to open.
 */
import { Browser, Page } from 'playwright-core';
import { collectErrors, launch } from './browser';
import { RunningProduct, startProduct } from './product';

export interface Session {
  product: RunningProduct;
  browser: Browser;
  /** A new page (1400 × 1000, reduced motion) with its console errors collected. */
  newPage: (options?: { acceptDownloads?: boolean }) => Promise<{ page: Page; errors: string[] }>;
  /** A new page opened on a workbench address, waited until the view has loaded. */
  open: (path: string) => Promise<{ page: Page; errors: string[] }>;
}

/** Registers beforeAll/afterAll for the file; the returned object is filled in before the first test. */
export function useSession(): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.product = await startProduct();
    session.browser = await launch();
    session.newPage = async (options = {}) => {
      const page = await session.browser.newPage({ viewport: { width: 1400, height: 1000 }, reducedMotion: 'reduce', ...options });
      return { page, errors: collectErrors(page) };
    };
    session.open = async (path) => {
      const opened = await session.newPage();
      await opened.page.goto(`${session.product.origin}/${path}`);
      await opened.page.waitForSelector('.ik-view__title');
      // Settled: nothing loading any more (a view draws its title before its data) and the network quiet.
      await opened.page.waitForFunction(() => !document.querySelector('.ms-Spinner'));
      await opened.page.waitForLoadState('networkidle');
      return opened;
    };
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.product?.stop();
  });
  return session;
}
