/**
 * The plan use cases against the SharePoint emulator through PnPjs: the life cycle, copy to next year
 * (idempotent), periods, status reports that are never overwritten, a role whose holder changes, and
 * two clients editing the same risk and measure: the second gets the conflict and nothing is lost.
 */
import { demoDirectory, personas, findPerson } from '../../server/directory/demoDirectory';
import { seedDemo } from '../../server/seed';
import { ConcurrencyError } from '../../src/data/errors';
import { createSp } from '../../src/data/spClient';
import { createStore, Store } from '../../src/data/stores';
import { latestReports } from '../../src/model/followUp';
import {
  addPeriod, changeHolder, closePlan, copyPlanToNextYear, createPlan, decidePlan, newItem, newMeasure, reportStatus, saveItem,
  startFollowUp, TransitionError, ValidationError
} from '../../src/plans';
import { LocalProduct, startLocalProduct } from './localProduct';

jest.setTimeout(120_000);

let product: LocalProduct;
let coordinator: Store;
let manager: Store;
let colleague: Store;
const today = '2026-11-23';

beforeAll(async () => {
  product = await startLocalProduct({ today });
  await seedDemo(createSp(product.siteUrl, { emulatorUser: personas.coordinator }), today, demoDirectory);
  coordinator = createStore(createSp(product.siteUrl, { emulatorUser: personas.coordinator }));
  manager = createStore(createSp(product.siteUrl, { emulatorUser: personas.manager }));
  // Who else may edit risks (SECURITY.md): the security coordinator is a coordinator too.
  colleague = createStore(createSp(product.siteUrl, { emulatorUser: personas.securityCoordinator }));
});

afterAll(async () => {
  await product.app.close();
});

describe('a plan from draft to closed', () => {
  it('is created, gets a risk with two measures, is decided, followed up and closed', async () => {
    const plan = await createPlan(coordinator, { title: 'Internkontrollplan 2027 Kulturnämnden', kind: 'internalControl', year: 2027, unitKey: null });
    expect(plan.state).toBe('draft');
    await expect(decidePlan(coordinator, plan, '', '')).rejects.toBeInstanceOf(ValidationError);
    const [roleA, roleB] = await coordinator.roles.all();
    const item = { ...newItem(plan.key, 1), title: 'Bidrag betalas ut utan att villkoren följs upp', handling: 'reduce' as const, probability: 3, severity: 3 };
    const saved = await saveItem(coordinator, { item, measures: [{ ...newMeasure(item), title: 'Inför uppföljning av villkor', roleKey: roleA.key },
      { ...newMeasure(item), title: 'Stickprov två gånger per år', roleKey: roleB.key, dueDate: '2027-06-30' }] }, null);
    expect(saved.measures).toHaveLength(2);
    const decided = await decidePlan(coordinator, plan, '2027-01-26', 'KN 2027/14');
    expect(decided).toMatchObject({ state: 'decided', decisionDate: '2027-01-26', diaryNumber: 'KN 2027/14' });
    await expect(closePlan(coordinator, decided)).rejects.toBeInstanceOf(TransitionError);
    const followed = await startFollowUp(coordinator, decided);
    const period = await addPeriod(coordinator, { planKey: plan.key, title: 'Tertial 1', asOfDate: '2027-04-30', deadline: '2027-05-16', state: 'open' });
    expect(period.deadline).toBe('2027-05-14'); // a Sunday moves to the Friday before
    await expect(addPeriod(coordinator, { planKey: plan.key, title: 'tertial 1', asOfDate: '2027-04-30', deadline: '2027-05-20', state: 'open' }))
      .rejects.toBeInstanceOf(ValidationError);
    const closed = await closePlan(coordinator, followed);
    expect((await coordinator.plans.byKey(plan.key))?.state).toBe(closed.state);
  });

  it('copies the open risks and measures to next year, once', async () => {
    const [plan] = await coordinator.plans.where({ kind: 'internalControl', year: 2026 });
    const first = await copyPlanToNextYear(coordinator, plan.key);
    expect(first.items).toBeGreaterThan(0);
    expect(first.measures).toBeGreaterThan(0);
    const again = await copyPlanToNextYear(coordinator, plan.key);
    expect(again).toEqual({ planKey: first.planKey, items: 0, measures: 0 });
    const copy = await coordinator.loadPlan(first.planKey);
    expect(copy.plan).toMatchObject({ year: 2027, state: 'draft' });
    expect(copy.reports).toHaveLength(0);
  });
});

describe('status reports and roles', () => {
  it('keeps every report: a correction is a new report and the latest counts', async () => {
    const [role] = await manager.rolesOf(personas.manager);
    const [measure] = await manager.measures.where({ roleKey: role.key });
    const [period] = (await manager.periods.where({ planKey: measure.planKey })).filter((p) => p.state === 'open');
    const reporter = { upn: personas.manager, objectId: findPerson(personas.manager)!.id, displayName: 'Johan' };
    const base = { planKey: measure.planKey, measureKey: measure.key, periodKey: period.key, reporter };
    const first = await reportStatus(manager, { ...base, status: 'red', comment: 'Inte påbörjad', at: new Date('2026-11-23T08:00:00Z') });
    const second = await reportStatus(manager, { ...base, status: 'yellow', comment: 'Rättelse: påbörjad i oktober', at: new Date('2026-11-23T09:00:00Z') });
    expect(first.key).not.toBe(second.key);
    const all = (await manager.statusReports.where({ measureKey: measure.key })).filter((r) => r.periodKey === period.key);
    expect(all.map((r) => r.status).sort()).toEqual(['red', 'yellow']);
    expect(latestReports(all, period.key).get(measure.key)?.comment).toBe('Rättelse: påbörjad i oktober');
    await expect(reportStatus(manager, { ...base, status: 'green', comment: ' ', at: new Date() })).rejects.toBeInstanceOf(ValidationError);
  });

  it("moves a role's open measures to its new holder", async () => {
    const [role] = await coordinator.roles.where({ title: 'HR-direktör' });
    const newHolder = findPerson(personas.boardSecretary)!;
    const result = await changeHolder(coordinator, role, { upn: newHolder.userPrincipalName, objectId: newHolder.id, displayName: newHolder.displayName });
    expect(result.openMeasures).toBeGreaterThan(0);
    const roles = await coordinator.rolesOf(newHolder.userPrincipalName);
    expect(roles.map((r) => r.key)).toContain(role.key);
  });
});

describe('two people editing the same risk', () => {
  it('gives the second a conflict and loses nothing', async () => {
    const [plan] = await coordinator.plans.where({ kind: 'internalControl', year: 2026 });
    const [item] = await coordinator.items.where({ planKey: plan.key });
    const measures = (await coordinator.measures.where({ itemKey: item.key }));
    const readByA = { item, measures };
    const readByB = { item: await colleague.items.byId(item.id!), measures: await colleague.measures.where({ itemKey: item.key }) };
    const savedA = await saveItem(coordinator, { item: { ...item, consequence: 'A:s nya konsekvens' },
      measures: measures.map((m, i) => (i === 0 ? { ...m, title: 'A:s åtgärd' } : m)) }, readByA);
    expect(savedA.item.consequence).toBe('A:s nya konsekvens');
    await expect(saveItem(colleague, { item: { ...readByB.item, consequence: 'B:s konsekvens' }, measures: readByB.measures }, readByB))
      .rejects.toBeInstanceOf(ConcurrencyError);
    await expect(saveItem(colleague, { item: readByB.item, measures: readByB.measures.map((m, i) => (i === 0 ? { ...m, title: 'B:s åtgärd' } : m)) }, readByB))
      .rejects.toBeInstanceOf(ConcurrencyError);
    const now = await coordinator.items.byId(item.id!);
    expect(now.consequence).toBe('A:s nya konsekvens');
    expect((await coordinator.measures.byId(measures[0].id!)).title).toBe('A:s åtgärd');
  });
});
