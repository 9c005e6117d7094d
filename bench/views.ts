/**
 * What the views cost in a real browser (Debian's Chromium through playwright-core, as the browser tests
 * drive it) against the workbench on the scale region with the latency model on: the REST round trips
 * (requests to `/_api/`) and their response bytes from navigation until the view has settled, and the time
 * from navigation until the first rows are on screen. Method as in tests/browser/requests.test.ts.
 */
import { setPriority } from 'os';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { personas } from '../server/directory/demoDirectory';
import { createSp } from '../src/data/spClient';
import { createStore } from '../src/data/stores';
import { loadMyRequests } from '../src/followups/loadMyRequests';
import { launch } from '../tests/browser/browser';
import type { BenchProduct } from './product';
import type { ScaleRegion } from './scale/region';

export const VIEW_NAMES = ['register', 'overview', 'rollup', 'actionPlan', 'board', 'scorecard', 'securityReport', 'myFollowUps'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/** The workbench address of each view on the scale region's plans. */
export function viewPaths(region: ScaleRegion): Record<ViewName, string> {
  const sp = (view: string, as: string, plan?: string): string => `?view=${view}&host=sharePoint&as=${as}&lang=sv${plan ? `&plan=${encodeURIComponent(plan)}` : ''}`;
  return {
    register: sp('register', 'coordinator', region.plans.internalControl),
    overview: sp('overview', 'coordinator', region.plans.internalControl),
    rollup: sp('rollup', 'coordinator'),
    actionPlan: sp('actionPlan', 'coordinator', region.plans.patientSafety),
    board: `?view=board&host=board&as=boardSecretary&lang=sv&plan=${encodeURIComponent(region.plans.internalControl)}`,
    scorecard: sp('scorecard', 'coordinator', region.plans.scorecard),
    securityReport: sp('securityReport', 'securityCoordinator', region.plans.securityReport),
    myFollowUps: '?view=followups&host=teams&as=manager&lang=sv'
  };
}

export interface ViewLoad {
  /** REST requests (method and decoded path after `/_api/`), in the order sent. */
  requests: string[];
  bytes: number;
  /** Milliseconds from navigation start until the view's title (or an error) was on screen. */
  titleMs: number | null;
  /** Milliseconds from navigation start until `firstRows` matched, when asked for. */
  firstRowsMs: number | null;
  /** An error the view showed instead of its content. */
  error: string | null;
  /** When the page's own files, the workbench config and each REST request started and ended (ms from navigation). */
  timeline: Array<{ name: string; start: number; end: number; bytes: number }>;
  /** Sequential waves among the REST requests: requests that overlap in time travel together. */
  waves: number;
  /** How many elements matched `firstRows` once the view had settled (e.g. a manager's request cards). */
  rowsShown: number | null;
  /** The workbench's own marks (main.tsx): its entry running, the first reads sent, the frame's and view's code loaded (ms). */
  marks: Record<string, number>;
  /** From the first REST request to the first rows on screen: the view's own data waves and rendering. */
  dataAndRenderMs: number | null;
}

const TIMELINE = /workbench\.js$|\/chunks\/|\/_api\//;

const SETTLE_TIMEOUT = 180_000;

/**
 * How long the machine is left alone before each load. Without it, the emulators' and the browser's garbage
 * collection after the last load (a 5,000-risk register is 36 MB of JSON) and the closing of its page fell into
 * the next one: on 2 cores that made single loads vary by 250–400 ms, and the medians of whole runs by 250 ms.
 */
const SETTLE_PAUSE_MS = Number(process.env.BENCH_SETTLE_MS ?? 1500);

/** The emulators' thread's nice value while Chromium is timed (ViewBench.start); `BENCH_EMULATOR_NICE=0` measures without it. */
const BENCH_EMULATOR_NICE = Number(process.env.BENCH_EMULATOR_NICE ?? 10);

const ERROR = '.ms-MessageBar--error, .ik-error';

/**
 * Records in the page, from its first frame, when each selector first matched a visible element
 * (performance.now() into `window.ikSeen`), and the first error's text. The page keeps its own clock: this
 * process also runs the emulators, and while they work a wait sent from here would start late.
 */
// A string, not a function: the TypeScript runner's helpers (esbuild's __name) do not exist in the page.
const watchInPage = (selectors: string[]): string => `(() => {
  const selectors = ${JSON.stringify(selectors)};
  const seen = {};
  window.ikSeen = seen;
  const tick = () => {
    for (const selector of selectors) {
      if (selector in seen) continue;
      const el = document.querySelector(selector);
      if (el && el.offsetParent !== null) seen[selector] = performance.now();
    }
    if (selectors.some((selector) => !(selector in seen))) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/** Waits until the page has seen any of the selectors; resolves with what it has seen (selector → ms). */
async function seenOneOf(page: Page, selectors: string[]): Promise<Record<string, number>> {
  await page.waitForFunction((wanted) => {
    const seen = (window as unknown as { ikSeen?: Record<string, number> }).ikSeen;
    return Boolean(seen && wanted.some((s) => s in seen));
  }, selectors, { polling: 100, timeout: SETTLE_TIMEOUT });
  return page.evaluate(() => ({ ...(window as unknown as { ikSeen: Record<string, number> }).ikSeen }));
}

export class ViewBench {
  private constructor(private readonly browser: Browser, private readonly origin: string) {}

  /**
   * Launches Chromium, then lowers this thread's scheduling priority (nice 10). This thread runs the emulators,
   * which stand in for SharePoint's and Graph's servers: in production their work (here, scanning in-memory
   * lists where SharePoint uses its indexes) does not compete with the person's browser for its cores, and on
   * these 2 cores it did. Chromium, started before, keeps the normal priority; the emulators still use any core
   * the browser leaves idle, and the latency model still sets when each answer arrives.
   */
  public static async start(origin: string): Promise<ViewBench> {
    const browser = await launch();
    try {
      setPriority(BENCH_EMULATOR_NICE);
    } catch {
      // Not permitted here: measured at the normal priority, as before.
    }
    return new ViewBench(browser, origin);
  }

  /** A browser profile of its own; pages opened in it share its HTTP cache, as a returning user's do. */
  public newContext(): Promise<BrowserContext> {
    return this.browser.newContext({ viewport: { width: 1400, height: 1000 }, reducedMotion: 'reduce' });
  }

  /** Opens `path` and waits until the view has settled: in a fresh context (no cache) unless one is given. */
  public async load(path: string, firstRows?: string, shared?: BrowserContext): Promise<ViewLoad> {
    const context = shared ?? await this.newContext();
    // A pause before each load, so that what the last one left to do (the emulator's and the browser's garbage
    // collection after tens of megabytes, closing its page) is not timed as part of this one.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_PAUSE_MS));
    const page = await context.newPage();
    const requests: string[] = [];
    // The bytes come from the page's own resource timing, not from fetching each body over the DevTools protocol:
    // this process also runs the emulators, and pulling tens of megabytes through it would slow them down.
    page.on('request', (request) => {
      if (request.url().includes('/_api/')) requests.push(`${request.method()} ${decodeURIComponent(request.url().replace(/^.*\/_api\//, ''))}`);
    });
    try {
      const watched = ['.ik-view__title', ERROR, ...(firstRows ? [firstRows] : [])];
      await page.addInitScript(`performance.setResourceTimingBufferSize(2000);${watchInPage(watched)}`);
      await page.goto(`${this.origin}/${path}`);
      let seen = await seenOneOf(page, ['.ik-view__title', ERROR]);
      if (firstRows && !(ERROR in seen)) seen = await seenOneOf(page, [firstRows, ERROR]);
      const error = ERROR in seen ? ((await page.locator(ERROR).first().textContent()) ?? 'error') : null;
      const titleMs = seen['.ik-view__title'] ?? null;
      const firstRowsMs = firstRows && !error ? seen[firstRows] ?? null : null;
      await page.waitForLoadState('networkidle', { timeout: SETTLE_TIMEOUT });
      const rowsShown = firstRows ? await page.locator(firstRows).count() : null;
      const timeline = (await page.evaluate(() => performance.getEntriesByType('resource').map((e) => {
        const r = e as PerformanceResourceTiming;
        return { name: r.name, start: Math.round(r.startTime), end: Math.round(r.responseEnd), bytes: r.decodedBodySize };
      }))).filter((e) => TIMELINE.test(e.name)).map((e) => ({ ...e, name: e.name.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '').slice(0, 80) }));
      const bytes = timeline.filter((e) => e.name.includes('/_api/')).reduce((sum, e) => sum + e.bytes, 0);
      const marks = Object.fromEntries((await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('ik:')).map((m) => [m.name.slice(3), Math.round(m.startTime)]))) as Array<[string, number]>);
      const rest = timeline.filter((e) => e.name.includes('/_api/')).map((e) => e.start);
      const shown = firstRowsMs ?? titleMs;
      const dataAndRenderMs = rest.length && shown !== null ? Math.round(shown - Math.min(...rest)) : null;
      return { requests, bytes, waves: wavesOf(timeline.filter((e) => e.name.includes('/_api/'))), titleMs: titleMs === null ? null : Math.round(titleMs), firstRowsMs: firstRowsMs === null ? null : Math.round(firstRowsMs),
        error, timeline, rowsShown, marks, dataAndRenderMs };
    } finally {
      await (shared ? page.close() : context.close());
    }
  }

  public async close(): Promise<void> {
    await this.browser.close();
    try {
      setPriority(0);
    } catch {
      // Raising a priority back needs privileges this user may not have; the rest of the bench is not timed in the browser.
    }
  }
}

/** How many times the page waited for REST answers before sending more: requests overlapping in time are one wave. */
export function wavesOf(requests: ReadonlyArray<{ start: number; end: number }>): number {
  let waves = 0;
  let waveEnd = Number.NEGATIVE_INFINITY;
  for (const r of [...requests].sort((a, b) => a.start - b.start)) {
    if (r.start >= waveEnd) waves++;
    waveEnd = r.start >= waveEnd ? r.end : Math.max(waveEnd, r.end);
  }
  return waves;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

/**
 * The emulator's own time for the two timed views' data (the register's plan, the manager's requests), read
 * in Node with the latency model off: what the emulator spends scanning its in-memory lists and writing JSON,
 * where SharePoint would use its indexes. Median of three, after one warm-up.
 */
export async function emulatorOnly(product: BenchProduct, region: ScaleRegion): Promise<{ registerPlan: number; teamsTabRequests: number }> {
  const time = async (fn: () => Promise<unknown>): Promise<number> => {
    await fn();
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = Date.now();
      await fn();
      runs.push(Date.now() - start);
    }
    return median(runs);
  };
  const store = (upn: string) => createStore(createSp(product.siteUrl, { emulatorUser: upn }));
  return {
    registerPlan: await time(() => store(personas.coordinator).loadPlan(region.plans.internalControl)),
    teamsTabRequests: await time(() => loadMyRequests(store(personas.manager), personas.manager, region.today))
  };
}
