/**
 * The reminder service's delivery: sends each message on the configured channel within the service's own
 * rate limits. When Teams cannot reach the person (a 403/404 about them: no licence, the notifier app not
 * installable for them) it falls back to e-mail. When Graph refuses because the service lacks a permission,
 * that is a configuration problem, not the person's: the channel stops for the rest of the run, nothing falls
 * back to e-mail, and the reminders stay unsent in the ledger, so the next run (after an administrator has
 * consented) sends each once. Throttling is waited out by the Graph client (graphClient.ts); what still fails is
 * reported as a non-permanent failure so that the next run tries again. The coordinators' problem digest goes
 * as a chat card on the chat channel, otherwise (activity feed, or chat stopped) by mail.
 */
import { Client } from '@microsoft/microsoft-graph-client';
import { PersonRef } from '../../model/types';
import { ChannelName, DeliveryResult, isProblemDigest, MissingPermission, OutgoingMessage, ProblemDigestMessage, ReminderDelivery } from '../types';
import { ActivityChannel } from './channels/activity';
import { CHAT_PERMISSIONS, ChatChannel } from './channels/chat';
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

type Attempt = { result: DeliveryResult; failure: DeliveryFailure | null };

/** The digest with the permission found missing while sending it, unless it already says so. */
function withNotice(message: ProblemDigestMessage, missing: MissingPermission): ProblemDigestMessage {
  const said = message.notices.some((n) => n.kind === 'missingPermission' && n.permission === missing.permission && n.use === missing.use);
  return said ? message : { ...message, notices: [{ kind: 'missingPermission', permission: missing.permission, use: missing.use, held: 0 }, ...message.notices] };
}

/** One delivery per run: chat ids, rate-limit windows and the channels stopped for a missing permission live as long as it does. */
export function createDelivery(options: DeliveryOptions): ReminderDelivery {
  const limiter = new DeliveryLimiter(options.limits, options.clock);
  const mail = new MailChannel(options.appClient, options.mailSender);
  const chat = new ChatChannel(options.chatClient, options.serviceAccountUpn);
  const channels: Record<ChannelName, ReminderChannel> = { chat, activity: new ActivityChannel(options.appClient), mail };
  const stopped = new Map<string, MissingPermission>();

  const stop = (missing: MissingPermission): void => {
    if (!stopped.has(missing.use)) stopped.set(missing.use, missing);
  };

  async function attempt(channel: ReminderChannel, message: OutgoingMessage): Promise<Attempt> {
    const halted = stopped.get(channel.name);
    if (halted) {
      return { result: { ok: false, channel: channel.name, permanent: false, error: `stopped: ${halted.detail}`, missingPermission: halted }, failure: null };
    }
    try {
      await limiter.acquire(channel.name, message.recipient.upn, options.mailSender);
      await channel.send(message);
      return { result: { ok: true, channel: channel.name }, failure: null };
    } catch (error) {
      const failure = classifyFailure(error);
      const missing = failure.missingPermission ? { permission: failure.missingPermission, use: channel.name, detail: failure.text } : undefined;
      if (missing) stop(missing);
      return {
        result: { ok: false, channel: channel.name, permanent: failure.permanent, error: failure.text,
          ...(missing ? { missingPermission: missing } : {}), ...(failure.inDoubt ? { inDoubt: true } : {}) },
        failure
      };
    }
  }

  /** The channel a message goes on: the configured one, except that a problem digest needs room for a list. */
  const channelFor = (message: OutgoingMessage): ReminderChannel => {
    const primary = channels[options.channel];
    return isProblemDigest(message) && (primary.name === 'activity' || stopped.has(primary.name)) ? mail : primary;
  };

  return {
    async send(message: OutgoingMessage): Promise<DeliveryResult> {
      const primary = channelFor(message);
      const first = await attempt(primary, message);
      if (first.result.ok || primary.name === 'mail') return first.result;
      // A reminder waits for a missing permission; the digest that reports it must reach the coordinators now.
      const missing = first.result.missingPermission;
      const digestToMail = isProblemDigest(message) && missing ? withNotice(message, missing) : null;
      if (digestToMail === null && !first.failure?.teamsUnreachable) return first.result;
      const fallback = await attempt(mail, digestToMail ?? message);
      if (fallback.result.ok) return fallback.result;
      const failure = fallback.result;
      return { ...failure, error: `${primary.name}: ${first.failure?.text ?? first.result.error}; mail: ${fallback.failure?.text ?? failure.error}` };
    },

    async alreadyDelivered(recipient: PersonRef, ledgerKeys: readonly string[]): Promise<Set<string> | null> {
      // Only a chat can be read back; the feed and a mailbox cannot (the service may not read mail).
      if (options.channel !== 'chat') return null;
      const halted = stopped.get('chatCheck') ?? stopped.get('chat');
      if (halted) throw new Error(`The chat cannot be checked: ${halted.detail}`);
      try {
        return await chat.delivered(recipient, ledgerKeys);
      } catch (error) {
        const failure = classifyFailure(error);
        // Teams cannot reach the person: there is no chat to hold the message, so nothing was delivered there.
        if (failure.teamsUnreachable) return new Set<string>();
        const permission = failure.missingPermission;
        if (permission) stop({ permission, use: permission === CHAT_PERMISSIONS.read ? 'chatCheck' : 'chat', detail: failure.text });
        throw error;
      }
    },

    missingPermissions: (): MissingPermission[] => [...stopped.values()]
  };
}
