/**
 * The words of the board papers, Swedish first (as a region's board secretary writes them), English second.
 * Column names shared with the views come from the views' own strings; these are the papers' own.
 */
import { Locale } from '../../model/statusLegend';
import { ChapterState, StatusColour } from '../../model/types';

export interface ReportStrings {
  facts: { kind: string; year: string; period: string; asOf: string; decided: string; frozen: string; live: string; publishedBy: string };
  liveNotice: string;
  /** `noun`: the singular and plural of what is masked (risker, åtgärder …), lower case. */
  confidential: (n: number, noun: { one: string; many: string }) => string;
  maskedItem: string;
  changes: { title: (previous: string) => string; heading: string; first: string; none: string; newReds: string; improved: string; worsened: string; newItems: string };
  change: (what: string, before: string, now: string) => string;
  summary: { title: string; status: string; count: string; meaning: string; answered: (answered: number, total: number) => string; fulfilment: Record<StatusColour, string> };
  heatMap: { title: string; caption: string; probability: string; consequence: string };
  noStatus: string;
  noReport: string;
  ic: { caption: (strategy: string) => string; noStrategy: string };
  actionPlan: { foundations: string; focusAreas: string; purpose: string; goals: string; caption: (area: string) => string; goal: string; method: string };
  scorecard: { noPerspective: string; noStrategicGoal: string; caption: (goal: string) => string; goal: string; assignments: (goal: string) => string; assignment: string; currentState: string };
  security: {
    summaryTitle: string; summaryCaption: string; area: string; owner: string; chapter: string; indicators: string;
    chapterStates: Record<ChapterState, string>; goals: string; noGoals: string; indicatorCaption: (area: string) => string;
    goalFulfilment: string; riskAnalyses: string; analysis: string; date: string; incidents: string; incidentKind: string; count: string;
    followUp: string; improvements: string; currentState: string; opportunities: string; notWritten: string; approvedBy: (name: string, at: string) => string;
    notApproved: (state: string) => string;
  };
  yes: string;
  no: string;
}

const sv: ReportStrings = {
  facts: {
    kind: 'Slag av plan', year: 'År', period: 'Uppföljning', asOf: 'Status per', decided: 'Beslutad', frozen: 'Underlaget fryst',
    live: 'Aktuellt läge', publishedBy: 'Publicerad av'
  },
  liveNotice: 'Sidan visar aktuellt läge. Det som nämnden har fått finns i de publicerade handlingarna.',
  confidential: (n, noun) => `${n} ${n === 1 ? noun.one : noun.many} omfattas av sekretess enligt offentlighets- och sekretesslagen (OSL). ${n === 1 ? 'Dess' : 'Deras'} text är maskerad i denna handling och redovisas i en sekretessbelagd bilaga för den som har behörighet.`,
  maskedItem: 'Sekretessbelagd uppgift (OSL)',
  changes: {
    title: (previous) => `Förändringar sedan ${previous}`, heading: 'Förändringar sedan förra uppföljningen', first: 'Detta är planens första uppföljning; det finns inget tidigare läge att jämföra med.',
    none: 'Inga förändringar i status sedan förra uppföljningen.', newReds: 'Nya röda', improved: 'Förbättrade', worsened: 'Försämrade', newItems: 'Nya i planen'
  },
  change: (what, before, now) => `${what}: från ${before.toLocaleLowerCase('sv')} till ${now.toLocaleLowerCase('sv')}`,
  summary: { title: 'Sammanställning', status: 'Status', count: 'Antal', meaning: 'Betydelse', answered: (a, t) => `${a} av ${t} har besvarats.`,
    fulfilment: { green: 'Målet är uppnått', yellow: 'Målet är nära att uppnås (inom toleransen) eller oförändrat', red: 'Målet är inte uppnått' } },
  heatMap: { title: 'Riskkarta', caption: 'Antal risker per sannolikhet och konsekvens', probability: 'Sannolikhet', consequence: 'Konsekvens' },
  noStatus: 'Ej besvarad',
  noReport: 'Ingen rapport',
  ic: { caption: (strategy) => `Risker och åtgärder: ${strategy}`, noStrategy: 'Utan strategi' },
  actionPlan: {
    foundations: 'Grundläggande förutsättningar', focusAreas: 'Fokusområden', purpose: 'Fokusområdet syftar till att', goals: 'Övergripande mål',
    caption: (area) => `Aktiviteter: ${area}`, goal: 'Mål', method: 'Metod/Datakälla'
  },
  scorecard: {
    noPerspective: 'Utan perspektiv', noStrategicGoal: 'Utan strategiskt mål', caption: (goal) => `Styrmått: ${goal}`, goal: 'Mål',
    assignments: (goal) => `Uppdrag: ${goal}`, assignment: 'Uppdrag', currentState: 'Nuläge'
  },
  security: {
    summaryTitle: 'Säkerhetsområdena i sammanfattning', summaryCaption: 'Säkerhetsområden, kapitel och måluppfyllelse', area: 'Säkerhetsområde',
    owner: 'Funktionsområdesansvarig', chapter: 'Kapitel', indicators: 'Indikatorer (grön/gul/röd)',
    chapterStates: { notStarted: 'Inte påbörjat', draft: 'Utkast', submitted: 'Inlämnat', returned: 'Återsänt', approved: 'Godkänt' },
    goals: 'Övergripande mål', noGoals: 'Området har inga övergripande mål i planen.', indicatorCaption: (area) => `Indikatorer: ${area}`,
    goalFulfilment: 'Måluppfyllelse', riskAnalyses: 'Genomförda riskanalyser', analysis: 'Riskanalys', date: 'Datum', incidents: 'Händelser',
    incidentKind: 'Typ av händelse', count: 'Antal', followUp: 'Uppföljning', improvements: 'Förbättringar', currentState: 'Så fungerar området i dag',
    opportunities: 'Viktigaste förbättringsmöjligheter', notWritten: 'Kapitlet är inte skrivet.',
    approvedBy: (name, at) => `Godkänt av ${name} ${at}`, notApproved: (state) => `Kapitlet är inte godkänt (${state.toLocaleLowerCase('sv')}).`
  },
  yes: 'Ja',
  no: 'Nej'
};

const en: ReportStrings = {
  facts: {
    kind: 'Kind of plan', year: 'Year', period: 'Follow-up', asOf: 'Status as of', decided: 'Decided', frozen: 'Data frozen',
    live: 'Current state', publishedBy: 'Published by'
  },
  liveNotice: 'This page shows the current state. What the board received is in the published papers.',
  confidential: (n, noun) => `${n} ${n === 1 ? `${noun.one} is` : `${noun.many} are`} confidential under the Public Access to Information and Secrecy Act (OSL). ${n === 1 ? 'Its' : 'Their'} text is masked in this document and given in a confidential appendix to those entitled to it.`,
  maskedItem: 'Confidential (OSL)',
  changes: {
    title: (previous) => `Changes since ${previous}`, heading: 'Changes since the previous follow-up', first: 'This is the plan\'s first follow-up; there is no earlier state to compare with.',
    none: 'No status changes since the previous follow-up.', newReds: 'New reds', improved: 'Improved', worsened: 'Worsened', newItems: 'New in the plan'
  },
  change: (what, before, now) => `${what}: from ${before.toLowerCase()} to ${now.toLowerCase()}`,
  summary: { title: 'Summary', status: 'Status', count: 'Count', meaning: 'Meaning', answered: (a, t) => `${a} of ${t} answered.`,
    fulfilment: { green: 'The goal is reached', yellow: 'The goal is nearly reached (within the tolerance) or unchanged', red: 'The goal is not reached' } },
  heatMap: { title: 'Risk map', caption: 'Number of risks by probability and consequence', probability: 'Probability', consequence: 'Consequence' },
  noStatus: 'Not answered',
  noReport: 'No report',
  ic: { caption: (strategy) => `Risks and measures: ${strategy}`, noStrategy: 'No strategy' },
  actionPlan: {
    foundations: 'Foundations', focusAreas: 'Focus areas', purpose: 'The focus area aims to', goals: 'Overarching goals',
    caption: (area) => `Activities: ${area}`, goal: 'Goal', method: 'Method/data source'
  },
  scorecard: {
    noPerspective: 'No perspective', noStrategicGoal: 'No strategic goal', caption: (goal) => `Indicators: ${goal}`, goal: 'Goal',
    assignments: (goal) => `Assignments: ${goal}`, assignment: 'Assignment', currentState: 'Current state'
  },
  security: {
    summaryTitle: 'The security areas in summary', summaryCaption: 'Security areas, chapters and goal fulfilment', area: 'Security area',
    owner: 'Area owner', chapter: 'Chapter', indicators: 'Indicators (green/yellow/red)',
    chapterStates: { notStarted: 'Not started', draft: 'Draft', submitted: 'Submitted', returned: 'Returned', approved: 'Approved' },
    goals: 'Overarching goals', noGoals: 'The area has no overarching goals in the plan.', indicatorCaption: (area) => `Indicators: ${area}`,
    goalFulfilment: 'Goal fulfilment', riskAnalyses: 'Risk analyses made', analysis: 'Risk analysis', date: 'Date', incidents: 'Incidents',
    incidentKind: 'Kind of incident', count: 'Count', followUp: 'Follow-up', improvements: 'Improvements', currentState: 'How the area works today',
    opportunities: 'Main improvement opportunities', notWritten: 'The chapter has not been written.',
    approvedBy: (name, at) => `Approved by ${name} ${at}`, notApproved: (state) => `The chapter is not approved (${state.toLowerCase()}).`
  },
  yes: 'Yes',
  no: 'No'
};

export const reportStrings: Record<Locale, ReportStrings> = { 'sv-SE': sv, 'en-US': en };
