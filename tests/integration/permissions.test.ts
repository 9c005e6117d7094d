/**
 * SECURITY.md's rules, tried as each persona over SharePoint's REST API with PnPjs, the way a curious employee
 * would try them: the demo region seeded and its permissions provisioned (twice), then every persona with their
 * own client. Each test is named after the rule it proves.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import { demoDirectory, personas } from '../../server/directory/demoDirectory';
import { createSp } from '../../src/data/spClient';
import { createStore, Store } from '../../src/data/stores';
import { changeHolder, reportStatus } from '../../src/plans/followUpActions';
import { collectBoardPage } from '../../src/board/boardData';
import { startPlanLoad } from '../../src/components/shared/planLoad';
import { loadMyRequests } from '../../src/followups/loadMyRequests';
import { responsibleRoles } from '../../src/model/planKinds';
import { planReminders } from '../../src/reminders/planning';
import { provisionPermissions } from '../../src/security/sitePermissions';
import { loadSecurityReport } from '../../src/plans/chapterActions';
import { saveItem } from '../../src/plans/itemActions';
import { allows, may } from '../../src/data/permissions';
import { LocalProduct, startSeededProduct } from './localProduct';

jest.setTimeout(120_000);

let product: LocalProduct;
let store: Store;
const as = (upn: string): SPFI => createSp(product.siteUrl, { emulatorUser: upn });
const statusOf = async (call: Promise<unknown>): Promise<number> => {
  try {
    await call;
    return 200;
  } catch (error) {
    return (error as { status?: number }).status ?? -1;
  }
};
const list = (sp: SPFI, title: string) => sp.web.lists.getByTitle(title);

beforeAll(async () => {
  ({ product, store } = await startSeededProduct('2026-11-23'));
});
afterAll(async () => {
  await product.app.close();
});

describe('after provisioning, run twice', () => {
  it('provisioning a second time changes nothing', async () => {
    const second = await provisionPermissions(as(personas.coordinator), store);
    expect(second).toEqual({ groupsCreated: [], groupsChanged: [], levelChanged: false, listsSecured: [], assignmentsAdded: [], assignmentsRemoved: [], membersAdded: [],
      membersRemoved: [], itemsSecured: [] });
  });

  it('who coordinates can be seen by everyone on the site; who is entitled to secrets, by the group and its owners only', async () => {
    const manager = as(personas.manager);
    const coordinators = await manager.web.siteGroups.getByName('Internkontroll – samordnare').users.select('UserPrincipalName')<Array<{ UserPrincipalName: string }>>();
    expect(coordinators.map((u) => u.UserPrincipalName.toLowerCase())).toContain(personas.coordinator.toLowerCase());
    expect(await statusOf(manager.web.siteGroups.getByName('Internkontroll – sekretessbehöriga').users())).toBe(403);
    expect(await statusOf(as(personas.coordinator).web.siteGroups.getByName('Internkontroll – sekretessbehöriga').users())).toBe(200);
  });

  it('plans, risks and measures can be changed by coordinators only', async () => {
    const manager = as(personas.manager);
    const plan = (await store.plans.all())[0];
    const item = (await store.items.all()).find((i) => !i.confidential)!;
    const measure = (await store.measures.all()).find((m) => !m.confidential)!;
    expect(await statusOf(list(manager, 'IkPlans').items.getById(plan.id!).update({ Title: 'Ändrad av chef' }))).toBe(403);
    expect(await statusOf(list(manager, 'IkItems').items.getById(item.id!).update({ Title: 'Ändrad av chef' }))).toBe(403);
    expect(await statusOf(list(manager, 'IkMeasures').items.getById(measure.id!).delete())).toBe(403);
    expect(await statusOf(list(manager, 'IkItems').items.add({ Title: 'Ny risk av chef' }))).toBe(403);
    const coordinator = as(personas.coordinator);
    expect(await statusOf(list(coordinator, 'IkPlans').items.getById(plan.id!).update({ Title: plan.title }))).toBe(200);
  });

  it('a status report can be added by a responsible person', async () => {
    const manager = as(personas.manager);
    const added = await list(manager, 'IkStatusReports').items.add({ Title: 'Rapport', IkKey: 'permissions-test-report', IkPlanKey: 'p', IkMeasureKey: 'm', IkPeriodKey: 'x',
      IkReportedAt: '2026-11-23T10:00:00Z' });
    expect(added.Id).toBeGreaterThan(0);
    const row = await list(as(personas.coordinator), 'IkStatusReports').items.getById(added.Id).select('Author/EMail').expand('Author')<{ Author: { EMail: string } }>();
    expect(row.Author.EMail.toLowerCase()).toBe(personas.manager.toLowerCase());
  });

  it('a status report can be changed only by whoever wrote it, and never deleted by them', async () => {
    const manager = as(personas.manager);
    const own = await list(manager, 'IkStatusReports').items.add({ Title: 'Egen', IkKey: 'permissions-test-own', IkPlanKey: 'p', IkMeasureKey: 'm', IkPeriodKey: 'x',
      IkReportedAt: '2026-11-23T10:00:00Z' });
    expect(await statusOf(list(manager, 'IkStatusReports').items.getById(own.Id).update({ IkComment: 'Rättad' }))).toBe(200);
    expect(await statusOf(list(manager, 'IkStatusReports').items.getById(own.Id).delete())).toBe(403);
    const other = (await store.statusReports.all()).find((r) => r.key !== 'permissions-test-own' && r.key !== 'permissions-test-report')!;
    expect(await statusOf(list(manager, 'IkStatusReports').items.getById(other.id!).update({ IkComment: 'Någon annans' }))).toBe(403);
    // Someone who answers for nothing (no role, no delegation) reads the reports and cannot add one.
    const roles = await store.roles.all();
    const answering = new Set(roles.flatMap((r) => [r.holder?.upn, r.delegate?.upn]).filter((u): u is string => Boolean(u)).map((u) => u.toLowerCase()));
    const reader = demoDirectory.find((p) => !answering.has(p.userPrincipalName.toLowerCase()) && !Object.values(personas).includes(p.userPrincipalName))!;
    expect(await statusOf(list(as(reader.userPrincipalName), 'IkStatusReports').items.top(1)())).toBe(200);
    expect(await statusOf(list(as(reader.userPrincipalName), 'IkStatusReports').items.add({ Title: 'Läsare', IkKey: 'permissions-test-reader',
      IkPlanKey: 'p', IkMeasureKey: 'm', IkPeriodKey: 'x', IkReportedAt: '2026-11-23T10:00:00Z' }))).toBe(403);
  });

  it('a confidential risk can be read only by the coordinators, the entitled group and the responsible', async () => {
    const secret = (await store.items.all()).find((i) => i.confidential)!;
    const secretary = as(personas.boardSecretary);
    expect(await statusOf(list(secretary, 'IkItems').items.getById(secret.id!)())).toBe(404);
    const byQuery = await list(secretary, 'IkItems').items.filter(`IkKey eq '${secret.key}'`)();
    expect(byQuery).toEqual([]);
    const all = await list(secretary, 'IkItems').items.select('IkKey').top(5000)<Array<{ IkKey: string }>>();
    expect(all.map((r) => r.IkKey)).not.toContain(secret.key);
    const measures = (await store.measures.all()).filter((m) => m.itemKey === secret.key);
    for (const m of measures) expect(await statusOf(list(secretary, 'IkMeasures').items.getById(m.id!)())).toBe(404);
    expect(await statusOf(list(as(personas.coordinator), 'IkItems').items.getById(secret.id!)())).toBe(200);
  });

  it('a security area\'s chapter can be changed only by the owner of that area and the coordinators', async () => {
    const areas = await store.securityAreas.all();
    const chapters = await store.chapters.all();
    const fire = areas.find((a) => chapters.some((c) => c.areaKey === a.key) && a.key.includes('brand'))!;
    const own = chapters.find((c) => c.areaKey === fire.key)!;
    const other = chapters.find((c) => c.areaKey !== fire.key)!;
    const owner = as(personas.areaOwner);
    expect(await statusOf(list(owner, 'IkChapters').items.getById(own.id!).update({ IkFollowUp: 'Övning genomförd.' }))).toBe(200);
    expect(await statusOf(list(owner, 'IkChapters').items.getById(other.id!).update({ IkFollowUp: 'Inte mitt område.' }))).toBe(403);
    expect(await statusOf(list(as(personas.coordinator), 'IkChapters').items.getById(other.id!).update({ IkFollowUp: other.followUp }))).toBe(200);
  });

  it('the security report offers a chapter\'s editor and decisions only where SharePoint lets the person make them', async () => {
    const [plan] = (await store.plans.all()).filter((p) => p.kind === 'securityReport');
    const fireKey = (await store.securityAreas.all()).find((a) => a.key.includes('brand'))!.key;
    const load = (upn: string) => loadSecurityReport(createStore(as(upn)), plan.key, { today: '2026-11-23' });
    const owner = await load(personas.areaOwner);
    const own = owner.areas.find((a) => a.area.key === fireKey)!.chapter;
    const others = owner.areas.filter((a) => a.area.key !== fireKey && a.chapter.id !== undefined).map((a) => a.chapter);
    expect(own.id).toBeDefined();
    expect(others.length).toBeGreaterThan(0);
    // Each stored chapter's own permissions come with the report, read in its second round trip.
    expect(allows(owner.chapterPermissions?.get(own.key), 'edit')).toBe(true);
    expect(others.every((c) => !allows(owner.chapterPermissions?.get(c.key), 'edit'))).toBe(true);
    expect(may(owner.permissions, 'IkChapters', 'edit')).toBe(false);
    const secretary = await load(personas.boardSecretary);
    expect([...secretary.chapterPermissions!.values()].some((m) => allows(m, 'edit'))).toBe(false);
    const coordinator = await load(personas.coordinator);
    expect(may(coordinator.permissions, 'IkChapters', 'edit')).toBe(true);
    expect([...coordinator.chapterPermissions!.values()].every((m) => allows(m, 'edit'))).toBe(true);
  });

  it('a risk marked confidential is secret at once, before provisioning runs again, and readable again when unmarked', async () => {
    const coordinator = createStore(as(personas.coordinator));
    const roles = new Map((await coordinator.roles.all()).map((r) => [r.key, r]));
    const measures = await coordinator.measures.all();
    const reports = await coordinator.statusReports.all();
    // A risk of the plan under follow-up with a reported measure whose holder is not the manager.
    const plans = new Map((await coordinator.plans.all()).map((p) => [p.key, p]));
    const items = (await coordinator.items.all()).filter((i) => !i.confidential && plans.get(i.planKey)?.kind === 'internalControl');
    const pick = items.map((item) => ({ item, own: measures.filter((m) => m.itemKey === item.key && !m.confidential) }))
      .find(({ own }) => own.length > 0 && own.every((m) => responsibleRoles(m).every((k) => roles.get(k)?.holder?.upn.toLowerCase() !== personas.manager.toLowerCase()))
        && own.some((m) => reports.some((r) => r.measureKey === m.key)) && own.some((m) => responsibleRoles(m).some((k) => roles.get(k)?.holder)))!;
    const measure = pick.own.find((m) => reports.some((r) => r.measureKey === m.key))!;
    const report = reports.find((r) => r.measureKey === measure.key)!;
    const holder = pick.own.flatMap((m) => responsibleRoles(m)).map((k) => roles.get(k)?.holder?.upn).find(Boolean)!;
    const reads = async (upn: string): Promise<number[]> => Promise.all([
      statusOf(list(as(upn), 'IkItems').items.getById(pick.item.id!)()), statusOf(list(as(upn), 'IkMeasures').items.getById(measure.id!)()),
      statusOf(list(as(upn), 'IkStatusReports').items.getById(report.id!)())]);
    expect(await reads(personas.manager)).toEqual([200, 200, 200]);

    const original = { item: pick.item, measures: pick.own };
    const marked = await saveItem(coordinator, { ...original, item: { ...pick.item, confidential: true } }, original);
    expect(marked.secrecy).toBe('applied');
    expect(await reads(personas.manager)).toEqual([404, 404, 404]);
    expect(await reads(personas.boardSecretary)).toEqual([404, 404, 404]);
    expect((await reads(holder))[0]).toBe(200);
    expect(await reads(personas.coordinator)).toEqual([200, 200, 200]);

    const again = { item: (await coordinator.items.byKey(pick.item.key))!, measures: await coordinator.measures.where({ itemKey: pick.item.key }) };
    const unmarked = await saveItem(coordinator, { ...again, item: { ...again.item, confidential: false } }, again);
    expect(unmarked.secrecy).toBe('applied');
    expect(await reads(personas.manager)).toEqual([200, 200, 200]);
  });

  it('a person given a role can report at once', async () => {
    const roles = await store.roles.all();
    const answering = new Set(roles.flatMap((r) => [r.holder?.upn, r.delegate?.upn]).filter((u): u is string => Boolean(u)).map((u) => u.toLowerCase()));
    const newcomer = demoDirectory.find((p) => !answering.has(p.userPrincipalName.toLowerCase()) && !Object.values(personas).includes(p.userPrincipalName))!;
    const report = { Title: 'Nyss ansvarig', IkKey: 'permissions-test-newcomer', IkPlanKey: 'p', IkMeasureKey: 'm', IkPeriodKey: 'x', IkReportedAt: '2026-11-23T10:00:00Z' };
    expect(await statusOf(list(as(newcomer.userPrincipalName), 'IkStatusReports').items.add(report))).toBe(403);
    const role = roles.find((r) => r.holder)!;
    await changeHolder(createStore(as(personas.coordinator)), role, { upn: newcomer.userPrincipalName, objectId: newcomer.id, displayName: newcomer.displayName });
    expect(await statusOf(list(as(newcomer.userPrincipalName), 'IkStatusReports').items.add(report))).toBe(200);
  });

  it('who wrote a report is SharePoint\'s Created By, never a value the client sends', async () => {
    const manager = createStore(as(personas.manager));
    const measure = (await manager.measures.all())[0];
    const claimed = { upn: personas.coordinator, objectId: '', displayName: 'Någon annan' };
    const written = await manager.statusReports.add({ key: 'permissions-test-claimed', planKey: measure.planKey, measureKey: measure.key, periodKey: 'x',
      status: 'green', comment: 'Påstår sig vara någon annan', reportedBy: claimed, reportedAt: '2026-11-23T10:00:00Z', value: null, valueWomen: null,
      valueMen: null, statusReason: '' });
    const read = (await store.statusReports.byKey(written.key))!;
    expect(read.reportedBy?.upn.toLowerCase()).toBe(personas.manager.toLowerCase());
    expect(read.reportedBy?.displayName).not.toBe('Någon annan');
  });

  it('a report by someone who held neither the role nor its delegation when writing it does not count', async () => {
    const roles = await store.roles.all();
    // Roles the manager holds or stands in for, or did (a role whose holder changed keeps its earlier holders).
    const excluded = new Set(roles.filter((r) => r.tenures?.length || [r.holder?.upn, r.delegate?.upn].some((u) => u?.toLowerCase() === personas.manager.toLowerCase())).map((r) => r.key));
    const periods = (await store.periods.all()).filter((p) => p.state === 'open');
    const measures = await store.measures.all();
    const reports = await store.statusReports.all();
    // An open request of another role, in an internal control plan, not yet answered: the manager answers it anyway.
    const target = measures.find((m) => !m.closed && !m.confidential && m.measureKind === 'measure' && responsibleRoles(m).length > 0 && !responsibleRoles(m).some((k) => excluded.has(k))
      && periods.some((p) => p.planKey === m.planKey && !reports.some((r) => r.measureKey === m.key && r.periodKey === p.key)))!;
    const period = periods.find((p) => p.planKey === target.planKey && !reports.some((r) => r.measureKey === target.key && r.periodKey === p.key))!;
    const holder = roles.find((r) => r.key === responsibleRoles(target)[0])!.holder!;
    await reportStatus(createStore(as(personas.manager)), { planKey: target.planKey, measureKey: target.key, periodKey: period.key, status: 'green',
      comment: 'Allt klart (skrivet av fel person)', reporter: null, at: new Date('2026-11-23T09:00:00Z') });
    // The holder is still asked, and the report is named as one that does not count.
    const mine = await loadMyRequests(createStore(as(holder.upn)), holder.upn, '2026-11-23');
    expect(mine.requests.some((r) => r.subject.key === target.key && r.period.key === period.key)).toBe(true);
    expect(mine.flagged.map((r) => r.measureKey)).toContain(target.key);
    // The plan's views leave it out of the statuses and list it.
    const view = await startPlanLoad(createStore(as(personas.coordinator)), '2026-11-23', target.planKey, period.key, {}).full;
    expect(view?.reports.some((r) => r.measureKey === target.key && r.periodKey === period.key)).toBe(false);
    expect(view?.flaggedReports.map((r) => r.measureKey)).toContain(target.key);
    // A board paper leaves it out.
    const page = await collectBoardPage(store, target.planKey, period.key);
    expect(page.data.reports.some((r) => r.measureKey === target.key && r.periodKey === period.key)).toBe(false);
    expect(page.leftOut.map((r) => r.measureKey)).toContain(target.key);
    // Reminder planning reminds as if it had not been written.
    const input = { today: '2026-11-23', plans: await store.plans.all(), periods: await store.periods.all(), measures, roles, ledger: [], managers: new Map(),
      disabled: new Set<string>() };
    const all = await store.statusReports.all();
    expect(planReminders({ ...input, reports: all }).due).toEqual(planReminders({ ...input, reports: all.filter((r) => !page.leftOut.some((f) => f.key === r.key)) }).due);
  });

  it('every change of a role\'s holder is recorded, with who made it and when', async () => {
    const coordinator = createStore(as(personas.coordinator));
    const role = (await coordinator.roles.all()).find((r) => r.holder && r.delegate && !r.tenures?.length)!;
    const before = role.holder!;
    const next = demoDirectory.find((p) => p.userPrincipalName.toLowerCase() !== before.upn.toLowerCase() && !Object.values(personas).includes(p.userPrincipalName))!;
    const { role: changed } = await changeHolder(coordinator, role, { upn: next.userPrincipalName, objectId: next.id, displayName: next.displayName },
      new Date('2026-11-23T13:00:00Z'));
    expect(changed.tenures?.map((t) => [t.from, t.holder])).toEqual([['', before.upn.toLowerCase()], ['2026-11-23T13:00:00Z', next.userPrincipalName.toLowerCase()]]);
    // A report the earlier holder wrote before the change still counts; SharePoint's versions name who changed the role.
    const history = await coordinator.roles.history(role.id!);
    expect(history[0].changes.map((c) => c.property)).toEqual(expect.arrayContaining(['holder', 'tenures']));
    expect(history[0].changes.find((c) => c.property === 'holder')).toMatchObject({ from: before.displayName, to: next.displayName });
    expect(history[0].editor).toMatch(/\S/);
  });

  it('the reminder ledger can be read only by coordinators', async () => {
    expect(await statusOf(list(as(personas.manager), 'IkReminderLedger').items())).toBe(404);
    expect(await statusOf(list(as(personas.coordinator), 'IkReminderLedger').items())).toBe(200);
  });
});
