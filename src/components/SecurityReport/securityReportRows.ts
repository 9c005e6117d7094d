/**
 * What the security report views compute from the loaded report, kept out of the markup so it can be
 * read and tested on its own: the plan to show, an area's fulfilment tally and incident totals, the
 * chapters per state, and whether a chapter is late. (Its indicators come judged, by model/scorecard.ts.)
 */
import { ChapterActor, chapterActorsOf, chapterAnswered } from '../../model/chapter';
import { Fulfilment } from '../../model/fulfilment';
import { Chapter, CHAPTER_STATES, ChapterState, FollowUpPeriod, IncidentEntry, IsoDate, Plan, Role, SecurityArea } from '../../model/types';

/** The wanted plan if it is a security report; else the one under follow-up, else the newest. */
export function pickSecurityReportPlan(plans: readonly Plan[], wanted: string | undefined): Plan | undefined {
  const reports = plans.filter((p) => p.kind === 'securityReport').sort((a, b) => b.year - a.year || a.title.localeCompare(b.title, 'sv'));
  return reports.find((p) => p.key === wanted) ?? reports.find((p) => p.state === 'followUp') ?? reports[0];
}

export interface FulfilmentTally {
  green: number;
  yellow: number;
  red: number;
  none: number;
}

export function fulfilmentTally(rows: ReadonlyArray<{ fulfilment: Fulfilment }>): FulfilmentTally {
  const tally: FulfilmentTally = { green: 0, yellow: 0, red: 0, none: 0 };
  for (const row of rows) tally[row.fulfilment.kind === 'none' ? 'none' : row.fulfilment.colour]++;
  return tally;
}

export interface IncidentTotals {
  total: number;
  /** Whether any kind is counted by sex; women and men then sum those kinds only. */
  split: boolean;
  women: number;
  men: number;
}

export function incidentTotals(incidents: readonly IncidentEntry[]): IncidentTotals {
  const totals: IncidentTotals = { total: 0, split: false, women: 0, men: 0 };
  for (const i of incidents) {
    totals.total += i.count;
    if (i.women !== null || i.men !== null) {
      totals.split = true;
      totals.women += i.women ?? 0;
      totals.men += i.men ?? 0;
    }
  }
  return totals;
}

export function stateCounts(chapters: readonly Chapter[]): Record<ChapterState, number> {
  const counts = Object.fromEntries(CHAPTER_STATES.map((s) => [s, 0])) as Record<ChapterState, number>;
  for (const c of chapters) counts[c.state]++;
  return counts;
}

/** A chapter still with its owner after the reporting round's deadline. */
export function isLate(chapter: Chapter, period: FollowUpPeriod | null, today: IsoDate): boolean {
  return period !== null && !chapterAnswered(chapter.state) && today > period.deadline;
}

/** How the signed-in person may act on an area's chapter. */
export function actorsFor(upn: string, area: SecurityArea, roles: readonly Role[], coordinatorRoleKeys: readonly string[]): Set<ChapterActor> {
  return new Set(chapterActorsOf(upn, area, roles, coordinatorRoleKeys));
}
