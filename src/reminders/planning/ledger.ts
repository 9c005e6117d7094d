/**
 * The reminder ledger as planning sees it: the one place that builds a ledger key, and the set of
 * reminders already sent. Only 'sent' blocks a reminder: 'pending' and 'failed' entries are work a
 * crashed or failed run left behind, and the runner resumes them.
 */
import { ReminderLedgerEntry } from '../../model/types';

/**
 * `measureKey|periodKey|stage|recipient-upn`. Only the UPN is lower-cased: e-mail addresses are
 * case-insensitive and arrive in any case from SharePoint and Graph, while our natural keys are exact.
 */
export function ledgerKey(measureKey: string, periodKey: string, stage: string, upn: string): string {
  return `${measureKey}|${periodKey}|${stage}|${upn.toLowerCase()}`;
}

/** Keys of the reminders already delivered, rebuilt from the entries' fields so a stored key's case cannot mislead. */
export function sentLedgerKeys(ledger: readonly ReminderLedgerEntry[]): Set<string> {
  const sent = new Set<string>();
  for (const entry of ledger) {
    if (entry.state === 'sent') sent.add(ledgerKey(entry.measureKey, entry.periodKey, entry.stage, entry.recipientUpn));
  }
  return sent;
}
