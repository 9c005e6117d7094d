/**
 * The bench's scale region (bench/scale) at a small size, seeded through the product's own code into the
 * emulators over HTTP: big enough that the status reports pass SharePoint's 5,000-item view threshold, so
 * the emulator's rule is in force. Every read the views and the reminder service make of a list past the
 * threshold leads with an indexed clause (or pages in ID order), and the emulator refuses one that does
 * not; seeding twice adds nothing and leaves no key twice in any list; and a reminder run stopped half-way
 * and restarted finishes in one more run with no message delivered twice. Timings are the bench's, not
 * asserted here.
 */
import { personas } from '../../server/directory/demoDirectory';
import { loadMyRequests } from '../../src/followups/loadMyRequests';
import { createSp } from '../../src/data/spClient';
import { createStore, Store } from '../../src/data/stores';
import { schema, ListName } from '../../src/model/schema';
import { BenchProduct, startBenchProduct } from '../../bench/product';
import { duplicateDeliveries, interruptedRun, ledgerStates, serviceRun } from '../../bench/reminders';
import { buildScaleRegion, ScaleRegion } from '../../bench/scale/region';
import { seedScaleRegion } from '../../bench/scale/seed';
import { countTraffic } from '../../bench/traffic';
import '@pnp/sp/fields';

jest.setTimeout(600_000);

const today = '2026-11-23';
/** 5,000 × 0.22 risks … and about 5,250 status reports: one list past the threshold. */
const SCALE = 0.22;
const THRESHOLD = 5000;

let product: BenchProduct;
let region: ScaleRegion;
let store: Store;
const seeded: Array<Partial<Record<ListName, number>>> = [];

beforeAll(async () => {
  region = buildScaleRegion(today, SCALE);
  product = await startBenchProduct({ today, directory: region.directory, workbenchDir: null });
  const sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
  seeded.push((await seedScaleRegion(sp, region.region)).added);
  seeded.push((await seedScaleRegion(createSp(product.siteUrl, { emulatorUser: personas.coordinator }), region.region)).added);
  store = createStore(createSp(product.siteUrl, { emulatorUser: personas.coordinator }));
});

afterAll(async () => {
  await product?.close();
});

interface Read {
  list: string;
  filter: string | null;
  orderBy: string | null;
}

/** The item reads among the traffic lines (plain GETs and the GET parts of batches). */
function readsOf(lines: readonly string[]): Read[] {
  return lines.map((line) => line.replace(/^ {2}> /, '')).filter((line) => line.startsWith('GET '))
    .flatMap((line) => {
      const match = /getByTitle\('([^']+)'\)\/items\?(.*)$/.exec(line);
      if (!match) return [];
      const query = new URLSearchParams(match[2]);
      return [{ list: match[1], filter: query.get('$filter'), orderBy: query.get('$orderby') }];
    });
}

const unwrap = (text: string): string => text.trim().replace(/^\((.*)\)$/, '$1').trim();

/** Splits on a top-level ` or ` / ` and ` (outside parentheses and quotes). */
function splitTop(text: string, word: 'or' | 'and'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") quoted = !quoted;
    if (quoted) continue;
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth === 0 && text.startsWith(` ${word} `, i)) {
      parts.push(text.slice(start, i));
      start = i + word.length + 2;
    }
  }
  parts.push(text.slice(start));
  return parts.map(unwrap);
}

/** The columns SharePoint judges a filter by: the first clause of each OR branch. */
function leadingColumns(filter: string): string[] {
  return splitTop(unwrap(filter), 'or').map((branch) => /^\(?\s*([\w/]+)/.exec(splitTop(branch, 'and')[0])?.[1] ?? branch);
}

async function listSizes(): Promise<Map<string, number>> {
  const lists = await store.sp!.web.lists.select('Title', 'ItemCount')<Array<{ Title: string; ItemCount: number }>>();
  return new Map(lists.map((l) => [l.Title, l.ItemCount]));
}

async function indexedColumns(list: string): Promise<Set<string>> {
  const fields = await store.sp!.web.lists.getByTitle(list).fields.select('InternalName', 'Indexed')<Array<{ InternalName: string; Indexed: boolean }>>();
  return new Set(['ID', 'Id', ...fields.filter((f) => f.Indexed).map((f) => f.InternalName)]);
}

describe('the scale region, seeded through the Store', () => {
  it('passes the view threshold in at least one list', async () => {
    const sizes = await listSizes();
    expect(sizes.get(schema.statusReports.title)).toBeGreaterThan(THRESHOLD);
  });

  it('seeds idempotently: the second seeding adds nothing and no list holds a key twice', async () => {
    expect(Object.values(seeded[0]).reduce((a, b) => a + (b ?? 0), 0)).toBeGreaterThan(10_000);
    expect(Object.values(seeded[1]).every((n) => n === 0)).toBe(true);
    for (const name of Object.keys(schema) as ListName[]) {
      const entities = await store[name].all();
      const keys = entities.map((e) => e.key.toLowerCase());
      expect({ list: name, duplicates: keys.length - new Set(keys).size }).toEqual({ list: name, duplicates: 0 });
      const built = (region.region as unknown as Record<string, unknown[]>)[name];
      if (built) expect({ list: name, count: entities.length }).toEqual({ list: name, count: built.length });
    }
  });
});

describe('the view threshold at scale', () => {
  it('every read of a list past the threshold leads with an indexed clause or pages in ID order', async () => {
    const { traffic } = await countTraffic(async () => {
      const plan = await store.loadPlan(region.plans.internalControl);
      expect(plan.reports.length).toBe(region.region.statusReports.filter((r) => r.planKey === region.plans.internalControl).length);
      const mine = await loadMyRequests(store, region.facts.managerUpn, today);
      expect(mine.requests.length).toBe(region.facts.managerOpenRequests);
      await serviceRun(product, new Date(`${today}T08:00:00+01:00`), true);
    });
    const sizes = await listSizes();
    const big = [...sizes].filter(([, n]) => n > THRESHOLD).map(([title]) => title);
    const reads = readsOf(traffic.lines).filter((r) => big.includes(r.list));
    expect(reads.length).toBeGreaterThan(0);
    for (const list of big) {
      const indexed = await indexedColumns(list);
      for (const read of reads.filter((r) => r.list === list)) {
        if (read.filter === null) {
          expect({ list, orderBy: read.orderBy }).toEqual({ list, orderBy: 'Id asc' });
          continue;
        }
        const columns = leadingColumns(read.filter);
        expect({ list, filter: read.filter, notIndexed: columns.filter((c) => !indexed.has(c)) }).toEqual({ list, filter: read.filter, notIndexed: [] });
      }
    }
  });

  it('the emulator refuses a read of that list that leads with a column that is not indexed', async () => {
    const reports = store.sp!.web.lists.getByTitle(schema.statusReports.title).items;
    await expect(reports.filter("IkComment eq 'Klart.'").top(10)()).rejects.toThrow(/SPQueryThrottledException|-2147024860|threshold/i);
    await expect(reports.filter(`IkPlanKey eq '${region.plans.internalControl}'`).top(10)()).resolves.toBeDefined();
  });
});

describe('a reminder run stopped half-way and restarted', () => {
  it('finishes in one more run and delivers nothing twice', async () => {
    // A smaller region of its own: the run sends at the service's own pace (2 chat messages a second).
    const small = buildScaleRegion(today, 0.01);
    const reminders = await startBenchProduct({ today, directory: small.directory, workbenchDir: null });
    try {
      await seedScaleRegion(createSp(reminders.siteUrl, { emulatorUser: personas.coordinator }), small.region);
      const at = (minutes: number): Date => new Date(new Date(`${today}T08:00:00+01:00`).getTime() + minutes * 60_000);
      const planned = await serviceRun(reminders, at(0), true);
      expect(planned.recipients).toBeGreaterThan(4);
      const stopped = await interruptedRun(reminders, at(0), Math.floor(planned.recipients / 2));
      expect(stopped.messages).toBe(Math.floor(planned.recipients / 2));
      expect((await ledgerStates(reminders)).pending).toBeGreaterThan(0);
      // The next run comes after the stopped run's lease (10 minutes) has run out and takes its claims over.
      const restarted = await serviceRun(reminders, at(11), false);
      expect(restarted.failed).toBe(0);
      expect(await ledgerStates(reminders)).toEqual({ sent: planned.items });
      expect((await serviceRun(reminders, at(22), true)).recipients).toBe(0);
      expect(await duplicateDeliveries(reminders)).toEqual({ deliveries: planned.recipients, duplicates: 0 });
    } finally {
      await reminders.close();
    }
  });
});
