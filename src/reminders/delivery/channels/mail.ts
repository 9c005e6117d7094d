/**
 * E-mail delivery: `POST /users/{sender}/sendMail` from the configured mailbox, app-only. The fallback when
 * Teams cannot reach a person, and a channel of its own. The HTML body lists what is asked with links into
 * the My follow-ups tab (a publication notice lists the papers, the coordinators' digest its problems); all
 * user text is HTML-escaped and only https links become hrefs.
 */
import { Client } from '@microsoft/microsoft-graph-client';
import { isProblemDigest, isPublication, OutgoingMessage, ProblemDigestMessage, PublicationMessage, ReminderMessage } from '../../types';
import { graphCall } from '../errors';
import { publicationFactsText } from '../publication';
import { problemSections, problemWording } from '../wording/problems';
import { publicationWording } from '../wording/publication';
import { escapeHtml } from '../escaping';

/** The application permission mail needs, limited to the sender's mailbox by an application access policy (SECURITY.md). */
export const MAIL_PERMISSION = 'Mail.Send';
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

/** A mail to the message's recipient (their UPN is their address, as in most tenants): the parts as one HTML page in their language. */
function mailTo(message: OutgoingMessage, subject: string, parts: string[]): MailBody {
  const lang = message.locale === 'en-US' ? 'en' : 'sv';
  return {
    message: {
      subject,
      body: { contentType: 'HTML', content: [`<html lang="${lang}"><body>`, ...parts, '</body></html>'].join('') },
      toRecipients: [{ emailAddress: { address: message.recipient.upn, name: message.recipient.displayName } }]
    },
    saveToSentItems: false
  };
}

/** The sendMail request body for one reminder message. */
export function reminderMail(message: ReminderMessage): MailBody {
  const summary = summarize(message);
  return mailTo(message, summary.wording.mailSubject(summary.heading), [
    `<h2>${escapeHtml(summary.heading)}</h2>`,
    `<p>${escapeHtml(summary.intro)}</p>`,
    `<ul>${message.items.map((item) => itemHtml(item, summary, message.escalation)).join('')}</ul>`,
    `<p>${escapeHtml(summary.wording.mailFooter)}</p>`
  ]);
}

/** The sendMail request body for a publication notice: the facts, each paper and the board page as links. */
export function publicationMail(message: PublicationMessage): MailBody {
  const w = publicationWording(message.locale);
  return mailTo(message, w.mailSubject(message), [
    `<h2>${escapeHtml(w.heading)}</h2>`,
    `<p><strong>${escapeHtml(w.subject(message))}</strong></p>`,
    `<p>${escapeHtml(w.intro(message))}</p>`,
    `<table>${publicationFactsText(message).map(([label, value]) => `<tr><th scope="row" style="text-align:left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('')}</table>`,
    message.documents.length ? `<h3>${escapeHtml(w.labels.documents)}</h3><ul>${message.documents.map((d) => `<li>${link(d.url, d.title)}</li>`).join('')}</ul>` : '',
    message.hasConfidentialAppendix ? `<p>${escapeHtml(w.confidential)}</p>` : '',
    `<p>${link(message.boardPageUrl, w.labels.openPage)} · ${link(message.libraryUrl, w.labels.openLibrary)}</p>`,
    `<p>${escapeHtml(w.mailFooter)}</p>`
  ]);
}

/** The sendMail request body for the coordinators' problem digest: a heading per kind of problem and a list under it. */
export function problemMail(message: ProblemDigestMessage): MailBody {
  const w = problemWording(message.locale);
  const date = w.date(message.date);
  return mailTo(message, w.mailSubject(date), [
    `<h2>${escapeHtml(w.heading(date))}</h2>`,
    `<p>${escapeHtml(w.intro)}</p>`,
    ...problemSections(message).map(({ title, lines }) => `<h3>${escapeHtml(title)}</h3><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`),
    `<p>${escapeHtml(w.footer)}</p>`
  ]);
}

export class MailChannel implements ReminderChannel {
  public readonly name = 'mail' as const;

  public constructor(private readonly client: Client, private readonly sender: string) {}

  public async send(message: OutgoingMessage): Promise<void> {
    const body = isPublication(message) ? publicationMail(message) : isProblemDigest(message) ? problemMail(message) : reminderMail(message);
    await graphCall(MAIL_PERMISSION, () => this.client.api(`/users/${encodeURIComponent(this.sender)}/sendMail`).post(body), true);
  }
}
