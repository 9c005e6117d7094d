/**
 * What reminders say, in Swedish (first) and English: headings, intros, labels, "x dagar kvar", dates and
 * the short texts of activity notifications and mail subjects. Plain text only: each renderer escapes it
 * for its own format (escaping.ts). One place for the words, so card, notification and mail agree.
 */
import { Locale } from '../../model/statusLegend';
import { IsoDate } from '../../model/types';
import { ReminderPhase } from './phase';

export interface ReminderWording {
  heading(phase: ReminderPhase, dueDate: string, responsibles: string): string;
  intro(phase: ReminderPhase, count: number): string;
  labels: { plan: string; period: string; deadline: string; responsible: string; open: string };
  daysLeft(days: number): string;
  date(date: IsoDate): string;
  /** "A, B och C". */
  names(names: string[]): string;
  /** The subject of a short text: the measure's title, or "3 åtgärder". */
  about(count: number, firstTitle: string): string;
  /** The manifest's `{measureTitle}`: the first title, with "och 2 till" when there are more. */
  measureTitle(count: number, firstTitle: string): string;
  preview(phase: ReminderPhase, about: string, dueDate: string, responsibles: string): string;
  mailSubject(heading: string): string;
  mailFooter: string;
}

const PRODUCT = 'Internkontroll 365';

function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

function joinNames(list: string[], and: string): string {
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} ${and} ${list[list.length - 1]}`;
}

const SV_MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

const swedish: ReminderWording = {
  heading: (phase, dueDate, responsibles) => {
    switch (phase) {
      case 'request': return 'Dags att lämna status';
      case 'reminder': return `Påminnelse: statusen ska lämnas senast ${dueDate}`;
      case 'overdue': return 'Statusen är försenad';
      case 'escalation': return `Eskalering: ${responsibles} har inte lämnat status`;
    }
  },
  intro: (phase, count) => {
    const them = count === 1 ? 'åtgärden nedan' : `de ${count} åtgärderna nedan`;
    switch (phase) {
      case 'request': return `Lämna status för ${them} inför uppföljningen.`;
      case 'reminder': return `Statusen för ${them} har inte lämnats än.`;
      case 'overdue': return `Sista dagen har passerat. Lämna status för ${them} så snart som möjligt.`;
      case 'escalation': return `Du får det här som chef: ${them} saknar status trots att sista dagen har passerat.`;
    }
  },
  labels: { plan: 'Plan', period: 'Period', deadline: 'Senast', responsible: 'Ansvarig', open: 'Öppna i Teams' },
  daysLeft: (days) => {
    if (days === 0) return 'sista dagen i dag';
    if (days > 0) return days === 1 ? '1 dag kvar' : `${days} dagar kvar`;
    return days === -1 ? '1 dag sen' : `${-days} dagar sen`;
  },
  date: (date) => {
    const { year, month, day } = dateParts(date);
    return `${day} ${SV_MONTHS[month - 1]} ${year}`;
  },
  names: (list) => joinNames(list, 'och'),
  about: (count, firstTitle) => (count === 1 ? firstTitle : `${count} åtgärder`),
  measureTitle: (count, firstTitle) => (count === 1 ? firstTitle : `${firstTitle} och ${count - 1} till`),
  preview: (phase, about, dueDate, responsibles) => {
    switch (phase) {
      case 'request': return `Lämna status för ${about} senast ${dueDate}.`;
      case 'reminder': return `Påminnelse: status för ${about} ska lämnas senast ${dueDate}.`;
      case 'overdue': return `Statusen för ${about} är försenad (senast ${dueDate}).`;
      case 'escalation': return `${responsibles} har inte lämnat status för ${about} (senast ${dueDate}).`;
    }
  },
  mailSubject: (heading) => `${PRODUCT}: ${heading}`,
  mailFooter: `Länkarna öppnar åtgärden i Mina uppföljningar i Microsoft Teams. Meddelandet skickades automatiskt av ${PRODUCT}.`
};

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const english: ReminderWording = {
  heading: (phase, dueDate, responsibles) => {
    switch (phase) {
      case 'request': return 'Time to report status';
      case 'reminder': return `Reminder: status is due by ${dueDate}`;
      case 'overdue': return 'Status is overdue';
      case 'escalation': return `Escalation: no status from ${responsibles}`;
    }
  },
  intro: (phase, count) => {
    const them = count === 1 ? 'the measure below' : `the ${count} measures below`;
    switch (phase) {
      case 'request': return `Please report status for ${them} before the follow-up.`;
      case 'reminder': return `Status for ${them} has not been reported yet.`;
      case 'overdue': return `The deadline has passed. Please report status for ${them} as soon as possible.`;
      case 'escalation': return `You receive this as the manager: ${them} ${count === 1 ? 'has' : 'have'} no status although the deadline has passed.`;
    }
  },
  labels: { plan: 'Plan', period: 'Period', deadline: 'Due', responsible: 'Responsible', open: 'Open in Teams' },
  daysLeft: (days) => {
    if (days === 0) return 'due today';
    if (days > 0) return days === 1 ? '1 day left' : `${days} days left`;
    return days === -1 ? '1 day late' : `${-days} days late`;
  },
  date: (date) => {
    const { year, month, day } = dateParts(date);
    return `${EN_MONTHS[month - 1]} ${day}, ${year}`;
  },
  names: (list) => joinNames(list, 'and'),
  about: (count, firstTitle) => (count === 1 ? firstTitle : `${count} measures`),
  measureTitle: (count, firstTitle) => (count === 1 ? firstTitle : `${firstTitle} and ${count - 1} more`),
  preview: (phase, about, dueDate, responsibles) => {
    switch (phase) {
      case 'request': return `Please report status for ${about} by ${dueDate}.`;
      case 'reminder': return `Reminder: status for ${about} is due by ${dueDate}.`;
      case 'overdue': return `Status for ${about} is overdue (due ${dueDate}).`;
      case 'escalation': return `No status from ${responsibles} for ${about} (due ${dueDate}).`;
    }
  },
  mailSubject: (heading) => `${PRODUCT}: ${heading}`,
  mailFooter: `The links open the measure in My follow-ups in Microsoft Teams. This message was sent automatically by ${PRODUCT}.`
};

/** Swedish unless the recipient's locale is English. */
export function wordingFor(locale: Locale): ReminderWording {
  return locale === 'en-US' ? english : swedish;
}
