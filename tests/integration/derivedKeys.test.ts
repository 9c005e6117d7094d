/**
 * The copied keys the views read by (src/model/derivedKeys.ts), kept by the product's writers and put right by
 * `repairDerivedKeys`, over HTTP against the seeded demo region: the answer index follows a role's holder, a
 * risk moved to another security area takes its measures and reports along, a threat link names its goal's
 * plan, and the repair restores what an outside edit broke and changes nothing the second time.
 */
import { personas } from '../../server/directory/demoDirectory';
import { loadMyRequests } from '../../src/followups/loadMyRequests';
import { Store } from '../../src/data/stores';
import { changeHolder, saveItem } from '../../src/plans';
import { repairDerivedKeys } from '../../src/plans/derivedKeyWrites';
import { risksOfAreas, risksThreatening, threatLinks } from '../../src/plans/linkedRisks';
import { Role } from '../../src/model/types';
import { LocalProduct, startSeededProduct } from './localProduct';

const today = '2026-11-23';
let product: LocalProduct;
let store: Store;

beforeAll(async () => {
  ({ product, store } = await startSeededProduct(today));
}, 120_000);

afterAll(async () => {
  await product.app.close();
});

const openKeys = async (upn: string): Promise<string[]> => (await loadMyRequests(store, upn, today)).requests.map((r) => r.subject.key).sort();

describe('the copied keys', () => {
  it('are right after seeding: the repair finds nothing to change', async () => {
    expect(await repairDerivedKeys(store)).toEqual({ plans: 0, items: 0, measures: 0, reports: 0, links: 0, answerIndex: { added: 0, changed: 0, removed: 0 } });
    expect((await store.answerIndex.where({ upn: personas.manager.toLowerCase() })).length).toBeGreaterThan(0);
  });

  it('move the manager\'s requests to the role\'s new holder and back', async () => {
    const mine = await openKeys(personas.manager);
    const [role] = (await store.rolesOf(personas.manager)).filter((r: Role) => r.holder?.upn === personas.manager);
    expect(mine.length).toBeGreaterThan(0);
    const before = await openKeys(personas.coResponsible);
    const moved = await changeHolder(store, role, { upn: personas.coResponsible, objectId: '', displayName: 'Åsa Wennberg' });
    const gained = (await openKeys(personas.coResponsible)).filter((k) => !before.includes(k));
    expect(gained.length).toBeGreaterThan(0);
    expect((await openKeys(personas.manager)).filter((k) => gained.includes(k))).toEqual([]);
    await changeHolder(store, moved.role, role.holder);
    expect(await openKeys(personas.manager)).toEqual(mine);
    expect(await openKeys(personas.coResponsible)).toEqual(before);
  });

  it('follow a risk filed under another security area, with its measures and reports', async () => {
    const plans = await store.plans.all();
    const report = plans.find((p) => p.kind === 'securityReport' && p.year === 2026)!;
    const areas = (await store.securityAreas.all()).map((a) => a.key);
    const byArea = await risksOfAreas(store, report, plans, areas);
    const [from, linked] = [...byArea.entries()].find(([, risks]) => risks.some((r) => r.measures.some((m) => m.latest !== null)))!;
    const risk = linked.find((r) => r.measures.some((m) => m.latest !== null))!;
    const to = areas.find((a) => a !== from)!;
    const data = await store.loadPlan(risk.risk.planKey);
    const original = { item: data.items.find((i) => i.key === risk.risk.key)!, measures: data.measures.filter((m) => m.itemKey === risk.risk.key && !m.closed) };
    await saveItem(store, { item: { ...original.item, securityAreaKey: to }, measures: original.measures }, original);
    const after = await risksOfAreas(store, report, plans, areas);
    expect(after.get(from)?.some((r) => r.risk.key === risk.risk.key) ?? false).toBe(false);
    const there = after.get(to)?.find((r) => r.risk.key === risk.risk.key);
    expect(there?.measures.map((m) => [m.measure.key, m.latest?.key])).toEqual(risk.measures.map((m) => [m.measure.key, m.latest?.key]));
    expect(await repairDerivedKeys(store)).toMatchObject({ measures: 0, reports: 0 });
  });

  it('give a threat link its goal\'s plan when a risk is linked to a goal', async () => {
    const plans = await store.plans.all();
    const scorecard = plans.find((p) => p.kind === 'scorecard' && p.year === 2026)!;
    const ic = plans.find((p) => p.kind === 'internalControl' && p.year === 2026 && p.state === 'followUp')!;
    const [goals, data] = await Promise.all([store.items.where({ planKey: scorecard.key }), store.loadPlan(ic.key)]);
    const risk = data.items.find((i) => !data.links.some((l) => l.linkType === 'threatens' && l.fromKey === i.key))!;
    const original = { item: risk, measures: data.measures.filter((m) => m.itemKey === risk.key) };
    await saveItem(store, { ...original, threatens: [goals[0].key] }, original);
    const byGoal = await risksThreatening(store, scorecard, await threatLinks(store), plans);
    expect(byGoal.get(goals[0].key)?.map((r) => r.risk.key)).toContain(risk.key);
  });

  it('are restored by the repair after an outside edit removed a person\'s index entries', async () => {
    const mine = await openKeys(personas.indicatorOwner);
    const entries = await store.answerIndex.where({ upn: personas.indicatorOwner.toLowerCase() });
    await store.answerIndex.removeAll(entries);
    expect(await openKeys(personas.indicatorOwner)).toEqual([]);
    expect((await repairDerivedKeys(store)).answerIndex).toEqual({ added: entries.length, changed: 0, removed: 0 });
    expect(await openKeys(personas.indicatorOwner)).toEqual(mine);
  });
});
