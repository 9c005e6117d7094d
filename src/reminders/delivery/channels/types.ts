/**
 * A delivery channel: sends one message (a reminder or a publication notice) through Graph, or throws the Graph client's error
 * (delivery.ts decides what a failure means and whether to fall back to e-mail).
 */
import { ChannelName, OutgoingMessage } from '../../types';

export interface ReminderChannel {
  readonly name: ChannelName;
  send(message: OutgoingMessage): Promise<void>;
}
