/**
 * Deliveries: what the emulator "delivered" to people (chat messages, activity-feed notifications, mail),
 * recorded in one uniform shape so a person in the workbench, and a test, can see what the product sent.
 */
import { randomUUID } from 'node:crypto';

export type DeliveryKind = 'chatMessage' | 'activityNotification' | 'mail';

export interface Delivery {
  id: string;
  kind: DeliveryKind;
  /** ISO timestamp of acceptance. */
  at: string;
  /** UPN of the sending user, or `app:<teamsAppId>` for app-only activity notifications. */
  from: string;
  /** UPNs (or plain addresses, for mail to people outside the directory). */
  to: string[];
  /** Entra object id of the (first) recipient in the directory, or null. */
  recipientId: string | null;
  /** Mail subject, or the chat message's subject. */
  subject: string | null;
  /** Activity notification preview text. */
  previewText: string | null;
  /** Plain-text rendering of what the recipient sees. */
  text: string;
  /** The parsed Adaptive Card, if one was sent. */
  card: unknown | null;
  /** Where a click leads: topic.webUrl or topic.value for notifications, the card's first Action.OpenUrl. */
  webUrl: string | null;
  /** Same link as webUrl; kept under this name because a Teams deep link is what the product sends. */
  deepLink: string | null;
  activityType: string | null;
  chatId: string | null;
  /** The request body as received (parsed JSON, or the text for MIME mail). */
  raw: unknown;
}

export type NewDelivery = Omit<Delivery, 'id' | 'at' | 'webUrl' | 'deepLink'> & { link: string | null };

export function makeDelivery(d: NewDelivery, now: Date = new Date()): Delivery {
  const { link, ...rest } = d;
  return { id: randomUUID(), at: now.toISOString(), ...rest, webUrl: link, deepLink: link };
}
