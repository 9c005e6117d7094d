/**
 * Bringing stored entities in line with a list that changed since the last import: an entity the list
 * still describes differently is updated in the properties the list determines (with the ETag it was read
 * with: someone who edited it meanwhile wins a 412, and the import stops with a clear error); a new one is
 * added. Status reports are never updated: a changed status or value is a new report, later than the
 * latest, so the latest per (measure, period) is the list's.
 */
import type { ListRepository } from '../data/ListRepository';
import { isoInstant } from '../model/calendar';
import { Stored, StatusReport } from '../model/types';

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return (Array.isArray(a) ? a.join(';') : '') === (Array.isArray(b) ? b.join(';') : '');
  if ((a === null || a === undefined || a === '') && (b === null || b === undefined || b === '')) return true;
  return a === b;
}

/** The properties of `desired` (among `fields`) that differ from `stored`. */
export function changesOf<T extends Stored>(stored: T, desired: T, fields: ReadonlyArray<keyof T>): Partial<T> {
  const changes: Partial<T> = {};
  for (const field of fields) if (!same(stored[field], desired[field])) changes[field] = desired[field];
  return changes;
}

/** Adds what is missing and updates what differs; returns [added, updated]. */
export async function syncAll<T extends Stored>(repo: ListRepository<T>, stored: readonly T[], desired: readonly T[],
  fields: ReadonlyArray<keyof T>): Promise<[number, number]> {
  const byKey = new Map(stored.map((e) => [e.key.toLowerCase(), e]));
  const missing: T[] = [];
  let updated = 0;
  for (const entity of desired) {
    const current = byKey.get(entity.key.toLowerCase());
    if (!current) {
      missing.push(entity);
      continue;
    }
    const changes = changesOf(current, entity, fields);
    if (Object.keys(changes).length > 0) {
      await repo.update(current, changes);
      updated++;
    }
  }
  const added = missing.length ? await repo.ensureAll(missing) : 0;
  return [added, updated];
}

const REPORT_FIELDS: ReadonlyArray<keyof StatusReport> = ['status', 'comment', 'value', 'valueWomen', 'valueMen'];

function sequenceOf(key: string): number {
  const n = Number(/:(\d+)$/.exec(key)?.[1]);
  return Number.isFinite(n) ? n : 0;
}

/**
 * The reports to add: each desired report whose (measure, period) has none yet, or whose latest says
 * something else; a correction gets the next sequence number and an instant after the latest.
 */
export function reportsToAdd(stored: readonly StatusReport[], desired: readonly StatusReport[], now: Date): StatusReport[] {
  const groups = new Map<string, StatusReport[]>();
  for (const r of stored) {
    const id = `${r.measureKey}|${r.periodKey}`.toLowerCase();
    groups.set(id, [...(groups.get(id) ?? []), r]);
  }
  const out: StatusReport[] = [];
  for (const report of desired) {
    const existing = groups.get(`${report.measureKey}|${report.periodKey}`.toLowerCase()) ?? [];
    if (existing.length === 0) {
      out.push(report);
      continue;
    }
    const latest = existing.reduce((a, b) => (b.reportedAt > a.reportedAt || (b.reportedAt === a.reportedAt && sequenceOf(b.key) > sequenceOf(a.key)) ? b : a));
    if (REPORT_FIELDS.every((f) => same(latest[f], report[f]))) continue;
    const next = Math.max(...existing.map((r) => sequenceOf(r.key))) + 1;
    const after = new Date(Math.max(now.getTime(), new Date(latest.reportedAt).getTime() + 1000));
    out.push({ ...report, key: report.key.replace(/:\d+$/, `:${next}`), reportedAt: isoInstant(after) });
  }
  return out;
}
