/**
 * How a measure's status moved between the previous follow-up and the latest one, as the board asks
 * ("Efter delår augusti …"): better means a step toward green, worse a step toward red.
 */
import { statusSeverity } from './statusLegend';
import { StatusColour } from './types';

/** `new`: answered now, not last time; `none`: not answered in the latest period. */
export type StatusChange = 'better' | 'worse' | 'same' | 'new' | 'none';

export const STATUS_CHANGES: readonly StatusChange[] = ['worse', 'better', 'same', 'new', 'none'];

export function statusChange(latest: StatusColour | null, previous: StatusColour | null): StatusChange {
  if (latest === null) return 'none';
  if (previous === null) return 'new';
  // statusSeverity is higher for worse colours (red 3 … green 1), so a drop in severity is an improvement.
  const step = statusSeverity(previous) - statusSeverity(latest);
  return step > 0 ? 'better' : step < 0 ? 'worse' : 'same';
}
