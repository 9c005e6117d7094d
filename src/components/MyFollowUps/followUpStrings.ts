/**
 * The words of "Mina uppföljningar" for every kind of request (status, indicator value, chapter) and for
 * deep links that do not lead to an open request. Swedish first, English second.
 */
import { Locale } from '../../model/statusLegend';
import { TotalCheck, Unjudged } from '../../model/fulfilment';
import { ValueMessage } from '../../plans/followUpActions';

export interface FollowUpStrings {
  intro: (name: string) => string;
  /** The list (title, deadlines, the previous answer) and a status request's answer. */
  title: string;
  none: string;
  overdue: string;
  daysLeft: (days: number) => string;
  dueToday: string;
  overdueBy: (days: number) => string;
  previousAnswer: string;
  noPreviousAnswer: string;
  /** A report on the subject by someone who did not answer for it then (reportAuthority.ts). */
  notCounted: (name: string, when: string) => string;
  chooseStatusFor: (noun: string) => string;
  commentLabel: string;
  commentPlaceholder: string;
  send: string;
  sending: string;
  sent: (measure: string) => string;
  commentRequired: string;
  statusRequired: string;
  deepLinked: string;
  /** What the card asks, by request type. */
  asks: { status: string; value: string; chapter: string };
  itemOf: string;
  alsoResponsible: (roles: string) => string;
  value: {
    total: string;
    women: string;
    men: string;
    unit: (unit: string) => string;
    target: string;
    previousValue: string;
    noPreviousValue: string;
    analysis: string;
    analysisPlaceholder: string;
    computed: string;
    cannotJudge: Record<Unjudged, string>;
    setByHand: string;
    manualColour: string;
    manualReason: string;
    done: string;
    notDone: string;
    send: string;
    sent: (title: string) => string;
    messages: Record<ValueMessage, string>;
  };
  chapter: {
    state: string;
    returned: (comment: string) => string;
    open: string;
    /** While the chapter editor's code is on its way (it loads only when a chapter request is shown). */
    loading: string;
    submitted: (area: string) => string;
  };
  linked: {
    answered: (title: string, by: string, at: string, period: string) => string;
    answeredBySomeone: (title: string, at: string, period: string) => string;
    notYours: (title: string, roles: string) => string;
    closed: (title: string) => string;
    notFound: string;
  };
}

const checks = (sv: boolean): Record<TotalCheck, string> => ({
  ok: '',
  missingTotal: sv ? 'Ange totalen.' : 'Enter the total.',
  missingSplit: sv ? 'Ange värdet för både kvinnor och män.' : 'Enter the value for both women and men.',
  sumMismatch: sv ? 'Totalen ska vara summan av kvinnor och män.' : 'The total must be the sum of women and men.',
  outsideRange: sv ? 'Totalen ska ligga mellan värdena för kvinnor och män.' : 'The total must lie between the values for women and men.'
});

const sv: FollowUpStrings = {
  intro: (name) => `Hej ${name}! Här är det du ska svara på inför uppföljningarna.`,
  title: 'Mina uppföljningar',
  none: 'Du har inga obesvarade uppföljningar just nu.',
  overdue: 'Försenad',
  daysLeft: (d) => (d === 1 ? '1 dag kvar' : `${d} dagar kvar`),
  dueToday: 'Sista dag i dag',
  overdueBy: (d) => (d === 1 ? '1 dag sen' : `${d} dagar sen`),
  previousAnswer: 'Förra uppföljningen',
  noPreviousAnswer: 'Ingen tidigare status',
  notCounted: (name, when) => `${name} lämnade en rapport ${when}, men var inte ansvarig eller ersättare. Den räknas inte, så frågan står kvar till dig.`,
  chooseStatusFor: (noun) => `Hur går det med ${noun}?`,
  commentLabel: 'Kommentera status',
  commentPlaceholder: 'Är åtgärden genomförd? Beskriv kort vad som är gjort och vad som återstår.',
  send: 'Skicka status',
  sending: 'Skickar …',
  sent: (m) => `Tack! Din status för ”${m}” är skickad.`,
  commentRequired: 'Skriv en kommentar till statusen.',
  statusRequired: 'Välj en färg.',
  deepLinked: 'Öppnad från din påminnelse',
  asks: { status: 'Lämna status', value: 'Rapportera utfall', chapter: 'Skriv kapitlet i säkerhetsberättelsen' },
  itemOf: 'Hör till',
  alsoResponsible: (roles) => `Ansvariga: ${roles}. Det räcker att en av er svarar.`,
  value: {
    total: 'Utfall totalt',
    women: 'Utfall kvinnor',
    men: 'Utfall män',
    unit: (unit) => `Enhet: ${unit}`,
    target: 'Mått för måluppfyllelse',
    previousValue: 'Förra uppföljningen',
    noPreviousValue: 'Inget tidigare utfall',
    analysis: 'Analys',
    analysisPlaceholder: 'Vad förklarar utfallet och vad görs framåt?',
    computed: 'Måluppfyllelse enligt målet',
    cannotJudge: {
      noValue: 'Kan inte bedömas: inget utfall angivet.',
      noPrevious: 'Kan inte bedömas: det finns inget tidigare utfall att jämföra med.',
      noTarget: 'Kan inte bedömas: målvärde saknas.',
      noRule: 'Kan inte bedömas: indikatorn saknar mått för måluppfyllelse.'
    },
    setByHand: 'Sätt färgen själv',
    manualColour: 'Färg',
    manualReason: 'Skäl till att färgen sätts för hand',
    done: 'Genomförd',
    notDone: 'Inte genomförd',
    send: 'Skicka utfall',
    sent: (title) => `Tack! Utfallet för ”${title}” är skickat.`,
    messages: {
      required: 'Fältet måste fyllas i.',
      notANumber: 'Ange ett tal.',
      doneIsZeroOrOne: 'Välj genomförd eller inte genomförd.',
      reasonRequired: 'Skriv varför du sätter färgen för hand.',
      ...checks(true)
    }
  },
  chapter: {
    state: 'Läge',
    returned: (comment) => `Kapitlet är returnerat med kommentaren: ${comment}`,
    open: 'Öppna kapitlet',
    loading: 'Öppnar kapitlet …',
    submitted: (area) => `Tack! Kapitlet för ${area} är inlämnat till säkerhetssamordnaren.`
  },
  linked: {
    answered: (title, by, at, period) => `”${title}” är redan besvarad för ${period}, av ${by} ${at}.`,
    answeredBySomeone: (title, at, period) => `”${title}” är redan besvarad för ${period}, ${at}.`,
    notYours: (title, roles) => `”${title}” är inte din att besvara. Ansvariga: ${roles}.`,
    closed: (title) => `”${title}” har ingen öppen uppföljning just nu.`,
    notFound: 'Länken leder till något som inte finns längre.'
  }
};

const en: FollowUpStrings = {
  intro: (name) => `Hello ${name}! Here is what you are asked to answer for the follow-ups.`,
  title: 'My follow-ups',
  none: 'You have no unanswered follow-ups right now.',
  overdue: 'Overdue',
  daysLeft: (d) => (d === 1 ? '1 day left' : `${d} days left`),
  dueToday: 'Due today',
  overdueBy: (d) => (d === 1 ? '1 day late' : `${d} days late`),
  previousAnswer: 'Previous follow-up',
  noPreviousAnswer: 'No earlier status',
  notCounted: (name, when) => `${name} sent a report on ${when} but was neither responsible nor a delegate. It does not count, so the question is still yours.`,
  chooseStatusFor: (noun) => `How is ${noun} going?`,
  commentLabel: 'Comment on the status',
  commentPlaceholder: 'Is the measure done? Briefly describe what is done and what remains.',
  send: 'Send status',
  sending: 'Sending …',
  sent: (m) => `Thank you! Your status for “${m}” has been sent.`,
  commentRequired: 'Write a comment on the status.',
  statusRequired: 'Choose a colour.',
  deepLinked: 'Opened from your reminder',
  asks: { status: 'Report status', value: 'Report the outcome', chapter: 'Write the chapter of the security report' },
  itemOf: 'Belongs to',
  alsoResponsible: (roles) => `Responsible: ${roles}. One answer from any of you is enough.`,
  value: {
    total: 'Outcome, total',
    women: 'Outcome, women',
    men: 'Outcome, men',
    unit: (unit) => `Unit: ${unit}`,
    target: 'Target',
    previousValue: 'Previous follow-up',
    noPreviousValue: 'No earlier outcome',
    analysis: 'Analysis',
    analysisPlaceholder: 'What explains the outcome and what is being done next?',
    computed: 'Goal fulfilment by the target',
    cannotJudge: {
      noValue: 'Cannot be judged: no outcome entered.',
      noPrevious: 'Cannot be judged: there is no earlier outcome to compare with.',
      noTarget: 'Cannot be judged: the target value is missing.',
      noRule: 'Cannot be judged: the indicator has no target rule.'
    },
    setByHand: 'Set the colour myself',
    manualColour: 'Colour',
    manualReason: 'Why the colour is set by hand',
    done: 'Done',
    notDone: 'Not done',
    send: 'Send outcome',
    sent: (title) => `Thank you! The outcome for "${title}" has been sent.`,
    messages: {
      required: 'This field is required.',
      notANumber: 'Enter a number.',
      doneIsZeroOrOne: 'Choose done or not done.',
      reasonRequired: 'Say why you set the colour by hand.',
      ...checks(false)
    }
  },
  chapter: {
    state: 'State',
    returned: (comment) => `The chapter was returned with the comment: ${comment}`,
    open: 'Open the chapter',
    loading: 'Opening the chapter …',
    submitted: (area) => `Thank you! The chapter for ${area} has been submitted to the security coordinator.`
  },
  linked: {
    answered: (title, by, at, period) => `"${title}" has already been answered for ${period}, by ${by} on ${at}.`,
    answeredBySomeone: (title, at, period) => `"${title}" has already been answered for ${period}, on ${at}.`,
    notYours: (title, roles) => `"${title}" is not yours to answer. Responsible: ${roles}.`,
    closed: (title) => `"${title}" has no open follow-up at the moment.`,
    notFound: 'The link leads to something that no longer exists.'
  }
};

export const followUpStrings: Record<Locale, FollowUpStrings> = { 'sv-SE': sv, 'en-US': en };
