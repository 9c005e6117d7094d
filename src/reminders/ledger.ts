/**
 * Exactly once, on SharePoint: each reminder has a ledger entry whose key (measure, period, stage,
 * recipient) is one unique indexed column. A run first writes the entry as `pending`, then claims it
 * with the ETag it read — of two runs, only one can win that write (412 for the other) — and only the
 * winner sends. A `pending` entry left by a run that died is taken over after the lease has run out; such an
 * entry is *in doubt* (the run may have died after its message went out, or its message got no answer), so
 * the new holder first checks whether the message arrived before sending it (sendOnce.ts).
 */
import type { Store } from '../data/stores';
import { ConcurrencyError, DuplicateKeyError } from '../data/errors';
import { isoInstant } from '../model/calendar';
import { ReminderChannel, ReminderLedgerEntry } from '../model/types';
import { DeliveryResult, DueReminder } from './types';

/** How long a run may hold a pending entry before another run assumes it died. */
export const LEASE_MS = 10 * 60 * 1000;

export type ClaimOutcome = 'claimed' | 'alreadySent' | 'heldByOtherRun';

export interface Claim {
  outcome: ClaimOutcome;
  entry: ReminderLedgerEntry | null;
  /** Claimed from another run that held it and did not record how its sending went: the message may have arrived. */
  inDoubt?: boolean;
}

/** Whether a stored entry was held by another run that never recorded an outcome (it died, or its send got no answer). */
function heldBefore(entry: ReminderLedgerEntry, runId: string): boolean {
  return entry.state === 'pending' && entry.runId !== '' && entry.runId !== runId;
}

async function readEntry(store: Store, key: string): Promise<ReminderLedgerEntry | null> {
  return store.reminderLedger.byKey(key);
}

/** What a ledger entry is about: a reminder, or any other message sent once (a publication notice). */
export type LedgerSubject = Pick<DueReminder, 'ledgerKey' | 'measureKey' | 'periodKey' | 'stage' | 'recipient'>;

/** Writes (or finds) the entry and tries to claim it for this run. */
export async function claim(store: Store, due: LedgerSubject, channel: ReminderChannel, runId: string, now: Date): Promise<Claim> {
  let entry = await readEntry(store, due.ledgerKey);
  if (!entry) {
    try {
      entry = await store.reminderLedger.add(pendingEntry(due, channel));
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      entry = await readEntry(store, due.ledgerKey);
      if (!entry) throw error;
    }
  }
  const state = standing(entry, runId, now);
  if (state !== 'free') return { outcome: state, entry };
  try {
    const claimed = await store.reminderLedger.update(entry, { state: 'pending', runId, claimedAt: isoInstant(now), attempts: entry.attempts + 1, channel });
    return { outcome: 'claimed', entry: claimed, inDoubt: heldBefore(entry, runId) };
  } catch (error) {
    if (error instanceof ConcurrencyError) return { outcome: 'heldByOtherRun', entry };
    throw error;
  }
}

/** The state of a stored entry for this run: already sent, held by another run within its lease, or free to claim. */
function standing(entry: ReminderLedgerEntry, runId: string, now: Date): ClaimOutcome | 'free' {
  if (entry.state === 'sent') return 'alreadySent';
  const held = entry.state === 'pending' && entry.runId !== '' && entry.runId !== runId && entry.claimedAt !== null
    && now.getTime() - new Date(entry.claimedAt).getTime() < LEASE_MS;
  return held ? 'heldByOtherRun' : 'free';
}

function pendingEntry(due: LedgerSubject, channel: ReminderChannel): ReminderLedgerEntry {
  return {
    key: due.ledgerKey, measureKey: due.measureKey, periodKey: due.periodKey, stage: due.stage, recipientUpn: due.recipient.upn.toLowerCase(),
    channel, state: 'pending', attempts: 0, lastError: '', sentAt: null, runId: '', claimedAt: null
  };
}

/**
 * `claim` for many reminders at once, with the same rule and in a few round trips whatever their number: the
 * entries are read by key, the missing ones added as pending, read again for their ETags, and claimed in
 * batches, each with its own ETag, so that of two runs only one wins each entry (412 for the other).
 */
export async function claimAll(store: Store, dues: readonly LedgerSubject[], channel: ReminderChannel, runId: string, now: Date):
  Promise<Map<string, Claim>> {
  const keys = dues.map((d) => d.ledgerKey);
  const byKey = async (): Promise<Map<string, ReminderLedgerEntry>> =>
    new Map((keys.length ? await store.reminderLedger.whereAny('key', keys) : []).map((e) => [e.key.toLowerCase(), e]));
  let stored = await byKey();
  const missing = dues.filter((d) => !stored.has(d.ledgerKey.toLowerCase()));
  if (missing.length) {
    await store.reminderLedger.addAll(missing.map((d) => pendingEntry(d, channel)));
    stored = await byKey();
  }
  const out = new Map<string, Claim>();
  const free: ReminderLedgerEntry[] = [];
  for (const due of dues) {
    const entry = stored.get(due.ledgerKey.toLowerCase()) ?? null;
    if (!entry) throw new Error(`The reminder ledger entry ${due.ledgerKey} could not be written`);
    const state = standing(entry, runId, now);
    if (state === 'free') free.push(entry);
    else out.set(due.ledgerKey, { outcome: state, entry });
  }
  const claimed = await store.reminderLedger.updateEach(free.map((e) =>
    [e, { state: 'pending', runId, claimedAt: isoInstant(now), attempts: e.attempts + 1, channel }] as const));
  free.forEach((entry, i) => {
    const result = claimed[i];
    out.set(dues.find((d) => d.ledgerKey.toLowerCase() === entry.key.toLowerCase())!.ledgerKey,
      result instanceof ConcurrencyError ? { outcome: 'heldByOtherRun', entry } : { outcome: 'claimed', entry: result, inDoubt: heldBefore(entry, runId) });
  });
  return out;
}

/**
 * Records one delivery on the entries it carried, in one request: all sent, or all failed (a later run tries them
 * again). A delivery in doubt (the message may have arrived) is left pending under this run with the reason, so
 * that the run that takes it over after the lease checks before sending.
 */
export async function recordDelivery(store: Store, entries: readonly ReminderLedgerEntry[], delivery: DeliveryResult): Promise<void> {
  const at = isoInstant(new Date());
  const change = (): Partial<ReminderLedgerEntry> => {
    if (delivery.ok) return { state: 'sent', channel: delivery.channel, sentAt: at, lastError: '' };
    const error = delivery.error.slice(0, 1900);
    return delivery.inDoubt ? { lastError: `in doubt: ${error}` } : { state: 'failed', lastError: error };
  };
  await store.reminderLedger.updateAll(entries.map((entry) => [entry, change()] as const));
}
