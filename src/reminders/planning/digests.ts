/**
 * Turning due reminders into digests: one message per recipient per run, listing everything they are asked,
 * because people get one Teams message a day from us at most and Graph limits notifications per user.
 */
import { Digest, DueReminder } from '../types';

/** Code-unit order: plain and locale-free, so the same input gives the same output on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A due reminder with the offset of its stage, which ranks stages across plans with different configs. */
export interface PlannedReminder {
  reminder: DueReminder;
  offsetDays: number;
}

/** The order of a digest's items (and of the plan's `due` list within a recipient): by deadline, then subject. */
export function compareReminders(a: DueReminder, b: DueReminder): number {
  return compareText(a.deadline, b.deadline) || compareText(a.measureKey, b.measureKey)
    || compareText(a.periodKey, b.periodKey) || compareText(a.ledgerKey, b.ledgerKey);
}

function compareByRecipient(a: PlannedReminder, b: PlannedReminder): number {
  const byUpn = compareText(a.reminder.recipient.upn.toLowerCase(), b.reminder.recipient.upn.toLowerCase());
  return byUpn || compareReminders(a.reminder, b.reminder);
}

/** The most urgent stage: the latest by offset; the id breaks ties so the result never depends on input order. */
function latestStage(planned: readonly PlannedReminder[]): string {
  const latest = planned.reduce((best, p) =>
    p.offsetDays > best.offsetDays || (p.offsetDays === best.offsetDays && p.reminder.stage > best.reminder.stage) ? p : best);
  return latest.reminder.stage;
}

function digestOf(planned: readonly PlannedReminder[]): Digest {
  const items = planned.map((p) => p.reminder);
  return {
    recipient: items[0].recipient,
    stage: latestStage(planned),
    escalation: items.some((r) => r.reason === 'manager'),
    items
  };
}

/** The due reminders in a deterministic order: by recipient UPN, then deadline and measure. */
export function sortPlanned(planned: readonly PlannedReminder[]): PlannedReminder[] {
  return [...planned].sort(compareByRecipient);
}

/** One digest per recipient (lower-case UPN), sorted by UPN; expects `sortPlanned` order. */
export function buildDigests(sorted: readonly PlannedReminder[]): Digest[] {
  const byRecipient = new Map<string, PlannedReminder[]>();
  for (const p of sorted) {
    const upn = p.reminder.recipient.upn.toLowerCase();
    const group = byRecipient.get(upn);
    if (group) group.push(p);
    else byRecipient.set(upn, [p]);
  }
  return Array.from(byRecipient.values()).map(digestOf);
}
