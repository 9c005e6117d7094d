/**
 * How long the reminder ledger keeps personal data (who was reminded of what, and when): the IkSettings entry
 * `setting:reminderLedgerRetentionDays` (a whole number of days as JSON, e.g. `730`), 2 years when absent, never
 * under 30 days. Each run deletes the entries whose last handling (claimed, else sent, else created) is older, except
 * those of follow-up periods still open: while a period is open its entries are what keeps a reminder from going
 * out twice.
 *
 * Threshold-safe past 5,000 entries: the ledger is read in pages in ID order, the one query SharePoint always
 * allows on a large list (no filter; ID is indexed), oldest first. IDs grow with time, so the expired entries
 * lead; reading stops at the first entry that is young enough (of a closed period) and so at most a page beyond
 * what is deleted. Deleting is idempotent: a rerun, or a run after one that died half-way, deletes what is left.
 */
import type { Store } from '../data/stores';
import { fromItem, itemShape, RawItem } from '../data/itemMapping';
import { reminderLedgerList } from '../model/schema';
import { ReminderLedgerEntry } from '../model/types';

export const LEDGER_RETENTION_SETTING = 'setting:reminderLedgerRetentionDays';
export const DEFAULT_RETENTION_DAYS = 730;
export const MIN_RETENTION_DAYS = 30;
/** Entries read per page. */
export const PRUNE_PAGE = 1000;
/** At most this many entries are deleted in one run (a first run after years of entries spreads the work over a few days). */
export const MAX_PRUNED_PER_RUN = 20_000;

const DAY_MS = 86_400_000;

/** The retention in days from the setting's JSON value; a value that is not a whole number of days ≥ 30 falls back to the default, with a reason. */
export function parseRetention(value: string | null | undefined): { days: number; problem: string | null } {
  if (value === null || value === undefined || value.trim() === '') return { days: DEFAULT_RETENTION_DAYS, problem: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed === 'number' && Number.isInteger(parsed) && parsed >= MIN_RETENTION_DAYS) return { days: parsed, problem: null };
  return {
    days: DEFAULT_RETENTION_DAYS,
    problem: `${LEDGER_RETENTION_SETTING}: ${JSON.stringify(value)} is not a whole number of days of at least ${MIN_RETENTION_DAYS}`
  };
}

/** When the entry was last handled: claimed (the run's time), else sent, else created by SharePoint. */
function handledAt(entry: ReminderLedgerEntry): number {
  const at = entry.claimedAt ?? entry.sentAt ?? entry.created;
  return at ? new Date(at).getTime() : Number.NaN;
}

export interface PruneOptions {
  now: Date;
  days: number;
  /** Periods still open: their entries are kept whatever their age. */
  openPeriods: ReadonlySet<string>;
  pageSize?: number;
  maxPerRun?: number;
}

export interface PruneResult {
  deleted: number;
  /** True when the run stopped at its cap with expired entries left for the next run. */
  more: boolean;
}

/** Deletes the ledger entries older than the retention, oldest first, in pages. */
export async function pruneLedger(store: Store, options: PruneOptions): Promise<PruneResult> {
  if (!store.sp) return { deleted: 0, more: false };
  const cutoff = options.now.getTime() - options.days * DAY_MS;
  const cap = options.maxPerRun ?? MAX_PRUNED_PER_RUN;
  const shape = itemShape(reminderLedgerList);
  const pages = store.sp.web.lists.getByTitle(reminderLedgerList.title).items.select(...shape.select).orderBy('Id', true).top(options.pageSize ?? PRUNE_PAGE);
  let deleted = 0;
  for await (const page of pages) {
    const entries = (page as RawItem[]).map((item) => fromItem(reminderLedgerList, item));
    const young = entries.findIndex((e) => !(handledAt(e) < cutoff) && !options.openPeriods.has(e.periodKey));
    const expired = (young < 0 ? entries : entries.slice(0, young)).filter((e) => handledAt(e) < cutoff && !options.openPeriods.has(e.periodKey));
    const now = expired.slice(0, cap - deleted);
    if (now.length > 0) deleted += await store.reminderLedger.removeAll(now);
    if (young >= 0) return { deleted, more: false };
    if (deleted >= cap) return { deleted, more: true };
  }
  return { deleted, more: false };
}
