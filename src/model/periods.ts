/** The order of a plan's follow-up periods, shared by the follow-up rules and the request model. */
import { FollowUpPeriod } from './types';

/** Periods in the order they are followed up. */
export function orderPeriods(periods: readonly FollowUpPeriod[]): FollowUpPeriod[] {
  return [...periods].sort((a, b) => a.sortOrder - b.sortOrder || a.deadline.localeCompare(b.deadline));
}

/** The period before `periodKey` in the same plan, if any. */
export function previousPeriod(periods: readonly FollowUpPeriod[], periodKey: string): FollowUpPeriod | null {
  const ordered = orderPeriods(periods);
  const index = ordered.findIndex((p) => p.key === periodKey);
  return index > 0 ? ordered[index - 1] : null;
}
