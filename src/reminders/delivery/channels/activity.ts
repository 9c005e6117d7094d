/**
 * Activity-feed delivery, app-only: `POST /users/{id}/teamwork/sendActivityNotification` from the notifier
 * Teams app. The activity type and template parameters are the ones teams/notifier/manifest.json declares;
 * the topic is the plan and period as text, and a click opens the most urgent subject (measure, indicator or chapter) in the My follow-ups tab.
 */
import { Client } from '@microsoft/microsoft-graph-client';
import { isPublication, OutgoingMessage, PublicationMessage, ReminderMessage } from '../../types';
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

export interface ActivityNotificationBody {
  topic: { source: 'text'; value: string; webUrl: string };
  activityType: string;
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
  return {
    topic: { source: 'text', value: summary.topic, webUrl: summary.lead.deepLink },
    activityType,
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
    const recipient = message.recipient.objectId !== '' ? message.recipient.objectId : message.recipient.upn;
    const body = isPublication(message) ? publicationNotification(message) : activityNotification(message);
    await this.client.api(`/users/${encodeURIComponent(recipient)}/teamwork/sendActivityNotification`).post(body);
  }
}
