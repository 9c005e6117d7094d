/**
 * `npm run bench`: measures what a region's scale costs, against the local product over HTTP through
 * the real Store (PnPjs): bulk writes of 10,000 measures, indexed queries and full scans on a list past
 * the 5,000-item threshold, a plan load for a 10,000-measure plan, and the size of what ships.
 * Figures, not pass/fail: compare runs over time. `--json` prints one JSON object.
 */
import { existsSync, statSync } from 'fs';
import { join } from 'path';
import { demoDirectory, personas } from '../server/directory/demoDirectory';
import { seedDemo } from '../server/seed';
import { createSp } from '../src/data/spClient';
import { createStore } from '../src/data/stores';
import { ITEM_DEFAULTS, MEASURE_DEFAULTS } from '../src/model/defaults';
import { Measure } from '../src/model/types';
import { buildWorkbench, workbenchDist } from '../tools/build-workbench';
import { startLocalProduct } from '../tests/integration/localProduct';

const MEASURES = Number(process.env.BENCH_MEASURES ?? 10_000);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const product = await startLocalProduct();
  const sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
  const [, seedMs] = await timed(() => seedDemo(sp, '2026-11-23', demoDirectory));
  const store = createStore(sp);
  const roles = await store.roles.all();
  const big: Measure[] = Array.from({ length: MEASURES }, (_, i) => ({
    ...MEASURE_DEFAULTS, key: `bench:measure:${i}`, planKey: 'bench:plan', itemKey: `bench:item:${i % 500}`, title: `Åtgärd ${i}`, measureKind: 'measure',
    roleKey: roles[i % roles.length].key, dueDate: '2026-12-31', method: '', closed: false
  }));
  const [added, writeMs] = await timed(() => store.measures.ensureAll(big));
  const [again, rerunMs] = await timed(() => store.measures.ensureAll(big));
  const [byRole, roleQueryMs] = await timed(() => store.measures.where({ roleKey: roles[0].key }));
  const [byKey, keyQueryMs] = await timed(() => store.measures.byKey('bench:measure:9999'));
  const [all, scanMs] = await timed(() => store.measures.all());
  const [planMeasures, planQueryMs] = await timed(() => store.measures.where({ planKey: 'bench:plan' }));
  // A register of 5,000 risks: the plan's items are exactly at the threshold, so the indexed query serves them.
  const riskPlan = { key: 'bench:riskplan', title: 'Bench 5000 risker', kind: 'internalControl' as const, year: 2026, unitKey: null, state: 'followUp' as const, decisionDate: null, diaryNumber: '' };
  await store.plans.ensureAll([riskPlan]);
  await store.items.ensureAll(Array.from({ length: 5000 }, (_, i) => ({ ...ITEM_DEFAULTS, key: `bench:risk:${i}`, planKey: riskPlan.key, title: `Risk ${i}`, consequence: 'Konsekvens',
    cause: 'Orsak', handling: 'reduce' as const, strategyKey: null, objectiveKey: null, securityAreaKey: null, probability: 1 + (i % 4), severity: 1 + ((i >> 2) % 4),
    residualProbability: null, residualSeverity: null, confidential: false, sortOrder: i })));
  const [register, registerMs] = await timed(() => store.loadPlan(riskPlan.key));
  await product.app.close();

  const [, bundleMs] = await timed(() => buildWorkbench());
  const size = (path: string): number | null => (existsSync(path) ? statSync(path).size : null);
  const results = {
    measures: MEASURES,
    seedDemoMs: Math.round(seedMs),
    bulkAdd: { added, ms: Math.round(writeMs), perSecond: Math.round((added / writeMs) * 1000) },
    idempotentRerun: { added: again, ms: Math.round(rerunMs) },
    indexedQueryByRole: { rows: byRole.length, ms: Math.round(roleQueryMs) },
    indexedQueryByKey: { found: byKey !== null, ms: Math.round(keyQueryMs) },
    fullScanInIdOrder: { rows: all.length, ms: Math.round(scanMs) },
    planQueryPastThreshold: { rows: planMeasures.length, ms: Math.round(planQueryMs), note: 'first clause matches > 5,000: falls back to an ID-ordered scan' },
    registerOf5000Risks: { items: register.items.length, ms: Math.round(registerMs) },
    workbenchBundle: { bytes: size(join(workbenchDist, 'workbench.js')), buildMs: Math.round(bundleMs) },
    sppkgBytes: size(join(__dirname, '..', 'sharepoint', 'solution', 'internkontroll-365.sppkg'))
  };
  if (json) {
    console.log(JSON.stringify(results));
    return;
  }
  console.log(`Internkontroll 365 bench (${MEASURES} measures, local emulator over HTTP)`);
  console.log(`  seed demo region:                 ${results.seedDemoMs} ms`);
  console.log(`  bulk add (batched, idempotent):   ${added} items in ${results.bulkAdd.ms} ms (${results.bulkAdd.perSecond}/s)`);
  console.log(`  rerun of the same bulk add:       ${again} added in ${results.idempotentRerun.ms} ms`);
  console.log(`  indexed query by role:            ${byRole.length} rows in ${results.indexedQueryByRole.ms} ms`);
  console.log(`  indexed query by key:             ${results.indexedQueryByKey.ms} ms`);
  console.log(`  full scan in ID order:            ${all.length} rows in ${results.fullScanInIdOrder.ms} ms`);
  console.log(`  plan query past the threshold:    ${planMeasures.length} rows in ${results.planQueryPastThreshold.ms} ms (fallback scan)`);
  console.log(`  load a register of 5,000 risks:   ${register.items.length} risks in ${results.registerOf5000Risks.ms} ms`);
  console.log(`  workbench bundle:                 ${results.workbenchBundle.bytes} bytes (built in ${results.workbenchBundle.buildMs} ms)`);
  console.log(`  .sppkg:                           ${results.sppkgBytes ?? 'not built (npm run package)'} bytes`);
}

main().catch((error: unknown) => { console.error(error); process.exit(1); });
