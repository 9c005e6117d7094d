/**
 * Setup problems are not hidden (issue 10 §6), against both emulators over HTTP: a run's problems — a role without
 * a holder, a disabled account, a holder whose UPN reaches nobody, a missing Graph permission, a holder without a
 * manager — reach the coordinators (the members of the coordinators' group) as one digest per run, in Swedish,
 * and a rerun the same day does not send it again. A 403 for a permission the app lacks is a configuration
 * problem: the channel stops, nothing goes by e-mail instead, and the reminders wait in the ledger until the
 * permission is back, then go out once; a 403 about the person still falls back to e-mail.
 *
 * One small plan followed through its stages (deadline Monday 7 December 2026): d-14 on 23 November, d-7 on 30
 * November, d-1 on 4 December, d0 on 7 December, escalation on 14 December.
 */
import '@pnp/sp/site-users/web';
import { demoDirectory, findPerson, managerOf, personas } from '../../server/directory/demoDirectory';
import { provision } from '../../src/data/provisioning';
import { createSp } from '../../src/data/spClient';
import { createStore, Store } from '../../src/data/stores';
import { MEASURE_DEFAULTS } from '../../src/model/defaults';
import { withRoles } from '../../src/model/planKinds';
import { FollowUpPeriod, Measure, PersonRef, Plan, ReminderLedgerEntry, Role } from '../../src/model/types';
import { addGroupMembers } from '../../src/security/groupSync';
import { PRODUCT_GROUPS } from '../../src/security/roles';
import { provisionPermissions } from '../../src/security/sitePermissions';
import { ServiceRunResult, runFromConfig } from '../../src/reminders/runFromConfig';
import { LocalProduct, startLocalProduct } from './localProduct';

jest.setTimeout(180_000);

interface Delivery { kind: string; to: string[]; subject: string | null; text: string; card: unknown }

const deadline = '2026-12-07';
const at = (date: string): Date => new Date(`${date}T08:00:00+01:00`);

function ref(local: string): PersonRef {
  const p = findPerson(`${local}@regionnorrvik.onmicrosoft.com`);
  if (!p) throw new Error(`${local} is not in the demo directory`);
  return { upn: p.userPrincipalName, objectId: p.id, displayName: p.displayName };
}

const director = demoDirectory.find((p) => p.managerId === null)!;
const people = {
  holder: ref('helena.dahl'), delegate: ref('viktor.ahlgren'), disabled: ref('hanna.carlsson'),
  director: { upn: director.userPrincipalName, objectId: director.id, displayName: director.displayName }
};
const coordinators = [personas.coordinator, personas.securityCoordinator].map((u) => u.toLowerCase());
const lower = (p: PersonRef): string => p.upn.toLowerCase();

const plan: Plan = { key: 'su:plan', title: 'Internkontrollplan 2026', kind: 'internalControl', year: 2026, unitKey: null, state: 'followUp',
  decisionDate: '2026-01-20', diaryNumber: '' };
const period: FollowUpPeriod = { key: 'su:t3', planKey: plan.key, title: 'Tertial 3', asOfDate: '2026-11-30', deadline, state: 'open', sortOrder: 3 };
const role = (key: string, title: string, holder: PersonRef | null, delegate: PersonRef | null = null): Role => ({ key, title, unitKey: null, holder, delegate });
const measure = (key: string, title: string, roleKey: string): Measure =>
  withRoles({ ...MEASURE_DEFAULTS, key, planKey: plan.key, itemKey: `${plan.key}:item`, title, measureKind: 'measure', roleKey: null, dueDate: null,
    method: '', closed: false }, [roleKey]);

let product: LocalProduct;
let store: Store;
let env: Record<string, string | undefined>;
/** The holder whose stored UPN has a typo: Teams and mail both refuse it, for good. */
let broken: PersonRef;

const run = (date: string, channel = 'chat'): Promise<ServiceRunResult> => runFromConfig({ now: at(date), dryRun: false }, { ...env, IK_REMINDER_CHANNEL: channel });

async function deliveries(): Promise<Delivery[]> {
  return (await fetch(`${product.origin}/graph/_emulator/deliveries`)).json() as Promise<Delivery[]>;
}

async function control(path: string, method: string, body?: unknown): Promise<void> {
  const response = await fetch(`${product.origin}/graph/_emulator/${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  expect(response.ok).toBe(true);
}

/** What a run delivered: everything after `before`, split into the coordinators' digests and the rest. */
async function delivered(before: number): Promise<{ digests: Delivery[]; reminders: Delivery[] }> {
  const list = (await deliveries()).slice(before);
  const isDigest = (d: Delivery): boolean => d.to.some((u) => coordinators.includes(u.toLowerCase())) && /Att åtgärda efter påminnelserna/.test(d.text);
  return { digests: list.filter(isDigest), reminders: list.filter((d) => !isDigest(d)) };
}

const to = (list: Delivery[], person: PersonRef): Delivery[] => list.filter((d) => d.to.some((u) => u.toLowerCase() === lower(person)));

async function ledgerOf(stage: string): Promise<ReminderLedgerEntry[]> {
  return (await store.reminderLedger.where({ periodKey: period.key })).filter((e) => e.stage === stage);
}

beforeAll(async () => {
  product = await startLocalProduct({ today: '2026-11-23' });
  const sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
  await provision(sp);
  store = createStore(sp);
  const siteUser = await sp.web.ensureUser(`i:0#.f|membership|${ref('jonas.falk').upn}`);
  broken = { upn: 'jonas.falk.regionnorrvik.onmicrosoft.com', objectId: '', displayName: 'Jonas Falk', siteUserId: siteUser.Id };
  for (const r of [role('su:r:a', 'Avdelningschef administration', people.holder), role('su:r:b', 'Kanslichef', null, people.delegate),
    role('su:r:c', 'Läkemedelschef', people.disabled), role('su:r:d', 'Regiondirektör', people.director)]) {
    await store.roles.add(r);
  }
  await store.plans.add(plan);
  await store.periods.add(period);
  for (const m of [measure('su:m:a', 'Kontroll av attestordning', 'su:r:a'), measure('su:m:b', 'Uppföljning av delegationsbeslut', 'su:r:b'),
    measure('su:m:c', 'Läkemedelsförråd', 'su:r:c'), measure('su:m:d', 'Regionövergripande riskanalys', 'su:r:d'),
    measure('su:m:e', 'Transport av farligt gods', 'su:r:e')]) {
    await store.measures.add(m);
  }
  await provisionPermissions(sp, store);
  await addGroupMembers(sp, PRODUCT_GROUPS.coordinators.title, coordinators);
  // Stored after provisioning, which would refuse to add a UPN nobody has to the reporters' group.
  await store.roles.add(role('su:r:e', 'Säkerhetsrådgivare', broken));
  await control('disabled-accounts', 'PUT', { users: [people.disabled.upn] });
  env = { SP_SITE_URL: product.siteUrl, GRAPH_BASE_URL: product.graphUrl };
});

afterAll(async () => {
  await product.app.close();
});

describe('the coordinators hear of the run’s problems once a day', () => {
  it('sends each coordinator one digest in Swedish naming the role without a holder, the disabled account and the holder nobody reached', async () => {
    const before = (await deliveries()).length;
    const result = await run('2026-11-23');
    const { digests, reminders } = await delivered(before);
    expect(result.sent).toBe(3);
    expect(reminders.filter((d) => d.kind === 'chatMessage').flatMap((d) => d.to.map((u) => u.toLowerCase())).sort())
      .toEqual([people.holder, people.delegate, people.director].map(lower).sort());
    expect(to(reminders, people.disabled)).toEqual([]);
    expect(result.digest).toMatchObject({ sent: 2, skipped: 0, failed: 0, problem: null });
    expect(digests.map((d) => d.to[0].toLowerCase()).sort()).toEqual([...coordinators].sort());
    expect(digests.every((d) => d.kind === 'chatMessage')).toBe(true);
    const text = digests[0].text;
    expect(text).toContain('Att åtgärda efter påminnelserna 23 november 2026');
    expect(text).toContain('Rollen Kanslichef saknar innehavare. Det gäller Uppföljning av delegationsbeslut (Internkontrollplan 2026).');
    expect(text).toContain('Kontot för Hanna Carlsson är inaktiverat och fick ingen påminnelse om Läkemedelsförråd (Internkontrollplan 2026).');
    expect(text).toMatch(/Jonas Falk \(1 uppgift\): påminnelsen kom inte fram\. Felet: chat: 404 .*; mail: 400 ErrorInvalidRecipients/);
  });

  it('does not send the digest again on a rerun the same day with the same problems', async () => {
    const before = (await deliveries()).length;
    const again = await run('2026-11-23');
    expect(again.notices.length).toBeGreaterThan(0);
    expect(again.digest).toMatchObject({ sent: 0, skipped: 2 });
    expect((await deliveries()).length).toBe(before);
  });
});

describe('a Graph permission the app lacks is a configuration problem', () => {
  it('stops the chat channel without Chat.Create: nothing by e-mail instead, the reminders stay unsent, the coordinators get the digest by mail', async () => {
    await control('permissions', 'PUT', { missing: ['Chat.Create'] });
    const before = (await deliveries()).length;
    const result = await run('2026-11-30');
    const { digests, reminders } = await delivered(before);
    expect(result.sent).toBe(0);
    expect(reminders).toEqual([]);
    expect(result.missingPermissions.map((m) => [m.permission, m.use])).toEqual([['Chat.Create', 'chat']]);
    const entries = await ledgerOf('d-7');
    expect(entries.length).toBe(4);
    expect(entries.every((e) => e.state === 'failed' && /Missing scope permissions/.test(e.lastError))).toBe(true);
    expect(digests.map((d) => d.kind)).toEqual(['mail', 'mail']);
    expect(digests[0].subject).toBe('Internkontroll 365: Att åtgärda efter påminnelserna 30 november 2026');
    expect(digests[0].text).toContain('Tjänsten saknar behörigheten Chat.Create i Microsoft Graph för påminnelser i Teams-chatt. 4 påminnelser skickades inte');

    const rerun = await run('2026-11-30');
    expect(rerun.sent).toBe(0);
    expect(rerun.digest).toMatchObject({ sent: 0, skipped: 2 });
    expect((await deliveries()).length).toBe(before + 2);
  });

  it('sends the waiting reminders once when the permission is back, and a person Teams refuses still gets e-mail', async () => {
    await control('permissions', 'DELETE');
    await control('teams-blocked', 'PUT', { users: [people.holder.upn] });
    const before = (await deliveries()).length;
    const result = await run('2026-11-30');
    await control('teams-blocked', 'DELETE');
    const { reminders } = await delivered(before);
    expect(result.missingPermissions).toEqual([]);
    expect(result.sent).toBe(3);
    expect(to(reminders, people.holder).map((d) => d.kind)).toEqual(['mail']);
    expect(to(reminders, people.delegate).map((d) => d.kind)).toEqual(['chatMessage']);
    expect(to(reminders, people.director).map((d) => d.kind)).toEqual(['chatMessage']);
    expect((await ledgerOf('d-7')).filter((e) => e.state === 'sent').map((e) => e.recipientUpn).sort())
      .toEqual([people.holder, people.delegate, people.director].map(lower).sort());

    const after = (await deliveries()).length;
    expect((await run('2026-11-30')).sent).toBe(0);
    expect((await delivered(after)).reminders).toEqual([]);
  });

  it('stops the activity feed without TeamsActivity.Send and mails no reminder instead', async () => {
    await control('permissions', 'PUT', { missing: ['TeamsActivity.Send'] });
    const before = (await deliveries()).length;
    const result = await run('2026-12-07', 'activity');
    const { digests, reminders } = await delivered(before);
    expect(reminders).toEqual([]);
    expect(result.missingPermissions.map((m) => m.permission)).toEqual(['TeamsActivity.Send']);
    expect(digests.map((d) => d.kind)).toEqual(['mail', 'mail']);
    expect(digests[0].text).toContain('Tjänsten saknar behörigheten TeamsActivity.Send i Microsoft Graph för aviseringar i Teams aktivitetsflöde.');

    await control('permissions', 'DELETE');
    const restored = (await deliveries()).length;
    expect((await run('2026-12-07', 'activity')).sent).toBe(3);
    expect((await delivered(restored)).reminders.map((d) => d.kind)).toEqual(['activityNotification', 'activityNotification', 'activityNotification']);
  });

  it('holds the escalations without User.Read.All instead of reporting managers missing, and sends them once it is back', async () => {
    await control('permissions', 'PUT', { missing: ['User.Read.All'] });
    const before = (await deliveries()).length;
    const held = await run('2026-12-14');
    const { digests, reminders } = await delivered(before);
    expect(reminders).toEqual([]);
    expect(held.missingPermissions.map((m) => [m.permission, m.use])).toEqual([['User.Read.All', 'directory']]);
    expect(held.notices.some((n) => n.kind === 'noManager')).toBe(false);
    expect(digests).toHaveLength(2);
    expect(digests[0].text).toContain('Tjänsten saknar behörigheten User.Read.All i Microsoft Graph för att läsa chefer och konton i katalogen. Därför skickades inga eskaleringar');

    await control('permissions', 'DELETE');
    const restored = (await deliveries()).length;
    const sent = await run('2026-12-14');
    const after = await delivered(restored);
    const boss = managerOf(findPerson(people.holder.upn)!.id)!;
    expect(to(after.reminders, ref(boss.userPrincipalName.split('@')[0])).map((d) => d.kind)).toEqual(['chatMessage']);
    expect(sent.notices).toContainEqual({ kind: 'noManager', person: people.director.displayName,
      subjects: [{ title: 'Regionövergripande riskanalys', plan: plan.title }] });
    expect(after.digests[0].text).toContain(`${people.director.displayName} har ingen chef i katalogen, så förseningen kunde inte eskaleras`);
    expect((await run('2026-12-14')).sent).toBe(0);
  });
});
