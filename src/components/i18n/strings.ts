/**
 * Every string the views show, Swedish first and English second. One typed source: a missing
 * translation is a compile error.
 */
import { Locale } from '../../model/statusLegend';
import { Handling, PlanKind, PlanState } from '../../model/types';

export interface Strings {
  appName: string;
  loading: string;
  errorTitle: string;
  retry: string;
  noPlans: string;
  plan: string;
  period: string;
  year: string;
  diaryNumber: string;
  decided: string;
  deadline: string;
  planKinds: Record<PlanKind, string>;
  planStates: Record<PlanState, string>;
  handlings: Record<Handling, string>;
  register: {
    title: string;
    search: string;
    risk: string;
    consequence: string;
    handling: string;
    cause: string;
    measure: string;
    responsible: string;
    status: string;
    previous: string;
    comment: string;
    strategy: string;
    objective: string;
    riskValue: string;
    noItems: string;
    unanswered: string;
    confidential: string;
    /** `items`: what the plan's items are called, plural and lower case (risker, fokusområden). */
    itemsShown: (shown: number, total: number, items?: string) => string;
    searchIn: (items: string, measures: string) => string;
  };
  overview: {
    title: string;
    /** `measures`: what is followed up, plural and lower case (åtgärder, aktiviteter). */
    answered: (answered: number, total: number, measures?: string) => string;
    late: (n: number) => string;
    chase: string;
    nobodyToChase: string;
    unassigned: string;
  };
  heatMap: {
    title: string;
    probability: string;
    consequence: string;
    cellLabel: (count: number, probability: string, consequence: string) => string;
    clearFilter: string;
  };
  followUps: {
    title: string;
    intro: (name: string) => string;
    none: string;
    overdue: string;
    daysLeft: (days: number) => string;
    dueToday: string;
    overdueBy: (days: number) => string;
    previousAnswer: string;
    noPreviousAnswer: string;
    chooseStatus: string;
    chooseStatusFor: (noun: string) => string;
    commentLabel: string;
    commentPlaceholder: string;
    send: string;
    sending: string;
    sent: (measure: string) => string;
    commentRequired: string;
    statusRequired: string;
    deepLinked: string;
    risk: string;
  };
  board: {
    title: string;
    statusOf: (period: string) => string;
    summary: string;
    noReport: string;
    confidentialMasked: string;
    print: string;
    legend: string;
  };
  status: { none: string };
}

const sv: Strings = {
  appName: 'Internkontroll 365',
  loading: 'Hämtar uppgifter …',
  errorTitle: 'Något gick fel när uppgifterna skulle hämtas.',
  retry: 'Försök igen',
  noPlans: 'Det finns inga planer ännu.',
  plan: 'Plan',
  period: 'Uppföljning',
  year: 'År',
  diaryNumber: 'Dnr',
  decided: 'Beslutad',
  deadline: 'Sista svarsdag',
  planKinds: { internalControl: 'Internkontrollplan', patientSafety: 'Handlingsplan för patientsäkerhet', scorecard: 'Styrkort', securityReport: 'Säkerhetsberättelse' },
  planStates: { draft: 'Utkast', decided: 'Beslutad', followUp: 'Under uppföljning', closed: 'Avslutad' },
  handlings: { accept: 'Behålla', reduce: 'Begränsa', eliminate: 'Eliminera' },
  register: {
    title: 'Riskregister',
    search: 'Sök bland risker och åtgärder',
    risk: 'Risk',
    consequence: 'Konsekvens',
    handling: 'Hantering',
    cause: 'Bakomliggande orsak',
    measure: 'Åtgärd',
    responsible: 'Ansvarig',
    status: 'Status',
    previous: 'Föregående',
    comment: 'Kommentar',
    strategy: 'Strategi',
    objective: 'Internkontrollmål',
    riskValue: 'Riskvärde',
    noItems: 'Inga risker matchar urvalet.',
    unanswered: 'Ej besvarad',
    confidential: 'Sekretess',
    itemsShown: (shown, total, items = 'risker') => `Visar ${shown} av ${total} ${items}`,
    searchIn: (items, measures) => `Sök bland ${items} och ${measures}`
  },
  overview: {
    title: 'Läget i uppföljningen',
    answered: (a, t, measures = 'åtgärder') => `${a} av ${t} ${measures} besvarade`,
    late: (n) => (n === 1 ? '1 försenad' : `${n} försenade`),
    chase: 'Att påminna',
    nobodyToChase: 'Alla har svarat.',
    unassigned: 'Ingen ansvarig'
  },
  heatMap: {
    title: 'Riskkarta',
    probability: 'Sannolikhet',
    consequence: 'Konsekvens',
    cellLabel: (n, p, c) => `${n} risker med sannolikhet ${p} och konsekvens ${c}`,
    clearFilter: 'Visa alla risker'
  },
  followUps: {
    title: 'Mina uppföljningar',
    intro: (name) => `Hej ${name}! Här är åtgärderna du ska lämna status för.`,
    none: 'Du har inga obesvarade uppföljningar just nu.',
    overdue: 'Försenad',
    daysLeft: (d) => (d === 1 ? '1 dag kvar' : `${d} dagar kvar`),
    dueToday: 'Sista dag i dag',
    overdueBy: (d) => (d === 1 ? '1 dag sen' : `${d} dagar sen`),
    previousAnswer: 'Förra uppföljningen',
    noPreviousAnswer: 'Ingen tidigare status',
    chooseStatus: 'Hur går det med åtgärden?',
    chooseStatusFor: (noun) => `Hur går det med ${noun}?`,
    commentLabel: 'Kommentera status',
    commentPlaceholder: 'Är åtgärden genomförd? Beskriv kort vad som är gjort och vad som återstår.',
    send: 'Skicka status',
    sending: 'Skickar …',
    sent: (m) => `Tack! Din status för ”${m}” är skickad.`,
    commentRequired: 'Skriv en kommentar till statusen.',
    statusRequired: 'Välj en färg.',
    deepLinked: 'Öppnad från din påminnelse',
    risk: 'Risk'
  },
  board: {
    title: 'Nämndvy',
    statusOf: (p) => `Status ${p}`,
    summary: 'Sammanfattning',
    noReport: 'Ingen status lämnad',
    confidentialMasked: 'Uppgiften omfattas av sekretess',
    print: 'Skriv ut',
    legend: 'Förklaring'
  },
  status: { none: 'Ingen status' }
};

const en: Strings = {
  appName: 'Internkontroll 365',
  loading: 'Loading …',
  errorTitle: 'Something went wrong while loading.',
  retry: 'Try again',
  noPlans: 'There are no plans yet.',
  plan: 'Plan',
  period: 'Follow-up',
  year: 'Year',
  diaryNumber: 'Ref. no.',
  decided: 'Decided',
  deadline: 'Deadline',
  planKinds: { internalControl: 'Internal control plan', patientSafety: 'Patient safety action plan', scorecard: 'Scorecard', securityReport: 'Security report' },
  planStates: { draft: 'Draft', decided: 'Decided', followUp: 'Being followed up', closed: 'Closed' },
  handlings: { accept: 'Accept', reduce: 'Reduce', eliminate: 'Eliminate' },
  register: {
    title: 'Risk register',
    search: 'Search risks and measures',
    risk: 'Risk',
    consequence: 'Consequence',
    handling: 'Handling',
    cause: 'Underlying cause',
    measure: 'Measure',
    responsible: 'Responsible',
    status: 'Status',
    previous: 'Previous',
    comment: 'Comment',
    strategy: 'Strategy',
    objective: 'Control objective',
    riskValue: 'Risk value',
    noItems: 'No risks match the selection.',
    unanswered: 'Not answered',
    confidential: 'Confidential',
    itemsShown: (shown, total, items = 'risks') => `Showing ${shown} of ${total} ${items}`,
    searchIn: (items, measures) => `Search ${items} and ${measures}`
  },
  overview: {
    title: 'Follow-up status',
    answered: (a, t, measures = 'measures') => `${a} of ${t} ${measures} answered`,
    late: (n) => `${n} late`,
    chase: 'To remind',
    nobodyToChase: 'Everyone has answered.',
    unassigned: 'No one responsible'
  },
  heatMap: {
    title: 'Heat map',
    probability: 'Probability',
    consequence: 'Consequence',
    cellLabel: (n, p, c) => `${n} risks with probability ${p} and consequence ${c}`,
    clearFilter: 'Show all risks'
  },
  followUps: {
    title: 'My follow-ups',
    intro: (name) => `Hello ${name}! These are the measures to report status on.`,
    none: 'You have no unanswered follow-ups right now.',
    overdue: 'Overdue',
    daysLeft: (d) => (d === 1 ? '1 day left' : `${d} days left`),
    dueToday: 'Due today',
    overdueBy: (d) => (d === 1 ? '1 day late' : `${d} days late`),
    previousAnswer: 'Previous follow-up',
    noPreviousAnswer: 'No earlier status',
    chooseStatus: 'How is the measure going?',
    chooseStatusFor: (noun) => `How is ${noun} going?`,
    commentLabel: 'Comment on the status',
    commentPlaceholder: 'Is the measure done? Briefly describe what is done and what remains.',
    send: 'Send status',
    sending: 'Sending …',
    sent: (m) => `Thank you! Your status for “${m}” has been sent.`,
    commentRequired: 'Write a comment on the status.',
    statusRequired: 'Choose a colour.',
    deepLinked: 'Opened from your reminder',
    risk: 'Risk'
  },
  board: {
    title: 'Board view',
    statusOf: (p) => `Status ${p}`,
    summary: 'Summary',
    noReport: 'No status reported',
    confidentialMasked: 'This information is confidential',
    print: 'Print',
    legend: 'Legend'
  },
  status: { none: 'No status' }
};

export const strings: Record<Locale, Strings> = { 'sv-SE': sv, 'en-US': en };
