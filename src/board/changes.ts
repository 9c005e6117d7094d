/**
 * What changed since the previous follow-up, as a board asks it: which measures turned red, which got
 * better or worse, and which items are new in the plan since the previous follow-up's date. Pure.
 */
import { shownColour } from '../model/fulfilment';
import { StatusChange, statusChange } from '../model/statusChange';
import { FollowUpPeriod, Measure, PlanItem, StatusColour, StatusReport } from '../model/types';
import { BoardData } from './boardData';

export interface MeasureChange {
  measure: Measure;
  item: PlanItem | undefined;
  now: StatusColour | null;
  before: StatusColour | null;
  change: StatusChange;
}

export interface PeriodChanges {
  /** The follow-up compared with; null when the chosen one is the plan's first (nothing to compare). */
  previous: FollowUpPeriod | null;
  newReds: MeasureChange[];
  improved: MeasureChange[];
  /** Worse but not red (those are in `newReds`). */
  worsened: MeasureChange[];
  /** Items created after the previous follow-up's as-of date. */
  newItems: PlanItem[];
}

/** The latest report per measure in one period (the board data holds only the latest already). */
function reportsIn(reports: readonly StatusReport[], period: FollowUpPeriod | null): Map<string, StatusReport> {
  return new Map(period ? reports.filter((r) => r.periodKey === period.key).map((r) => [r.measureKey, r]) : []);
}

/** Each measure's colour in the board data's period and in the one before, as every board view shows it. */
export function measureColours(data: BoardData): Map<string, { now: StatusColour | null; before: StatusColour | null }> {
  const previous = data.periods.length > 1 ? data.periods[data.periods.length - 2] : null;
  const beforePrevious = data.periods.length > 2 ? data.periods[data.periods.length - 3] : null;
  const now = reportsIn(data.reports, data.period);
  const then = reportsIn(data.reports, previous);
  const earlier = reportsIn(data.reports, beforePrevious);
  const out = new Map<string, { now: StatusColour | null; before: StatusColour | null }>();
  for (const m of data.measures) {
    out.set(m.key, {
      now: shownColour(m, now.get(m.key), then.get(m.key), data.fulfilment),
      before: shownColour(m, then.get(m.key), earlier.get(m.key), data.fulfilment)
    });
  }
  return out;
}

export function periodChanges(data: BoardData): PeriodChanges {
  const previous = data.periods.length > 1 ? data.periods[data.periods.length - 2] : null;
  const empty: PeriodChanges = { previous, newReds: [], improved: [], worsened: [], newItems: [] };
  if (!data.period || !previous) return empty;
  const items = new Map(data.items.map((i) => [i.key, i]));
  const colours = measureColours(data);
  for (const measure of data.measures) {
    const c = colours.get(measure.key);
    if (!c) continue;
    const change = statusChange(c.now, c.before);
    const entry: MeasureChange = { measure, item: items.get(measure.itemKey), now: c.now, before: c.before, change };
    if (c.now === 'red' && c.before !== 'red') empty.newReds.push(entry);
    else if (change === 'better') empty.improved.push(entry);
    else if (change === 'worse') empty.worsened.push(entry);
  }
  // An item counts as new when SharePoint created it after the day the previous follow-up reported as of. A plan
  // whose own record is younger than that day was imported or moved: its dates say nothing of its history.
  const since = `${previous.asOfDate}T23:59:59Z`;
  const datesTell = data.plan.created !== undefined && data.plan.created <= since;
  empty.newItems = datesTell ? data.items.filter((i) => i.created !== undefined && i.created > since) : [];
  return empty;
}
