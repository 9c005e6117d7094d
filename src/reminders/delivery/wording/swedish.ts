/** The reminders' Swedish texts (see wording.ts): the default language of the product. */
import { RequestType } from '../../../model/planKinds';
import { ReminderPhase } from '../phase';
import { AskedGroup, counted, dateParts, DigestType, groupsOf, joinNames, PRODUCT, ReminderWording, total } from './common';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const CHAPTER = { one: 'kapitel', many: 'kapitel' };
const TYPES: readonly RequestType[] = ['status', 'value', 'chapter'];
const and = (list: readonly string[]): string => joinNames(list, 'och');

/** "2 åtgärder och 1 aktivitet" for the groups of one type. */
function counts(groups: readonly AskedGroup[]): string {
  return and(groups.map((g) => counted(g, 'sv-SE', CHAPTER)));
}

/** What is left to do per type, for the holder: "… att lämna status för", "… att rapportera utfall för", "… att skriva". */
const todo: Record<RequestType, (counts: string) => string> = {
  status: (c) => `${c} att lämna status för`,
  value: (c) => `${c} att rapportera utfall för`,
  chapter: (c) => `${c} att skriva`
};

/** What is missing per type, for the manager. */
const missing: Record<RequestType, (counts: string) => string> = {
  status: (c) => `${c} saknar status`,
  value: (c) => `${c} saknar utfall`,
  chapter: (c) => `${c} har inte lämnats in`
};

function list(groups: readonly AskedGroup[], phrase: Record<RequestType, (counts: string) => string>): string {
  return and(TYPES.filter((t) => groupsOf(groups, t).length > 0).map((t) => phrase[t](counts(groupsOf(groups, t)))));
}

type Headings = Record<ReminderPhase, (count: number, dueDate: string, who: string) => string>;

const headings: Record<DigestType, Headings> = {
  status: {
    request: () => 'Dags att lämna status',
    reminder: (_n, d) => `Påminnelse: statusen ska lämnas senast ${d}`,
    overdue: () => 'Statusen är försenad',
    escalation: (_n, _d, who) => `Eskalering: ${who} har inte lämnat status`
  },
  value: {
    request: () => 'Dags att rapportera utfall',
    reminder: (n, d) => `Påminnelse: ${n === 1 ? 'utfallet' : 'utfallen'} ska rapporteras senast ${d}`,
    overdue: (n) => (n === 1 ? 'Utfallet är försenat' : 'Utfallen är försenade'),
    escalation: (_n, _d, who) => `Eskalering: ${who} har inte rapporterat utfall`
  },
  chapter: {
    request: (n) => `Dags att skriva ${n === 1 ? 'ditt kapitel' : 'dina kapitel'} i säkerhetsberättelsen`,
    reminder: (n, d) => `Påminnelse: ${n === 1 ? 'kapitlet' : 'kapitlen'} ska lämnas in senast ${d}`,
    overdue: (n) => (n === 1 ? 'Kapitlet är försenat' : 'Kapitlen är försenade'),
    escalation: (n, _d, who) => `Eskalering: ${who} har inte lämnat in ${n === 1 ? 'kapitlet' : 'kapitlen'}`
  },
  mixed: {
    request: () => 'Dags för uppföljning',
    reminder: (_n, d) => `Påminnelse: svaren ska lämnas senast ${d}`,
    overdue: () => 'Svaren är försenade',
    escalation: (_n, _d, who) => `Eskalering: ${who} har inte svarat`
  }
};

const previews: Record<DigestType, Record<ReminderPhase, (about: string, d: string, who: string) => string>> = {
  status: {
    request: (a, d) => `Lämna status för ${a} senast ${d}.`,
    reminder: (a, d) => `Påminnelse: status för ${a} ska lämnas senast ${d}.`,
    overdue: (a, d) => `Statusen för ${a} är försenad (senast ${d}).`,
    escalation: (a, d, who) => `${who} har inte lämnat status för ${a} (senast ${d}).`
  },
  value: {
    request: (a, d) => `Rapportera utfall för ${a} senast ${d}.`,
    reminder: (a, d) => `Påminnelse: utfall för ${a} ska rapporteras senast ${d}.`,
    overdue: (a, d) => `Utfallet för ${a} är försenat (senast ${d}).`,
    escalation: (a, d, who) => `${who} har inte rapporterat utfall för ${a} (senast ${d}).`
  },
  chapter: {
    request: (a, d) => `Skriv och lämna in ${a} senast ${d}.`,
    reminder: (a, d) => `Påminnelse: ${a} ska lämnas in senast ${d}.`,
    overdue: (a, d) => `Inlämningen av ${a} är försenad (senast ${d}).`,
    escalation: (a, d, who) => `${who} har inte lämnat in ${a} (senast ${d}).`
  },
  mixed: {
    request: (a, d) => `Följ upp ${a} senast ${d}.`,
    reminder: (a, d) => `Påminnelse: ${a} ska följas upp senast ${d}.`,
    overdue: (a, d) => `Uppföljningen av ${a} är försenad (senast ${d}).`,
    escalation: (a, d, who) => `${who} har inte följt upp ${a} (senast ${d}).`
  }
};

const asks: Record<RequestType, { holder: string; manager: string }> = {
  status: { holder: 'Lämna status', manager: 'Status saknas' },
  value: { holder: 'Rapportera utfall för indikatorn', manager: 'Utfall saknas' },
  chapter: { holder: 'Skriv och lämna in kapitlet', manager: 'Kapitlet är inte inlämnat' }
};

export const swedish: ReminderWording = {
  heading: (phase, type, count, dueDate, responsibles) => headings[type][phase](count, dueDate, responsibles),
  intro: (phase, groups) => {
    switch (phase) {
      case 'request': return `Du har ${list(groups, todo)}.`;
      case 'reminder': return `Du har fortfarande ${list(groups, todo)}.`;
      case 'overdue': return `Sista dagen har passerat och du har fortfarande ${list(groups, todo)}. Svara så snart som möjligt.`;
      case 'escalation': return `Du får det här som chef: sista dagen har passerat, men ${list(groups, missing)}.`;
    }
  },
  ask: (type, escalation) => (escalation ? asks[type].manager : asks[type].holder),
  labels: { plan: 'Plan', period: 'Period', deadline: 'Senast', responsible: 'Ansvarig', open: 'Öppna i Teams' },
  daysLeft: (days) => {
    if (days === 0) return 'sista dagen i dag';
    if (days > 0) return days === 1 ? '1 dag kvar' : `${days} dagar kvar`;
    return days === -1 ? '1 dag sen' : `${-days} dagar sen`;
  },
  date: (date) => {
    const { year, month, day } = dateParts(date);
    return `${day} ${MONTHS[month - 1]} ${year}`;
  },
  names: (names) => and(names),
  about: (groups, firstTitle) => (total(groups) === 1 ? firstTitle : counts(groups)),
  measureTitle: (count, firstTitle) => (count === 1 ? firstTitle : `${firstTitle} och ${count - 1} till`),
  preview: (phase, type, about, dueDate, responsibles) => previews[type][phase](about, dueDate, responsibles),
  mailSubject: (heading) => `${PRODUCT}: ${heading}`,
  mailFooter: `Varje länk öppnar sin uppgift i Mina uppföljningar i Microsoft Teams. Meddelandet skickades automatiskt av ${PRODUCT}.`
};
