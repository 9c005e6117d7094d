/**
 * Exactly once, on SharePoint: each reminder has a ledger entry whose key (measure, period, stage,
 * recipient) is one unique indexed column. A run first writes the entry as `pending`, then claims it
 * with the ETag it read — of two runs, only one can win that write (412 for the other) — and only the
 * winner sends. A `pending` entry left by a run that died is taken over after the lease has run out.
 */
import type { Store } from '../data/stores';
import { ConcurrencyError, DuplicateKeyError } from '../data/errors';
import { isoInstant } from '../model/calendar';
import { ReminderChannel, ReminderLedgerEntry } from '../model/types';
import { DeliveryResult, DueReminder } from './types';

/** How long a run may hold a pending entry before another run assumes it died. */
export const LEASE_MS = 10 * 60 * 1000;

export type ClaimOutcome = 'claimed' | 'alreadySent' | 'heldByOtherRun';

async function readEntry(store: Store, key: string): Promise<ReminderLedgerEntry | null> {
  return store.reminderLedger.byKey(key);
}

/** What a ledger entry is about: a reminder, or any other message sent once (a publication notice). */
export type LedgerSubject = Pick<DueReminder, 'ledgerKey' | 'measureKey' | 'periodKey' | 'stage' | 'recipient'>;

/** Writes (or finds) the entry and tries to claim it for this run. */
export async function claim(store: Store, due: LedgerSubject, channel: ReminderChannel, runId: string, now: Date): Promise<{ outcome: ClaimOutcome; entry: ReminderLedgerEntry | null }> {
  let entry = await readEntry(store, due.ledgerKey);
  if (!entry) {
    try {
      entry = await store.reminderLedger.add({
        key: due.ledgerKey, measureKey: due.measureKey, periodKey: due.periodKey, stage: due.stage, recipientUpn: due.recipient.upn.toLowerCase(),
        channel, state: 'pending', attempts: 0, lastError: '', sentAt: null, runId: '', claimedAt: null
      });
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      entry = await readEntry(store, due.ledgerKey);
      if (!entry) throw error;
    }
  }
  if (entry.state === 'sent') return { outcome: 'alreadySent', entry };
  const held = entry.state === 'pending' && entry.runId !== '' && entry.runId !== runId && entry.claimedAt !== null
    && now.getTime() - new Date(entry.claimedAt).getTime() < LEASE_MS;
  if (held) return { outcome: 'heldByOtherRun', entry };
  try {
    const claimed = await store.reminderLedger.update(entry, { state: 'pending', runId, claimedAt: isoInstant(now), attempts: entry.attempts + 1, channel });
    return { outcome: 'claimed', entry: claimed };
  } catch (error) {
    if (error instanceof ConcurrencyError) return { outcome: 'heldByOtherRun', entry };
    throw error;
  }
}

export async function markSent(store: Store, entry: ReminderLedgerEntry, channel: ReminderChannel, now: Date): Promise<void> {
  await store.reminderLedger.update(entry, { state: 'sent', channel, sentAt: isoInstant(now), lastError: '' });
}

export async function markFailed(store: Store, entry: ReminderLedgerEntry, error: string): Promise<void> {
  await store.reminderLedger.update(entry, { state: 'failed', lastError: error.slice(0, 2000) });
}

/** Records one delivery on the entries it carried: all sent, or all failed (a later run tries them again). */
export async function recordDelivery(store: Store, entries: readonly ReminderLedgerEntry[], delivery: DeliveryResult): Promise<void> {
  for (const entry of entries) {
    if (delivery.ok) await markSent(store, entry, delivery.channel, new Date());
    else await markFailed(store, entry, delivery.error);
  }
}
