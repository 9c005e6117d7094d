/**
 * The Azure Functions (v4 programming model) timers: the reminders every working morning (with the notices
 * of papers published since), and every ten minutes the notices alone, so that the board secretary hears
 * of a publication soon after it. The handlers are the same code as `npm run reminders`; the Functions host
 * itself is not installable here, so the tests call the handlers directly.
 */
import { app, InvocationContext, Timer } from '@azure/functions';
import type { AnnounceResult } from '../src/board/announce';
import { runFromConfig } from '../src/reminders/runFromConfig';

/** 06:30 UTC Monday–Friday: 07:30 or 08:30 in Stockholm, before the working day starts. */
export const REMINDER_SCHEDULE = '0 30 6 * * 1-5';

/** Every ten minutes: a read of the publications list (a handful of items) and nothing else when none is new. */
export const PUBLICATION_SCHEDULE = '0 */10 * * * *';

export async function reminderTimer(timer: Timer, context: InvocationContext): Promise<void> {
  if (timer.isPastDue) context.warn('The reminder timer is running late; stages whose day passed are still sent.');
  const result = await runFromConfig({ now: new Date(), dryRun: false });
  context.log(JSON.stringify({ sent: result.sent, skipped: result.skipped, failed: result.failed, problems: result.problems.length,
    publicationsSent: result.publications.sent }));
  if (result.failed > 0) context.warn(`${result.failed} reminders failed and will be retried on the next run.`);
  warnOfPublicationProblems(result.publications, context);
}

export async function publicationTimer(_timer: Timer, context: InvocationContext): Promise<void> {
  const { publications } = await runFromConfig({ now: new Date(), dryRun: false, only: 'publications' });
  if (publications.planned.length > 0) context.log(JSON.stringify({ sent: publications.sent, skipped: publications.skipped, failed: publications.failed }));
  warnOfPublicationProblems(publications, context);
}

function warnOfPublicationProblems(publications: AnnounceResult, context: InvocationContext): void {
  if (publications.failed > 0) context.warn(`${publications.failed} publication notices failed and will be retried on the next run.`);
  for (const p of publications.problems) context.warn(`Publication ${p.snapshotKey} (${p.board}): ${p.kind}${p.roleKey ? ` (${p.roleKey})` : ''}`);
}

app.timer('reminders', { schedule: REMINDER_SCHEDULE, handler: reminderTimer });
app.timer('publications', { schedule: PUBLICATION_SCHEDULE, handler: publicationTimer });
