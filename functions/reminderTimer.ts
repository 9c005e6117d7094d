/**
 * The Azure Functions (v4 programming model) timer that runs the reminders every working morning.
 * The handler is the same code as `npm run reminders`; the Functions host itself is not installable
 * here, so the tests call the handler directly.
 */
import { app, InvocationContext, Timer } from '@azure/functions';
import { runFromConfig } from '../src/reminders/runFromConfig';

/** 06:30 UTC Monday–Friday: 07:30 or 08:30 in Stockholm, before the working day starts. */
export const REMINDER_SCHEDULE = '0 30 6 * * 1-5';

export async function reminderTimer(timer: Timer, context: InvocationContext): Promise<void> {
  if (timer.isPastDue) context.warn('The reminder timer is running late; stages whose day passed are still sent.');
  const result = await runFromConfig({ now: new Date(), dryRun: false });
  context.log(JSON.stringify({ sent: result.sent, skipped: result.skipped, failed: result.failed, problems: result.problems.length }));
  if (result.failed > 0) context.warn(`${result.failed} reminders failed and will be retried on the next run.`);
}

app.timer('reminders', { schedule: REMINDER_SCHEDULE, handler: reminderTimer });
