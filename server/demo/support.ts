/**
 * Small helpers shared by the demo-data builders: finding a person by job title, turning a directory
 * person into a PersonRef, building ISO instants, Swedish month names and the month arithmetic the
 * follow-up schedule needs. Pure functions; nothing here reads the clock.
 */
import type { DirectoryPerson } from '../directory/types';
import { ITEM_DEFAULTS } from '../../src/model/defaults';
import type { IsoDate, IsoDateTime, PersonRef, PlanItem } from '../../src/model/types';
import { addDays, workingDayOnOrBefore } from '../../src/model/calendar';

/** The first person in the directory with exactly this job title; throws so a renamed title fails loudly. */
export function personByJobTitle(directory: readonly DirectoryPerson[], jobTitle: string): DirectoryPerson {
  const person = directory.find((p) => p.jobTitle === jobTitle);
  if (!person) throw new Error(`demoRegion: nobody in the directory has the job title '${jobTitle}'`);
  return person;
}

/** A role holder as the model stores it (no SharePoint site user id: the seeder resolves that). */
export function personRef(person: DirectoryPerson): PersonRef {
  return { objectId: person.id, upn: person.userPrincipalName, displayName: person.displayName };
}

/** An ISO instant `YYYY-MM-DDTHH:mm:ssZ` on the given date. */
export function instant(date: IsoDate, hour: number, minute: number): IsoDateTime {
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  return `${date}T${hh}:${mm}:00Z`;
}

export const SWEDISH_MONTHS = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december'
] as const;

/** Months counted from year 0 (year × 12 + month − 1), so month arithmetic crosses year ends freely. */
export type MonthIndex = number;

export function monthIndexOf(date: IsoDate): MonthIndex {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

export function yearOfMonth(index: MonthIndex): number {
  return Math.floor(index / 12);
}

/** 1–12. */
export function monthOfMonth(index: MonthIndex): number {
  return (index % 12) + 1;
}

/** The last calendar day of the month. */
export function endOfMonth(index: MonthIndex): IsoDate {
  const next = index + 1;
  const first = `${yearOfMonth(next)}-${String(monthOfMonth(next)).padStart(2, '0')}-01`;
  return addDays(first, -1);
}

/** A date in the given year as `YYYY-MM-DD` from a `MM-DD` string. */
export function dateIn(year: number, monthDay: string): IsoDate {
  return `${year}-${monthDay}`;
}

/** A board or management meeting date: the given day, moved back to a working day. */
export function meetingDate(year: number, monthDay: string): IsoDate {
  return workingDayOnOrBefore(dateIn(year, monthDay));
}

/** Two-digit sequence number for keys (`03`). */
export function seq(n: number): string {
  return String(n).padStart(2, '0');
}

/** Replaces `{år}` in demo texts with the plan's year, so texts stay true whatever `today` is. */
export function withYear(text: string, year: number): string {
  return text.split('{år}').join(String(year));
}

/** An item that is not a risk (a goal, a focus area, a foundation): no assessment, handling or objective. */
export const GOAL_ITEM: Omit<PlanItem, 'key' | 'planKey' | 'title' | 'strategyKey' | 'securityAreaKey' | 'sortOrder'> = {
  ...ITEM_DEFAULTS, consequence: '', cause: '', handling: null, objectiveKey: null, probability: null, severity: null,
  residualProbability: null, residualSeverity: null, confidential: false
};
