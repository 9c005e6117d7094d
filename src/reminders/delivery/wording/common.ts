/**
 * What the reminders' Swedish and English texts share: the wording's contract, the counted groups a
 * digest asks about, and small helpers for names, dates and nouns.
 */
import { measureKinds, RequestType } from '../../../model/planKinds';
import { Locale } from '../../../model/statusLegend';
import { IsoDate, MeasureKind } from '../../../model/types';
import { ReminderPhase } from '../phase';

/** A digest asks for one type of answer, or `mixed` for several. */
export type DigestType = RequestType | 'mixed';

/** How many of one kind of thing a digest asks about: the request type and, for measures, their kind. */
export interface AskedGroup {
  requestType: RequestType;
  /** Null for chapters. */
  measureKind: MeasureKind | null;
  count: number;
}

export interface ReminderWording {
  heading(phase: ReminderPhase, type: DigestType, count: number, dueDate: string, responsibles: string): string;
  /** "Du har 2 åtgärder att lämna status för, 1 indikator att rapportera utfall för och 1 kapitel att skriva." */
  intro(phase: ReminderPhase, groups: readonly AskedGroup[]): string;
  /** What one row asks for ("Lämna status"); in an escalation, what is missing ("Status saknas"). */
  ask(type: RequestType, escalation: boolean): string;
  labels: { plan: string; period: string; deadline: string; responsible: string; open: string };
  daysLeft(days: number): string;
  date(date: IsoDate): string;
  /** "A, B och C". */
  names(names: string[]): string;
  /** The subject of a short text: the one title, or "2 åtgärder och 1 indikator". */
  about(groups: readonly AskedGroup[], firstTitle: string): string;
  /** The manifest's `{measureTitle}`: the first title, with "och 2 till" when there are more. */
  measureTitle(count: number, firstTitle: string): string;
  preview(phase: ReminderPhase, type: DigestType, about: string, dueDate: string, responsibles: string): string;
  mailSubject(heading: string): string;
  mailFooter: string;
}

export const PRODUCT = 'Internkontroll 365';

export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

export function joinNames(list: readonly string[], and: string): string {
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} ${and} ${list[list.length - 1]}`;
}

/** "1 åtgärd", "2 aktiviteter", "1 chapter": a measure kind's noun from the plan-kind configuration, a chapter's from `chapter`. */
export function counted(group: AskedGroup, locale: Locale, chapter: { one: string; many: string }): string {
  const noun = group.measureKind === null ? chapter : measureKinds[group.measureKind].label[locale];
  return `${group.count} ${(group.count === 1 ? noun.one : noun.many).toLocaleLowerCase(locale)}`;
}

/** The groups of one request type, in the order given. */
export function groupsOf(groups: readonly AskedGroup[], type: RequestType): AskedGroup[] {
  return groups.filter((g) => g.requestType === type);
}

export function total(groups: readonly AskedGroup[]): number {
  return groups.reduce((n, g) => n + g.count, 0);
}
