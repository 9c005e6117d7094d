/**
 * The coordinators' problem digest: what a run could not do (roles without holders, people without managers,
 * disabled accounts, missing Graph permissions, reminders that failed for good, unreadable settings, publications
 * nobody could be told of) reaches the coordinators as one message per run, not only the command's output.
 *
 * The coordinators are the members of the product's coordinators' group on the site (SECURITY.md: a site owner
 * puts them there). The message goes through the same delivery and the same ledger as a reminder: its key is the
 * day and a fingerprint of the problems (`problems:<fingerprint>|<date>|problems|<upn>`), so a rerun, a crashed run
 * or a second run the same day sends nothing twice for the same problems; new problems make a new digest.
 */
import '@pnp/sp/site-groups/web';
import { isNotFound } from '../data/errors';
import type { Store } from '../data/stores';
import { stockholmDate } from '../model/calendar';
import { Locale } from '../model/statusLegend';
import { PersonRef } from '../model/types';
import { PRODUCT_GROUPS } from '../security/roles';
import { fingerprint } from './fingerprint';
import { claim, LedgerSubject } from './ledger';
import { noticeIdentity } from './notices';
import { ledgerKey } from './planning';
import { sendOnce } from './sendOnce';
import { ChannelName, CoordinatorNotice, ReminderDelivery } from './types';

/** The ledger stage of a problem digest. */
export const PROBLEMS_STAGE = 'problems';

export interface DigestOptions {
  now: Date;
  dryRun: boolean;
  channel: ChannelName;
  locale: Locale;
  notices: readonly CoordinatorNotice[];
  runId?: string;
}

export interface DigestResult {
  /** How many notices the digest holds. */
  notices: number;
  /** The coordinators it is (or in a dry run, would be) sent to. */
  recipients: string[];
  sent: number;
  skipped: number;
  failed: number;
  /** Why nobody could be told: the coordinators' group is missing or empty, or the service may not read who is in it. */
  problem: 'noCoordinators' | 'coordinatorsUnreadable' | null;
}

/**
 * The members of the coordinators' group, as people to send to (by UPN; SharePoint does not keep Entra object ids);
 * null when the service may not read the group's members (403).
 */
export async function coordinatorsOf(store: Store): Promise<PersonRef[] | null> {
  if (!store.sp) return [];
  let users: Array<{ Title?: string; UserPrincipalName?: string | null; Email?: string | null }>;
  try {
    users = await store.sp.web.siteGroups.getByName(PRODUCT_GROUPS.coordinators.title).users.select('Title', 'UserPrincipalName', 'Email')();
  } catch (error) {
    // A site whose permissions were never provisioned has no such group; a group whose members only its members may
    // see refuses the service. Either way the run's output says so, and its reminders stand.
    if (isNotFound(error)) return [];
    if ((error as { status?: number } | null)?.status === 403) return null;
    throw error;
  }
  const people = new Map<string, PersonRef>();
  for (const u of users) {
    const upn = (u.UserPrincipalName || u.Email || '').trim();
    if (upn && !people.has(upn.toLowerCase())) people.set(upn.toLowerCase(), { upn, objectId: '', displayName: u.Title || upn });
  }
  return [...people.values()];
}

/** The day's key of a set of problems: the same problems on the same day give the same key, in any order. */
export function digestSubjectKey(notices: readonly CoordinatorNotice[]): string {
  return `problems:${fingerprint([...new Set(notices.map(noticeIdentity))].sort().join('\n'))}`;
}

export async function sendProblemDigest(deps: { store: Store; delivery: ReminderDelivery }, options: DigestOptions): Promise<DigestResult> {
  const result: DigestResult = { notices: options.notices.length, recipients: [], sent: 0, skipped: 0, failed: 0, problem: null };
  if (options.notices.length === 0) return result;
  const coordinators = await coordinatorsOf(deps.store);
  if (coordinators === null) return { ...result, problem: 'coordinatorsUnreadable' };
  if (coordinators.length === 0) return { ...result, problem: 'noCoordinators' };
  const date = stockholmDate(options.now);
  const subjectKey = digestSubjectKey(options.notices);
  const runId = options.runId ?? `digest-${options.now.getTime().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
  for (const recipient of coordinators) {
    result.recipients.push(recipient.upn.toLowerCase());
    if (options.dryRun) continue;
    const subject: LedgerSubject = { ledgerKey: ledgerKey(subjectKey, date, PROBLEMS_STAGE, recipient.upn), measureKey: subjectKey, periodKey: date,
      stage: PROBLEMS_STAGE, recipient };
    const claimed = await claim(deps.store, subject, options.channel, runId, options.now);
    if (claimed.outcome !== 'claimed' || !claimed.entry) {
      result.skipped++;
      continue;
    }
    const outcome = await sendOnce(deps, recipient, [{ item: subject, entry: claimed.entry, inDoubt: claimed.inDoubt === true }], () =>
      ({ kind: 'problems', recipient, locale: options.locale, date, notices: [...options.notices], ledgerKey: subject.ledgerKey }));
    if (outcome.delivered.length > 0) result.sent++;
    else result.failed++;
  }
  return result;
}
