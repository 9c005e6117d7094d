/**
 * The reminder service's delivery: sends each message on the configured channel within the service's own
 * rate limits, and falls back to e-mail when Teams cannot reach the person (403/404). Throttling (429) and
 * 503/504 are retried inside the Graph client (its RetryHandler honours Retry-After); what still fails is
 * reported as a non-permanent failure so that the next run tries again.
 */
import { Client } from '@microsoft/microsoft-graph-client';
import { ChannelName, DeliveryResult, OutgoingMessage, ReminderDelivery } from '../types';
import { ActivityChannel } from './channels/activity';
import { ChatChannel } from './channels/chat';
import { MailChannel } from './channels/mail';
import { ReminderChannel } from './channels/types';
import { classifyFailure, DeliveryFailure } from './errors';
import { Clock, DeliveryLimiter, DeliveryLimits } from './rateLimit';

export interface DeliveryOptions {
  channel: ChannelName;
  /** App-only client (activity notifications, mail). */
  appClient: Client;
  /** Delegated client signed in as the service account (chat messages). */
  chatClient: Client;
  /** UPN of the service account the chat client is signed in as. */
  serviceAccountUpn: string;
  /** UPN of the mailbox mail is sent from. */
  mailSender: string;
  limits?: Partial<DeliveryLimits>;
  /** For tests: a fake clock for the rate limits. */
  clock?: Clock;
}

/** One delivery per run: chat ids and rate-limit windows live as long as it does. */
export function createDelivery(options: DeliveryOptions): ReminderDelivery {
  const limiter = new DeliveryLimiter(options.limits, options.clock);
  const mail = new MailChannel(options.appClient, options.mailSender);
  const channels: Record<ChannelName, ReminderChannel> = {
    chat: new ChatChannel(options.chatClient, options.serviceAccountUpn),
    activity: new ActivityChannel(options.appClient),
    mail
  };

  async function attempt(channel: ReminderChannel, message: OutgoingMessage): Promise<{ result: DeliveryResult; failure: DeliveryFailure | null }> {
    try {
      await limiter.acquire(channel.name, message.recipient.upn, options.mailSender);
      await channel.send(message);
      return { result: { ok: true, channel: channel.name }, failure: null };
    } catch (error) {
      const failure = classifyFailure(error);
      return { result: { ok: false, channel: channel.name, permanent: failure.permanent, error: failure.text }, failure };
    }
  }

  return {
    async send(message: OutgoingMessage): Promise<DeliveryResult> {
      const primary = channels[options.channel];
      const first = await attempt(primary, message);
      if (first.failure === null || !first.failure.teamsUnreachable || primary.name === 'mail') return first.result;
      const fallback = await attempt(mail, message);
      if (fallback.failure === null) return fallback.result;
      return { ok: false, channel: 'mail', permanent: fallback.failure.permanent, error: `${primary.name}: ${first.failure.text}; mail: ${fallback.failure.text}` };
    }
  };
}
