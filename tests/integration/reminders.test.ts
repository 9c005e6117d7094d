/**
 * The reminder service end to end against both emulators over HTTP (PnPjs + the Graph client), on a
 * small region this test builds itself through the Store (not the demo data): an internal control
 * measure with a delegate, two patient-safety activities with two responsible roles each, and a security
 * report whose area owner writes a chapter and reports an indicator. One follow-up period's stages, day
 * by day: dry run, real run, rerun; the second holder's answer stops the reminders for everyone; a
 * submitted chapter is not chased, a returned one is again; throttling with Retry-After; a run that died
 * between the ledger write and the send; two runs at once; a permanent Teams failure falling back to
 * e-mail for a role's new holder; escalation to the lead holder's manager.
 */
import { findPerson, managerOf, personas } from '../../server/directory/demoDirectory';
import { subEntityIdOf } from '../../src/reminders/delivery/deepLink';
import { provision } from '../../src/data/provisioning';
import { createSp } from '../../src/data/spClient';
import { createStore, Store } from '../../src/data/stores';
import { emptyChapter } from '../../src/model/chapter';
import { MEASURE_DEFAULTS } from '../../src/model/defaults';
import { withRoles } from '../../src/model/planKinds';
import { Chapter, FollowUpPeriod, Measure, PersonRef, Plan, Role } from '../../src/model/types';
import { changeHolder, reportStatus } from '../../src/plans/followUpActions';
import { claim } from '../../src/reminders/ledger';
import { runFromConfig } from '../../src/reminders/runFromConfig';
import { RunResult } from '../../src/reminders/runReminders';
import { DueReminder } from '../../src/reminders/types';
import { LocalProduct, startLocalProduct } from './localProduct';

jest.setTimeout(180_000);

interface Delivery { kind: string; to: string[]; deepLink: string | null; card: unknown; text: string }

let product: LocalProduct;
let store: Store;
let env: Record<string, string | undefined>;
const today = '2026-11-23';
/** Monday 7 December: d-14 is today, d-7 30 Nov, d-1 Fri 4 Dec (6 Dec is a Sunday), d0 7 Dec, d+3 10 Dec, esc+7 14 Dec. */
const deadline = '2026-12-07';
const at = (date: string): Date => new Date(`${date}T08:00:00+01:00`);
const run = (date: string, dryRun = false, channel = 'chat'): Promise<RunResult> =>
  runFromConfig({ now: at(date), dryRun }, { ...env, IK_REMINDER_CHANNEL: channel });

function ref(name: string): PersonRef {
  const p = findPerson(`${name}@regionnorrvik.onmicrosoft.com`);
  if (!p) throw new Error(`${name} is not in the demo directory`);
  return { upn: p.userPrincipalName, objectId: p.id, displayName: p.displayName };
}

/** The demo directory's manager of a person, as a PersonRef. */
function bossOf(person: PersonRef): PersonRef {
  const boss = managerOf(findPerson(person.upn)!.id)!;
  return { upn: boss.userPrincipalName, objectId: boss.id, displayName: boss.displayName };
}

const people = {
  icHolder: ref('johan.ekstrom'), icDelegate: ref('viktor.ahlgren'),
  leadHolder: ref('birgitta.lundqvist'), leadDelegate: ref('johanna.vikstrom'),
  coHolder: ref('hanna.carlsson'), coDelegate: ref('rebecka.molin'),
  areaOwner: ref('camilla.nord'), areaDelegate: ref('anders.mattsson'),
  newIcHolder: ref('elin.forsberg')
};
const upn = (p: PersonRef): string => p.upn.toLowerCase();

const plan = (key: string, kind: Plan['kind'], title: string): Plan =>
  ({ key, title, kind, year: 2026, unitKey: null, state: 'followUp', decisionDate: '2026-01-20', diaryNumber: '' });
const period = (key: string, planKey: string, title: string): FollowUpPeriod =>
  ({ key, planKey, title, asOfDate: '2026-11-30', deadline, state: 'open', sortOrder: 3 });
const role = (key: string, title: string, holder: PersonRef, delegate: PersonRef | null = null): Role =>
  ({ key, title, unitKey: null, holder, delegate });
const measure = (key: string, planKey: string, kind: Measure['measureKind'], title: string, roleKeys: string[]): Measure =>
  withRoles({ ...MEASURE_DEFAULTS, key, planKey, itemKey: `${planKey}:item`, title, measureKind: kind, roleKey: null, dueDate: null, method: '', closed: false }, roleKeys);

const fixture = {
  plans: [plan('rt:ic', 'internalControl', 'Internkontrollplan 2026'), plan('rt:ps', 'patientSafety', 'Handlingsplan för patientsäkerhet 2026'),
    plan('rt:sec', 'securityReport', 'Säkerhetsberättelse 2026')],
  periods: [period('rt:ic:t3', 'rt:ic', 'Tertial 3'), period('rt:ps:t3', 'rt:ps', 'Tertial 3'), period('rt:sec:year', 'rt:sec', 'Årsrapportering')],
  roles: [role('rt:role:ic', 'Regionstabschef', people.icHolder, people.icDelegate), role('rt:role:lead', 'Chefläkare', people.leadHolder, people.leadDelegate),
    role('rt:role:co', 'Läkemedelschef', people.coHolder, people.coDelegate), role('rt:role:fire', 'Brandskyddssamordnare', people.areaOwner, people.areaDelegate)],
  measures: [
    measure('rt:m:fire-round', 'rt:ic', 'measure', 'Brandskyddsrond i vårdbyggnader', ['rt:role:ic']),
    measure('rt:a:medication', 'rt:ps', 'activity', 'Läkemedelsgenomgångar för äldre', ['rt:role:lead', 'rt:role:co']),
    measure('rt:a:hygiene', 'rt:ps', 'activity', 'Följsamhet till basala hygienrutiner', ['rt:role:lead', 'rt:role:co']),
    measure('rt:i:drills', 'rt:sec', 'indicator', 'Andel genomförda utrymningsövningar', ['rt:role:fire'])
  ],
  areas: [{ key: 'area:rt-fire', title: 'Brandskydd', titleEn: 'Fire safety', ownerRoleKey: 'rt:role:fire', sortOrder: 1 }],
  chapter: emptyChapter('rt:sec', 'area:rt-fire', 'rt:sec:year')
};
const chapterKey = fixture.chapter.key;

async function deliveries(): Promise<Delivery[]> {
  return (await fetch(`${product.origin}/graph/_emulator/deliveries`)).json() as Promise<Delivery[]>;
}

async function control(path: string, method: string, body?: unknown): Promise<void> {
  const response = await fetch(`${product.origin}/graph/_emulator/${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  expect(response.ok).toBe(true);
}

const recipientsOf = (result: RunResult): string[] => result.planned.map((p) => p.recipient.toLowerCase()).sort();
const subjectsFor = (result: RunResult, person: PersonRef): string[] =>
  result.planned.find((p) => p.recipient.toLowerCase() === upn(person))?.measures ?? [];
const sentTo = (list: Delivery[], person: PersonRef): Delivery[] => list.filter((d) => d.to.some((u) => u.toLowerCase() === upn(person)));

async function setChapter(changes: Partial<Chapter>): Promise<void> {
  const current = await store.chapters.byKey(chapterKey);
  await store.chapters.update(current as Chapter, changes);
}

beforeAll(async () => {
  product = await startLocalProduct({ today });
  const sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
  await provision(sp);
  store = createStore(sp);
  for (const r of fixture.roles) await store.roles.add(r);
  for (const p of fixture.plans) await store.plans.add(p);
  for (const p of fixture.periods) await store.periods.add(p);
  for (const m of fixture.measures) await store.measures.add(m);
  await store.securityAreas.add(fixture.areas[0]);
  await store.chapters.add(fixture.chapter);
  env = { SP_SITE_URL: product.siteUrl, GRAPH_BASE_URL: product.graphUrl };
});

afterAll(async () => {
  await product.app.close();
});

describe('reminders for every kind of request over one follow-up period', () => {
  it('plans today’s first stage for every holder and delegate of every role in a dry run, and sends nothing', async () => {
    const before = (await deliveries()).length;
    const dry = await run(today, true);
    expect(dry.sent).toBe(0);
    expect((await deliveries()).length).toBe(before);
    expect(dry.planned.every((p) => p.stage === 'd-14')).toBe(true);
    expect(recipientsOf(dry)).toEqual([people.icHolder, people.icDelegate, people.leadHolder, people.leadDelegate, people.coHolder, people.coDelegate,
      people.areaOwner, people.areaDelegate].map(upn).sort());
    // Both holders and both delegates of the two-role activities are asked about both, once each.
    for (const p of [people.leadHolder, people.leadDelegate, people.coHolder, people.coDelegate]) {
      expect(subjectsFor(dry, p)).toEqual(['rt:a:hygiene', 'rt:a:medication']);
    }
    expect(subjectsFor(dry, people.areaOwner).sort()).toEqual([chapterKey, 'rt:i:drills'].sort());
    expect(dry.problems).toEqual([]);
  });

  it('sends one chat card per recipient that says what is asked, with deep links to each subject, and a rerun sends nothing', async () => {
    const before = (await deliveries()).length;
    const first = await run(today);
    expect(first.failed).toBe(0);
    expect(first.sent).toBe(first.planned.reduce((n, p) => n + p.measures.length, 0));
    const sent = (await deliveries()).slice(before);
    expect(sent.length).toBe(first.planned.length);
    expect(sent.every((d) => d.kind === 'chatMessage')).toBe(true);

    const [owners] = sentTo(sent, people.areaOwner);
    const ownersCard = JSON.stringify(owners.card);
    expect(ownersCard).toContain('Du har 1 indikator att rapportera utfall för och 1 kapitel att skriva.');
    expect(ownersCard).toContain('Säkerhetsberättelse: Brandskydd');
    expect(ownersCard).toContain('Skriv och lämna in kapitlet');
    expect(ownersCard).toContain('Rapportera utfall för indikatorn');
    const links = [...ownersCard.matchAll(/"url":"([^"]+)"/g)].map((m) => subEntityIdOf(m[1]));
    expect(links.sort()).toEqual([chapterKey, 'rt:i:drills'].sort());

    const [colead] = sentTo(sent, people.coHolder);
    expect(JSON.stringify(colead.card)).toContain('Du har 2 aktiviteter att lämna status för.');

    const again = await run(today);
    expect(again.sent).toBe(0);
    expect((await deliveries()).length).toBe(before + sent.length);
  });

  it('stops reminding everyone once the second holder answers, stops chasing a submitted chapter, and survives throttling', async () => {
    // Written by the second holder themself: a report counts only from a holder or delegate (SharePoint's Created By).
    const asCoHolder = createStore(createSp(product.siteUrl, { emulatorUser: people.coHolder.upn }));
    await reportStatus(asCoHolder, { planKey: 'rt:ps', measureKey: 'rt:a:medication', periodKey: 'rt:ps:t3', status: 'green', comment: 'Genomförda på alla avdelningar.',
      reporter: people.coHolder, at: at('2026-11-25') });
    await setChapter({ state: 'submitted', submittedBy: people.areaOwner, submittedAt: '2026-11-27T09:00:00Z' });
    await control('faults', 'PUT', { status: 429, count: 3, retryAfter: 0 });
    const result = await run('2026-11-30');
    await control('faults', 'DELETE');
    expect(result.failed).toBe(0);
    expect(result.planned.every((p) => p.stage === 'd-7')).toBe(true);
    const asked = result.planned.flatMap((p) => p.measures);
    expect(asked).not.toContain('rt:a:medication');
    expect(asked).not.toContain(chapterKey);
    for (const p of [people.leadHolder, people.leadDelegate, people.coHolder, people.coDelegate]) expect(subjectsFor(result, p)).toEqual(['rt:a:hygiene']);
    expect(subjectsFor(result, people.areaOwner)).toEqual(['rt:i:drills']);
    expect(result.sent).toBe(asked.length);
  });

  it('chases a returned chapter again, and finishes a run that died between writing the ledger and sending, without a duplicate', async () => {
    await setChapter({ state: 'returned', returnComment: 'Komplettera med årets brandövningar.' });
    const due: DueReminder = { planKey: 'rt:sec', periodKey: 'rt:sec:year', measureKey: chapterKey, requestType: 'chapter', stage: 'd-1', reason: 'holder',
      about: null, deadline, recipient: people.areaOwner, ledgerKey: `${chapterKey}|rt:sec:year|d-1|${upn(people.areaOwner)}` };
    const dead = await claim(store, due, 'chat', 'run-that-died', new Date(at('2026-12-04').getTime() - 30 * 60_000));
    expect(dead.outcome).toBe('claimed');
    const before = sentTo(await deliveries(), people.areaOwner).length;
    const result = await run('2026-12-04');
    expect(result.failed).toBe(0);
    expect(subjectsFor(result, people.areaOwner).sort()).toEqual([chapterKey, 'rt:i:drills'].sort());
    const toOwner = sentTo(await deliveries(), people.areaOwner);
    expect(toOwner.length).toBe(before + 1);
    expect(JSON.stringify(toOwner[toOwner.length - 1].card)).toContain('Påminnelse: svaren ska lämnas senast 7 december 2026');
    expect((await store.reminderLedger.byKey(due.ledgerKey))?.state).toBe('sent');
    expect((await run('2026-12-04')).sent).toBe(0);
  });

  it('lets only one of two simultaneous runs send each reminder', async () => {
    const before = (await deliveries()).length;
    const dry = await run('2026-12-07', true);
    const [a, b] = await Promise.all([run('2026-12-07'), run('2026-12-07')]);
    const due = dry.planned.reduce((n, p) => n + p.measures.length, 0);
    expect(due).toBeGreaterThan(0);
    expect(a.sent + b.sent).toBe(due);
    const recipients = (await deliveries()).slice(before).flatMap((d) => d.to.map((u) => u.toLowerCase()));
    expect(new Set(recipients).size).toBe(recipients.length);
  });

  it('falls back to e-mail when Teams delivery fails for good, and reaches a role’s new holder instead of the old', async () => {
    const [icRole] = await store.roles.where({ title: 'Regionstabschef' });
    await changeHolder(store, icRole, people.newIcHolder);
    await control('teams-blocked', 'PUT', { users: [people.newIcHolder.upn] });
    const before = (await deliveries()).length;
    const result = await run('2026-12-10');
    await control('teams-blocked', 'PUT', { users: [] });
    expect(result.failed).toBe(0);
    expect(result.planned.every((p) => p.stage === 'd+3')).toBe(true);
    const sent = (await deliveries()).slice(before);
    expect(sentTo(sent, people.newIcHolder).map((d) => d.kind)).toEqual(['mail']);
    expect(sentTo(sent, people.newIcHolder)[0].text).toContain('Lämna status');
    expect(subjectsFor(result, people.icHolder)).toEqual([]);
  });

  it('escalates a week after the deadline to the lead holder’s manager only, naming what is missing', async () => {
    const before = (await deliveries()).length;
    const result = await run('2026-12-14');
    expect(result.planned.every((p) => p.stage === 'esc+7')).toBe(true);
    const [leadBoss, coBoss, ownerBoss, icBoss] = [people.leadHolder, people.coHolder, people.areaOwner, people.newIcHolder].map(bossOf);
    expect(upn(coBoss)).not.toBe(upn(leadBoss));
    expect(recipientsOf(result)).toEqual([leadBoss, ownerBoss, icBoss].map(upn).sort());
    expect(subjectsFor(result, leadBoss)).toEqual(['rt:a:hygiene']);
    const sent = (await deliveries()).slice(before);
    const toOwnerBoss = JSON.stringify(sentTo(sent, ownerBoss)[0].card);
    expect(toOwnerBoss).toContain(`Eskalering: ${people.areaOwner.displayName} har inte svarat`);
    expect(toOwnerBoss).toContain('1 indikator saknar utfall och 1 kapitel har inte lämnats in');
    expect(JSON.stringify(sentTo(sent, leadBoss)[0].card)).toContain(people.leadHolder.displayName);
  });
});
