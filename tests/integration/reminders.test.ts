/**
 * The reminder service end to end against both emulators over HTTP (PnPjs + the Graph client), on the
 * demo region, walking one follow-up period's stages day by day: dry run, real run, rerun; an answer
 * stops the reminders; delegates; throttling with Retry-After; a run that died between the ledger write
 * and the send; two runs at once; a permanent Teams failure falling back to e-mail; a new role holder;
 * escalation to the holder's manager.
 */
import { demoDirectory, findPerson, managerOf, personas } from '../../server/directory/demoDirectory';
import { seedDemo } from '../../server/seed';
import { createSp } from '../../src/data/spClient';
import { createStore, Store } from '../../src/data/stores';
import { reportStatus, changeHolder } from '../../src/plans/followUpActions';
import { claim } from '../../src/reminders/ledger';
import { runFromConfig } from '../../src/reminders/runFromConfig';
import { RunResult } from '../../src/reminders/runReminders';
import { LocalProduct, startLocalProduct } from './localProduct';

jest.setTimeout(180_000);

interface Delivery { kind: string; to: string[]; deepLink: string | null; card: unknown }

let product: LocalProduct;
let store: Store;
let env: Record<string, string | undefined>;
const today = '2026-11-23';
const at = (date: string): Date => new Date(`${date}T08:00:00+01:00`);
const run = (date: string, dryRun = false, channel = 'chat'): Promise<RunResult> =>
  runFromConfig({ now: at(date), dryRun }, { ...env, IK_REMINDER_CHANNEL: channel });

async function deliveries(): Promise<Delivery[]> {
  return (await fetch(`${product.origin}/graph/_emulator/deliveries`)).json() as Promise<Delivery[]>;
}

async function control(path: string, method: string, body?: unknown): Promise<void> {
  const response = await fetch(`${product.origin}/graph/_emulator/${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  expect(response.ok).toBe(true);
}

beforeAll(async () => {
  product = await startLocalProduct({ today });
  const sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
  await seedDemo(sp, today, demoDirectory);
  store = createStore(sp);
  env = { SP_SITE_URL: product.siteUrl, GRAPH_BASE_URL: product.graphUrl };
});

afterAll(async () => {
  await product.app.close();
});

describe('reminders over one follow-up period', () => {
  let firstRun: RunResult;

  it('plans reminders for today in a dry run and sends nothing', async () => {
    const before = (await deliveries()).length;
    const dry = await run(today, true);
    expect(dry.planned.length).toBeGreaterThan(0);
    expect(dry.planned.every((p) => p.stage === 'd-14')).toBe(true);
    expect(dry.sent).toBe(0);
    expect((await deliveries()).length).toBe(before);
    expect(dry.planned.find((p) => p.recipient.toLowerCase() === personas.manager)?.measures.length).toBeGreaterThanOrEqual(2);
  });

  it('sends one chat card per recipient with deep links, and a second run sends nothing', async () => {
    const before = (await deliveries()).length;
    firstRun = await run(today);
    expect(firstRun.sent).toBeGreaterThan(0);
    expect(firstRun.failed).toBe(0);
    const sent = (await deliveries()).slice(before);
    expect(sent.length).toBe(firstRun.planned.length);
    const toManager = sent.filter((d) => d.to.some((u) => u.toLowerCase() === personas.manager));
    expect(toManager).toHaveLength(1);
    expect(toManager[0]).toMatchObject({ kind: 'chatMessage' });
    expect(toManager[0].deepLink).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/entity\//);
    const again = await run(today);
    expect(again.sent).toBe(0);
    expect((await deliveries()).length).toBe(before + sent.length);
  });

  it('reminds the delegate as well as the holder', async () => {
    const delegated = (await store.roles.all()).find((r) => r.delegate && firstRun.planned.some((p) => p.recipient.toLowerCase() === r.holder?.upn.toLowerCase()));
    expect(delegated).toBeDefined();
    expect(firstRun.planned.map((p) => p.recipient.toLowerCase())).toContain(delegated?.delegate?.upn.toLowerCase());
  });

  it('stops reminding about a measure once it is answered, and survives throttling (429 + Retry-After)', async () => {
    const managerPlan = firstRun.planned.find((p) => p.recipient.toLowerCase() === personas.manager)!;
    const answered = managerPlan.measures[0];
    const measure = await store.measures.byKey(answered);
    const [period] = (await store.periods.where({ planKey: measure!.planKey })).filter((p) => p.state === 'open');
    await reportStatus(store, { planKey: measure!.planKey, measureKey: answered, periodKey: period.key, status: 'green', comment: 'Klart.', reporter: null, at: at('2026-11-25') });
    await control('faults', 'PUT', { status: 429, count: 3, retryAfter: 0 });
    const result = await run('2026-11-26');
    await control('faults', 'DELETE');
    expect(result.failed).toBe(0);
    expect(result.sent).toBeGreaterThan(0);
    expect(result.planned.every((p) => p.stage === 'd-7')).toBe(true);
    expect(result.planned.flatMap((p) => p.measures)).not.toContain(answered);
  });

  it('finishes a run that died between writing the ledger and sending, without a duplicate', async () => {
    const dry = await run('2026-12-02', true);
    const target = dry.planned[0];
    const measure = await store.measures.byKey(target.measures[0]);
    const [period] = (await store.periods.where({ planKey: measure!.planKey })).filter((p) => p.state === 'open');
    const person = findPerson(target.recipient)!;
    const due = { planKey: measure!.planKey, periodKey: period.key, measureKey: measure!.key, stage: target.stage, reason: 'holder' as const, about: null,
      deadline: period.deadline, recipient: { upn: person.userPrincipalName, objectId: person.id, displayName: person.displayName },
      ledgerKey: `${measure!.key}|${period.key}|${target.stage}|${person.userPrincipalName.toLowerCase()}` };
    const dead = await claim(store, due, 'chat', 'run-that-died', new Date(at('2026-12-02').getTime() - 30 * 60_000));
    expect(dead.outcome).toBe('claimed');
    const before = (await deliveries()).filter((d) => d.to.includes(person.userPrincipalName)).length;
    const result = await run('2026-12-02');
    expect(result.failed).toBe(0);
    expect((await deliveries()).filter((d) => d.to.includes(person.userPrincipalName)).length).toBe(before + 1);
    expect((await store.reminderLedger.byKey(due.ledgerKey))?.state).toBe('sent');
    expect((await run('2026-12-02')).sent).toBe(0);
  });

  it('lets only one of two simultaneous runs send each reminder', async () => {
    const before = (await deliveries()).length;
    const dry = await run('2026-12-03', true);
    const [a, b] = await Promise.all([run('2026-12-03'), run('2026-12-03')]);
    const due = dry.planned.reduce((n, p) => n + p.measures.length, 0);
    expect(a.sent + b.sent).toBe(due);
    const recipients = (await deliveries()).slice(before).flatMap((d) => d.to.map((u) => u.toLowerCase()));
    expect(new Set(recipients).size).toBe(recipients.length);
  });

  it('falls back to e-mail when Teams delivery fails for good, and reaches a role’s new holder', async () => {
    const [role] = await store.roles.where({ title: 'HR-direktör' });
    const newHolder = findPerson(personas.boardSecretary)!;
    await changeHolder(store, role, { upn: newHolder.userPrincipalName, objectId: newHolder.id, displayName: newHolder.displayName });
    await control('teams-blocked', 'PUT', { users: [newHolder.userPrincipalName] });
    const before = (await deliveries()).length;
    const result = await run('2026-12-04');
    await control('teams-blocked', 'PUT', { users: [] });
    expect(result.failed).toBe(0);
    const sent = (await deliveries()).slice(before);
    const toNew = sent.filter((d) => d.to.some((u) => u.toLowerCase() === newHolder.userPrincipalName.toLowerCase()));
    expect(toNew.map((d) => d.kind)).toEqual(['mail']);
    const oldHolder = role.holder!.upn.toLowerCase();
    expect(result.planned.some((p) => p.recipient.toLowerCase() === oldHolder && p.measures.some((m) => m.includes('hr')))).toBe(false);
  });

  it('escalates to the holder’s manager a week after the deadline', async () => {
    const before = (await deliveries()).length;
    const result = await run('2026-12-10');
    expect(result.planned.length).toBeGreaterThan(0);
    expect(result.planned.every((p) => p.stage === 'esc+7')).toBe(true);
    const holder = findPerson(personas.manager)!;
    const boss = managerOf(holder.id)!;
    expect(result.planned.map((p) => p.recipient.toLowerCase())).toContain(boss.userPrincipalName.toLowerCase());
    const escalation = (await deliveries()).slice(before).find((d) => d.to.some((u) => u.toLowerCase() === boss.userPrincipalName.toLowerCase()));
    expect(JSON.stringify(escalation?.card)).toContain(holder.displayName);
  });
});
