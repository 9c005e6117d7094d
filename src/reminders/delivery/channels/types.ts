/**
 * A delivery channel: sends one reminder message through Graph, or throws the Graph client's error
 * (delivery.ts decides what a failure means and whether to fall back to e-mail).
 */
import { ChannelName, ReminderMessage } from '../../types';

export interface ReminderChannel {
  readonly name: ChannelName;
  send(message: ReminderMessage): Promise<void>;
}
