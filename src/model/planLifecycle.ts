/**
 * A plan's life cycle — draft → decided (board decision date and diary number) → being followed up →
 * closed — and "copy to next year", which carries the open risks and measures into a new draft plan.
 * Pure functions: the use cases in src/plans do the writing.
 */
import { isIsoDate } from './calendar';
import { responsibilityLinks, threatLink } from './planKinds';
import { Link, Measure, Plan, PlanItem, PlanState, StatusReport } from './types';
import { FieldErrors } from './validation';

const next: Record<PlanState, PlanState[]> = {
  draft: ['decided'],
  decided: ['followUp', 'draft'],
  followUp: ['closed'],
  closed: []
};

export function allowedTransitions(state: PlanState): PlanState[] {
  return next[state];
}

export function canTransition(from: PlanState, to: PlanState): boolean {
  return next[from].includes(to);
}

/** A decision needs the board's decision date and the diary number ("Dnr"). */
export function validateDecision(decisionDate: string, diaryNumber: string): FieldErrors<Pick<Plan, 'decisionDate' | 'diaryNumber'>> {
  const errors: FieldErrors<Pick<Plan, 'decisionDate' | 'diaryNumber'>> = {};
  if (!decisionDate.trim()) errors.decisionDate = 'required';
  else if (!isIsoDate(decisionDate.trim())) errors.decisionDate = 'invalidDate';
  if (!diaryNumber.trim()) errors.diaryNumber = 'required';
  return errors;
}

/** The latest status of each measure over all periods (by report time). */
export function latestStatusByMeasure(reports: readonly StatusReport[]): Map<string, StatusReport> {
  const latest = new Map<string, StatusReport>();
  for (const r of reports) {
    const current = latest.get(r.measureKey);
    if (!current || r.reportedAt > current.reportedAt) latest.set(r.measureKey, r);
  }
  return latest;
}

/** A measure is still open unless it is closed or its latest status is green (done). */
export function isOpenMeasure(measure: Measure, latest: Map<string, StatusReport>): boolean {
  return !measure.closed && latest.get(measure.key)?.status !== 'green';
}

/** The key of an entity's copy in the given year: the year in the key moves on, else the year is appended. */
export function keyForYear(key: string, fromYear: number, toYear: number): string {
  return key.includes(String(fromYear)) ? key.split(String(fromYear)).join(String(toYear)) : `${key}@${toYear}`;
}

export interface PlanCopy {
  plan: Plan;
  items: PlanItem[];
  measures: Measure[];
  /** The copied risks' links to the goals they threaten, and the copied measures' responsible roles. */
  links: Link[];
}

/**
 * The next year's draft plan: every risk that still has an open measure (or none yet) with its open
 * measures, assessments kept, statuses not carried (they belong to the old year's follow-ups).
 * Keys are derived from the old ones, so copying twice gives the same keys (idempotent).
 */
export function copyToNextYear(plan: Plan, items: readonly PlanItem[], measures: readonly Measure[], reports: readonly StatusReport[],
  links: readonly Link[] = []): PlanCopy {
  const year = plan.year + 1;
  const latest = latestStatusByMeasure(reports);
  const planKey = keyForYear(plan.key, plan.year, year);
  const copy: PlanCopy = {
    plan: { key: planKey, title: plan.title.split(String(plan.year)).join(String(year)), kind: plan.kind, year, unitKey: plan.unitKey,
      state: 'draft', decisionDate: null, diaryNumber: '' },
    items: [],
    measures: [],
    links: []
  };
  for (const item of items) {
    const own = measures.filter((m) => m.itemKey === item.key);
    const open = own.filter((m) => isOpenMeasure(m, latest));
    if (own.length > 0 && open.length === 0) continue;
    const itemKey = keyForYear(item.key, plan.year, year);
    const copied = { ...item, id: undefined, etag: undefined, key: itemKey, planKey };
    copy.items.push(copied);
    // A risk keeps threatening the same goals next year (the auditors' point: risks tied to goals).
    for (const link of links) if (link.linkType === 'threatens' && link.fromKey === item.key) copy.links.push(threatLink(copied, link.toKey, link.toPlanKey ?? null));
    for (const m of open) {
      const measure = { ...m, id: undefined, etag: undefined, key: keyForYear(m.key, plan.year, year), planKey, itemKey, dueDate: null };
      copy.measures.push(measure);
      copy.links.push(...responsibilityLinks(measure));
    }
  }
  return copy;
}
