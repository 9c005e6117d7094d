/**
 * Round trips per view on the demo data, counted in the browser: every request a view sends to SharePoint's
 * REST API from navigation until it has settled. The views that load in waves (src/data/readWaves.ts) send at
 * most two, as `$batch`es, and never ask for a form digest (the page has one, as in SPFx). Counts, not times:
 * what these cost against SharePoint Online is `npm run bench`'s to say.
 */
import { Page } from 'playwright-core';
import { useSession } from './session';

jest.setTimeout(180_000);

const session = useSession();

/** The REST requests a page sends while it opens `path` and settles. */
async function restRequests(path: string): Promise<{ page: Page; requests: string[] }> {
  const { page } = await session.newPage();
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/_api/')) requests.push(`${request.method()} ${decodeURIComponent(request.url().replace(/^.*\/_api\//, ''))}`);
  });
  await page.goto(`${session.product.origin}/${path}`);
  await page.waitForSelector('.ik-view__title');
  await page.waitForFunction(() => !document.querySelector('.ms-Spinner'));
  await page.waitForLoadState('networkidle');
  return { page, requests };
}

const VIEWS: Array<[string, string]> = [
  ['the plan register', '?view=register&host=sharePoint&as=coordinator&lang=sv'],
  ['the follow-up overview', '?view=overview&host=sharePoint&as=coordinator&lang=sv'],
  ['the roll-up by unit', '?view=rollup&host=sharePoint&as=coordinator&lang=sv'],
  ['the action plan', '?view=actionPlan&host=sharePoint&as=coordinator&lang=sv'],
  ['the board page, live', '?view=board&host=board&as=boardSecretary&lang=sv'],
  ['the scorecard', '?view=scorecard&host=sharePoint&as=coordinator&lang=sv'],
  ['the security report', '?view=securityReport&host=sharePoint&as=securityCoordinator&lang=sv'],
  ['a security area\'s chapter', '?view=securityReport&host=sharePoint&as=areaOwner&lang=sv&area=area:brand'],
  ['Mina uppföljningar, for a manager', '?view=followups&host=teams&as=manager&lang=sv'],
  ['Mina uppföljningar, for an area owner', '?view=followups&host=teams&as=areaOwner&lang=sv'],
  ['Mina uppföljningar, for an indicator owner', '?view=followups&host=teams&as=indicatorOwner&lang=sv']
];

describe('round trips per view', () => {
  it.each(VIEWS)('%s loads its data in at most two round trips', async (_name, path) => {
    const { page, requests } = await restRequests(path);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.length).toBeLessThanOrEqual(2);
    expect(requests.filter((r) => r.includes('contextinfo'))).toEqual([]);
    await page.close();
  });

  it('the plan register opened on a plan asks for its first rows beside the first wave: three requests, two round trips', async () => {
    const { page, requests } = await restRequests(`?view=register&host=sharePoint&as=coordinator&lang=sv&plan=${encodeURIComponent('plan:ik-2026-rs')}`);
    const firstRows = (r: string): boolean => r.startsWith('GET ') && /IkSortOrder[+ ]le[+ ]40/.test(r);
    expect(requests.filter(firstRows)).toHaveLength(1);
    // The first rows and the first wave's batch leave together; the plan's own lists follow in the second.
    // (Timings cannot tell them apart here: the emulator answers in a millisecond.)
    expect(requests).toHaveLength(3);
    expect(requests.slice(0, 2).some(firstRows)).toBe(true);
    expect(requests.map((r) => r.split(' ')[0])).toEqual(expect.arrayContaining(['GET', 'POST']));
    await page.close();
  });

  it('Mina uppföljningar opened again by the same person loads in one round trip and shows the same requests', async () => {
    const { page, requests } = await restRequests('?view=followups&host=teams&as=manager&lang=sv');
    const cards = (): Promise<Array<string | null>> => page.locator('article[data-measure-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-measure-key')));
    const first = await cards();
    expect(first.length).toBeGreaterThan(0);
    expect(requests).toHaveLength(2);
    requests.length = 0;
    // The same browser (its local storage) opens the tab again: the remembered subjects travel with the first wave.
    await page.reload();
    await page.waitForSelector('.ik-view__title');
    await page.waitForFunction(() => !document.querySelector('.ms-Spinner'));
    await page.waitForLoadState('networkidle');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^POST \$batch/);
    expect(await cards()).toEqual(first);
    await page.close();
  });

  it.each([
    ['the plan register', '?view=register&host=sharePoint&as=coordinator&lang=sv'],
    ['Mina uppföljningar', '?view=followups&host=teams&as=manager&lang=sv']
  ])('%s sends its first reads before the page asks for the frame\'s and the view\'s scripts', async (_name, path) => {
    // A fresh page with nothing cached: every script is a request, in the order the page asks for them.
    const { page } = await session.newPage();
    const order: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (url.includes('/_api/')) order.push('read');
      else if (/\/chunks\/(Workbench|PlanWorkspace|MyFollowUps)-/.test(url)) order.push(url.replace(/^.*\/chunks\/([A-Za-z]+)-.*$/, '$1'));
    });
    await page.goto(`${session.product.origin}/${path}`);
    await page.waitForSelector('.ik-view__title');
    await page.waitForLoadState('networkidle');
    expect(order[0]).toBe('read');
    expect(order).toContain('Workbench');
    expect(order.filter((o) => o !== 'read')).toHaveLength(2);
    await page.close();
  });
});
