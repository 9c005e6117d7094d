/**
 * A plan past the list view threshold on its own (6,000 measures and 6,000 status reports in one plan), over
 * HTTP against the SharePoint emulator: the plan's lists are read part by part (`planBucket`), each part an
 * indexed query under 5,000, all in one round trip when the plan is known to be large, never by the fallback
 * scan of the whole list in ID order. Counts from the Store's read waves and the emulator, not times.
 */
import { personas } from '../../server/directory/demoDirectory';
import { createSp } from '../../src/data/spClient';
import { provision } from '../../src/data/provisioning';
import { createStore, Store } from '../../src/data/stores';
import { ITEM_DEFAULTS, MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../../src/model/defaults';
import { withDerivedKeys } from '../../src/model/derivedKeys';
import { FollowUpPeriod, Measure, Plan, PlanItem, StatusReport } from '../../src/model/types';
import { repairDerivedKeys } from '../../src/plans/derivedKeyWrites';
import { LocalProduct, recordRequests, startLocalProduct } from './localProduct';

jest.setTimeout(300_000);

const SIZE = 6000;
const plan: Plan = { key: 'plan:stor', title: 'Regionövergripande internkontrollplan', kind: 'internalControl', year: 2026, unitKey: null,
  state: 'followUp', decisionDate: null, diaryNumber: '' };
const small: Plan = { ...plan, key: 'plan:liten', title: 'Liten plan' };
const period: FollowUpPeriod = { key: 'period:stor:t3', planKey: plan.key, title: 'Årsbokslut', asOfDate: '2026-12-31', deadline: '2027-01-20',
  state: 'open', sortOrder: 3 };

let product: LocalProduct;
let store: Store;
/** The request URLs of the last counted read, each part of a `$batch` on its own. */
let urls: string[] = [];

beforeAll(async () => {
  product = await startLocalProduct();
  const sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
  await provision(sp);
  const writer = createStore(sp);
  const items: PlanItem[] = Array.from({ length: SIZE / 2 }, (_, i) => ({
    ...ITEM_DEFAULTS, key: `risk:stor:${i}`, planKey: plan.key, title: `Risk ${i}`, consequence: '', cause: '', handling: null, strategyKey: null,
    objectiveKey: null, securityAreaKey: null, probability: 2, severity: 3, residualProbability: null, residualSeverity: null, confidential: false, sortOrder: i
  }));
  const measures: Measure[] = Array.from({ length: SIZE }, (_, i) => ({
    ...MEASURE_DEFAULTS, key: `measure:stor:${i}`, planKey: plan.key, itemKey: items[i % items.length].key, title: `Åtgärd ${i}`, measureKind: 'measure',
    roleKey: null, dueDate: null, method: '', closed: false
  }));
  const reports: StatusReport[] = measures.map((m) => ({ ...REPORT_DEFAULTS, key: `report:${m.key}:t3:1`, planKey: plan.key, measureKey: m.key,
    periodKey: period.key, status: 'green', comment: 'Enligt plan', reportedBy: null, reportedAt: '2026-12-10T08:00:00Z' }));
  const derived = withDerivedKeys({ plan, items, measures, reports });
  await writer.plans.ensureAll([derived.plan!, small]);
  await writer.periods.ensureAll([period]);
  await writer.items.ensureAll(items);
  await writer.measures.ensureAll(derived.measures);
  await writer.statusReports.ensureAll(derived.reports ?? []);
  store = createStore(sp);
});

afterAll(async () => {
  await product.app.close();
});

async function counted<T>(run: () => Promise<T>): Promise<{ result: T; waves: number; scans: number }> {
  const before = store.readStats!().waves;
  const recorded = await recordRequests(run);
  const result = recorded.result;
  urls = recorded.urls;
  return { result, waves: store.readStats!().waves - before, scans: urls.filter((u) => /\$orderby=Id/i.test(u) && !/\$filter/i.test(u)).length };
}

describe('a plan past the threshold on its own', () => {
  it('is marked large by the writer that wrote it', async () => {
    expect((await store.plans.byKey(plan.key))?.large).toBe(true);
  });

  it('loads in one round trip by its parts when the plan is known, with nothing scanned', async () => {
    const known = (await store.plans.byKey(plan.key))!;
    const { result, waves, scans } = await counted(() => store.loadPlan(plan.key, known));
    expect([result.items.length, result.measures.length, result.reports.length]).toEqual([SIZE / 2, SIZE, SIZE]);
    expect(new Set(result.measures.map((m) => m.key)).size).toBe(SIZE);
    expect(waves).toBe(1);
    expect(scans).toBe(0);
  });

  it('falls back to its parts, not to a scan, when read as a small plan', async () => {
    const { result, waves, scans } = await counted(() => store.loadPlan(plan.key));
    expect([result.measures.length, result.reports.length]).toEqual([SIZE, SIZE]);
    expect(waves).toBe(2);
    expect(scans).toBe(0);
  });

  it('gives a register its first rows in order by a request of its own, in the same round trip as the whole plan', async () => {
    const known = (await store.plans.byKey(plan.key))!;
    const { result, waves, scans } = await counted(() => Promise.all([store.items.firstInPlan(plan.key, 40), store.loadPlan(plan.key, known)]));
    const [first, whole] = result;
    const inOrder = [...whole.items].sort((a, b) => a.sortOrder - b.sortOrder).slice(0, first.length);
    expect(first.map((i) => i.key)).toEqual(inOrder.map((i) => i.key));
    // sortOrder runs from 0 in this plan: 0 … 40.
    expect(first.length).toBe(41);
    expect(waves).toBe(1);
    expect(scans).toBe(0);
    // Sent first, on its own (a GET, not a part of the wave's batches), led by the indexed sort order.
    expect(urls[0]).toMatch(/items\?.*\$filter=IkSortOrder\+le\+40\+and\+\(IkPlanKey\+eq\+'plan:stor'\)$/);
    expect(urls.filter((u) => u.includes('IkSortOrder+le'))).toHaveLength(1);
  });

  it('costs a small plan one query per list, as before', async () => {
    const { result, waves } = await counted(() => store.loadPlan(small.key, small));
    expect(result.measures).toEqual([]);
    expect(waves).toBe(1);
    expect(urls.filter((u) => u.includes('$filter=IkPlanBucket'))).toEqual([]);
  });

  it('gets its flag and parts back from the repair after they were lost', async () => {
    const stored = (await store.plans.byKey(plan.key))!;
    await store.plans.update(stored, { large: false });
    const measure = (await store.measures.byKey('measure:stor:7'))!;
    await store.measures.update(measure, { planBucket: 'plan:stor#99' });
    const repaired = await repairDerivedKeys(store);
    expect([repaired.plans, repaired.measures]).toEqual([1, 1]);
    expect((await store.plans.byKey(plan.key))?.large).toBe(true);
    expect((await store.loadPlan(plan.key, (await store.plans.byKey(plan.key))!)).measures.some((m) => m.key === 'measure:stor:7')).toBe(true);
  });
});
