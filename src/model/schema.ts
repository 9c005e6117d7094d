/**
 * The one schema: every SharePoint list, field, type, index and unique key the product uses.
 * Provisioning, the data layer's item mapping and the TypeScript entity types all derive from here;
 * no other module spells a list title or a field's internal name.
 *
 * Internal names are fixed and language-neutral (prefix `Ik`, so they never collide with SharePoint's
 * own fields or a customer's); only display text is translated. Relations between entities are stored
 * as the related entity's natural key in an indexed text column: keys exist before ids do, so imports
 * and demo seeding are idempotent and resumable, and every query can lead with an indexed clause.
 */
import {
  BOARD_DOCUMENT_KINDS, CASE_STATES, CATEGORY_TYPES, CHAPTER_STATES, HANDLINGS, LEDGER_STATES, LINK_TYPES, MEASURE_KINDS, ORG_UNIT_LEVELS,
  PERIOD_STATES, PLAN_KINDS, SUBJECT_TYPES, PLAN_STATES, REMINDER_CHANNELS, STATUS_COLOURS, TARGET_RULES,
  AnswerIndexEntry, BoardDocument, BoardSnapshotRecord, CaseDocument, Category, Chapter, FollowUpPeriod, Link, Measure, OrgUnit, Plan, PlanItem, ReminderLedgerEntry,
  Role, SecurityArea, Setting, StatusReport, Stored
} from './types';

/**
 * `keys`: a list of natural keys, stored `;`-separated in a multi-line text column (not queryable; an
 * indexed relation needs the Links list). `json`: structured entries (validated on read) in a
 * multi-line text column.
 */
export type FieldKind =
  | 'text' | 'note' | 'integer' | 'number' | 'dateOnly' | 'dateTime' | 'choice' | 'boolean' | 'user' | 'keys' | 'json' | 'author';

export interface FieldDef {
  /** SharePoint internal name, fixed at creation. `Title` is SharePoint's built-in field. */
  internalName: string;
  kind: FieldKind;
  required?: boolean;
  indexed?: boolean;
  unique?: boolean;
  choices?: readonly string[];
  /** Display name shown in SharePoint's own list views (Swedish; the product UI has its own strings). */
  displayName: string;
}

/** A list: its title (language-neutral, used with getByTitle) and a field per entity property. */
export interface ListDef<T> {
  title: string;
  description: string;
  /** The list may grow past 5,000 items: every query must lead with an indexed clause. */
  large: boolean;
  /** A document library (SharePoint template 101) instead of a generic list (100). */
  library?: boolean;
  /** The URL segment, when the title is not plain ASCII ("Nämndhandlingar" lives at `Namndhandlingar`). */
  urlName?: string;
  fields: { [P in keyof Omit<T, 'id' | 'etag' | 'created'>]-?: FieldDef };
}

const key: FieldDef = { internalName: 'IkKey', kind: 'text', required: true, indexed: true, unique: true, displayName: 'Nyckel' };
const title = (displayName: string): FieldDef => ({ internalName: 'Title', kind: 'text', required: true, displayName });
const ref = (internalName: string, displayName: string, required = false): FieldDef =>
  ({ internalName, kind: 'text', indexed: true, required, displayName });
/** A plan's part (derivedKeys.ts `planBucket`), on the lists a plan's view reads whole. */
const planBucket: FieldDef = { internalName: 'IkPlanBucket', kind: 'text', indexed: true, displayName: 'Plandel' };
const text = (internalName: string, displayName: string): FieldDef => ({ internalName, kind: 'text', displayName });
const note = (internalName: string, displayName: string): FieldDef => ({ internalName, kind: 'note', displayName });
const int = (internalName: string, displayName: string, indexed = false): FieldDef => ({ internalName, kind: 'integer', indexed, displayName });
const num = (internalName: string, displayName: string): FieldDef => ({ internalName, kind: 'number', displayName });
const bool = (internalName: string, displayName: string): FieldDef => ({ internalName, kind: 'boolean', displayName });
const date = (internalName: string, displayName: string, indexed = false): FieldDef => ({ internalName, kind: 'dateOnly', indexed, displayName });
const choice = (internalName: string, displayName: string, choices: readonly string[], indexed = false): FieldDef =>
  ({ internalName, kind: 'choice', choices, indexed, required: true, displayName });
const optionalChoice = (internalName: string, displayName: string, choices: readonly string[]): FieldDef =>
  ({ internalName, kind: 'choice', choices, displayName });
/** A person: a SharePoint user field plus the Entra object id and UPN that Graph needs. */
const person = (prefix: string, displayName: string): FieldDef => ({ internalName: prefix, kind: 'user', displayName });
/**
 * SharePoint's own Created By (`Author`): set by SharePoint from who signed in, never by the client. Read only:
 * the product never writes it, and provisioning creates no column for it.
 */
const author = (displayName: string): FieldDef => ({ internalName: 'Author', kind: 'author', displayName });
const keys = (internalName: string, displayName: string): FieldDef => ({ internalName, kind: 'keys', displayName });
const json = (internalName: string, displayName: string): FieldDef => ({ internalName, kind: 'json', displayName });
const instant = (internalName: string, displayName: string): FieldDef => ({ internalName, kind: 'dateTime', displayName });

export const orgUnitList: ListDef<OrgUnit> = {
  title: 'IkOrgUnits', description: 'Organisationsenheter (Internkontroll 365)', large: false,
  fields: { key, title: title('Enhet'), level: choice('IkLevel', 'Nivå', ORG_UNIT_LEVELS), parentKey: ref('IkParentKey', 'Överordnad enhet') }
};

export const categoryList: ListDef<Category> = {
  title: 'IkCategories', description: 'Strategier, internkontrollmål och fokusområden (Internkontroll 365)', large: false,
  fields: {
    key, title: title('Namn'), titleEn: text('IkTitleEn', 'Namn (engelska)'),
    categoryType: choice('IkCategoryType', 'Typ', CATEGORY_TYPES, true), code: text('IkCode', 'Kod'),
    sortOrder: int('IkSortOrder', 'Ordning')
  }
};

export const roleList: ListDef<Role> = {
  title: 'IkRoles', description: 'Ansvarsroller och deras innehavare (Internkontroll 365)', large: false,
  fields: {
    key, title: title('Roll'), unitKey: ref('IkUnitKey', 'Enhet'),
    holder: person('IkHolder', 'Innehavare'), delegate: person('IkDelegate', 'Ersättare'),
    tenures: json('IkTenures', 'Innehavare över tid')
  }
};

export const planList: ListDef<Plan> = {
  title: 'IkPlans', description: 'Planer: internkontroll, patientsäkerhet, styrkort, säkerhet (Internkontroll 365)', large: false,
  fields: {
    key, title: title('Plan'), kind: choice('IkPlanKind', 'Typ av plan', PLAN_KINDS, true), year: int('IkYear', 'År', true),
    unitKey: ref('IkUnitKey', 'Enhet'), state: choice('IkPlanState', 'Status', PLAN_STATES),
    decisionDate: date('IkDecisionDate', 'Beslutsdatum'), diaryNumber: text('IkDiaryNumber', 'Diarienummer'), large: bool('IkLarge', 'Stor plan')
  }
};

export const itemList: ListDef<PlanItem> = {
  title: 'IkItems', description: 'Risker och mål i planerna (Internkontroll 365)', large: true,
  fields: {
    key, planKey: ref('IkPlanKey', 'Plan', true), planBucket, title: title('Beskrivning av risk'),
    consequence: note('IkConsequence', 'Beskrivning av konsekvens'), cause: note('IkCause', 'Bakomliggande orsak'),
    handling: optionalChoice('IkHandling', 'Hantering av risk', HANDLINGS),
    strategyKey: ref('IkStrategyKey', 'Strategi'), objectiveKey: ref('IkObjectiveKey', 'Internkontrollmål'),
    securityAreaKey: ref('IkSecurityAreaKey', 'Säkerhetsområde'),
    probability: int('IkProbability', 'Sannolikhet'), severity: int('IkSeverity', 'Konsekvensgrad'),
    residualProbability: int('IkResidualProbability', 'Sannolikhet efter åtgärd'),
    residualSeverity: int('IkResidualSeverity', 'Konsekvensgrad efter åtgärd'),
    // Indexed: a large register's first rows are read by their order (ListRepository.firstInPlan).
    confidential: bool('IkConfidential', 'Sekretess'), sortOrder: int('IkSortOrder', 'Ordning', true),
    purpose: note('IkPurpose', 'Syfte'), goals: note('IkGoals', 'Övergripande mål'),
    strategicGoal: text('IkStrategicGoal', 'Strategiskt mål')
  }
};

export const measureList: ListDef<Measure> = {
  title: 'IkMeasures', description: 'Åtgärder, aktiviteter och kontrollmoment (Internkontroll 365)', large: true,
  fields: {
    key, planKey: ref('IkPlanKey', 'Plan', true), planBucket, itemKey: ref('IkItemKey', 'Risk/mål', true), title: title('Åtgärd'),
    measureKind: choice('IkMeasureKind', 'Typ', MEASURE_KINDS), roleKey: ref('IkRoleKey', 'Ansvarig roll'),
    roleKeys: keys('IkRoleKeys', 'Ansvariga roller'),
    dueDate: date('IkDueDate', 'Klart senast'), method: note('IkMethod', 'Metod/datakälla'), closed: bool('IkClosed', 'Avslutad'),
    goal: note('IkGoal', 'Mål'), targetRule: optionalChoice('IkTargetRule', 'Mått för måluppfyllelse', TARGET_RULES),
    targetValue: num('IkTargetValue', 'Målvärde'), unitOfMeasure: text('IkUnitOfMeasure', 'Måttenhet'),
    splitBySex: bool('IkSplitBySex', 'Könsuppdelad'), tolerance: num('IkTolerance', 'Tolerans'), confidential: bool('IkConfidential', 'Sekretess'),
    securityAreaKey: ref('IkSecurityAreaKey', 'Säkerhetsområde')
  }
};

export const periodList: ListDef<FollowUpPeriod> = {
  title: 'IkPeriods', description: 'Uppföljningstillfällen med sista svarsdag (Internkontroll 365)', large: false,
  fields: {
    key, planKey: ref('IkPlanKey', 'Plan', true), title: title('Uppföljning'), asOfDate: date('IkAsOfDate', 'Avser datum'),
    deadline: date('IkDeadline', 'Sista svarsdag', true), state: choice('IkPeriodState', 'Status', PERIOD_STATES),
    sortOrder: int('IkSortOrder', 'Ordning'), importedBy: text('IkImportedBy', 'Importerad av')
  }
};

export const statusReportList: ListDef<StatusReport> = {
  title: 'IkStatusReports', description: 'Statusrapporter per åtgärd och uppföljning; skrivs aldrig över (Internkontroll 365)', large: true,
  fields: {
    key, planKey: ref('IkPlanKey', 'Plan', true), planBucket, measureKey: ref('IkMeasureKey', 'Åtgärd', true),
    periodKey: ref('IkPeriodKey', 'Uppföljning', true), status: optionalChoice('IkStatus', 'Status', STATUS_COLOURS),
    comment: note('IkComment', 'Kommentar'), reportedBy: author('Rapporterad av'),
    reportedAt: { internalName: 'IkReportedAt', kind: 'dateTime', required: true, displayName: 'Rapporterad' },
    value: num('IkValue', 'Utfall'), valueWomen: num('IkValueWomen', 'Utfall kvinnor'), valueMen: num('IkValueMen', 'Utfall män'),
    statusReason: note('IkStatusReason', 'Skäl till manuell färg'),
    itemKey: ref('IkItemKey', 'Risk/mål'), securityAreaKey: ref('IkSecurityAreaKey', 'Säkerhetsområde')
  }
};

export const securityAreaList: ListDef<SecurityArea> = {
  title: 'IkSecurityAreas', description: 'Säkerhetsområden och funktionsområdesansvariga (Internkontroll 365)', large: false,
  fields: {
    key, title: title('Säkerhetsområde'), titleEn: text('IkTitleEn', 'Namn (engelska)'),
    ownerRoleKey: ref('IkOwnerRoleKey', 'Funktionsområdesansvarig'), sortOrder: int('IkSortOrder', 'Ordning')
  }
};

export const chapterList: ListDef<Chapter> = {
  title: 'IkChapters', description: 'Säkerhetsområdenas kapitel i säkerhetsberättelsen (Internkontroll 365)', large: false,
  fields: {
    key, planKey: ref('IkPlanKey', 'Plan', true), areaKey: ref('IkAreaKey', 'Säkerhetsområde', true),
    periodKey: ref('IkPeriodKey', 'Uppföljning', true), state: choice('IkChapterState', 'Läge', CHAPTER_STATES, true),
    goalFulfilment: note('IkGoalFulfilment', 'Måluppfyllelse'), riskAnalyses: json('IkRiskAnalyses', 'Genomförda riskanalyser'),
    incidents: json('IkIncidents', 'Händelser'), followUp: note('IkFollowUp', 'Uppföljning'), improvements: note('IkImprovements', 'Förbättringar'),
    currentState: note('IkCurrentState', 'Så fungerar området i dag'),
    improvementOpportunities: note('IkImprovementOpportunities', 'Viktigaste förbättringsmöjligheter'),
    returnComment: note('IkReturnComment', 'Kommentar vid retur'),
    submittedBy: person('IkSubmittedBy', 'Inlämnad av'), submittedAt: instant('IkSubmittedAt', 'Inlämnad'),
    decidedBy: person('IkDecidedBy', 'Granskad av'), decidedAt: instant('IkDecidedAt', 'Granskad')
  }
};

export const linkList: ListDef<Link> = {
  title: 'IkLinks', description: 'Kopplingar: ansvariga roller, risker mot mål (Internkontroll 365)', large: true,
  fields: {
    key, linkType: choice('IkLinkType', 'Typ', LINK_TYPES, true), fromKey: ref('IkFromKey', 'Från', true),
    toKey: ref('IkToKey', 'Till', true), planKey: ref('IkPlanKey', 'Plan', true), planBucket, toPlanKey: ref('IkToPlanKey', 'Till plan')
  }
};

export const answerIndexList: ListDef<AnswerIndexEntry> = {
  title: 'IkAnswerIndex', description: 'Vem som svarar för vad, härlett ur roller och åtgärder (Internkontroll 365)', large: true,
  fields: {
    key, upn: ref('IkUpn', 'Person', true), subjectKey: ref('IkSubjectKey', 'Åtgärd/kapitel', true),
    subjectType: choice('IkSubjectType', 'Typ', SUBJECT_TYPES, true), planKey: ref('IkPlanKey', 'Plan', true),
    itemKey: ref('IkItemKey', 'Risk/mål'), roleKeys: keys('IkRoleKeys', 'Roller')
  }
};

export const reminderLedgerList: ListDef<ReminderLedgerEntry> = {
  title: 'IkReminderLedger', description: 'Logg över skickade påminnelser; nyckeln hindrar dubbletter (Internkontroll 365)', large: true,
  fields: {
    key, measureKey: ref('IkMeasureKey', 'Åtgärd', true), periodKey: ref('IkPeriodKey', 'Uppföljning', true),
    stage: { internalName: 'IkStage', kind: 'text', required: true, displayName: 'Steg' }, recipientUpn: ref('IkRecipientUpn', 'Mottagare', true),
    channel: choice('IkChannel', 'Kanal', REMINDER_CHANNELS), state: choice('IkLedgerState', 'Läge', LEDGER_STATES, true),
    attempts: int('IkAttempts', 'Försök'), lastError: note('IkLastError', 'Senaste fel'),
    sentAt: { internalName: 'IkSentAt', kind: 'dateTime', displayName: 'Skickad' },
    runId: text('IkRunId', 'Körning'),
    claimedAt: { internalName: 'IkClaimedAt', kind: 'dateTime', displayName: 'Reserverad' }
  }
};

export const settingList: ListDef<Setting> = {
  title: 'IkSettings', description: 'Inställningar, t.ex. riskmatrisen (Internkontroll 365)', large: false,
  fields: { key, value: note('IkValue', 'Värde (JSON)') }
};

export const caseList: ListDef<CaseDocument> = {
  title: 'IkCases', description: 'Tjänsteskrivelser till nämnden, utkast per plan och uppföljning (Internkontroll 365)', large: false,
  fields: {
    key, planKey: ref('IkPlanKey', 'Plan', true), periodKey: ref('IkPeriodKey', 'Uppföljning'), board: text('IkBoard', 'Nämnd'),
    meetingDate: date('IkMeetingDate', 'Sammanträdesdatum'), diaryNumber: ref('IkDiaryNumber', 'Diarienummer'),
    documentDate: date('IkDocumentDate', 'Datum'), title: title('Ärende'), department: text('IkDepartment', 'Ansvarig avdelning'),
    manager: text('IkManager', 'Ansvarig chef'), officer: note('IkOfficer', 'Handläggare'), proposals: json('IkProposals', 'Förslag till beslut'),
    summary: note('IkSummary', 'Sammanfattning'), caseText: note('IkCaseText', 'Ärendet'), equality: note('IkEquality', 'Jämställdhet'),
    otherConsequences: note('IkOtherConsequences', 'Övriga konsekvenser'), economy: note('IkEconomy', 'Ekonomiska konsekvenser'),
    attachments: json('IkAttachments', 'Bilagor'), distribution: json('IkDistribution', 'Expedieras till'),
    signatories: json('IkSignatories', 'Underskrifter'), state: choice('IkCaseState', 'Läge', CASE_STATES),
    publishingKey: text('IkPublishingKey', 'Publiceras'), lastSnapshotKey: text('IkLastSnapshotKey', 'Senast publicerad')
  }
};

export const boardSnapshotList: ListDef<BoardSnapshotRecord> = {
  title: 'IkBoardSnapshots', description: 'Publicerade nämndhandlingar: frysta underlag med kontrollsumma; ändras aldrig (Internkontroll 365)',
  large: true,
  fields: {
    key, title: title('Publicering'), planKey: ref('IkPlanKey', 'Plan', true), periodKey: ref('IkPeriodKey', 'Uppföljning'),
    caseKey: ref('IkCaseKey', 'Tjänsteskrivelse'), diaryNumber: ref('IkDiaryNumber', 'Diarienummer', true),
    version: int('IkVersion', 'Version'), board: text('IkBoard', 'Nämnd'), meetingDate: date('IkMeetingDate', 'Sammanträdesdatum'),
    publishedAt: instant('IkPublishedAt', 'Publicerad'), publishedBy: person('IkPublishedBy', 'Publicerad av'),
    sha256: text('IkContentHash', 'SHA-256'), contentUrl: note('IkContentUrl', 'Underlag (JSON)'), documentUrls: json('IkDocumentUrls', 'Handlingar'),
    hasConfidentialAppendix: bool('IkHasConfidentialAppendix', 'Sekretessbilaga finns')
  }
};

export const boardDocumentLibrary: ListDef<BoardDocument> = {
  title: 'Nämndhandlingar', urlName: 'Namndhandlingar', library: true, large: true,
  description: 'Handlingar publicerade för nämnden: tjänsteskrivelser och bilagor (Internkontroll 365)',
  fields: {
    key, title: { internalName: 'Title', kind: 'text', displayName: 'Rubrik' }, snapshotKey: ref('IkSnapshotKey', 'Publicering', true),
    documentKind: choice('IkDocumentKind', 'Handling', BOARD_DOCUMENT_KINDS), diaryNumber: ref('IkDiaryNumber', 'Diarienummer', true),
    board: text('IkBoard', 'Nämnd'), meetingDate: date('IkMeetingDate', 'Sammanträdesdatum', true), planKey: ref('IkPlanKey', 'Plan', true),
    sha256: text('IkContentHash', 'SHA-256')
  }
};

/**
 * The board library's folder of confidential appendices, under its root: it has permissions of its own (the
 * coordinators and the entitled group only, src/security/sitePermissions.ts), which every appendix in it inherits.
 */
export const CONFIDENTIAL_FOLDER = 'Sekretess';

/** Every list, in provisioning order. */
export const schema = {
  orgUnits: orgUnitList,
  categories: categoryList,
  roles: roleList,
  plans: planList,
  items: itemList,
  measures: measureList,
  periods: periodList,
  statusReports: statusReportList,
  securityAreas: securityAreaList,
  chapters: chapterList,
  links: linkList,
  answerIndex: answerIndexList,
  reminderLedger: reminderLedgerList,
  settings: settingList,
  cases: caseList,
  boardSnapshots: boardSnapshotList,
  boardDocuments: boardDocumentLibrary
} as const;

export type Schema = typeof schema;
export type ListName = keyof Schema;
/** The entity type stored in a list. */
export type EntityOf<L extends ListName> = Schema[L] extends ListDef<infer T> ? (T extends Stored ? T : never) : never;

export const listNames = Object.keys(schema) as ListName[];

/** The field definitions of a list as an array, in declaration order. */
export function fieldsOf<T>(list: ListDef<T>): Array<[keyof T & string, FieldDef]> {
  return Object.entries(list.fields) as Array<[keyof T & string, FieldDef]>;
}

/** Looks up the internal name of an entity property, for building queries. */
export function fieldName<T>(list: ListDef<T>, property: keyof Omit<T, 'id' | 'etag'>): string {
  return (list.fields as Record<string, FieldDef>)[property as string].internalName;
}
