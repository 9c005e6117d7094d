/**
 * Onboarding from a list the region already keeps on its site, end to end over HTTP against the local
 * product: the test creates a risk register through PnPjs with the region's own Swedish column names
 * ("Riskbeskrivning" as the renamed Title, "Åtgärd" with its encoded internal name, "Ansvarig" as a person
 * column, "Status" and "Hantering" as choice columns), and the import finds it among the site's own lists,
 * proposes the mapping, writes the plan, reruns without duplicates, and brings the plan in line with the
 * list after it changed. A list past the view threshold is read in pages; a list with no recognisable plan
 * is refused with nothing written; and `npm run import -- --list …` does the same from the command line.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import { DateTimeFieldFormatType, FieldUserSelectionMode } from '@pnp/sp/fields';
import { personas } from '../../server/directory/demoDirectory';
import { createSp } from '../../src/data/spClient';
import { provision } from '../../src/data/provisioning';
import { createStore, Store } from '../../src/data/stores';
import { applyImport } from '../../src/import/applyImport';
import { parseList } from '../../src/import/importList';
import { createSiteListSource } from '../../src/import/pnpSiteLists';
import { SiteListSource } from '../../src/import/siteLists';
import { ImportRisk } from '../../src/import/types';
import { latestReports } from '../../src/model/followUp';
import { runTool } from '../../src/import/__tests__/cli';
import { LocalProduct, startLocalProduct } from './localProduct';

jest.setTimeout(180_000);

const today = '2026-11-23';
const REGISTER = 'Riskregister Kirurgi';
let product: LocalProduct;
let sp: SPFI;
let store: Store;
let source: SiteListSource;
let listId = '';
const userIds = new Map<string, number>();

async function userId(upn: string): Promise<number> {
  if (!userIds.has(upn)) userIds.set(upn, (await sp.web.ensureUser(`i:0#.f|membership|${upn}`)).Id);
  return userIds.get(upn)!;
}

async function createRegister(): Promise<void> {
  const created = await sp.web.lists.add(REGISTER, 'Klinikens riskregister', 100);
  listId = String((created as { Id: string }).Id);
  const list = sp.web.lists.getById(listId);
  await list.fields.getByInternalNameOrTitle('Title').update({ Title: 'Riskbeskrivning' });
  await list.fields.addText('Konsekvens', { MaxLength: 255 });
  await list.fields.addChoice('Hantering', { Choices: ['Behålla', 'Begränsa', 'Eliminera'] });
  await list.fields.addMultilineText('Åtgärd', { RichText: false });
  await list.fields.addUser('Ansvarig', { SelectionMode: FieldUserSelectionMode.PeopleOnly });
  await list.fields.addChoice('Status', { Choices: ['Grön', 'Gul', 'Röd'] });
  await list.fields.addMultilineText('Kommentar', { RichText: false });
  await list.fields.addDateTime('Klart senast', { DisplayFormat: DateTimeFieldFormatType.DateOnly });
  await list.fields.addText('Anteckning', { MaxLength: 255 });
  const rows = [
    { Title: 'Brand i operationssalen', Konsekvens: 'Patienter och personal skadas', Hantering: 'Begränsa', OData__x00c5_tg_x00e4_rd: 'Översyn av brandskyddet',
      AnsvarigId: await userId(personas.manager), Status: 'Gul', Kommentar: 'Pågår', Klart_x0020_senast: '2026-06-29T22:00:00Z', Anteckning: 'x' },
    { Title: 'Dataintrång i journalsystemet', Konsekvens: 'Sekretessbrott', Hantering: 'Eliminera', OData__x00c5_tg_x00e4_rd: 'Tvåstegsverifiering',
      AnsvarigId: await userId(personas.securityCoordinator), Status: 'Grön', Kommentar: '' },
    { Title: 'Läkemedelsfel vid överflyttning', Konsekvens: 'Vårdskada', Hantering: 'Behålla' }
  ];
  for (const row of rows) await list.items.add(row);
}

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runTool(product.siteUrl, args);
}

beforeAll(async () => {
  product = await startLocalProduct({ today });
  sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
  await provision(sp);
  store = createStore(sp);
  source = createSiteListSource(sp);
  const johan = { upn: personas.manager, objectId: 'johan-oid', displayName: 'Johan Ekström' };
  await store.roles.add({ key: 'role:regionstabschef', title: 'Regionstabschef', unitKey: null, holder: johan, delegate: null });
  await createRegister();
  await sp.web.lists.add('Dold lista', '', 100, false, { Hidden: true });
  await sp.web.lists.add('Dokument om risker', '', 101);
  const contacts = await sp.web.lists.add('Kontakter', '', 100);
  await sp.web.lists.getById(String((contacts as { Id: string }).Id)).fields.addText('Telefon', { MaxLength: 40 });
  await sp.web.lists.getById(String((contacts as { Id: string }).Id)).items.add({ Title: 'Anna', Telefon: '070-123' });
});

afterAll(async () => {
  await product.app.close();
});

describe('a risk register kept as a list of the site', () => {
  const planKey = (): string => `plan:list-${listId.toLowerCase()}`;

  it('is offered among the site\'s own lists, not the product\'s, hidden ones or libraries', async () => {
    const titles = (await source.lists()).map((l) => l.title);
    expect(titles).toEqual(['Kontakter', REGISTER]);
    expect(await source.findList('riskregister kirurgi')).toMatchObject({ id: listId, title: REGISTER, itemCount: 3 });
    expect(await source.findList("Kirurgi's register")).toBeNull();
  });

  it('maps its own columns, writes risks, measures, roles, links and statuses, and a rerun adds and changes nothing', async () => {
    const { result } = await parseList(source, REGISTER, { year: 2026 });
    expect(result.errors).toEqual([]);
    expect(result.mapping.map((m) => [m.column, m.internalName, m.field])).toEqual([
      ['Riskbeskrivning', 'Title', 'risk'], ['Konsekvens', 'Konsekvens', 'consequence'], ['Hantering', 'Hantering', 'handling'],
      ['Åtgärd', '_x00c5_tg_x00e4_rd', 'measure'], ['Ansvarig', 'Ansvarig', 'responsible'], ['Status', 'Status', 'status'],
      ['Kommentar', 'Kommentar', 'comment'], ['Klart senast', 'Klart_x0020_senast', 'due'], ['Anteckning', 'Anteckning', null]
    ]);
    expect(result.warnings).toEqual([{ row: null, column: 'Anteckning', message: 'Okänd kolumn "Anteckning": den importeras inte.' }]);
    expect(result.plan).toEqual({ title: REGISTER, kind: 'internalControl', year: 2026 });
    const risks = result.items as ImportRisk[];
    expect(risks.map((r) => [r.row, r.risk, r.handling, r.measures.map((m) => [m.text, m.responsible, m.status, m.due])])).toEqual([
      [1, 'Brand i operationssalen', 'reduce', [['Översyn av brandskyddet', 'Johan Ekström', 'yellow', '2026-06-30']]],
      [2, 'Dataintrång i journalsystemet', 'eliminate', [['Tvåstegsverifiering', 'Mikael Strand', 'green', null]]],
      [3, 'Läkemedelsfel vid överflyttning', 'accept', []]
    ]);

    const first = await applyImport(store, result, { today });
    expect(first).toEqual({ planKey: planKey(), added: { roles: 1, categories: 0, plans: 1, items: 3, measures: 2, links: 2, periods: 1, statusReports: 2 },
      updated: { items: 0, measures: 0, links: 0 } });
    const data = await store.loadPlan(planKey());
    const scope = `list-${listId.toLowerCase()}`;
    expect(data.items.map((i) => [i.key, i.title, i.consequence])).toEqual([
      [`risk:${scope}-1`, 'Brand i operationssalen', 'Patienter och personal skadas'], [`risk:${scope}-2`, 'Dataintrång i journalsystemet', 'Sekretessbrott'],
      [`risk:${scope}-3`, 'Läkemedelsfel vid överflyttning', 'Vårdskada']
    ]);
    // Johan holds Regionstabschef: his measure is the role's. Mikael holds no role yet: one is made for him.
    const mikaelRole = `role:ansvarig-${personas.securityCoordinator.replace(/[^a-z0-9]+/g, '-')}`;
    expect(data.measures.map((m) => [m.key, m.roleKeys, m.dueDate])).toEqual([
      [`measure:${scope}-1`, ['role:regionstabschef'], '2026-06-30'], [`measure:${scope}-2`, [mikaelRole], null]
    ]);
    expect(await store.roles.byKey(mikaelRole)).toMatchObject({ title: 'Ansvarig: Mikael Strand', holder: { upn: personas.securityCoordinator } });
    expect(data.links.map((l) => l.toKey).sort()).toEqual([mikaelRole, 'role:regionstabschef']);
    expect(data.reports.map((r) => [r.measureKey, r.status, r.comment])).toEqual([[`measure:${scope}-1`, 'yellow', 'Pågår'], [`measure:${scope}-2`, 'green', '']]);

    const again = await applyImport(store, (await parseList(source, REGISTER, { year: 2026 })).result, { today });
    expect(again).toEqual({ planKey: planKey(), added: { roles: 0, categories: 0, plans: 0, items: 0, measures: 0, links: 0, periods: 0, statusReports: 0 },
      updated: { items: 0, measures: 0, links: 0 } });
  });

  it('after the list changed, a rerun updates what changed, adds a status report for a new status and adds only the new row', async () => {
    const items = sp.web.lists.getById(listId).items;
    const before = (await store.items.byKey(`risk:list-${listId.toLowerCase()}-1`))!;
    await items.getById(1).update({ Title: 'Brand i operationssal 3', Status: 'Grön', Kommentar: 'Klart i oktober' });
    await items.getById(2).update({ AnsvarigId: await userId(personas.coordinator) });
    await items.add({ Title: 'Smitta i vårdmiljön', Hantering: 'Begränsa', OData__x00c5_tg_x00e4_rd: 'Basala hygienrutiner', Status: 'Röd' });

    const { result } = await parseList(source, REGISTER, { year: 2026 });
    expect(result.errors).toEqual([]);
    const later = new Date('2026-11-23T15:00:00Z');
    const applied = await applyImport(store, result, { today, now: later });
    expect(applied.added).toEqual({ roles: 1, categories: 0, plans: 0, items: 1, measures: 1, links: 1, periods: 0, statusReports: 2 });
    expect(applied.updated).toEqual({ items: 1, measures: 1, links: 1 });

    const scope = `list-${listId.toLowerCase()}`;
    const data = await store.loadPlan(planKey());
    expect(data.items.map((i) => i.title)).toEqual(['Brand i operationssal 3', 'Dataintrång i journalsystemet', 'Läkemedelsfel vid överflyttning', 'Smitta i vårdmiljön']);
    const after = data.items[0];
    expect(after.id).toBe(before.id);
    expect(after.etag).not.toBe(before.etag);
    const annaRole = `role:ansvarig-${personas.coordinator.replace(/[^a-z0-9]+/g, '-')}`;
    expect(data.measures.find((m) => m.key === `measure:${scope}-2`)).toMatchObject({ roleKey: annaRole, roleKeys: [annaRole] });
    expect(data.links.filter((l) => l.fromKey === `measure:${scope}-2`).map((l) => l.toKey)).toEqual([annaRole]);
    // Reports are never overwritten: the changed status is a later report, which is the one that counts.
    const period = data.periods[0];
    expect(data.reports.filter((r) => r.measureKey === `measure:${scope}-1`).map((r) => [r.key.split(':').pop(), r.status])).toEqual([['1', 'yellow'], ['2', 'green']]);
    expect(latestReports(data.reports, period.key).get(`measure:${scope}-1`)).toMatchObject({ status: 'green', comment: 'Klart i oktober', reportedAt: '2026-11-23T15:00:00Z' });
    expect(latestReports(data.reports, period.key).get(`measure:${scope}-4`)).toMatchObject({ status: 'red' });

    const once = await applyImport(store, (await parseList(source, REGISTER, { year: 2026 })).result, { today, now: later });
    expect([...Object.values(once.added), ...Object.values(once.updated ?? {})].every((n) => n === 0)).toBe(true);
  });

  it('refuses a list with no recognisable plan, and writes nothing', async () => {
    const before = (await store.plans.all()).length;
    const { result } = await parseList(source, 'Kontakter', { year: 2026 });
    expect(result.plan).toBeNull();
    expect(result.errors).toEqual([{ row: null, column: null,
      message: 'Listan "Kontakter" innehåller ingen igenkännbar plan: ingen kolumn motsvarar en risk, en aktivitet eller ett styrmått (t.ex. "Risk", "Aktivitet", "Styrmått"). Inget har sparats.' }]);
    await expect(applyImport(store, result, { today })).rejects.toThrow('nothing is written');
    expect((await store.plans.all()).length).toBe(before);
  });
});

describe('a list past the view threshold', () => {
  it('is read in pages of at most 5,000 in ID order (its "Title" mapped by the user)', async () => {
    const created = await sp.web.lists.add('Stort riskregister', '', 100);
    const id = String((created as { Id: string }).Id);
    const total = 5003;
    for (let start = 0; start < total; start += 500) {
      const [batched, execute] = sp.batched();
      const list = batched.web.lists.getById(id);
      const adds = Array.from({ length: Math.min(500, total - start) }, (_, i) => list.items.add({ Title: `Risk ${start + i + 1}` }));
      await execute();
      await Promise.all(adds);
    }
    const { result } = await parseList(source, 'Stort riskregister', { year: 2026, mapping: { Title: 'risk' } });
    expect(result.errors).toEqual([]);
    expect(result.items).toHaveLength(total);
    expect((result.items[total - 1] as ImportRisk)).toMatchObject({ row: total, risk: `Risk ${total}` });
  });
});

describe('npm run import -- --list', () => {
  it('prints the plan kind, the counts and the list as source with --dry-run --json, and writes nothing', async () => {
    const before = (await store.items.all()).length;
    const { code, stdout } = await run(['--list', REGISTER, '--year', '2026', '--dry-run', '--json']);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(Object.keys(output).slice(0, 4)).toEqual(['plan', 'items', 'warnings', 'errors']);
    expect(output.plan).toEqual({ title: REGISTER, kind: 'internalControl', year: 2026 });
    expect(output.counts).toEqual({ items: 4, measures: 3, indicators: 0, indicatorValues: 0 });
    expect(output.source).toEqual({ type: 'list', listId, title: REGISTER });
    expect(output).toMatchObject({ format: 'riskTable', sheet: REGISTER, headerRow: null, dryRun: true, applied: null });
    expect((await store.items.all()).length).toBe(before);
  });

  it('takes a column\'s field from --map, and exits 1 for a list with no recognisable plan', async () => {
    const mapped = await run(['--list', 'Kontakter', '--map', 'Title=risk', '--map', 'Telefon=-', '--dry-run', '--json']);
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.stdout).items).toEqual([expect.objectContaining({ risk: 'Anna' })]);
    const refused = await run(['--list', 'Kontakter', '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ plan: null, applied: null });
    const missing = await run(['--list', 'Finns inte', '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).errors[0].message).toBe('Det finns ingen lista "Finns inte" bland webbplatsens egna synliga listor.');
  });
});
