/**
 * Sending a message for ledger entries this run has claimed, so that each is delivered once even when a run dies
 * at any point:
 * - killed while claiming, or between claiming and sending: the entries stay pending under the dead run; after the
 *   lease another run claims them *in doubt* and sends, because the chat holds no message for them;
 * - killed after Graph accepted the message but before the ledger recorded it (or the send got no answer): the
 *   entries are in doubt too, and the run that takes them over finds their ledger keys in the chat (each card
 *   carries them, card.ts) and records them as sent without sending again.
 * Only a chat can be read back. On the activity feed a second notification with the same `chainId` replaces the
 * first; e-mail cannot be checked (the service may not read mailboxes), so a mail in doubt is sent again: the one
 * case where a kill can still cost a second message, documented in SECURITY.md.
 */
import type { Store } from '../data/stores';
import { PersonRef, ReminderLedgerEntry } from '../model/types';
import { recordDelivery } from './ledger';
import { DeliveryResult, OutgoingMessage, ReminderDelivery } from './types';

export interface ClaimedItem<I> {
  item: I;
  entry: ReminderLedgerEntry;
  inDoubt: boolean;
}

export interface SendOnceOutcome<I> {
  /** Items delivered now, or found already delivered. */
  delivered: I[];
  /** Items whose earlier message was found in the chat (not sent again). */
  found: I[];
  /** Items not delivered: failed, or still in doubt because the chat could not be checked. */
  undelivered: I[];
  /** The delivery of the message sent now; null when nothing was sent. */
  result: DeliveryResult | null;
}

/**
 * The items in doubt whose message the chat shows (`found`), and those that could not be checked because reading
 * the chat failed (`unchecked`). A channel that cannot be read back finds nothing, so its items are sent again.
 */
async function lookBack<I extends { ledgerKey: string }>(delivery: ReminderDelivery, recipient: PersonRef, doubtful: ReadonlyArray<ClaimedItem<I>>):
  Promise<{ found: Array<ClaimedItem<I>>; unchecked: Array<ClaimedItem<I>> }> {
  if (doubtful.length === 0 || !delivery.alreadyDelivered) return { found: [], unchecked: [] };
  try {
    const seen = await delivery.alreadyDelivered(recipient, doubtful.map((c) => c.item.ledgerKey));
    return { found: seen ? doubtful.filter((c) => seen.has(c.item.ledgerKey.toLowerCase())) : [], unchecked: [] };
  } catch {
    // Sending blind could be the very duplicate this is here to prevent: the items stay pending under this run,
    // and a later run checks again.
    return { found: [], unchecked: [...doubtful] };
  }
}

/**
 * Sends one message for the claimed items: first, items in doubt are looked for in the recipient's chat; those
 * found are recorded as sent, the rest go out in one message (`compose`) recorded on their entries.
 */
export async function sendOnce<I extends { ledgerKey: string }>(deps: { store: Store; delivery: ReminderDelivery }, recipient: PersonRef,
  claimed: ReadonlyArray<ClaimedItem<I>>, compose: (items: I[]) => OutgoingMessage): Promise<SendOnceOutcome<I>> {
  const { found, unchecked } = await lookBack(deps.delivery, recipient, claimed.filter((c) => c.inDoubt));
  const outcome: SendOnceOutcome<I> = { delivered: [], found: found.map((c) => c.item), undelivered: unchecked.map((c) => c.item), result: null };
  if (found.length > 0) {
    await recordDelivery(deps.store, found.map((c) => c.entry), { ok: true, channel: 'chat' });
    outcome.delivered.push(...outcome.found);
  }
  const toSend = claimed.filter((c) => !found.includes(c) && !unchecked.includes(c));
  if (toSend.length === 0) return outcome;
  const result = await deps.delivery.send(compose(toSend.map((c) => c.item)));
  await recordDelivery(deps.store, toSend.map((c) => c.entry), result);
  outcome.result = result;
  (result.ok ? outcome.delivered : outcome.undelivered).push(...toSend.map((c) => c.item));
  return outcome;
}
