/**
 * The plan model shared by all four of the users' documents (DOMAIN.md, "One model for all four"):
 * a plan holds items, items hold measures with a responsible role, and each follow-up period collects
 * one status report per measure. Kinds differ only in configuration and a few optional fields.
 * Pure types: no I/O.
 */

/** An ISO calendar date, `YYYY-MM-DD`, meant in Europe/Stockholm. */
export type IsoDate = string;
/** An ISO instant, `YYYY-MM-DDTHH:mm:ssZ`. */
export type IsoDateTime = string;

/** Every stored entity: the SharePoint item id, its ETag, and a natural key that makes writes idempotent. */
export interface Stored {
  id?: number;
  etag?: string;
  key: string;
}

export const ORG_UNIT_LEVELS = ['region', 'administration', 'department', 'unit'] as const;
export type OrgUnitLevel = (typeof ORG_UNIT_LEVELS)[number];

/** An organisational unit; units form a tree through `parentKey`. */
export interface OrgUnit extends Stored {
  title: string;
  level: OrgUnitLevel;
  parentKey: string | null;
}

export const CATEGORY_TYPES = ['strategy', 'controlObjective', 'focusArea', 'foundation', 'perspective'] as const;
export type CategoryType = (typeof CATEGORY_TYPES)[number];

/** A configurable classification: the region's strategies, internal-control objectives (c–f), focus areas … */
export interface Category extends Stored {
  title: string;
  titleEn: string;
  categoryType: CategoryType;
  /** A short code such as the objective letter `c`. */
  code: string;
  sortOrder: number;
}

/** A role ("Ansvarig för genomförande"): a title within a unit, held by one person at a time. */
export interface Role extends Stored {
  title: string;
  unitKey: string | null;
  holder: PersonRef | null;
  delegate: PersonRef | null;
}

/** A person as stored with a role: Graph needs the Entra object id and UPN, SharePoint its site user id. */
export interface PersonRef {
  objectId: string;
  upn: string;
  displayName: string;
  siteUserId?: number;
}

export const PLAN_KINDS = ['internalControl', 'patientSafety', 'scorecard', 'securityReport'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const PLAN_STATES = ['draft', 'decided', 'followUp', 'closed'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

export interface Plan extends Stored {
  title: string;
  kind: PlanKind;
  year: number;
  unitKey: string | null;
  state: PlanState;
  decisionDate: IsoDate | null;
  /** Diary number of the board decision ("Dnr"). */
  diaryNumber: string;
}

export const HANDLINGS = ['accept', 'reduce', 'eliminate'] as const;
/** "Hantering av risk": behålla, begränsa, eliminera. */
export type Handling = (typeof HANDLINGS)[number];

/** An item of a plan: a risk, a focus-area goal, a scorecard goal or a security-area goal. */
export interface PlanItem extends Stored {
  planKey: string;
  /** Short heading; for a risk, its description. */
  title: string;
  consequence: string;
  cause: string;
  handling: Handling | null;
  strategyKey: string | null;
  objectiveKey: string | null;
  securityAreaKey: string | null;
  probability: number | null;
  severity: number | null;
  residualProbability: number | null;
  residualSeverity: number | null;
  /** Secret under OSL: shown only to those entitled, masked in anything published. */
  confidential: boolean;
  sortOrder: number;
}

export const MEASURE_KINDS = ['measure', 'activity', 'indicator', 'controlStep'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** A measure ("Åtgärd"), activity or control step, with the role responsible for it. */
export interface Measure extends Stored {
  planKey: string;
  itemKey: string;
  title: string;
  measureKind: MeasureKind;
  roleKey: string | null;
  dueDate: IsoDate | null;
  /** "Metod/Datakälla" or the control method. */
  method: string;
  closed: boolean;
}

export const PERIOD_STATES = ['planned', 'open', 'closed'] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];

/** A follow-up period of a plan ("tertial 1", "delår augusti", "årsbokslut") with its answer deadline. */
export interface FollowUpPeriod extends Stored {
  planKey: string;
  title: string;
  /** The date the status is reported as of. */
  asOfDate: IsoDate;
  deadline: IsoDate;
  state: PeriodState;
  sortOrder: number;
}

export const STATUS_COLOURS = ['green', 'yellow', 'red'] as const;
export type StatusColour = (typeof STATUS_COLOURS)[number];

/** One answer for one measure in one period. Never overwritten: a correction is a new report. */
export interface StatusReport extends Stored {
  planKey: string;
  measureKey: string;
  periodKey: string;
  status: StatusColour;
  comment: string;
  reportedBy: PersonRef | null;
  reportedAt: IsoDateTime;
}

/** One of the region's 14 security areas, with its owner role. */
export interface SecurityArea extends Stored {
  title: string;
  titleEn: string;
  ownerRoleKey: string | null;
  sortOrder: number;
}

export const INDICATOR_DIRECTIONS = ['increase', 'decrease', 'reach', 'done'] as const;
/** "Mått för måluppfyllelse": Öka, Minska, a value to reach, or Genomförd. */
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export interface Indicator extends Stored {
  planKey: string;
  itemKey: string;
  title: string;
  unitOfMeasure: string;
  direction: IndicatorDirection;
  targetValue: number | null;
  /** Splits values by sex (women/men), as the boards ask for. */
  splitBySex: boolean;
  roleKey: string | null;
}

export interface IndicatorValue extends Stored {
  indicatorKey: string;
  year: number;
  value: number | null;
  valueWomen: number | null;
  valueMen: number | null;
  comment: string;
}

export const REMINDER_CHANNELS = ['chat', 'activity', 'mail'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];
export const LEDGER_STATES = ['pending', 'sent', 'failed'] as const;
export type LedgerState = (typeof LEDGER_STATES)[number];

/** The reminder ledger: one entry per (measure, period, stage, recipient), written before sending. */
export interface ReminderLedgerEntry extends Stored {
  measureKey: string;
  periodKey: string;
  /** The stage id from the plan's reminder configuration, e.g. `d-7` or `esc+7`. */
  stage: string;
  recipientUpn: string;
  channel: ReminderChannel;
  state: LedgerState;
  attempts: number;
  lastError: string;
  sentAt: IsoDateTime | null;
  /** The run that holds the entry while it sends; another run takes over only after the lease ran out. */
  runId: string;
  claimedAt: IsoDateTime | null;
}

/** A product setting stored as JSON, e.g. the risk matrix configuration. */
export interface Setting extends Stored {
  value: string;
}
