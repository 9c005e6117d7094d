/**
 * From the measured reminder runs to the whole region: the figures of the subset's stopped and restarted
 * runs per reminder and per recipient, carried over to the recipients the whole-region dry run planned,
 * and what 2,000 recipients cost against Microsoft Graph's published limits (and the service's own,
 * src/reminders/delivery/rateLimit.ts).
 */
import type { RunFigures } from './reminders';

/** Graph's published limits the reminder service meets (read 2026-12 from the pages cited). */
export const graphLimits = {
  chatMessage: {
    limit: 'POST 1:1/group chat message: 20 requests/s per app per tenant, 200/s per app across tenants; 1 request/s per app on one chat',
    serviceLimit: 'the service sends at most 2 chat messages/s (DESIGN.md: an older copy of the page said 2; design for the lower)',
    source: 'https://learn.microsoft.com/graph/throttling-limits#microsoft-teams-service-limits'
  },
  activityNotification: {
    limit: 'POST /users/{id}/teamwork/sendActivityNotification: 5 requests/s per app per tenant, 50/s per app across tenants',
    serviceLimit: 'the service sends at most 4/s, and at most 10 Teams messages a minute to one person',
    source: 'https://learn.microsoft.com/graph/throttling-limits#microsoft-teams-service-limits'
  },
  mail: {
    limit: 'Outlook: 10,000 requests per 10 minutes per app and mailbox, 4 concurrent requests; Exchange Online: 30 messages a minute and 10,000 recipients a day per sending mailbox',
    serviceLimit: 'the service sends at most 30 mails a minute from its mailbox',
    source: 'https://learn.microsoft.com/graph/throttling-limits#outlook-service-limits; https://learn.microsoft.com/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits#sending-limits-1'
  },
  directory: {
    limit: 'Identity and access, tenants over 500 users: 8,000 resource units per 10 s per app and tenant; GET user costs 1 (−1 for $select, +1 for $expand)',
    serviceLimit: 'one $batch step per person (user with manager expanded), 20 steps per $batch',
    source: 'https://learn.microsoft.com/graph/throttling-limits#identity-and-access-service-limits'
  }
} as const;

/** The least time, in seconds, `recipients` digests take on each channel at the service's and at Graph's limits. */
export function channelFloors(recipients: number): Record<string, { graphRequests: number; serviceSeconds: number; graphSeconds: number }> {
  const lookups = Math.ceil(recipients / 20);
  return {
    chat: { graphRequests: lookups + 1 + 2 * recipients, serviceSeconds: recipients / 2, graphSeconds: recipients / 20 },
    activity: { graphRequests: lookups + recipients, serviceSeconds: recipients / 4, graphSeconds: recipients / 5 },
    mail: { graphRequests: lookups + recipients, serviceSeconds: recipients * 2, graphSeconds: recipients * 2 }
  };
}

export interface ScaledRunInput {
  dryFull: RunFigures | null;
  /** The repair of copied keys that a full run ends with, over the whole region and over the subset. */
  repairFull: { seconds: number; sharePointRequests: number } | null;
  repair: { seconds: number; sharePointRequests: number };
  dry: RunFigures;
  first: RunFigures & { stoppedAfter: number; messages: number };
  second: RunFigures;
  after: RunFigures;
  deliveries: number;
  duplicates: number;
  ledger: Record<string, number>;
  ledgerAfterStop: Record<string, number>;
  reminderScale: number;
  /** Every measure, activity and indicator of the region: what the run reads and plans over. */
  regionMeasures: number;
}

const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

export function scaledRun(input: ScaledRunInput): Record<string, unknown> {
  const { dryFull, dry, first, second, after } = input;
  // Each real run reads and plans as the dry run does, and the restarted one ends with the repair of copied
  // keys; what is left is claiming, sending and recording.
  const sendSeconds = Math.max(0, first.seconds + second.seconds - 2 * dry.seconds - input.repair.seconds);
  const perReminder = dry.items ? sendSeconds / dry.items : 0;
  const perRecipient = dry.recipients ? sendSeconds / dry.recipients : 0;
  const sendGraph = first.graphRequests + second.graphRequests - 2 * dry.graphRequests;
  const graphPerRecipient = dry.recipients ? sendGraph / dry.recipients : 0;
  const sendSp = first.sharePointRequests + second.sharePointRequests - 2 * dry.sharePointRequests - input.repair.sharePointRequests;
  const whole = dryFull ?? dry;
  const repairWhole = input.repairFull ?? input.repair;
  return {
    measures: input.regionMeasures,
    recipients: whole.recipients,
    measuresDue: whole.measures,
    reminders: whole.items,
    graphRequests: Math.round(whole.graphRequests + graphPerRecipient * whole.recipients),
    seconds: Math.round(whole.seconds + perReminder * whole.items + repairWhole.seconds),
    duplicates: input.duplicates,
    extrapolated: ['graphRequests', 'seconds'],
    note: `measures: every measure, activity and indicator the run reads and plans over; measuresDue and reminders: those due today. ` +
      `A full run over ${whole.recipients} recipients does not fit the bench's time budget with the latency model on (each recipient costs ` +
      `${round(perRecipient, 2)} s: ${round(graphPerRecipient, 1)} Graph and ${dry.recipients ? round(sendSp / dry.recipients, 1) : 0} SharePoint requests, ` +
      `each waiting for the latency model, within the chat channel's own pace of 2 messages a second), so the send phase was measured on the same ` +
      `generator at scale ${input.reminderScale} (${dry.recipients} recipients, ${dry.items} reminders): stopped after ${first.messages} messages, ` +
      `restarted once after the stopped run's 10-minute lease. recipients, measuresDue and reminders are the whole region's dry run (reads, planning ` +
      `and the Graph look-ups, measured); seconds add the subset's sending cost per reminder and the whole region's repair of copied keys ` +
      `(measured), graphRequests the subset's Graph requests per recipient; duplicates are the subset's.`,
    repairOfCopiedKeys: repairWhole,
    wholeRegionDryRun: dryFull,
    subset: {
      scale: input.reminderScale, recipients: dry.recipients, reminders: dry.items, measures: dry.measures, dryRun: dry,
      stoppedRun: { ...first, remindersSent: input.ledgerAfterStop.sent ?? 0, ledgerAfterStop: input.ledgerAfterStop },
      restartedRun: second, runAfterwards: after,
      finishedInOneMoreRun: after.recipients === 0 && second.failed === 0,
      deliveries: input.deliveries, duplicates: input.duplicates, ledger: input.ledger,
      seconds: round(first.seconds + second.seconds), sendSeconds: round(sendSeconds), repairOfCopiedKeys: input.repair,
      perReminder: { seconds: round(perReminder, 3), sharePointRequests: dry.items ? round(sendSp / dry.items, 2) : 0 },
      perRecipient: { seconds: round(perRecipient, 3), graphRequests: round(graphPerRecipient, 2), sharePointRequests: dry.recipients ? round(sendSp / dry.recipients, 2) : 0 }
    },
    at2000Recipients: {
      measuredCostSeconds: Math.round(2000 * (whole.recipients ? (whole.seconds + repairWhole.seconds) / whole.recipients : 0) + 2000 * perRecipient),
      channelFloors: channelFloors(2000)
    }
  };
}
