/**
 * E-mail delivery: `POST /users/{sender}/sendMail` from the configured mailbox, app-only. The fallback when
 * Teams cannot reach a person, and a channel of its own. The HTML body lists what is asked with links into
 * the My follow-ups tab; all user text is HTML-escaped and only https links become hrefs.
 */
import { Client } from '@microsoft/microsoft-graph-client';
import { isPublication, OutgoingMessage, ReminderMessage } from '../../types';
import { publicationMail } from '../publication';
import { escapeHtml } from '../escaping';
import { MessageSummary, ReminderItem, summarize } from '../summary';
import { ReminderChannel } from './types';

function link(url: string, text: string): string {
  return /^https:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

function itemHtml(item: ReminderItem, summary: MessageSummary, escalation: boolean): string {
  const { labels } = summary.wording;
  const lines = [
    `<strong>${link(item.deepLink, item.measureTitle)}</strong>`,
    escapeHtml(summary.wording.ask(item.requestType, escalation)),
    `${escapeHtml(labels.plan)}: ${escapeHtml(item.planTitle)}`,
    `${escapeHtml(labels.period)}: ${escapeHtml(item.periodTitle)}`,
    `${escapeHtml(labels.deadline)}: ${escapeHtml(`${summary.wording.date(item.deadline)} (${summary.wording.daysLeft(item.daysLeft)})`)}`
  ];
  if (escalation && item.responsible !== null) lines.push(`${escapeHtml(labels.responsible)}: ${escapeHtml(item.responsible)}`);
  return `<li>${lines.join('<br>')}</li>`;
}

export interface MailBody {
  message: {
    subject: string;
    body: { contentType: 'HTML'; content: string };
    toRecipients: Array<{ emailAddress: { address: string; name: string } }>;
  };
  saveToSentItems: boolean;
}

/** The sendMail request body for one reminder message. The recipient's UPN is their address (as in most tenants). */
export function reminderMail(message: ReminderMessage): MailBody {
  const summary = summarize(message);
  const lang = message.locale === 'en-US' ? 'en' : 'sv';
  const html = [
    `<html lang="${lang}"><body>`,
    `<h2>${escapeHtml(summary.heading)}</h2>`,
    `<p>${escapeHtml(summary.intro)}</p>`,
    `<ul>${message.items.map((item) => itemHtml(item, summary, message.escalation)).join('')}</ul>`,
    `<p>${escapeHtml(summary.wording.mailFooter)}</p>`,
    '</body></html>'
  ].join('');
  return {
    message: {
      subject: summary.wording.mailSubject(summary.heading),
      body: { contentType: 'HTML', content: html },
      toRecipients: [{ emailAddress: { address: message.recipient.upn, name: message.recipient.displayName } }]
    },
    saveToSentItems: false
  };
}

export class MailChannel implements ReminderChannel {
  public readonly name = 'mail' as const;

  public constructor(private readonly client: Client, private readonly sender: string) {}

  public async send(message: OutgoingMessage): Promise<void> {
    const body = isPublication(message) ? publicationMail(message) : reminderMail(message);
    await this.client.api(`/users/${encodeURIComponent(this.sender)}/sendMail`).post(body);
  }
}
