import { launch } from '/work/main/tests/browser/browser';
(async () => {
  const [url, out, h, y] = process.argv.slice(2);
  const b = await launch();
  const p = await b.newPage({ viewport: { width: 1400, height: Number(h ?? 1100) } });
  await p.goto(url); await p.waitForSelector('.ik-view__title'); await p.waitForLoadState('networkidle');
  if (y) await p.evaluate((yy) => window.scrollTo(0, Number(yy)), y);
  await p.screenshot({ path: out });
  await b.close();
})();
