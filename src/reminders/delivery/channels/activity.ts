/**
 * Activity-feed delivery, app-only: `POST /users/{id}/teamwork/sendActivityNotification` from the notifier
 * Teams app. The activity type and template parameters are the ones teams/notifier/manifest.json declares;
 * the topic is the plan and period as text, and a click opens the most urgent subject (measure, indicator or chapter) in the My follow-ups tab.
 * A reminder's notification carries a `chainId` made from its items' ledger keys: sent again after a run died
 * before recording it, it replaces the first in the person's feed instead of adding a second (Graph: "use the
 * same chainId in subsequent requests to override the previous notification").
 */
import { Client } from '@microsoft/microsoft-graph-client';
import { chainIdOf } from '../../fingerprint';
import { isProblemDigest, isPublication, OutgoingMessage, PublicationMessage, ReminderMessage } from '../../types';
import { graphCall } from '../errors';
import { PAPERS_PUBLISHED_ACTIVITY } from '../publication';
import { publicationWording } from '../wording/publication';
import { activityTypeOf } from '../phase';
import { summarize } from '../summary';
import { ReminderChannel } from './types';

/** Teams shows about this much of a preview; longer text is cut with an ellipsis. */
const PREVIEW_MAX = 150;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The application permission the notifications need (SECURITY.md). */
export const ACTIVITY_PERMISSION = 'TeamsActivity.Send';

export interface ActivityNotificationBody {
  topic: { source: 'text'; value: string; webUrl: string };
  activityType: string;
  chainId?: number;
  previewText: { content: string };
  templateParameters: Array<{ name: string; value: string }>;
}

/** The request body for one reminder message. */
export function activityNotification(message: ReminderMessage): ActivityNotificationBody {
  const summary = summarize(message);
  const activityType = activityTypeOf[summary.phase];
  const templateParameters = [
    { name: 'measureTitle', value: summary.measureTitle },
    { name: 'dueDate', value: summary.dueDate }
  ];
  if (activityType === 'statusOverdue') templateParameters.unshift({ name: 'responsibleName', value: summary.responsibles });
  const ledgerKeys = message.items.map((i) => i.ledgerKey).filter((k): k is string => typeof k === 'string');
  return {
    topic: { source: 'text', value: summary.topic, webUrl: summary.lead.deepLink },
    activityType,
    ...(ledgerKeys.length > 0 ? { chainId: chainIdOf(ledgerKeys.map((k) => k.toLowerCase())) } : {}),
    previewText: { content: clip(summary.preview, PREVIEW_MAX) },
    templateParameters
  };
}

/** The request body for a publication notice: a click opens the snapshot's board page. */
export function publicationNotification(message: PublicationMessage): ActivityNotificationBody {
  const w = publicationWording(message.locale);
  return {
    topic: { source: 'text', value: w.subject(message), webUrl: message.boardPageUrl },
    activityType: PAPERS_PUBLISHED_ACTIVITY,
    ...(message.ledgerKey ? { chainId: chainIdOf([message.ledgerKey.toLowerCase()]) } : {}),
    previewText: { content: clip(w.preview(message), PREVIEW_MAX) },
    templateParameters: [
      { name: 'diaryNumber', value: message.diaryNumber },
      { name: 'board', value: message.board }
    ]
  };
}

export class ActivityChannel implements ReminderChannel {
  public readonly name = 'activity' as const;

  public constructor(private readonly client: Client) {}

  public async send(message: OutgoingMessage): Promise<void> {
    // A problem digest is a list; the feed shows one line of it. The delivery sends it by mail instead.
    if (isProblemDigest(message)) throw new Error('A problem digest is not sent to the activity feed');
    const recipient = message.recipient.objectId !== '' ? message.recipient.objectId : message.recipient.upn;
    const body = isPublication(message) ? publicationNotification(message) : activityNotification(message);
    await graphCall(ACTIVITY_PERMISSION, () => this.client.api(`/users/${encodeURIComponent(recipient)}/teamwork/sendActivityNotification`).post(body), true);
  }
}
