/**
 * The texts every channel derives from one reminder message (phase, what is asked, heading, earliest
 * deadline, who has not answered), computed once so that the card, the activity notification and the
 * mail say the same.
 */
import { RequestType } from '../../model/planKinds';
import { MEASURE_KINDS, MeasureKind } from '../../model/types';
import { ReminderMessage } from '../types';
import { phaseOf, ReminderPhase } from './phase';
import { AskedGroup, DigestType, ReminderWording, wordingFor } from './wording';

export type ReminderItem = ReminderMessage['items'][number];

export interface MessageSummary {
  /** The most urgent item (earliest deadline): its link is the notification's, its title the template's. */
  lead: ReminderItem;
  phase: ReminderPhase;
  wording: ReminderWording;
  /** One request type, or `mixed`. */
  type: DigestType;
  /** What the message asks about, counted by request type and measure kind. */
  groups: AskedGroup[];
  /** The earliest deadline among the items, formatted for the locale. */
  dueDate: string;
  /** Escalations: the people who have not answered ("A och B"); otherwise the recipient. */
  responsibles: string;
  heading: string;
  intro: string;
  /** One sentence for notification previews. */
  preview: string;
  /** The activity template's `{measureTitle}`. */
  measureTitle: string;
  /** "Plan – Period" of the lead item. */
  topic: string;
}

const TYPE_ORDER: readonly RequestType[] = ['status', 'value', 'chapter'];

/** The item's kind for naming it: a chapter has none, a value is an indicator's, anything else a measure's unless it says. */
export function measureKindOf(item: ReminderItem): MeasureKind | null {
  if (item.requestType === 'chapter') return null;
  return item.measureKind ?? (item.requestType === 'value' ? 'indicator' : 'measure');
}

/** The items counted per (request type, measure kind), in a fixed order: status, value, chapter; measure kinds as the model lists them. */
export function askedGroups(items: readonly ReminderItem[]): AskedGroup[] {
  const rank = (g: Pick<AskedGroup, 'requestType' | 'measureKind'>): number =>
    TYPE_ORDER.indexOf(g.requestType) * 100 + (g.measureKind === null ? 0 : MEASURE_KINDS.indexOf(g.measureKind));
  const groups: AskedGroup[] = [];
  for (const item of items) {
    const measureKind = measureKindOf(item);
    const group = groups.find((g) => g.requestType === item.requestType && g.measureKind === measureKind);
    if (group) group.count += 1;
    else groups.push({ requestType: item.requestType, measureKind, count: 1 });
  }
  return groups.sort((a, b) => rank(a) - rank(b));
}

function responsibleNames(message: ReminderMessage): string[] {
  const names = message.items.map((item) => item.responsible).filter((name): name is string => name !== null && name.trim() !== '');
  return names.filter((name, index) => names.indexOf(name) === index);
}

export function summarize(message: ReminderMessage): MessageSummary {
  if (message.items.length === 0) throw new Error(`A reminder to ${message.recipient.upn} has no items.`);
  const wording = wordingFor(message.locale);
  const phase = phaseOf(message);
  const groups = askedGroups(message.items);
  const types = new Set(groups.map((g) => g.requestType));
  const type: DigestType = types.size === 1 ? groups[0].requestType : 'mixed';
  const lead = message.items.reduce((a, b) => (b.deadline < a.deadline ? b : a));
  const dueDate = wording.date(lead.deadline);
  const names = responsibleNames(message);
  const responsibles = wording.names(names.length > 0 ? names : [message.recipient.displayName]);
  const count = message.items.length;
  return {
    lead,
    phase,
    wording,
    type,
    groups,
    dueDate,
    responsibles,
    heading: wording.heading(phase, type, count, dueDate, responsibles),
    intro: wording.intro(phase, groups),
    preview: wording.preview(phase, type, wording.about(groups, lead.measureTitle), dueDate, responsibles),
    measureTitle: wording.measureTitle(count, lead.measureTitle),
    topic: `${lead.planTitle} – ${lead.periodTitle}`
  };
}
