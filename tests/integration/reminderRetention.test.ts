/**
 * The reminder ledger keeps personal data for a set time (issue 10 §1): 2 years unless the setting
 * `setting:reminderLedgerRetentionDays` says otherwise. Each run deletes the older entries, in pages, on a ledger
 * past SharePoint's 5,000-item threshold (the emulator refuses what SharePoint would), keeps the entries of
 * follow-up periods still open whatever their age, and does nothing more when run again.
 */
import { personas } from '../../server/directory/demoDirectory';
import { provision } from '../../src/data/provisioning';
import { createSp } from '../../src/data/spClient';
import { createStore, Store } from '../../src/data/stores';
import { ReminderLedgerEntry } from '../../src/model/types';
import { LEDGER_RETENTION_SETTING } from '../../src/reminders/retention';
import { runFromConfig } from '../../src/reminders/runFromConfig';
import { LocalProduct, startLocalProduct } from './localProduct';

jest.setTimeout(300_000);

const now = new Date('2026-11-23T08:00:00+01:00');
let product: LocalProduct;
let store: Store;
let env: Record<string, string>;

const entry = (key: string, periodKey: string, claimedAt: string): ReminderLedgerEntry => ({
  key, measureKey: key.split('|')[0], periodKey, stage: 'd-7', recipientUpn: 'helena.dahl@regionnorrvik.onmicrosoft.com', channel: 'chat',
  state: 'sent', attempts: 1, lastError: '', sentAt: claimedAt, runId: 'r', claimedAt
});
const range = (n: number, make: (i: number) => ReminderLedgerEntry): ReminderLedgerEntry[] => Array.from({ length: n }, (_, i) => make(i));

/** Three years old, of closed periods: past the default retention. */
const OLD = 5_150;
const OPEN_OLD = 30;
const RECENT = 50;

beforeAll(async () => {
  product = await startLocalProduct({ today: '2026-11-23' });
  const sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
  await provision(sp);
  store = createStore(sp);
  await store.plans.add({ key: 'rr:plan', title: 'Internkontrollplan 2024–2026', kind: 'internalControl', year: 2024, unitKey: null, state: 'followUp',
    decisionDate: '2024-01-20', diaryNumber: '' });
  await store.periods.add({ key: 'rr:open', planKey: 'rr:plan', title: 'Öppen sedan 2024', asOfDate: '2024-02-01', deadline: '2027-03-01', state: 'open', sortOrder: 1 });
  // In the order a ledger grows: the oldest first, so they have the lowest ids.
  await store.reminderLedger.addAll(range(OLD, (i) => entry(`m${i}|2023:t${i % 3}|d-7|x`, `2023:t${i % 3}`, '2023-11-01T07:00:00.000Z')));
  await store.reminderLedger.addAll(range(OPEN_OLD, (i) => entry(`o${i}|rr:open|d-7|x`, 'rr:open', '2024-02-15T07:00:00.000Z')));
  await store.reminderLedger.addAll(range(RECENT, (i) => entry(`n${i}|2026:t2|d-7|x`, '2026:t2', '2026-06-01T07:00:00.000Z')));
  env = { SP_SITE_URL: product.siteUrl, GRAPH_BASE_URL: product.graphUrl };
});

afterAll(async () => {
  await product.app.close();
});

const remaining = async (): Promise<string[]> => (await store.reminderLedger.all()).map((e) => e.key[0]);
const count = (keys: string[], first: string): number => keys.filter((k) => k === first).length;

describe('the reminder ledger’s retention', () => {
  it('deletes entries older than two years from a ledger past 5,000 entries, keeping those of open periods', async () => {
    expect((await store.reminderLedger.all()).length).toBe(OLD + OPEN_OLD + RECENT);
    const result = await runFromConfig({ now, dryRun: false }, env);
    expect(result.ledgerPruned).toBe(OLD);
    const left = await remaining();
    expect([count(left, 'm'), count(left, 'o'), count(left, 'n')]).toEqual([0, OPEN_OLD, RECENT]);
  });

  it('deletes nothing more when run again', async () => {
    expect((await runFromConfig({ now, dryRun: false }, env)).ledgerPruned).toBe(0);
    expect((await remaining()).length).toBe(OPEN_OLD + RECENT);
  });

  it('follows the setting, and reports a setting it cannot read while keeping two years', async () => {
    await store.settings.add({ key: LEDGER_RETENTION_SETTING, value: 'ett år' });
    const unreadable = await runFromConfig({ now, dryRun: false }, env);
    expect(unreadable.ledgerPruned).toBe(0);
    expect(unreadable.settingProblems).toEqual([`${LEDGER_RETENTION_SETTING}: "ett år" is not a whole number of days of at least 30`]);
    expect(unreadable.notices).toContainEqual({ kind: 'setting', detail: unreadable.settingProblems[0] });

    const setting = await store.settings.byKey(LEDGER_RETENTION_SETTING);
    await store.settings.update(setting!, { value: '150' });
    expect((await runFromConfig({ now, dryRun: false }, env)).ledgerPruned).toBe(RECENT);
    expect(await remaining()).toEqual(Array.from({ length: OPEN_OLD }, () => 'o'));
  });
});
