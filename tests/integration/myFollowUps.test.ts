/**
 * "Mina uppföljningar" at a region's scale, over HTTP through PnPjs against the SharePoint emulator: a
 * manager with 5 open requests (led, shared through a responsible link, an indicator) in a plan of 10,000
 * measures and 30,000 status reports. Every request the tab's data load makes is counted and weighed:
 * nothing scans a list past the threshold (every read of a large list is filtered on an index, so the
 * emulator would refuse it otherwise), and the bytes stay the same when the plan grows by reports that
 * are not the manager's.
 */
import { personas } from '../../server/directory/demoDirectory';
import { loadMyRequests } from '../../src/followups/loadMyRequests';
import { createSp } from '../../src/data/spClient';
import { provision } from '../../src/data/provisioning';
import { createStore, Store } from '../../src/data/stores';
import { MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../../src/model/defaults';
import { responsibilityLinks, withRoles } from '../../src/model/planKinds';
import { schema } from '../../src/model/schema';
import { FollowUpPeriod, Measure, Plan, Role, StatusReport } from '../../src/model/types';
import { syncMeasures } from '../../src/plans/derivedKeyWrites';
import { LocalProduct, startLocalProduct } from './localProduct';

jest.setTimeout(600_000);

const today = '2026-11-23';
const MEASURES = 10_000;
let product: LocalProduct;
let store: Store;

const plan: Plan = { key: 'plan:scale', title: 'Internkontrollplan 2026 (skala)', kind: 'internalControl', year: 2026, unitKey: null,
  state: 'followUp', decisionDate: null, diaryNumber: '' };
const periods: FollowUpPeriod[] = [
  { key: 'period:scale:t1', planKey: plan.key, title: 'Tertial 1', asOfDate: '2026-04-30', deadline: '2026-05-15', state: 'closed', sortOrder: 1 },
  { key: 'period:scale:t2', planKey: plan.key, title: 'Delår augusti', asOfDate: '2026-08-31', deadline: '2026-09-15', state: 'closed', sortOrder: 2 },
  { key: 'period:scale:t3', planKey: plan.key, title: 'Årsbokslut', asOfDate: '2026-12-31', deadline: '2026-12-04', state: 'open', sortOrder: 3 }
];
const MINE = ['m:0', 'm:1', 'm:2', 'm:3', 'm:4'];

function measureAt(i: number): Measure {
  const base: Measure = { ...MEASURE_DEFAULTS, key: `m:${i}`, planKey: plan.key, itemKey: `risk:${i % 500}`, title: `Åtgärd ${i}`,
    measureKind: 'measure', roleKey: 'role:other', dueDate: null, method: '', closed: false };
  // m:0, m:1 led by the manager's role; m:2, m:3 shared with it; m:4 an indicator the manager reports on.
  if (i <= 1) return withRoles(base, ['role:mgr']);
  if (i <= 3) return withRoles(base, ['role:other', 'role:mgr']);
  if (i === 4) return { ...withRoles(base, ['role:mgr']), measureKind: 'indicator', targetRule: 'atMost', targetValue: 3, unitOfMeasure: '%' };
  return withRoles(base, ['role:other']);
}

function report(measureKey: string, periodKey: string, n = 1): StatusReport {
  return { ...REPORT_DEFAULTS, key: `report:${measureKey}:${periodKey}:${n}`, planKey: plan.key, measureKey, periodKey, status: 'green',
    comment: 'Klart enligt plan.', reportedBy: null, reportedAt: '2026-09-10T09:00:00Z' };
}

interface Traffic {
  requests: Array<{ method: string; url: string; bytes: number }>;
}

/** Records every HTTP request PnPjs sends during `run`, with the size of each response body. */
async function traffic<T>(run: () => Promise<T>): Promise<{ result: T; traffic: Traffic }> {
  const original = globalThis.fetch;
  const seen: Traffic = { requests: [] };
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await original(input, init);
    const body = await response.clone().arrayBuffer();
    seen.requests.push({ method: init?.method ?? 'GET', url: String(input instanceof Request ? input.url : input), bytes: body.byteLength });
    return response;
  };
  try {
    return { result: await run(), traffic: seen };
  } finally {
    globalThis.fetch = original;
  }
}

const LARGE_LISTS = Object.values(schema).filter((l) => l.large).map((l) => l.title);

beforeAll(async () => {
  product = await startLocalProduct({ today });
  const sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
  await provision(sp);
  store = createStore(sp);
  const roles: Role[] = [
    { key: 'role:mgr', title: 'Regionstabschef', unitKey: null, holder: { upn: personas.manager, objectId: '', displayName: 'Chef' }, delegate: null },
    { key: 'role:other', title: 'Avdelningschef', unitKey: null, holder: { upn: personas.coordinator, objectId: '', displayName: 'Samordnare' }, delegate: null }
  ];
  await store.roles.ensureAll(roles);
  await store.plans.ensureAll([plan]);
  await store.periods.ensureAll(periods);
  const measures = Array.from({ length: MEASURES }, (_, i) => measureAt(i));
  await store.measures.ensureAll(measures);
  await store.links.ensureAll(measures.flatMap(responsibilityLinks));
  const reports: StatusReport[] = [];
  for (const m of measures) {
    for (const p of periods) if (!(p.key === 'period:scale:t3' && MINE.includes(m.key))) reports.push(report(m.key, p.key));
  }
  // The manager's indicator had a value last period, so the tab can show it beside this period's form.
  reports.push({ ...report('m:4', 'period:scale:t2', 2), value: 3.4, reportedAt: '2026-09-12T08:00:00Z' });
  // SharePoint names each report's writer, and a report counts only from the measure's holder or delegate
  // (reportAuthority.ts): the manager writes the reports of the measures only the manager's role answers for.
  const managersOwn = new Set(['m:0', 'm:1', 'm:4']);
  await createStore(createSp(product.siteUrl, { emulatorUser: personas.manager })).statusReports.ensureAll(reports.filter((r) => managersOwn.has(r.measureKey)));
  await store.statusReports.ensureAll(reports.filter((r) => !managersOwn.has(r.measureKey)));
  // Who answers what, as the product's writers keep it (the roles stay the truth).
  await syncMeasures(store, measures);
});

afterAll(async () => {
  await product.app.close();
});

describe('Mina uppföljningar at a region\'s scale', () => {
  it('loads only the manager\'s 5 open requests, with indexed reads only, from a plan of 30,000 status reports', async () => {
    expect((await store.statusReports.where({ planKey: plan.key })).length).toBeGreaterThanOrEqual(29_995);
    const { result, traffic: seen } = await traffic(() => loadMyRequests(store, personas.manager, today));
    expect(result.requests.map((r) => r.subject.key).sort()).toEqual([...MINE].sort());
    expect(result.requests.find((r) => r.subject.key === 'm:4')?.subject.type).toBe('value');
    expect(result.requests.find((r) => r.subject.key === 'm:4')?.previous?.value).toBe(3.4);
    // Every read of a list that may pass 5,000 items narrows through an indexed column: no ID-order scan.
    for (const request of seen.requests) {
      const decoded = decodeURIComponent(request.url);
      const list = LARGE_LISTS.find((title) => decoded.includes(`getbytitle('${title}')`));
      if (list) expect({ list, filtered: decoded.includes('$filter=') }).toEqual({ list, filtered: true });
    }
    const bytes = seen.requests.reduce((n, r) => n + r.bytes, 0);
    console.log(`Mina uppföljningar: ${seen.requests.length} requests, ${bytes} bytes for 5 open requests in a plan of 30,000 reports`);
    expect(seen.requests.length).toBeLessThanOrEqual(14);
    expect(bytes).toBeLessThan(60_000);
  });

  it('reads the same bytes when the plan grows by 5,000 reports that are not the manager\'s', async () => {
    const before = await traffic(() => loadMyRequests(store, personas.manager, today));
    await store.statusReports.ensureAll(Array.from({ length: 5000 }, (_, i) => report(`m:${5 + i}`, 'period:scale:t3', 2)));
    const after = await traffic(() => loadMyRequests(store, personas.manager, today));
    const weigh = (t: Traffic): number => t.requests.reduce((n, r) => n + r.bytes, 0);
    expect(after.result.requests).toHaveLength(5);
    expect(weigh(after.traffic)).toBe(weigh(before.traffic));
    expect(after.traffic.requests.length).toBe(before.traffic.requests.length);
  });

  it('says who answered when a deep link leads to a request a co-responsible has answered', async () => {
    await store.statusReports.add({ ...report('m:2', 'period:scale:t3'), reportedBy: { upn: personas.coordinator, objectId: '', displayName: 'Anna Karlsson' },
      reportedAt: '2026-11-20T10:30:00Z' });
    const data = await loadMyRequests(store, personas.manager, today, 'm:2');
    expect(data.requests.map((r) => r.subject.key)).not.toContain('m:2');
    expect(data.linked).toMatchObject({ kind: 'answered', title: 'Åtgärd 2', answer: { at: '2026-11-20T10:30:00Z' } });
    const notMine = await loadMyRequests(store, personas.manager, today, 'm:77');
    expect(notMine.linked).toEqual({ kind: 'notYours', title: 'Åtgärd 77', roles: ['Avdelningschef'] });
    const gone = await loadMyRequests(store, personas.manager, today, 'm:does-not-exist');
    expect(gone.linked).toEqual({ kind: 'notFound' });
  });

  it('loads in one round trip with the subjects of the last visit remembered, and shows the same', async () => {
    const fresh = createStore(createSp(product.siteUrl, { emulatorUser: personas.manager }));
    const first = await loadMyRequests(fresh, personas.manager, today);
    const before = fresh.readStats?.().waves ?? 0;
    const again = await loadMyRequests(fresh, personas.manager, today, undefined, first.subjectKeys);
    expect((fresh.readStats?.().waves ?? 0) - before).toBe(1);
    const shown = (d: typeof first): unknown => d.requests.map((r) => [r.subject.key, r.period.key, r.previous?.value ?? null]);
    expect(shown(again)).toEqual(shown(first));
    expect([...again.responsible.keys()].sort()).toEqual([...first.responsible.keys()].sort());
  });

  it('reads what a stale memory lacks in a second wave, and drops what it holds that is no longer the person\'s', async () => {
    const fresh = createStore(createSp(product.siteUrl, { emulatorUser: personas.manager }));
    const truth = await loadMyRequests(fresh, personas.manager, today);
    // Last visit knew m:0 to m:3 only, and m:77 and m:78, which were the manager's then and are someone else's now.
    const stale = { ...truth.subjectKeys, measures: ['m:0', 'm:1', 'm:2', 'm:3', 'm:77', 'm:78'] };
    const before = fresh.readStats?.().waves ?? 0;
    const data = await loadMyRequests(fresh, personas.manager, today, undefined, stale);
    expect((fresh.readStats?.().waves ?? 0) - before).toBe(2);
    expect(data.requests.map((r) => r.subject.key).sort()).toEqual(truth.requests.map((r) => r.subject.key).sort());
    expect(data.reports.map((r) => r.measureKey).filter((k) => k === 'm:77' || k === 'm:78')).toEqual([]);
    expect(data.subjectKeys).toEqual(truth.subjectKeys);
  });
});

