/**
 * The contracts of the reminder service: stage configuration, what planning decides is due, the
 * message a recipient gets (a digest of everything they are asked), and the delivery channels' results.
 * What is asked is a *subject* (src/model/requests.ts): a measure, activity, assignment or indicator in
 * every open period of its plan, or a security-area chapter in its own period. The field names still say
 * `measureKey`, as the ledger's `IkMeasureKey` column does: it holds the subject's key.
 */
import {
  Chapter, FollowUpPeriod, IsoDate, IsoDateTime, Measure, MeasureKind, PersonRef, Plan, ReminderLedgerEntry, Role, SecurityArea, StatusReport
} from '../model/types';
import { RequestType } from '../model/planKinds';
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
  /** Security-area chapters (a security report's): each is asked of its area's owner role in its own period. */
  chapters?: Chapter[];
  /** The areas the chapters belong to (whose `ownerRoleKey` answers for the chapter). */
  securityAreas?: SecurityArea[];
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
  /** The subject's key: a measure's (any measure kind) or a chapter's. */
  measureKey: string;
  /** What is asked: a status colour and comment, an indicator's value, or a written chapter. */
  requestType: RequestType;
  stage: string;
  recipient: PersonRef;
  /**
   * Why this person: they hold one of the subject's roles, stand in for a holder, or manage the lead
   * holder (escalation). Someone who holds one role and stands in for another counts as a holder.
   */
  reason: 'holder' | 'delegate' | 'manager';
  /** For an escalation: whose subject it is (the lead holder). */
  about: PersonRef | null;
  deadline: IsoDate;
  /** `measureKey|periodKey|stage|recipient-upn` (lower case): the ledger's unique key. */
  ledgerKey: string;
}

/** One message per recipient per run, listing everything due for them. */
export interface Digest {
  recipient: PersonRef;
  /** The most urgent stage among the items (the latest in the stage order). */
  stage: string;
  escalation: boolean;
  items: DueReminder[];
}

/**
 * `noHolder`: nobody at all can be asked (no role, or no role of the subject has a holder or a delegate);
 * `roleWithoutHolder`: one of the subject's roles has no holder while someone else is still asked;
 * `noManager`: an escalation has nobody to go to; `disabledAccount`: a person to remind is disabled in Entra ID.
 */
export type ProblemKind = 'noHolder' | 'roleWithoutHolder' | 'noManager' | 'disabledAccount';

/** Something the coordinator must sort out, instead of a reminder failing silently. */
export interface Problem {
  kind: ProblemKind;
  planKey: string;
  periodKey: string;
  /** The subject's key. */
  measureKey: string;
  /** The role concerned: the one without a holder, else the subject's lead role (null when it has none). */
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
    /** The subject's key. */
    measureKey: string;
    /** The subject's title; for a chapter "Säkerhetsberättelse: <area>". */
    measureTitle: string;
    requestType: RequestType;
    /** The kind of measure, to name it ("aktivitet", "indikator"); absent for a chapter, and read as 'measure' otherwise. */
    measureKind?: MeasureKind;
    planTitle: string;
    periodTitle: string;
    deadline: IsoDate;
    /** Negative when late. */
    daysLeft: number;
    /** For an escalation: the person who has not answered. */
    responsible: string | null;
    /** Opens the Teams tab on this subject. */
    deepLink: string;
  }>;
}

/**
 * What a board secretary is told when papers are published (src/board/announce.ts): the publication's facts,
 * a link to the snapshot's board page, the library and each paper (absolute URLs).
 */
export interface PublicationMessage {
  kind: 'publication';
  recipient: PersonRef;
  locale: Locale;
  planTitle: string;
  periodTitle: string | null;
  board: string;
  meetingDate: IsoDate | null;
  diaryNumber: string;
  version: number;
  publishedAt: IsoDateTime;
  /** The publisher's name. */
  publishedBy: string;
  boardPageUrl: string;
  libraryUrl: string;
  documents: Array<{ title: string; url: string }>;
  hasConfidentialAppendix: boolean;
}

/** Anything the service sends through its channels: a reminder digest or a publication notice. */
export type OutgoingMessage = ReminderMessage | PublicationMessage;

export function isPublication(message: OutgoingMessage): message is PublicationMessage {
  return (message as PublicationMessage).kind === 'publication';
}

export type DeliveryResult =
  | { ok: true; channel: ChannelName }
  | { ok: false; channel: ChannelName; permanent: boolean; error: string };

export interface ReminderDelivery {
  /** Sends on the configured channel; on a permanent Teams failure falls back to e-mail. */
  send(message: OutgoingMessage): Promise<DeliveryResult>;
}
