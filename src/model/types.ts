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

/** Every stored entity: the SharePoint item id, its ETag, a natural key that makes writes idempotent, and its creation time. */
export interface Stored {
  id?: number;
  etag?: string;
  key: string;
  /** When SharePoint created the item (read only; absent on entities not yet stored). */
  created?: IsoDateTime;
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
  /**
   * Who held the role and stood in for it, from when (reportAuthority.ts): each change of holder or delegate
   * made in the product adds one, so a report is judged by who answered for the role when it was written.
   * Empty: the current holder and delegate all along.
   */
  tenures?: RoleTenure[];
}

/** The holder and delegate of a role from `from` on (UPNs in lower case; `from` '' is "since before the records"). */
export interface RoleTenure {
  from: IsoDateTime | '';
  holder: string | null;
  delegate: string | null;
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
  /**
   * More measures than a single query may return in SharePoint once their reports are counted
   * (`isLargePlan`): the plan's lists are read by their parts (`planBucket`) in one round trip. Set by the
   * writers that add many at once and by `repairDerivedKeys`; absent: not large.
   */
  large?: boolean;
}

export const HANDLINGS = ['accept', 'reduce', 'eliminate'] as const;
/** "Hantering av risk": behålla, begränsa, eliminera. */
export type Handling = (typeof HANDLINGS)[number];

/** An item of a plan: a risk, a focus-area goal, a scorecard goal or a security-area goal. */
export interface PlanItem extends Stored {
  planKey: string;
  /** The plan and a part of it (`planBucket` in derivedKeys.ts): a large plan is read part by part, each under the threshold. */
  planBucket?: string;
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
  /** Action plan: a focus area's purpose ("Fokusområdet syftar till att …"), one point per line. */
  purpose: string;
  /** Overarching goals ("Övergripande mål") or, for a foundation, its strategies: one per line. */
  goals: string;
  /** Scorecard: the board's strategic goal the unit's goal serves ("Regionstyrelsens strategiska mål"). */
  strategicGoal: string;
}

export const MEASURE_KINDS = ['measure', 'activity', 'indicator', 'controlStep', 'assignment'] as const;
/** A measure ("Åtgärd"), an activity, an indicator ("styrmått"), a control step or an assignment ("uppdrag"). */
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const TARGET_RULES = ['increase', 'decrease', 'atLeast', 'atMost', 'done'] as const;
/**
 * "Mått för måluppfyllelse": Öka or Minska against the previous value, a numeric target reached from
 * below (≥ 100 %) or from above (≤ 3 %), or Genomförd (done / not done).
 */
export type TargetRule = (typeof TARGET_RULES)[number];

/**
 * Something followed up in every period: a measure, activity, control step, assignment or indicator.
 * `roleKeys` are every responsible role in order; the first leads and is also kept in `roleKey`
 * (indexed), which is all that older data has.
 */
export interface Measure extends Stored {
  planKey: string;
  /** The plan and a part of it (`planBucket` in derivedKeys.ts): a large plan is read part by part, each under the threshold. */
  planBucket?: string;
  itemKey: string;
  title: string;
  measureKind: MeasureKind;
  roleKey: string | null;
  /** All responsible roles, lead first. Empty in data written before several roles existed: read `roleKey`. */
  roleKeys: string[];
  dueDate: IsoDate | null;
  /** "Metod/Datakälla" or the control method. */
  method: string;
  closed: boolean;
  /** Action plan: the activity's goal ("Mål"). */
  goal: string;
  /** Indicators: the rule, target, unit and whether values are split by sex. */
  targetRule: TargetRule | null;
  targetValue: number | null;
  unitOfMeasure: string;
  splitBySex: boolean;
  /**
   * Indicators: how far from the target (in the indicator's unit) a value is still yellow; for Öka/Minska,
   * how small a change still counts as unchanged. Null: the region's default (IkSettings).
   */
  tolerance: number | null;
  /**
   * Secret under OSL on its own (a measure that names a weakness, under a risk that is not secret): masked
   * in everything published, as every measure of a confidential risk is. Absent in older data: not secret.
   */
  confidential?: boolean;
  /**
   * The security area of the measure's risk or goal, copied from it (derivedKeys.ts) so that a security report
   * reads the measures of every risk filed under its areas in the same round trip as the risks. Absent in
   * older data until `repairDerivedKeys` has run.
   */
  securityAreaKey?: string | null;
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
  /**
   * On a period an import made (the file's status or value columns): the UPN of the coordinator who imported
   * the file. Its reports by that coordinator are the file's history: they count in the plan's views, tagged as
   * imported, and are left out of board papers (reportAuthority.ts). Only coordinators can write periods.
   */
  importedBy?: string | null;
}

export const STATUS_COLOURS = ['green', 'yellow', 'red'] as const;
export type StatusColour = (typeof STATUS_COLOURS)[number];

/**
 * One answer for one measure in one period. Never overwritten: a correction is a new report.
 * A status answer has a colour and a comment. An indicator's answer has the value (total; women and men
 * when split by sex) and the analysis in `comment`; its colour is computed from the target rule
 * (fulfilment.ts), so `status` is null unless the reporter set it by hand, with `statusReason`.
 */
export interface StatusReport extends Stored {
  planKey: string;
  /** The plan and a part of it (`planBucket` in derivedKeys.ts): a large plan is read part by part, each under the threshold. */
  planBucket?: string;
  measureKey: string;
  periodKey: string;
  status: StatusColour | null;
  comment: string;
  reportedBy: PersonRef | null;
  reportedAt: IsoDateTime;
  value: number | null;
  valueWomen: number | null;
  valueMen: number | null;
  /** Why the colour was set by hand instead of computed; required when an indicator's colour is set. */
  statusReason: string;
  /**
   * The measure's risk or goal and its security area, copied from the measure when the report is written
   * (derivedKeys.ts): a view that knows the risks, or the areas, reads their reports in the same round trip.
   */
  itemKey?: string | null;
  securityAreaKey?: string | null;
}

/** One of the region's 14 security areas, with its owner role. */
export interface SecurityArea extends Stored {
  title: string;
  titleEn: string;
  ownerRoleKey: string | null;
  sortOrder: number;
}

export const CHAPTER_STATES = ['notStarted', 'draft', 'submitted', 'returned', 'approved'] as const;
/** A security-area chapter's state: not started → draft → submitted → returned (with a comment) → approved. */
export type ChapterState = (typeof CHAPTER_STATES)[number];

/** A risk analysis the area made during the year. */
export interface RiskAnalysisEntry {
  title: string;
  date: IsoDate | null;
}

/** Incidents of one kind, with their count and, where it applies, the count of women and men. */
export interface IncidentEntry {
  kind: string;
  count: number;
  women: number | null;
  men: number | null;
}

/**
 * A security area's chapter of the year's security report ("säkerhetsberättelse"), written by the area
 * owner and approved by the security coordinator. The overarching goals are the plan's items of the area
 * and its indicators their measures; the chapter holds the narrative and the figures around them.
 */
export interface Chapter extends Stored {
  planKey: string;
  areaKey: string;
  /** The follow-up (with its deadline) the chapter is written for. */
  periodKey: string;
  state: ChapterState;
  goalFulfilment: string;
  riskAnalyses: RiskAnalysisEntry[];
  incidents: IncidentEntry[];
  followUp: string;
  improvements: string;
  /** Fact finding: how the area works today. */
  currentState: string;
  /** Fact finding: the main improvement opportunities. */
  improvementOpportunities: string;
  /** The coordinator's comment when returning the chapter. */
  returnComment: string;
  submittedBy: PersonRef | null;
  submittedAt: IsoDateTime | null;
  decidedBy: PersonRef | null;
  decidedAt: IsoDateTime | null;
}

export const LINK_TYPES = ['responsible', 'threatens'] as const;
/**
 * A many-to-many relation, one item per pair so that both ends can be queried by an indexed column:
 * `responsible` (measure → role; the index behind a role's co-responsible measures, the measure's
 * `roleKeys` being the truth) and `threatens` (risk → the goal it threatens).
 */
export type LinkType = (typeof LINK_TYPES)[number];

export interface Link extends Stored {
  linkType: LinkType;
  fromKey: string;
  toKey: string;
  /** The plan of `fromKey`, so a plan's links load with one indexed query. */
  planKey: string;
  /** The plan and a part of it (`planBucket` in derivedKeys.ts): a large plan is read part by part, each under the threshold. */
  planBucket?: string;
  /**
   * The plan of `toKey` where that is another plan's item (a `threatens` link's goal), so a scorecard finds
   * the risks that threaten its goals without first reading the goals. Null for links to roles.
   */
  toPlanKey?: string | null;
}

export const SUBJECT_TYPES = ['measure', 'chapter'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/**
 * Who answers what ("Mina uppföljningar" reads it first): one entry per person and subject (a measure or a
 * security-area chapter) the person answers for as holder or delegate of one of its roles. Derived from the
 * subjects and roles, which stay the truth: written where they change and rebuilt by `repairDerivedKeys`;
 * the tab checks every subject against the roles it reads, so a stale entry can hide nothing it shows wrongly.
 */
export interface AnswerIndexEntry extends Stored {
  /** The person's UPN, lower case. */
  upn: string;
  subjectKey: string;
  subjectType: SubjectType;
  planKey: string;
  /** The measure's risk or goal; empty for a chapter. */
  itemKey: string;
  /** Every role that answers for the subject, lead first. */
  roleKeys: string[];
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

export const CASE_STATES = ['draft', 'published'] as const;
/** A tjänsteskrivelse is a draft until published; publishing again makes a new version of the papers. */
export type CaseState = (typeof CASE_STATES)[number];

/**
 * A tjänsteskrivelse ("ärende", "beslutsförslag") for a board: the case that carries a plan's follow-up to
 * its board. One draft per plan and follow-up period; its published versions are frozen in snapshots.
 */
export interface CaseDocument extends Stored {
  planKey: string;
  /** The follow-up the case reports; empty for a plan's own decision. */
  periodKey: string;
  /** The board ("nämnd"), e.g. "Regionstyrelsen". */
  board: string;
  meetingDate: IsoDate | null;
  /** "Dnr" / "Vår beteckning", e.g. `RS 2026/123`. */
  diaryNumber: string;
  /** The paper's own date. */
  documentDate: IsoDate | null;
  /** The case's heading ("Ärende"). */
  title: string;
  department: string;
  /** The responsible manager ("ansvarig chef"), name and title. */
  manager: string;
  /** "Handläggare": name, unit and contact, one per line. */
  officer: string;
  /** "Förslag till beslut": each point as it will read in the minutes after "… beslutar att". */
  proposals: string[];
  summary: string;
  /** "Ärendet": background and consideration. */
  caseText: string;
  /** "Beslutsförslagets påverkan avseende jämställdhet", prefilled with the data's figures by sex. */
  equality: string;
  /** "Barnperspektiv" and other consequences; may be empty. */
  otherConsequences: string;
  economy: string;
  /** Attachments beyond the generated plan report, one per line. */
  attachments: string[];
  /** "Expedieras till", one recipient per line. */
  distribution: string[];
  /** Who signs ("förvaltningschef", "avdelningschef"), one per line. */
  signatories: string[];
  state: CaseState;
  /** The snapshot being published: set when a publication starts, cleared when it is complete. */
  publishingKey: string;
  /** The latest complete publication. */
  lastSnapshotKey: string;
}

/**
 * The record of one publication for a board: never updated after it is written. Its content is the
 * snapshot JSON file (`contentUrl`), whose SHA-256 it holds; the documents rendered from that snapshot are
 * the files at `documentUrls`.
 */
export interface BoardSnapshotRecord extends Stored {
  /** `<plan title> – <period> (Dnr …, version n)`. */
  title: string;
  planKey: string;
  periodKey: string;
  caseKey: string;
  diaryNumber: string;
  version: number;
  board: string;
  meetingDate: IsoDate | null;
  publishedAt: IsoDateTime;
  publishedBy: PersonRef | null;
  sha256: string;
  contentUrl: string;
  /** Server-relative URLs of the published documents, in the order the case lists them. */
  documentUrls: string[];
  /** A confidential appendix exists for entitled readers (its URL is not in this record). */
  hasConfidentialAppendix: boolean;
}

export const BOARD_DOCUMENT_KINDS = ['snapshot', 'case', 'planReport', 'planWorkbook', 'confidentialAppendix'] as const;
export type BoardDocumentKind = (typeof BOARD_DOCUMENT_KINDS)[number];

/** A file's columns in the Nämndhandlingar library. */
export interface BoardDocument extends Stored {
  /** The document's title (the library's Title column). */
  title: string;
  snapshotKey: string;
  documentKind: BoardDocumentKind;
  diaryNumber: string;
  board: string;
  meetingDate: IsoDate | null;
  planKey: string;
  sha256: string;
}
