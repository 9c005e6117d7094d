/**
 * The Adaptive Card a recipient gets in Teams chat: a heading by stage and by what is asked, an intro that
 * counts what is asked ("2 åtgärder att lämna status för och 1 kapitel att skriva"), and one container per
 * subject (title, what is asked of it, plan, period, deadline with days left, for escalations the
 * responsible person) with an "Öppna i Teams" link to it in the My follow-ups tab. Version 1.4: the
 * highest Teams renders in bot and chat messages. Every piece of user text goes through escapeCardMarkdown.
 * Also the card about published board papers: who published what for which meeting, the facts, the papers
 * as links and "Öppna nämndsidan"; and the coordinators' problem digest, a section per kind of problem.
 * Each reminder item (and a problem digest as a whole) carries its ledger key as the container's `id`, which
 * Teams does not show: a run that takes over from one that died looks for it in the chat (sendOnce.ts).
 */
import { ProblemDigestMessage, PublicationMessage, ReminderMessage } from '../types';
import { escapeCardMarkdown } from './escaping';
import { publicationFactsText } from './publication';
import { problemSections, problemWording } from './wording/problems';
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

const LEDGER_MARK = 'ik-ledger:';

/** The element id that says a card carries the reminder (or digest) of this ledger key. */
export function ledgerMark(ledgerKey: string): string {
  return `${LEDGER_MARK}${ledgerKey.toLowerCase()}`;
}

/** The ledger keys a sent card carries (lower case), read from its elements' ids at any depth. */
export function ledgerKeysInCard(card: unknown): string[] {
  const keys: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) {
      const id = (node as { id?: unknown }).id;
      if (typeof id === 'string' && id.startsWith(LEDGER_MARK)) keys.push(id.slice(LEDGER_MARK.length));
      Object.values(node).forEach(visit);
    }
  };
  visit(card);
  return keys;
}

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
    ...(item.ledgerKey ? { id: ledgerMark(item.ledgerKey) } : {}),
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
    text(w.heading, { size: 'Large', weight: 'Bolder', ...(message.ledgerKey ? { id: ledgerMark(message.ledgerKey) } : {}) }),
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

/** The coordinators' problem digest: heading, intro, a titled list per kind of problem, and who it goes to. */
export function problemCard(message: ProblemDigestMessage): AdaptiveCardJson {
  const w = problemWording(message.locale);
  const sections: CardElement[] = problemSections(message).flatMap(({ title, lines }) => [
    text(title, { weight: 'Bolder', spacing: 'Medium', separator: true }),
    ...lines.map((line) => text(`• ${line}`, { spacing: 'Small' }))
  ]);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body: [{
      type: 'Container',
      ...(message.ledgerKey ? { id: ledgerMark(message.ledgerKey) } : {}),
      items: [
        text(w.heading(w.date(message.date)), { size: 'Large', weight: 'Bolder', color: 'Attention' }),
        text(w.intro, { spacing: 'Small' }),
        ...sections,
        text(w.footer, { isSubtle: true, spacing: 'Medium', size: 'Small' })
      ]
    }]
  };
}
