/**
 * The texts every channel derives from one reminder message (phase, heading, earliest deadline, who has
 * not answered), computed once so that the card, the activity notification and the mail say the same.
 */
import { ReminderMessage } from '../types';
import { phaseOf, ReminderPhase } from './phase';
import { ReminderWording, wordingFor } from './wording';

export type ReminderItem = ReminderMessage['items'][number];

export interface MessageSummary {
  /** The most urgent item (earliest deadline): its link is the notification's, its title the template's. */
  lead: ReminderItem;
  phase: ReminderPhase;
  wording: ReminderWording;
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

function responsibleNames(message: ReminderMessage): string[] {
  const names = message.items.map((item) => item.responsible).filter((name): name is string => name !== null && name.trim() !== '');
  return names.filter((name, index) => names.indexOf(name) === index);
}

export function summarize(message: ReminderMessage): MessageSummary {
  if (message.items.length === 0) throw new Error(`A reminder to ${message.recipient.upn} has no items.`);
  const wording = wordingFor(message.locale);
  const phase = phaseOf(message);
  const lead = message.items.reduce((a, b) => (b.deadline < a.deadline ? b : a));
  const dueDate = wording.date(lead.deadline);
  const names = responsibleNames(message);
  const responsibles = wording.names(names.length > 0 ? names : [message.recipient.displayName]);
  const count = message.items.length;
  return {
    lead,
    phase,
    wording,
    dueDate,
    responsibles,
    heading: wording.heading(phase, dueDate, responsibles),
    intro: wording.intro(phase, count),
    preview: wording.preview(phase, wording.about(count, lead.measureTitle), dueDate, responsibles),
    measureTitle: wording.measureTitle(count, lead.measureTitle),
    topic: `${lead.planTitle} – ${lead.periodTitle}`
  };
}
