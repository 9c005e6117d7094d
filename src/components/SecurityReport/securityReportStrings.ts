/**
 * The security report views' strings (overview, one area's chapter, the chapter editor, the coordinator's
 * decisions), Swedish first and English second. The nouns for the plan, its goals, indicators and the
 * reporting round come from the plan kind's vocabulary (model/planKinds.ts) so that they are said once;
 * an indicator's cells and the linked risks speak as in every view (shared/indicatorStrings.ts, shared/linkedRiskStrings.ts).
 */
import { ChapterMessage, CHAPTER_LIMITS } from '../../model/chapter';
import { kindOf } from '../../model/planKinds';
import { Locale } from '../../model/statusLegend';
import { ChapterState } from '../../model/types';

export interface SecurityReportStrings {
  /** "Säkerhetsberättelse". */
  plan: string;
  /** "Övergripande mål". */
  goals: string;
  /** "Indikatorer". */
  indicators: string;
  /** "Rapportering". */
  followUp: string;
  titleWithYear: (plan: string) => string;
  areaTitle: (area: string, plan: string) => string;
  states: Record<ChapterState, string>;
  stateCounts: string;
  columns: { area: string; state: string; owner: string; fulfilment: string; incidents: string; deadline: string };
  ownerOf: (role: string, holder: string | null) => string;
  vacant: string;
  noOwnerRole: string;
  fulfilmentWords: { green: string; yellow: string; red: string; none: string };
  fulfilmentCount: (green: number, yellow: number, red: number, none: number) => string;
  noIndicators: string;
  incidentsTotal: (total: number) => string;
  incidentsSplit: (women: number, men: number) => string;
  noIncidents: string;
  deadline: (date: string) => string;
  late: string;
  onTime: string;
  deadlineLine: (followUp: string, date: string) => string;
  backToOverview: string;
  noPlan: string;
  noPeriod: string;
  noAreas: string;
  unknownArea: string;
  coordinatorSetting: (settingKey: string, problem: 'missing' | 'invalid') => string;
  sections: {
    state: string; goalFulfilment: string; riskAnalyses: string; incidents: string; followUp: string; improvements: string;
    currentState: string; improvementOpportunities: string; linkedRisks: string; history: string;
  };
  history: {
    notStarted: string; draft: string;
    submitted: (name: string, at: string) => string;
    returned: (name: string, at: string) => string;
    earlierReturn: string;
    approved: (name: string, at: string) => string;
  };
  notWritten: string;
  noGoals: string;
  noRiskAnalyses: string;
  noLinkedRisks: string;
  /** "Indikator": the indicator table's first column (the others are every indicator table's, shared/indicatorStrings.ts). */
  indicatorColumn: string;
  riskColumns: { title: string; date: string };
  noDate: string;
  incidentColumns: { kind: string; count: string; women: string; men: string };
  notSplit: string;
  total: string;
  editor: {
    heading: string; intro: string; required: string;
    riskTitle: (n: number) => string; riskDate: (n: number) => string; addRisk: string; removeRisk: (n: number) => string;
    incidentKind: (n: number) => string; incidentCount: (n: number) => string; incidentWomen: (n: number) => string; incidentMen: (n: number) => string;
    splitHint: string; addIncident: string; removeIncident: (n: number) => string;
    saveDraft: string; submit: string; saving: string; savedDraft: (at: string) => string; fixErrors: string;
  };
  errors: Record<ChapterMessage, string> & { tooLongLine: string };
  failures: {
    conflict: string; keepMine: string; useTheirs: string; permission: string; transition: string; generic: (message: string) => string;
  };
  decisions: {
    return: string; approve: string; dialogTitle: string; dialogIntro: string; comment: string; confirmReturn: string; cancel: string;
    working: string;
  };
  notices: Record<'submitted' | 'returned' | 'approved', string>;
  readOnly: string;
  ownerLocked: string;
  /** The person is the area's owner by role, but SharePoint does not let them change the chapter yet. */
  notPermitted: string;
  /** The person coordinates by role, but SharePoint does not let them decide on the chapter yet. */
  notPermittedToDecide: string;
}

const sv = kindOf('securityReport').vocabulary['sv-SE'];
const en = kindOf('securityReport').vocabulary['en-US'];
const note = CHAPTER_LIMITS.note.toLocaleString('sv-SE');
const line = CHAPTER_LIMITS.line;

const swedish: SecurityReportStrings = {
  plan: sv.plan, goals: sv.item.many, indicators: sv.measure.many, followUp: sv.followUp.one,
  titleWithYear: (p) => p,
  areaTitle: (a, p) => `${a} – ${p}`,
  states: { notStarted: 'Ej påbörjad', draft: 'Utkast', submitted: 'Inlämnad', returned: 'Returnerad', approved: 'Godkänd' },
  stateCounts: 'Kapitlens läge',
  columns: { area: 'Säkerhetsområde', state: 'Läge', owner: 'Funktionsområdesansvarig', fulfilment: 'Måluppfyllelse, indikatorer', incidents: 'Händelser', deadline: 'Sista dag' },
  ownerOf: (r, h) => (h ? `${r}: ${h}` : `${r}: vakant`),
  vacant: 'Vakant',
  noOwnerRole: 'Ingen ansvarig roll',
  fulfilmentWords: { green: 'Grön', yellow: 'Gul', red: 'Röd', none: 'Ej bedömd' },
  fulfilmentCount: (g, y, r, n) => `${g} gröna, ${y} gula, ${r} röda, ${n} ej bedömda`,
  noIndicators: 'Inga indikatorer',
  incidentsTotal: (t) => `${t} totalt`,
  incidentsSplit: (w, m) => `varav ${w} kvinnor och ${m} män`,
  noIncidents: 'Inga redovisade',
  deadline: (d) => `Sista dag ${d}`,
  late: 'Försenad',
  onTime: 'I tid',
  deadlineLine: (f, d) => `${f}: kapitlen ska vara inlämnade senast ${d}.`,
  backToOverview: 'Tillbaka till översikten',
  noPlan: 'Det finns ingen säkerhetsberättelse ännu.',
  noPeriod: 'Säkerhetsberättelsen har ingen rapportering ännu. Lägg till en rapportering med sista dag innan kapitlen kan skrivas.',
  noAreas: 'Det finns inga säkerhetsområden. Lägg in områdena och deras funktionsområdesansvariga först.',
  unknownArea: 'Säkerhetsområdet finns inte i säkerhetsberättelsen.',
  coordinatorSetting: (k, p) => (p === 'missing'
    ? `Inställningen ${k} saknas, så ingen kan returnera eller godkänna kapitel. Ange vilka roller som samordnar säkerhetsberättelsen.`
    : `Inställningen ${k} är felaktig (den ska vara en JSON-lista med rollnycklar), så ingen kan returnera eller godkänna kapitel.`),
  sections: {
    state: 'Läge', goalFulfilment: 'Måluppfyllelse', riskAnalyses: 'Genomförda riskanalyser', incidents: 'Händelser', followUp: 'Uppföljning',
    improvements: 'Förbättringar', currentState: 'Så fungerar området i dag', improvementOpportunities: 'Viktigaste förbättringsmöjligheter',
    linkedRisks: 'Risker i andra planer som rör området', history: 'Historik'
  },
  history: {
    notStarted: 'Kapitlet är inte påbörjat.', draft: 'Kapitlet är ett utkast och är inte inlämnat.',
    submitted: (n, a) => `Inlämnat av ${n} ${a}.`,
    returned: (n, a) => `Returnerat av ${n} ${a} med kommentaren:`,
    earlierReturn: 'Tidigare returnerat med kommentaren:',
    approved: (n, a) => `Godkänt av ${n} ${a}.`
  },
  notWritten: 'Inte ifyllt.',
  noGoals: 'Området har inga övergripande mål i planen.',
  noRiskAnalyses: 'Inga riskanalyser redovisade.',
  noLinkedRisks: 'Inga risker i årets andra planer är kopplade till området.',
  indicatorColumn: sv.measure.one,
  riskColumns: { title: 'Riskanalys', date: 'Datum' },
  noDate: 'Datum saknas',
  incidentColumns: { kind: 'Typ av händelse', count: 'Antal', women: 'Kvinnor', men: 'Män' },
  notSplit: 'Ej uppdelat',
  total: 'Totalt',
  editor: {
    heading: 'Skriv kapitlet', intro: 'Fält markerade med * måste vara ifyllda när kapitlet lämnas in. Ett utkast kan sparas när som helst.',
    required: 'krävs för att lämna in',
    riskTitle: (n) => `Riskanalys ${n}`, riskDate: (n) => `Datum för riskanalys ${n}`, addRisk: 'Lägg till riskanalys', removeRisk: (n) => `Ta bort riskanalys ${n}`,
    incidentKind: (n) => `Typ av händelse ${n}`, incidentCount: (n) => `Antal, händelse ${n}`, incidentWomen: (n) => `Varav kvinnor, händelse ${n}`,
    incidentMen: (n) => `Varav män, händelse ${n}`,
    splitHint: 'Lämna kvinnor och män tomma om händelserna inte räknas per kön.', addIncident: 'Lägg till typ av händelse',
    removeIncident: (n) => `Ta bort händelse ${n}`,
    saveDraft: 'Spara utkast', submit: 'Lämna in', saving: 'Sparar …', savedDraft: (a) => `Utkastet är sparat ${a}.`,
    fixErrors: 'Kapitlet är inte sparat. Rätta de markerade uppgifterna.'
  },
  errors: {
    required: 'Uppgiften måste fyllas i.', tooLong: `Texten är för lång (högst ${note} tecken).`, tooLongLine: `Texten är för lång (högst ${line} tecken).`,
    invalidDate: 'Ange ett giltigt datum (ÅÅÅÅ-MM-DD).', notWholeNumber: 'Ange ett heltal, 0 eller mer.',
    splitExceedsCount: 'Kvinnor och män är tillsammans fler än antalet.', commentRequired: 'Skriv varför kapitlet returneras.'
  },
  failures: {
    conflict: 'Någon annan har ändrat kapitlet sedan du öppnade det, så det du skrev är inte sparat. Det finns kvar här: välj om din version ska sparas eller om du vill se den sparade.',
    keepMine: 'Spara min version', useTheirs: 'Visa den sparade versionen',
    permission: 'Du kan inte göra det här: bara områdets funktionsområdesansvarig skriver kapitlet, och bara säkerhetssamordnaren returnerar eller godkänner.',
    transition: 'Kapitlet har bytt läge sedan du öppnade det. Ladda om sidan för att se hur det ser ut nu.',
    generic: (m) => `Det gick inte att spara. ${m}`
  },
  decisions: {
    return: 'Returnera', approve: 'Godkänn', dialogTitle: 'Returnera kapitlet',
    dialogIntro: 'Kapitlet går tillbaka till funktionsområdesansvarig. Skriv vad som behöver kompletteras.',
    comment: 'Kommentar till funktionsområdesansvarig', confirmReturn: 'Returnera kapitlet', cancel: 'Avbryt', working: 'Sparar …'
  },
  notices: {
    submitted: 'Kapitlet är inlämnat till säkerhetssamordnaren.', returned: 'Kapitlet är returnerat till funktionsområdesansvarig.',
    approved: 'Kapitlet är godkänt.'
  },
  readOnly: 'Kapitlet skrivs av områdets funktionsområdesansvarig.',
  ownerLocked: 'Kapitlet är inlämnat. Du kan ändra det igen om säkerhetssamordnaren returnerar det.',
  notPermitted: 'Du är ansvarig för kapitlet, men SharePoint ger dig ännu inte behörighet att ändra det. Be samordnaren se till att behörigheterna uppdateras, och öppna sedan sidan igen.',
  notPermittedToDecide: 'Du samordnar säkerhetsberättelsen, men SharePoint ger dig ännu inte behörighet att godkänna eller returnera kapitlet. Be en webbplatsägare se till att du finns i gruppen för samordnare, och öppna sedan sidan igen.'
};

const enNote = CHAPTER_LIMITS.note.toLocaleString('en-US');

const english: SecurityReportStrings = {
  plan: en.plan, goals: en.item.many, indicators: en.measure.many, followUp: en.followUp.one,
  titleWithYear: (p) => p,
  areaTitle: (a, p) => `${a} – ${p}`,
  states: { notStarted: 'Not started', draft: 'Draft', submitted: 'Submitted', returned: 'Returned', approved: 'Approved' },
  stateCounts: 'Chapter states',
  columns: { area: 'Security area', state: 'State', owner: 'Area owner', fulfilment: 'Fulfilment, indicators', incidents: 'Incidents', deadline: 'Deadline' },
  ownerOf: (r, h) => (h ? `${r}: ${h}` : `${r}: vacant`),
  vacant: 'Vacant',
  noOwnerRole: 'No owner role',
  fulfilmentWords: { green: 'Green', yellow: 'Yellow', red: 'Red', none: 'Not judged' },
  fulfilmentCount: (g, y, r, n) => `${g} green, ${y} yellow, ${r} red, ${n} not judged`,
  noIndicators: 'No indicators',
  incidentsTotal: (t) => `${t} in total`,
  incidentsSplit: (w, m) => `of which ${w} women and ${m} men`,
  noIncidents: 'None reported',
  deadline: (d) => `Due ${d}`,
  late: 'Late',
  onTime: 'On time',
  deadlineLine: (f, d) => `${f}: chapters are due by ${d}.`,
  backToOverview: 'Back to the overview',
  noPlan: 'There is no security report yet.',
  noPeriod: 'The security report has no reporting round yet. Add one with a deadline before chapters can be written.',
  noAreas: 'There are no security areas. Add the areas and their owners first.',
  unknownArea: 'The security area is not in the security report.',
  coordinatorSetting: (k, p) => (p === 'missing'
    ? `The setting ${k} is missing, so nobody can return or approve chapters. Name the roles that coordinate the security report.`
    : `The setting ${k} is invalid (it must be a JSON list of role keys), so nobody can return or approve chapters.`),
  sections: {
    state: 'State', goalFulfilment: 'Goal fulfilment', riskAnalyses: 'Risk analyses made', incidents: 'Incidents', followUp: 'Follow-up',
    improvements: 'Improvements', currentState: 'How the area works today', improvementOpportunities: 'Main improvement opportunities',
    linkedRisks: 'Risks in other plans concerning the area', history: 'History'
  },
  history: {
    notStarted: 'The chapter is not started.', draft: 'The chapter is a draft and not submitted.',
    submitted: (n, a) => `Submitted by ${n} ${a}.`,
    returned: (n, a) => `Returned by ${n} ${a} with the comment:`,
    earlierReturn: 'Returned earlier with the comment:',
    approved: (n, a) => `Approved by ${n} ${a}.`
  },
  notWritten: 'Not filled in.',
  noGoals: 'The area has no overarching goals in the plan.',
  noRiskAnalyses: 'No risk analyses reported.',
  noLinkedRisks: "No risks in this year's other plans are linked to the area.",
  indicatorColumn: en.measure.one,
  riskColumns: { title: 'Risk analysis', date: 'Date' },
  noDate: 'No date',
  incidentColumns: { kind: 'Kind of incident', count: 'Count', women: 'Women', men: 'Men' },
  notSplit: 'Not split',
  total: 'Total',
  editor: {
    heading: 'Write the chapter', intro: 'Fields marked * must be filled in when the chapter is submitted. A draft can be saved at any time.',
    required: 'required to submit',
    riskTitle: (n) => `Risk analysis ${n}`, riskDate: (n) => `Date of risk analysis ${n}`, addRisk: 'Add risk analysis', removeRisk: (n) => `Remove risk analysis ${n}`,
    incidentKind: (n) => `Kind of incident ${n}`, incidentCount: (n) => `Count, incident ${n}`, incidentWomen: (n) => `Of which women, incident ${n}`,
    incidentMen: (n) => `Of which men, incident ${n}`,
    splitHint: 'Leave women and men empty if the incidents are not counted by sex.', addIncident: 'Add kind of incident',
    removeIncident: (n) => `Remove incident ${n}`,
    saveDraft: 'Save draft', submit: 'Submit', saving: 'Saving …', savedDraft: (a) => `The draft is saved ${a}.`,
    fixErrors: 'The chapter is not saved. Correct the marked fields.'
  },
  errors: {
    required: 'This is required.', tooLong: `The text is too long (at most ${enNote} characters).`, tooLongLine: `The text is too long (at most ${line} characters).`,
    invalidDate: 'Enter a valid date (YYYY-MM-DD).', notWholeNumber: 'Enter a whole number, 0 or more.',
    splitExceedsCount: 'Women and men together are more than the count.', commentRequired: 'Say why the chapter is returned.'
  },
  failures: {
    conflict: 'Someone else changed the chapter after you opened it, so what you wrote is not saved. It is still here: choose whether to save your version or see the saved one.',
    keepMine: 'Save my version', useTheirs: 'Show the saved version',
    permission: "You cannot do this: only the area's owner writes the chapter, and only the security coordinator returns or approves it.",
    transition: 'The chapter changed state after you opened it. Reload the page to see it as it is now.',
    generic: (m) => `Could not save. ${m}`
  },
  decisions: {
    return: 'Return', approve: 'Approve', dialogTitle: 'Return the chapter',
    dialogIntro: 'The chapter goes back to the area owner. Say what needs to be completed.',
    comment: 'Comment to the area owner', confirmReturn: 'Return the chapter', cancel: 'Cancel', working: 'Saving …'
  },
  notices: {
    submitted: 'The chapter is submitted to the security coordinator.', returned: 'The chapter is returned to the area owner.',
    approved: 'The chapter is approved.'
  },
  readOnly: "The chapter is written by the area's owner.",
  ownerLocked: 'The chapter is submitted. You can change it again if the security coordinator returns it.',
  notPermitted: 'You are responsible for the chapter, but SharePoint does not yet let you change it. Ask the coordinator to update the permissions and open the page again.',
  notPermittedToDecide: 'You coordinate the security report, but SharePoint does not yet let you approve or return the chapter. Ask a site owner to add you to the coordinators\' group, and open the page again.'
};

export const securityReportStrings: Record<Locale, SecurityReportStrings> = { 'sv-SE': swedish, 'en-US': english };
