/**
 * The action plan view's own strings, Swedish first and English second. The nouns of the plan kind
 * (focus area, activity, follow-up) come from its vocabulary in model/planKinds.ts; the shared strings
 * (plan, period, loading) from i18n/strings.ts.
 */
import { Locale } from '../../model/statusLegend';

export interface ActionPlanStrings {
  foundations: string;
  strategies: string;
  purpose: string;
  overarchingGoals: string;
  goal: string;
  method: string;
  responsible: string;
  status: string;
  lead: string;
  unanswered: string;
  closed: string;
  answeredBy: (name: string, date: string) => string;
  answeredAt: (date: string) => string;
  noneAdded: (things: string) => string;
  noFoundations: string;
  noPeriod: string;
  activitiesOf: (activities: string, focusArea: string) => string;
  summaryOf: (followUp: string, period: string) => string;
  answered: (answered: number, total: number) => string;
  unansweredCount: (unanswered: number, late: number) => string;
  colourCounts: string;
  print: string;
  nationalArea: (title: string) => string;
}

const sv: ActionPlanStrings = {
  foundations: 'Grundläggande förutsättningar',
  strategies: 'Strategier',
  purpose: 'Fokusområdet syftar till att',
  overarchingGoals: 'Övergripande mål',
  goal: 'Mål',
  method: 'Metod/Datakälla',
  responsible: 'Ansvarig',
  status: 'Status',
  lead: 'leder',
  unanswered: 'Ej besvarad',
  closed: 'Avslutad',
  answeredBy: (name, date) => `Besvarad av ${name} ${date}`,
  answeredAt: (date) => `Besvarad ${date}`,
  noneAdded: (things) => `Inga ${things.toLowerCase()} är inlagda.`,
  noFoundations: 'Inga grundläggande förutsättningar är inlagda.',
  noPeriod: 'Planen har ännu ingen uppföljning, så status visas inte.',
  activitiesOf: (activities, focusArea) => `${activities} inom ${focusArea}`,
  summaryOf: (followUp, period) => `${followUp}: ${period}`,
  answered: (answered, total) => `${answered} av ${total} besvarade`,
  unansweredCount: (unanswered, late) => `${unanswered} ej besvarade${late > 0 ? `, varav ${late} efter sista svarsdag` : ''}`,
  colourCounts: 'Antal per status',
  print: 'Skriv ut',
  nationalArea: (title) => `Nationellt fokusområde: ${title}`
};

const en: ActionPlanStrings = {
  foundations: 'Foundations',
  strategies: 'Strategies',
  purpose: 'The focus area aims to',
  overarchingGoals: 'Overarching goals',
  goal: 'Goal',
  method: 'Method/Data source',
  responsible: 'Responsible',
  status: 'Status',
  lead: 'leads',
  unanswered: 'Not answered',
  closed: 'Closed',
  answeredBy: (name, date) => `Answered by ${name} on ${date}`,
  answeredAt: (date) => `Answered on ${date}`,
  noneAdded: (things) => `No ${things.toLowerCase()} have been added.`,
  noFoundations: 'No foundations have been added.',
  noPeriod: 'The plan has no follow-up yet, so no status is shown.',
  activitiesOf: (activities, focusArea) => `${activities} in ${focusArea}`,
  summaryOf: (followUp, period) => `${followUp}: ${period}`,
  answered: (answered, total) => `${answered} of ${total} answered`,
  unansweredCount: (unanswered, late) => `${unanswered} not answered${late > 0 ? `, ${late} of them past the deadline` : ''}`,
  colourCounts: 'Count per status',
  print: 'Print',
  nationalArea: (title) => `National focus area: ${title}`
};

export const actionPlanStrings: Record<Locale, ActionPlanStrings> = { 'sv-SE': sv, 'en-US': en };
