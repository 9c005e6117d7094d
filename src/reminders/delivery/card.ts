/**
 * The Adaptive Card a recipient gets in Teams chat: a heading by stage and by what is asked, an intro that
 * counts what is asked ("2 åtgärder att lämna status för och 1 kapitel att skriva"), and one container per
 * subject (title, what is asked of it, plan, period, deadline with days left, for escalations the
 * responsible person) with an "Öppna i Teams" link to it in the My follow-ups tab. Version 1.4: the
 * highest Teams renders in bot and chat messages. Every piece of user text goes through escapeCardMarkdown.
 * Also the card about published board papers: who published what for which meeting, the facts, the papers
 * as links and "Öppna nämndsidan".
 */
import { PublicationMessage, ReminderMessage } from '../types';
import { escapeCardMarkdown } from './escaping';
import { publicationFactsText } from './publication';
import { publicationWording } from './wording/publication';
import { MessageSummary, ReminderItem, summarize } from './summary';

export interface CardElement {
  type: string;
  [property: string]: unknown;
}

export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.4';
  body: CardElement[];
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

function text(value: string, extra: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text: escapeCardMarkdown(value), wrap: true, ...extra };
}

function fact(title: string, value: string): { title: string; value: string } {
  return { title: escapeCardMarkdown(title), value: escapeCardMarkdown(value) };
}

function itemContainer(item: ReminderItem, summary: MessageSummary, escalation: boolean): CardElement {
  const { labels } = summary.wording;
  const facts = [
    fact(labels.plan, item.planTitle),
    fact(labels.period, item.periodTitle),
    fact(labels.deadline, `${summary.wording.date(item.deadline)} (${summary.wording.daysLeft(item.daysLeft)})`)
  ];
  if (escalation && item.responsible !== null) facts.push(fact(labels.responsible, item.responsible));
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    ...(item.daysLeft < 0 ? { style: 'attention' } : {}),
    items: [
      text(item.measureTitle, { weight: 'Bolder' }),
      text(summary.wording.ask(item.requestType, escalation), { spacing: 'None', isSubtle: true }),
      { type: 'FactSet', facts },
      { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: labels.open, url: item.deepLink }] }
    ]
  };
}

export function reminderCard(message: ReminderMessage): AdaptiveCardJson {
  const summary = summarize(message);
  const late = summary.phase === 'overdue' || summary.phase === 'escalation';
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body: [
      text(summary.heading, { size: 'Large', weight: 'Bolder', ...(late ? { color: 'Attention' } : {}) }),
      text(summary.intro, { spacing: 'Small' }),
      ...message.items.map((item) => itemContainer(item, summary, message.escalation))
    ]
  };
}

/** A markdown link whose text is escaped; the URL is ours (the board page or a library file), percent-encoded. */
function cardLink(title: string, url: string): string {
  return `[${escapeCardMarkdown(title)}](${encodeURI(decodeURI(url)).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}

export function publicationCard(message: PublicationMessage): AdaptiveCardJson {
  const w = publicationWording(message.locale);
  const body: CardElement[] = [
    text(w.heading, { size: 'Large', weight: 'Bolder' }),
    text(w.subject(message), { weight: 'Bolder', spacing: 'Small' }),
    text(w.intro(message), { spacing: 'Small' }),
    { type: 'FactSet', facts: publicationFactsText(message).map(([title, value]) => fact(title, value)) }
  ];
  if (message.documents.length > 0) {
    body.push(text(w.labels.documents, { weight: 'Bolder', spacing: 'Medium' }));
    // One TextBlock per paper: a markdown link each, so a screen reader reads them as a list of links.
    for (const doc of message.documents) body.push({ type: 'TextBlock', text: cardLink(doc.title, doc.url), wrap: true, spacing: 'None' });
  }
  if (message.hasConfidentialAppendix) body.push(text(w.confidential, { isSubtle: true, spacing: 'Medium' }));
  body.push({
    type: 'ActionSet',
    actions: [
      { type: 'Action.OpenUrl', title: w.labels.openPage, url: message.boardPageUrl },
      { type: 'Action.OpenUrl', title: w.labels.openLibrary, url: message.libraryUrl }
    ]
  });
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.4', body };
}
