/**
 * What the message a board secretary gets when papers are published says, whatever the channel: the
 * notifier app's activity type for it and the facts of the publication as label–value pairs. Each channel
 * draws it in its own shape beside its reminders: the card (card.ts), the activity notification
 * (channels/activity.ts) and the mail (channels/mail.ts).
 */
import type { PublicationMessage } from '../types';
import { publicationWording } from './wording/publication';

/** The notifier manifest's activity type for publications (teams/notifier/manifest.json). */
export const PAPERS_PUBLISHED_ACTIVITY = 'papersPublished';

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
