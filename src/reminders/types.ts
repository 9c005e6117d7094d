/**
 * The contracts of the reminder service: stage configuration, what planning decides is due, the
 * message a recipient gets (a digest of all their measures), and the delivery channels' results.
 */
import { FollowUpPeriod, IsoDate, Measure, PersonRef, Plan, ReminderLedgerEntry, Role, StatusReport } from '../model/types';
import { Locale } from '../model/statusLegend';

/** A reminder stage: days relative to the period's deadline (negative = before) and who receives it. */
export interface ReminderStageConfig {
  /** Stable id, part of the ledger key: e.g. `d-14`, `d0`, `esc+7`. */
  id: string;
  offsetDays: number;
  audience: 'holder' | 'manager';
}

export const defaultStages: readonly ReminderStageConfig[] = [
  { id: 'd-14', offsetDays: -14, audience: 'holder' },
  { id: 'd-7', offsetDays: -7, audience: 'holder' },
  { id: 'd-1', offsetDays: -1, audience: 'holder' },
  { id: 'd0', offsetDays: 0, audience: 'holder' },
  { id: 'd+3', offsetDays: 3, audience: 'holder' },
  { id: 'esc+7', offsetDays: 7, audience: 'manager' }
];

export interface PlanningInput {
  /** Today in Europe/Stockholm. */
  today: IsoDate;
  plans: Plan[];
  periods: FollowUpPeriod[];
  measures: Measure[];
  roles: Role[];
  reports: StatusReport[];
  ledger: ReminderLedgerEntry[];
  /** Stages per plan key; plans not listed use `defaultStages`. */
  stagesByPlan?: Map<string, readonly ReminderStageConfig[]>;
  /** Manager of a person by lower-case UPN: a person, null (has none), or absent (not looked up). */
  managers: Map<string, PersonRef | null>;
  /** Lower-case UPNs of accounts that are disabled in Entra ID. */
  disabled: Set<string>;
}

export interface DueReminder {
  planKey: string;
  periodKey: string;
  measureKey: string;
  stage: string;
  recipient: PersonRef;
  /** Why this person: they hold the role, stand in for the holder, or manage the holder (escalation). */
  reason: 'holder' | 'delegate' | 'manager';
  /** For an escalation: whose measure it is. */
  about: PersonRef | null;
  deadline: IsoDate;
  /** `measureKey|periodKey|stage|recipient-upn` (lower case): the ledger's unique key. */
  ledgerKey: string;
}

/** One message per recipient per run, listing all their due measures. */
export interface Digest {
  recipient: PersonRef;
  /** The most urgent stage among the items (the latest in the stage order). */
  stage: string;
  escalation: boolean;
  items: DueReminder[];
}

export type ProblemKind = 'noHolder' | 'noManager' | 'disabledAccount';

/** Something the coordinator must sort out, instead of a reminder failing silently. */
export interface Problem {
  kind: ProblemKind;
  planKey: string;
  periodKey: string;
  measureKey: string;
  roleKey: string | null;
  upn: string | null;
}

export interface PlanningResult {
  due: DueReminder[];
  digests: Digest[];
  problems: Problem[];
}

export type ChannelName = 'chat' | 'activity' | 'mail';

/** What a recipient's message says, ready to render as an Adaptive Card, a notification or a mail. */
export interface ReminderMessage {
  recipient: PersonRef;
  locale: Locale;
  stage: string;
  /** The stage's offset in days from the deadline (negative = before); when absent it is read from the stage id. */
  offsetDays?: number;
  escalation: boolean;
  items: Array<{
    measureKey: string;
    measureTitle: string;
    planTitle: string;
    periodTitle: string;
    deadline: IsoDate;
    /** Negative when late. */
    daysLeft: number;
    /** For an escalation: the person who has not answered. */
    responsible: string | null;
    /** Opens the Teams tab on this measure. */
    deepLink: string;
  }>;
}

export type DeliveryResult =
  | { ok: true; channel: ChannelName }
  | { ok: false; channel: ChannelName; permanent: boolean; error: string };

export interface ReminderDelivery {
  /** Sends on the configured channel; on a permanent Teams failure falls back to e-mail. */
  send(message: ReminderMessage): Promise<DeliveryResult>;
}
