/**
 * The scorecard view's own strings, Swedish first and English second, in the words of the divisions'
 * annual reports (seed 003). The plan kind's nouns (goal, assignment, follow-up) come from
 * model/planKinds.ts; the shared strings (plan, period, loading) from i18n/strings.ts; an indicator's
 * columns and cells from shared/indicatorStrings.ts and the linked risks' from shared/linkedRiskStrings.ts.
 */
import { Locale } from '../../model/statusLegend';
import { indicatorStrings } from '../shared/indicatorStrings';

export type Series = 'total' | 'women' | 'men';

export interface ScorecardStrings {
  strategicGoal: (goal: string) => string;
  noStrategicGoal: string;
  withoutPerspective: string;
  noGoals: string;
  noIndicators: string;
  goal: string;
  indicator: string;
  tableCaption: (strategicGoal: string) => string;
  details: string;
  showAll: string;
  hideAll: string;
  analyses: string;
  noAnalysis: string;
  overTime: string;
  series: Record<Series, string>;
  legend: string;
  targetLine: string;
  chartSummary: (indicator: string, series: string[]) => string;
  seriesSummary: (series: string, first: string, last: string | null) => string;
  noValues: string;
  chartCaption: (indicator: string) => string;
  period: string;
  assignmentStatus: string;
  currentState: string;
  answered: string;
  unanswered: string;
  threateningRisks: string;
  noRisks: string;
  summaryOf: (period: string) => string;
  withValue: (n: number, total: number) => string;
  cannotJudge: (n: number) => string;
  fulfilmentCounts: string;
  noPeriod: string;
  print: string;
}

const sv: ScorecardStrings = {
  strategicGoal: (goal) => `Regionstyrelsens strategiska mål: ${goal}`,
  noStrategicGoal: 'Strategiskt mål är inte angivet',
  withoutPerspective: 'Mål utan perspektiv',
  noGoals: 'Inga mål under perspektivet.',
  noIndicators: 'Inga styrmått',
  goal: 'Mål/framgångsfaktor',
  indicator: 'Styrmått',
  tableCaption: (goal) => `Mål och styrmått under ${goal}`,
  details: 'Utfall över tid och analys',
  showAll: 'Visa utfall och analys för alla styrmått',
  hideAll: 'Dölj utfall och analys för alla styrmått',
  analyses: 'Analys per uppföljning',
  noAnalysis: 'Ingen analys är skriven.',
  overTime: 'Utfall över tid',
  series: { total: 'Totalt', women: indicatorStrings['sv-SE'].columns.women, men: indicatorStrings['sv-SE'].columns.men },
  legend: 'Teckenförklaring',
  targetLine: 'Målvärde',
  chartSummary: (indicator, series) => `Diagram över ${indicator}. ${series.join('. ')}. Samma siffror finns i tabellen under diagrammet.`,
  seriesSummary: (series, first, last) => (last ? `${series}: från ${first} till ${last}` : `${series}: ${first}`),
  noValues: 'Inga utfall är rapporterade ännu.',
  chartCaption: (indicator) => `${indicator}: utfall per uppföljning`,
  period: 'Uppföljning',
  assignmentStatus: 'Status',
  currentState: 'Nuläge',
  answered: 'Besvarad',
  unanswered: 'Ej besvarad',
  threateningRisks: 'Risker som hotar målet',
  noRisks: 'Inga risker är kopplade till målet.',
  summaryOf: (period) => `Måluppfyllelse, ${period}`,
  withValue: (n, total) => `${n} av ${total} styrmått har utfall`,
  cannotJudge: (n) => `${n} kan inte bedömas`,
  fulfilmentCounts: 'Antal styrmått per måluppfyllelse',
  noPeriod: 'Styrkortet har ännu ingen uppföljning, så utfall visas inte.',
  print: 'Skriv ut'
};

const en: ScorecardStrings = {
  strategicGoal: (goal) => `The board’s strategic goal: ${goal}`,
  noStrategicGoal: 'No strategic goal given',
  withoutPerspective: 'Goals without a perspective',
  noGoals: 'No goals under this perspective.',
  noIndicators: 'No indicators',
  goal: 'Goal/success factor',
  indicator: 'Indicator',
  tableCaption: (goal) => `Goals and indicators under ${goal}`,
  details: 'Values over time and analysis',
  showAll: 'Show values and analysis for every indicator',
  hideAll: 'Hide values and analysis for every indicator',
  analyses: 'Analysis per follow-up',
  noAnalysis: 'No analysis has been written.',
  overTime: 'Values over time',
  series: { total: 'Total', women: indicatorStrings['en-US'].columns.women, men: indicatorStrings['en-US'].columns.men },
  legend: 'Legend',
  targetLine: 'Target',
  chartSummary: (indicator, series) => `Chart of ${indicator}. ${series.join('. ')}. The same figures are in the table below the chart.`,
  seriesSummary: (series, first, last) => (last ? `${series}: from ${first} to ${last}` : `${series}: ${first}`),
  noValues: 'No values have been reported yet.',
  chartCaption: (indicator) => `${indicator}: values per follow-up`,
  period: 'Follow-up',
  assignmentStatus: 'Status',
  currentState: 'Current state',
  answered: 'Answered',
  unanswered: 'Not answered',
  threateningRisks: 'Risks that threaten the goal',
  noRisks: 'No risks are linked to the goal.',
  summaryOf: (period) => `Fulfilment, ${period}`,
  withValue: (n, total) => `${n} of ${total} indicators have a value`,
  cannotJudge: (n) => `${n} cannot be judged`,
  fulfilmentCounts: 'Indicators per fulfilment',
  noPeriod: 'The scorecard has no follow-up yet, so no values are shown.',
  print: 'Print'
};

export const scorecardStrings: Record<Locale, ScorecardStrings> = { 'sv-SE': sv, 'en-US': en };
