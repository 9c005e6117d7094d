/**
 * The message a board secretary gets when papers are published, in the three shapes the channels send:
 * an Adaptive Card for Teams chat (heading, who published what for which meeting, the facts, the papers
 * as links, "Öppna nämndsidan"), an activity notification of the notifier app's `papersPublished` type
 * whose click opens the snapshot's board page, and an e-mail. All user text is escaped for its format;
 * only https links become links in mail.
 */
import type { PublicationMessage } from '../types';
import type { AdaptiveCardJson, CardElement } from './card';
import type { ActivityNotificationBody } from './channels/activity';
import type { MailBody } from './channels/mail';
import { escapeCardMarkdown, escapeHtml } from './escaping';
import { publicationWording } from './wording/publication';

/** The notifier manifest's activity type for publications (teams/notifier/manifest.json). */
export const PAPERS_PUBLISHED_ACTIVITY = 'papersPublished';

function text(value: string, extra: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text: escapeCardMarkdown(value), wrap: true, ...extra };
}

function facts(message: PublicationMessage): Array<{ title: string; value: string }> {
  return publicationFactsText(message).map(([title, value]) => ({ title: escapeCardMarkdown(title), value: escapeCardMarkdown(value) }));
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
    { type: 'FactSet', facts: facts(message) }
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

export function publicationNotification(message: PublicationMessage): ActivityNotificationBody {
  const w = publicationWording(message.locale);
  return {
    topic: { source: 'text', value: w.subject(message), webUrl: message.boardPageUrl },
    activityType: PAPERS_PUBLISHED_ACTIVITY,
    previewText: { content: w.preview(message).slice(0, 150) },
    templateParameters: [
      { name: 'diaryNumber', value: message.diaryNumber },
      { name: 'board', value: message.board }
    ]
  };
}

function mailLink(url: string, title: string): string {
  return /^https:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>` : escapeHtml(title);
}

export function publicationMail(message: PublicationMessage): MailBody {
  const w = publicationWording(message.locale);
  const lang = message.locale === 'en-US' ? 'en' : 'sv';
  const html = [
    `<html lang="${lang}"><body>`,
    `<h2>${escapeHtml(w.heading)}</h2>`,
    `<p><strong>${escapeHtml(w.subject(message))}</strong></p>`,
    `<p>${escapeHtml(w.intro(message))}</p>`,
    `<table>${publicationFactsText(message).map(([label, value]) => `<tr><th scope="row" style="text-align:left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('')}</table>`,
    message.documents.length ? `<h3>${escapeHtml(w.labels.documents)}</h3><ul>${message.documents.map((d) => `<li>${mailLink(d.url, d.title)}</li>`).join('')}</ul>` : '',
    message.hasConfidentialAppendix ? `<p>${escapeHtml(w.confidential)}</p>` : '',
    `<p>${mailLink(message.boardPageUrl, w.labels.openPage)} · ${mailLink(message.libraryUrl, w.labels.openLibrary)}</p>`,
    `<p>${escapeHtml(w.mailFooter)}</p>`,
    '</body></html>'
  ].join('');
  return {
    message: {
      subject: w.mailSubject(message),
      body: { contentType: 'HTML', content: html },
      toRecipients: [{ emailAddress: { address: message.recipient.upn, name: message.recipient.displayName } }]
    },
    saveToSentItems: false
  };
}

/** The facts as plain label/value pairs, in the card's order. */
export function publicationFactsText(message: PublicationMessage): Array<[string, string]> {
  const w = publicationWording(message.locale);
  return [
    [w.labels.board, message.board],
    ...(message.meetingDate ? [[w.labels.meeting, w.date(message.meetingDate)] as [string, string]] : []),
    [w.labels.diaryNumber, message.diaryNumber],
    [w.labels.version, String(message.version)],
    [w.labels.publishedAt, w.instant(message.publishedAt)],
    ...(message.publishedBy ? [[w.labels.publishedBy, message.publishedBy] as [string, string]] : [])
  ];
}
