/**
 * Which kind of reminder a message is: an early status request, a reminder around the deadline, an overdue
 * notice to the holder, or an escalation to the manager. The kind picks the card heading, the wording and
 * the notifier app's activity type (teams/notifier/manifest.json).
 */
import { ReminderMessage } from '../types';

export type ReminderPhase = 'request' | 'reminder' | 'overdue' | 'escalation';

/** The notifier manifest's activity types. */
export type ActivityType = 'statusRequest' | 'statusReminder' | 'statusOverdue';

export const activityTypeOf: Readonly<Record<ReminderPhase, ActivityType>> = {
  request: 'statusRequest',
  reminder: 'statusReminder',
  overdue: 'statusOverdue',
  escalation: 'statusOverdue'
};

/** The offset in a stage id such as `d-14`, `d0`, `d+3` or `esc+7`; null when the id carries none. */
export function offsetOfStage(stage: string): number | null {
  const match = /([+-]?\d+)$/.exec(stage);
  return match ? Number(match[1]) : null;
}

/** Offset of the stage: given, else from the stage id, else from the most urgent item's days left. */
function offsetOf(message: ReminderMessage): number {
  if (message.offsetDays !== undefined) return message.offsetDays;
  const fromId = offsetOfStage(message.stage);
  if (fromId !== null) return fromId;
  return -Math.min(...message.items.map((item) => item.daysLeft));
}

/** More than a day before the deadline: a request; the day before and the day itself: a reminder; after: overdue. */
export function phaseOf(message: ReminderMessage): ReminderPhase {
  if (message.escalation) return 'escalation';
  const offset = offsetOf(message);
  if (offset < -1) return 'request';
  return offset <= 0 ? 'reminder' : 'overdue';
}
