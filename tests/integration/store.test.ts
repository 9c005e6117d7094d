/**
 * The data layer against the SharePoint emulator over HTTP, through real PnPjs: provisioning is
 * idempotent and repairs a missing column or index, the demo region seeds idempotently, edits carry
 * ETags (a stale one is refused and nothing is lost), natural keys are unique, and a status request
 * answered in one client is seen by another; the people picker finds a role's holder.
 */
import { REPORT_DEFAULTS } from '../../src/model/defaults';
import { DEMO_DOMAIN, personas, demoDirectory } from '../../server/directory/demoDirectory';
import { seedDemo } from '../../server/seed';
import { ConcurrencyError, DuplicateKeyError } from '../../src/data/errors';
import { createSp } from '../../src/data/spClient';
import { provision } from '../../src/data/provisioning';
import { createStore } from '../../src/data/stores';
import { fieldName, measureList, schema } from '../../src/model/schema';
import { openRequests, periodOverview, currentPeriod } from '../../src/model/followUp';
import { LocalProduct, startLocalProduct } from './localProduct';
import '@pnp/sp/fields';

jest.setTimeout(120_000);

let product: LocalProduct;
const today = '2026-11-23';

beforeAll(async () => {
  product = await startLocalProduct({ today });
});

afterAll(async () => {
  await product.app.close();
});

describe('provisioning from the schema', () => {
  it('creates every list and column once; a second run changes nothing', async () => {
    const sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
    const first = await provision(sp);
    expect(first.listsCreated).toHaveLength(Object.keys(schema).length);
    expect(first.fieldsAdded.length).toBeGreaterThan(60);
    const second = await provision(sp);
    expect(second).toEqual({ listsCreated: [], fieldsAdded: [], fieldsChanged: [] });
  });

  it('adds a column or index that is missing from an existing list', async () => {
    const sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
    const fields = sp.web.lists.getByTitle(measureList.title).fields;
    await fields.getByInternalNameOrTitle(fieldName(measureList, 'method')).delete();
    await fields.getByInternalNameOrTitle(fieldName(measureList, 'roleKey')).update({ Indexed: false });
    const repair = await provision(sp);
    expect(repair.fieldsAdded).toEqual([`${measureList.title}.IkMethod`]);
    expect(repair.fieldsChanged).toContain(`${measureList.title}.IkRoleKey`);
    const roleKey = await fields.getByInternalNameOrTitle('IkRoleKey').select('Indexed')<{ Indexed: boolean }>();
    expect(roleKey.Indexed).toBe(true);
  });
});

describe('the demo region through the Store', () => {
  it('seeds once; a rerun adds nothing', async () => {
    const sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
    const first = await seedDemo(sp, today, demoDirectory);
    expect(first.added.items).toBeGreaterThanOrEqual(15);
    const second = await seedDemo(sp, today, demoDirectory);
    expect(Object.values(second.added).every((n) => n === 0)).toBe(true);
  });

  it('gives the manager open requests and the coordinator a period with unanswered measures', async () => {
    const store = createStore(createSp(product.siteUrl, { emulatorUser: personas.manager }));
    const plans = await store.plans.where({ kind: 'internalControl', year: 2026 });
    const data = await store.loadPlan(plans[0].key);
    const period = currentPeriod(data.periods, today);
    expect(period !== null && period.deadline >= today).toBe(true);
    const overview = periodOverview(period!, data.measures, data.reports, today);
    expect(overview.unanswered).toBeGreaterThan(0);
    const roles = await store.rolesOf(personas.manager);
    const requests = openRequests(personas.manager, roles, data.measures, data.periods, data.reports, today);
    expect(requests.length).toBeGreaterThanOrEqual(2);
    expect(roles.every((r) => r.holder?.upn === personas.manager || r.delegate?.upn === personas.manager)).toBe(true);
  });
});

describe('edits and keys', () => {
  it('refuses a stale ETag: the second editor gets a conflict and the first edit is kept', async () => {
    const alice = createStore(createSp(product.siteUrl, { emulatorUser: personas.coordinator }));
    // Two people who may both edit measures (SECURITY.md): the coordinator and the security coordinator.
    const bob = createStore(createSp(product.siteUrl, { emulatorUser: personas.securityCoordinator }));
    const [measure] = await alice.measures.where({ planKey: (await alice.plans.all())[0].key });
    const asBobRead = await bob.measures.byId(measure.id!);
    const saved = await alice.measures.update(measure, { title: 'Ny rutin för diarieföring införs' });
    expect(saved.etag).not.toBe(measure.etag);
    await expect(bob.measures.update(asBobRead, { title: 'Bobs version' })).rejects.toBeInstanceOf(ConcurrencyError);
    expect((await alice.measures.byId(measure.id!)).title).toBe('Ny rutin för diarieföring införs');
    const fresh = await bob.measures.byId(measure.id!);
    await expect(bob.measures.update(fresh, { title: 'Bobs version' })).resolves.toMatchObject({ title: 'Bobs version' });
  });

  it('refuses a second entity with the same natural key', async () => {
    const store = createStore(createSp(product.siteUrl));
    const [unit] = await store.orgUnits.all();
    await expect(store.orgUnits.add({ ...unit, id: undefined, etag: undefined, key: unit.key.toUpperCase() })).rejects.toBeInstanceOf(DuplicateKeyError);
  });

  it('stores a status report with the reporter as a SharePoint user and reads it back', async () => {
    const store = createStore(createSp(product.siteUrl, { emulatorUser: personas.manager }));
    const roles = await store.rolesOf(personas.manager);
    const [measure] = await store.measures.where({ roleKey: roles[0].key });
    const [period] = await store.periods.where({ planKey: measure.planKey });
    const report = await store.statusReports.add({
      ...REPORT_DEFAULTS, key: `report:test:${measure.key}`, planKey: measure.planKey, measureKey: measure.key, periodKey: period.key, status: 'yellow',
      comment: 'Delvis klart – ”rutinen” är beslutad', reportedBy: roles[0].holder, reportedAt: '2026-11-23T09:15:00Z'
    });
    const read = await store.statusReports.byId(report.id!);
    expect(read).toMatchObject({ status: 'yellow', comment: 'Delvis klart – ”rutinen” är beslutad', reportedAt: '2026-11-23T09:15:00Z' });
    expect(read.reportedBy).toMatchObject({ upn: personas.manager, displayName: roles[0].holder?.displayName });
    expect(read.reportedBy?.siteUserId).toEqual(expect.any(Number));
  });

  it('finds people for a role by name through the people picker, with their UPN and object id', async () => {
    const store = createStore(createSp(product.siteUrl, { emulatorUser: personas.coordinator }));
    const found = await store.searchPeople('Anna Karl');
    expect(found[0]).toMatchObject({ upn: `anna.karlsson@${DEMO_DOMAIN}`, displayName: 'Anna Karlsson', objectId: '7344a06b-a67a-5355-9a80-99a6fce35fb2' });
    expect(await store.searchPeople('a')).toEqual([]);
  });
});
