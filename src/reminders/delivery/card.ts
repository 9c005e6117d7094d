/**
 * The Adaptive Card a recipient gets in Teams chat: a heading by stage and by what is asked, an intro that
 * counts what is asked ("2 åtgärder att lämna status för och 1 kapitel att skriva"), and one container per
 * subject (title, what is asked of it, plan, period, deadline with days left, for escalations the
 * responsible person) with an "Öppna i Teams" link to it in the My follow-ups tab. Version 1.4: the
 * highest Teams renders in bot and chat messages. Every piece of user text goes through escapeCardMarkdown.
 */
import { ReminderMessage } from '../types';
import { escapeCardMarkdown } from './escaping';
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
