/**
 * The period overview's strings, Swedish first and English second.
 */
import { Locale } from '../../model/statusLegend';
import { OrgUnitLevel } from '../../model/types';

export interface OverviewStrings {
  title: string;
  noPeriod: string;
  total: string;
  answered: string;
  unanswered: string;
  late: string;
  share: string;
  shareOf: (answered: number, total: number) => string;
  deadlineLine: (period: string, deadline: string, passed: boolean) => string;
  byResponsible: string;
  role: string;
  holder: string;
  vacant: string;
  unassigned: string;
  byUnit: string;
  unit: string;
  withoutUnit: string;
  levels: Record<OrgUnitLevel, string>;
  treeOrder: string;
  sortBy: (column: string) => string;
  chase: string;
  nobodyToChase: string;
  noHolder: string;
  delegates: (names: string) => string;
  lateTag: string;
  mailLink: (name: string) => string;
  mailSubject: (period: string, plan: string) => string;
  mailBody: (name: string, period: string, deadline: string, measures: string[]) => string;
  measuresToAnswer: (n: number, late: number) => string;
}

const sv: OverviewStrings = {
  title: 'Översikt över uppföljningen',
  noPeriod: 'Planen har inga uppföljningar ännu.',
  total: 'Åtgärder att besvara',
  answered: 'Besvarade',
  unanswered: 'Ej besvarade',
  late: 'Försenade',
  share: 'Andel besvarade',
  shareOf: (a, t) => `${a} av ${t} åtgärder besvarade`,
  deadlineLine: (p, d, passed) => `${p} · sista svarsdag ${d}${passed ? ' (passerad)' : ''}`,
  byResponsible: 'Per ansvarig',
  role: 'Ansvarig',
  holder: 'Innehavare',
  vacant: 'Vakant',
  unassigned: 'Ingen ansvarig',
  byUnit: 'Per organisationsenhet',
  unit: 'Enhet',
  withoutUnit: 'Utan enhet',
  levels: { region: 'Region', administration: 'Förvaltning', department: 'Avdelning', unit: 'Enhet' },
  treeOrder: 'Visa i organisationens ordning',
  sortBy: (c) => `Sortera efter ${c.toLocaleLowerCase('sv')}`,
  chase: 'Att påminna',
  nobodyToChase: 'Alla har svarat.',
  noHolder: 'Ingen innehavare – tillsätt rollen',
  delegates: (n) => `Ersättare: ${n}`,
  lateTag: 'Försenad',
  mailLink: (n) => `Skicka påminnelse till ${n}`,
  mailSubject: (p, plan) => `Påminnelse: lämna status för ${p} – ${plan}`,
  mailBody: (n, p, d, measures) => `Hej ${n}!\n\nVi saknar din status för ${p} (sista svarsdag ${d}) för följande åtgärder:\n\n`
    + `${measures.map((m) => `– ${m}`).join('\n')}\n\nLämna status under Mina uppföljningar i Teams.\n\nTack!`,
  measuresToAnswer: (n, late) => `${n} ej besvarade${late > 0 ? `, varav ${late} försenade` : ''}`
};

const en: OverviewStrings = {
  title: 'Follow-up overview',
  noPeriod: 'The plan has no follow-ups yet.',
  total: 'Measures to answer',
  answered: 'Answered',
  unanswered: 'Not answered',
  late: 'Late',
  share: 'Share answered',
  shareOf: (a, t) => `${a} of ${t} measures answered`,
  deadlineLine: (p, d, passed) => `${p} · deadline ${d}${passed ? ' (passed)' : ''}`,
  byResponsible: 'By responsible',
  role: 'Responsible',
  holder: 'Holder',
  vacant: 'Vacant',
  unassigned: 'No one responsible',
  byUnit: 'By organisational unit',
  unit: 'Unit',
  withoutUnit: 'No unit',
  levels: { region: 'Region', administration: 'Administration', department: 'Department', unit: 'Unit' },
  treeOrder: 'Show in the organisation’s order',
  sortBy: (c) => `Sort by ${c.toLowerCase()}`,
  chase: 'To remind',
  nobodyToChase: 'Everyone has answered.',
  noHolder: 'No holder – fill the role',
  delegates: (n) => `Delegate: ${n}`,
  lateTag: 'Late',
  mailLink: (n) => `Send a reminder to ${n}`,
  mailSubject: (p, plan) => `Reminder: report status for ${p} – ${plan}`,
  mailBody: (n, p, d, measures) => `Hello ${n},\n\nWe are missing your status for ${p} (deadline ${d}) on these measures:\n\n`
    + `${measures.map((m) => `– ${m}`).join('\n')}\n\nPlease report under My follow-ups in Teams.\n\nThank you!`,
  measuresToAnswer: (n, late) => `${n} not answered${late > 0 ? `, ${late} of them late` : ''}`
};

export const overviewStrings: Record<Locale, OverviewStrings> = { 'sv-SE': sv, 'en-US': en };
