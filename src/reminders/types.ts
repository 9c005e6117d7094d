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
    /**
     * The item's ledger key. The chat card carries it as an element id, so that a run taking over from one that
     * died can see in the chat whether this item was already sent (sendOnce.ts).
     */
    ledgerKey?: string;
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
  /** The ledger key of this notice, carried in the chat card (and the feed's chainId) like a reminder item's. */
  ledgerKey?: string;
}

/** A subject named in a notice: its title and its plan's. */
export interface NoticeSubject {
  title: string;
  plan: string;
}

/** Where a missing Graph permission stopped the run: a delivery channel, the directory look-ups, or the check of a chat. */
export type PermissionUse = ChannelName | 'directory' | 'chatCheck';

/**
 * One thing a run could not do that a coordinator (or, for a permission, an administrator) must put right, with
 * the names a person reads (notices.ts builds them from planning's problems and the run's failures).
 */
export type CoordinatorNotice =
  | { kind: 'missingPermission'; permission: string; use: PermissionUse; held: number }
  | { kind: 'noHolder' | 'roleWithoutHolder'; role: string | null; subjects: NoticeSubject[] }
  | { kind: 'noManager' | 'disabledAccount'; person: string; subjects: NoticeSubject[] }
  | { kind: 'undelivered'; person: string; subjects: number; error: string }
  | { kind: 'setting'; detail: string }
  | { kind: 'publication'; problem: 'noSetting' | 'noBoardSecretary' | 'roleWithoutHolder'; board: string; role: string | null };

/** The one message per run that tells the coordinators what the run could not do (problemDigest.ts). */
export interface ProblemDigestMessage {
  kind: 'problems';
  recipient: PersonRef;
  locale: Locale;
  /** The run's day in Stockholm. */
  date: IsoDate;
  notices: CoordinatorNotice[];
  /** The ledger key of this message, carried in the chat card like a reminder item's. */
  ledgerKey?: string;
}

/** Anything the service sends through its channels: a reminder digest, a publication notice or the coordinators' problem digest. */
export type OutgoingMessage = ReminderMessage | PublicationMessage | ProblemDigestMessage;

export function isPublication(message: OutgoingMessage): message is PublicationMessage {
  return (message as PublicationMessage).kind === 'publication';
}

export function isProblemDigest(message: OutgoingMessage): message is ProblemDigestMessage {
  return (message as ProblemDigestMessage).kind === 'problems';
}

/** A Graph permission the service lacks, found when Graph refused a call for it: the channel stops for the run. */
export interface MissingPermission {
  permission: string;
  use: PermissionUse;
  /** Graph's answer, for the run's output. */
  detail: string;
}

export type DeliveryResult =
  | { ok: true; channel: ChannelName }
  | {
    ok: false; channel: ChannelName; permanent: boolean; error: string;
    /** The service lacks a Graph permission for the channel: a configuration problem, no fallback, retried next run. */
    missingPermission?: MissingPermission;
    /** The request that sends got no answer (or a gateway timeout): the message may have arrived, so the ledger keeps it in doubt. */
    inDoubt?: boolean;
  };

export interface ReminderDelivery {
  /**
   * Sends on the configured channel; when Teams cannot reach the person falls back to e-mail. A missing Graph
   * permission is not a person's problem: it stops the channel for the run, with no fallback.
   */
  send(message: OutgoingMessage): Promise<DeliveryResult>;
  /**
   * Which of the ledger keys a message to the person already carried, when the channel can tell (the chat can be
   * read back); null when it cannot (activity feed, mail). Throws when the check itself failed.
   */
  alreadyDelivered?(recipient: PersonRef, ledgerKeys: readonly string[]): Promise<Set<string> | null>;
  /** The permissions found missing in this run, one per permission and use. */
  missingPermissions?(): MissingPermission[];
}
