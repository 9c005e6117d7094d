/** The reminders' English texts (see wording.ts), for recipients whose locale is en-US. */
import { RequestType } from '../../../model/planKinds';
import { ReminderPhase } from '../phase';
import { AskedGroup, counted, dateParts, DigestType, groupsOf, joinNames, PRODUCT, ReminderWording, total } from './common';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CHAPTER = { one: 'chapter', many: 'chapters' };
const TYPES: readonly RequestType[] = ['status', 'value', 'chapter'];
const and = (list: readonly string[]): string => joinNames(list, 'and');

function counts(groups: readonly AskedGroup[]): string {
  return and(groups.map((g) => counted(g, 'en-US', CHAPTER)));
}

const has = (n: number): string => (n === 1 ? 'has' : 'have');

const todo: Record<RequestType, (counts: string, n: number) => string> = {
  status: (c) => `${c} to report status for`,
  value: (c, n) => `${c} to report ${n === 1 ? 'a value' : 'values'} for`,
  chapter: (c) => `${c} to write`
};

const missing: Record<RequestType, (counts: string, n: number) => string> = {
  status: (c, n) => `${c} ${has(n)} no status`,
  value: (c, n) => `${c} ${has(n)} no value`,
  chapter: (c, n) => `${c} ${has(n)} not been submitted`
};

function list(groups: readonly AskedGroup[], phrase: Record<RequestType, (counts: string, n: number) => string>): string {
  return and(TYPES.filter((t) => groupsOf(groups, t).length > 0)
    .map((t) => phrase[t](counts(groupsOf(groups, t)), total(groupsOf(groups, t)))));
}

type Headings = Record<ReminderPhase, (count: number, dueDate: string, who: string) => string>;

const headings: Record<DigestType, Headings> = {
  status: {
    request: () => 'Time to report status',
    reminder: (_n, d) => `Reminder: status is due by ${d}`,
    overdue: () => 'Status is overdue',
    escalation: (_n, _d, who) => `Escalation: no status from ${who}`
  },
  value: {
    request: () => 'Time to report indicator values',
    reminder: (n, d) => `Reminder: ${n === 1 ? 'the value is' : 'the values are'} due by ${d}`,
    overdue: (n) => (n === 1 ? 'The value is overdue' : 'The values are overdue'),
    escalation: (_n, _d, who) => `Escalation: no values from ${who}`
  },
  chapter: {
    request: (n) => `Time to write your ${n === 1 ? 'chapter' : 'chapters'} of the security report`,
    reminder: (n, d) => `Reminder: ${n === 1 ? 'the chapter is' : 'the chapters are'} due by ${d}`,
    overdue: (n) => (n === 1 ? 'The chapter is overdue' : 'The chapters are overdue'),
    escalation: (_n, _d, who) => `Escalation: no chapter from ${who}`
  },
  mixed: {
    request: () => 'Time for the follow-up',
    reminder: (_n, d) => `Reminder: your answers are due by ${d}`,
    overdue: () => 'Your answers are overdue',
    escalation: (_n, _d, who) => `Escalation: no answers from ${who}`
  }
};

const previews: Record<DigestType, Record<ReminderPhase, (about: string, d: string, who: string) => string>> = {
  status: {
    request: (a, d) => `Please report status for ${a} by ${d}.`,
    reminder: (a, d) => `Reminder: status for ${a} is due by ${d}.`,
    overdue: (a, d) => `Status for ${a} is overdue (due ${d}).`,
    escalation: (a, d, who) => `No status from ${who} for ${a} (due ${d}).`
  },
  value: {
    request: (a, d) => `Please report values for ${a} by ${d}.`,
    reminder: (a, d) => `Reminder: values for ${a} are due by ${d}.`,
    overdue: (a, d) => `Values for ${a} are overdue (due ${d}).`,
    escalation: (a, d, who) => `No values from ${who} for ${a} (due ${d}).`
  },
  chapter: {
    request: (a, d) => `Please write and submit ${a} by ${d}.`,
    reminder: (a, d) => `Reminder: please submit ${a} by ${d}.`,
    overdue: (a, d) => `Submitting ${a} is overdue (due ${d}).`,
    escalation: (a, d, who) => `Not submitted by ${who}: ${a} (due ${d}).`
  },
  mixed: {
    request: (a, d) => `Please follow up ${a} by ${d}.`,
    reminder: (a, d) => `Reminder: please follow up ${a} by ${d}.`,
    overdue: (a, d) => `Following up ${a} is overdue (due ${d}).`,
    escalation: (a, d, who) => `No answers from ${who} for ${a} (due ${d}).`
  }
};

const asks: Record<RequestType, { holder: string; manager: string }> = {
  status: { holder: 'Report status', manager: 'No status yet' },
  value: { holder: 'Report the indicator’s value', manager: 'No value yet' },
  chapter: { holder: 'Write and submit the chapter', manager: 'Chapter not submitted' }
};

export const english: ReminderWording = {
  heading: (phase, type, count, dueDate, responsibles) => headings[type][phase](count, dueDate, responsibles),
  intro: (phase, groups) => {
    switch (phase) {
      case 'request': return `You have ${list(groups, todo)}.`;
      case 'reminder': return `You still have ${list(groups, todo)}.`;
      case 'overdue': return `The deadline has passed and you still have ${list(groups, todo)}. Please answer as soon as possible.`;
      case 'escalation': return `You receive this as the manager: the deadline has passed, but ${list(groups, missing)}.`;
    }
  },
  ask: (type, escalation) => (escalation ? asks[type].manager : asks[type].holder),
  labels: { plan: 'Plan', period: 'Period', deadline: 'Due', responsible: 'Responsible', open: 'Open in Teams' },
  daysLeft: (days) => {
    if (days === 0) return 'due today';
    if (days > 0) return days === 1 ? '1 day left' : `${days} days left`;
    return days === -1 ? '1 day late' : `${-days} days late`;
  },
  date: (date) => {
    const { year, month, day } = dateParts(date);
    return `${MONTHS[month - 1]} ${day}, ${year}`;
  },
  names: (names) => and(names),
  about: (groups, firstTitle) => (total(groups) === 1 ? firstTitle : counts(groups)),
  measureTitle: (count, firstTitle) => (count === 1 ? firstTitle : `${firstTitle} and ${count - 1} more`),
  preview: (phase, type, about, dueDate, responsibles) => previews[type][phase](about, dueDate, responsibles),
  mailSubject: (heading) => `${PRODUCT}: ${heading}`,
  mailFooter: `Each link opens its task in My follow-ups in Microsoft Teams. This message was sent automatically by ${PRODUCT}.`
};
