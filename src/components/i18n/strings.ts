/**
 * The strings the views share, Swedish first and English second. One typed source: a missing
 * translation is a compile error. A view's own strings live beside it (e.g. followUpStrings.ts,
 * registerStrings.ts) or, for the board page, in boardStrings.ts, so each web part's bundle carries
 * only the strings it shows.
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
  status: { none: 'No status' }
};

export const strings: Record<Locale, Strings> = { 'sv-SE': sv, 'en-US': en };
