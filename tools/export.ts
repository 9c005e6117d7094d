/**
 * `npm run export -- --plan <planKey> [--period <periodKey>] --out <file.xlsx> [--lang en-US]`: exports a
 * plan's register with one follow-up period's statuses (default: the current period) to .xlsx, in the
 * shape `npm run import` reads back. Reads from SP_SITE_URL (default: the local emulator).
 */
import { writeFileSync } from 'fs';
import { createSp } from '../src/data/spClient';
import { createStore } from '../src/data/stores';
import { exportPlanToXlsx } from '../src/export/exportPlan';
import { stockholmDate } from '../src/model/calendar';
import { currentPeriod } from '../src/model/followUp';

const USAGE = 'Användning: npm run export -- --plan <plannyckel> [--period <uppföljningsnyckel>] --out <fil.xlsx> [--lang en-US]';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const planKey = value('--plan');
  const out = value('--out');
  if (!planKey || !out) throw new Error(USAGE);
  const locale = value('--lang') === 'en-US' ? 'en-US' : 'sv-SE';
  const siteUrl = process.env.SP_SITE_URL ?? `http://localhost:${process.env.PORT ?? 4321}/sites/internkontroll`;
  const store = createStore(createSp(siteUrl, { emulatorUser: process.env.SP_EMULATOR_USER }));
  const data = await store.loadPlan(planKey);
  const periodKey = value('--period');
  const period = periodKey ? data.periods.find((p) => p.key === periodKey) ?? null : currentPeriod(data.periods, stockholmDate(new Date()));
  if (periodKey && !period) throw new Error(`Planen har ingen uppföljning ${periodKey}`);
  const [allRoles, categories, areas] = await Promise.all([store.roles.all(), store.categories.all(), store.securityAreas.all()]);
  const roles = new Map(allRoles.map((r) => [r.key, r]));
  const bytes = await exportPlanToXlsx({ ...data, roles, period, locale, categories: new Map(categories.map((c) => [c.key, c])),
    areas: new Map(areas.map((a) => [a.key, a])) });
  writeFileSync(out, bytes);
  console.log(`Exporterade ${data.items.length} poster och ${data.measures.length} åtgärder/indikatorer${period ? ` (${period.title})` : ''} till ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
