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
  CATEGORY_TYPES, HANDLINGS, INDICATOR_DIRECTIONS, LEDGER_STATES, MEASURE_KINDS, ORG_UNIT_LEVELS,
  PERIOD_STATES, PLAN_KINDS, PLAN_STATES, REMINDER_CHANNELS, STATUS_COLOURS,
  Category, FollowUpPeriod, Indicator, IndicatorValue, Measure, OrgUnit, Plan, PlanItem, ReminderLedgerEntry,
  Role, SecurityArea, Setting, StatusReport, Stored
} from './types';

export type FieldKind =
  | 'text' | 'note' | 'integer' | 'number' | 'dateOnly' | 'dateTime' | 'choice' | 'boolean' | 'user';

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
  fields: { [P in keyof Omit<T, 'id' | 'etag'>]-?: FieldDef };
}

const key: FieldDef = { internalName: 'IkKey', kind: 'text', required: true, indexed: true, unique: true, displayName: 'Nyckel' };
const title = (displayName: string): FieldDef => ({ internalName: 'Title', kind: 'text', required: true, displayName });
const ref = (internalName: string, displayName: string, required = false): FieldDef =>
  ({ internalName, kind: 'text', indexed: true, required, displayName });
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
    holder: person('IkHolder', 'Innehavare'), delegate: person('IkDelegate', 'Ersättare')
  }
};

export const planList: ListDef<Plan> = {
  title: 'IkPlans', description: 'Planer: internkontroll, patientsäkerhet, styrkort, säkerhet (Internkontroll 365)', large: false,
  fields: {
    key, title: title('Plan'), kind: choice('IkPlanKind', 'Typ av plan', PLAN_KINDS, true), year: int('IkYear', 'År', true),
    unitKey: ref('IkUnitKey', 'Enhet'), state: choice('IkPlanState', 'Status', PLAN_STATES),
    decisionDate: date('IkDecisionDate', 'Beslutsdatum'), diaryNumber: text('IkDiaryNumber', 'Diarienummer')
  }
};

export const itemList: ListDef<PlanItem> = {
  title: 'IkItems', description: 'Risker och mål i planerna (Internkontroll 365)', large: true,
  fields: {
    key, planKey: ref('IkPlanKey', 'Plan', true), title: title('Beskrivning av risk'),
    consequence: note('IkConsequence', 'Beskrivning av konsekvens'), cause: note('IkCause', 'Bakomliggande orsak'),
    handling: optionalChoice('IkHandling', 'Hantering av risk', HANDLINGS),
    strategyKey: ref('IkStrategyKey', 'Strategi'), objectiveKey: ref('IkObjectiveKey', 'Internkontrollmål'),
    securityAreaKey: ref('IkSecurityAreaKey', 'Säkerhetsområde'),
    probability: int('IkProbability', 'Sannolikhet'), severity: int('IkSeverity', 'Konsekvensgrad'),
    residualProbability: int('IkResidualProbability', 'Sannolikhet efter åtgärd'),
    residualSeverity: int('IkResidualSeverity', 'Konsekvensgrad efter åtgärd'),
    confidential: bool('IkConfidential', 'Sekretess'), sortOrder: int('IkSortOrder', 'Ordning')
  }
};

export const measureList: ListDef<Measure> = {
  title: 'IkMeasures', description: 'Åtgärder, aktiviteter och kontrollmoment (Internkontroll 365)', large: true,
  fields: {
    key, planKey: ref('IkPlanKey', 'Plan', true), itemKey: ref('IkItemKey', 'Risk/mål', true), title: title('Åtgärd'),
    measureKind: choice('IkMeasureKind', 'Typ', MEASURE_KINDS), roleKey: ref('IkRoleKey', 'Ansvarig roll'),
    dueDate: date('IkDueDate', 'Klart senast'), method: note('IkMethod', 'Metod/datakälla'), closed: bool('IkClosed', 'Avslutad')
  }
};

export const periodList: ListDef<FollowUpPeriod> = {
  title: 'IkPeriods', description: 'Uppföljningstillfällen med sista svarsdag (Internkontroll 365)', large: false,
  fields: {
    key, planKey: ref('IkPlanKey', 'Plan', true), title: title('Uppföljning'), asOfDate: date('IkAsOfDate', 'Avser datum'),
    deadline: date('IkDeadline', 'Sista svarsdag', true), state: choice('IkPeriodState', 'Status', PERIOD_STATES),
    sortOrder: int('IkSortOrder', 'Ordning')
  }
};

export const statusReportList: ListDef<StatusReport> = {
  title: 'IkStatusReports', description: 'Statusrapporter per åtgärd och uppföljning; skrivs aldrig över (Internkontroll 365)', large: true,
  fields: {
    key, planKey: ref('IkPlanKey', 'Plan', true), measureKey: ref('IkMeasureKey', 'Åtgärd', true),
    periodKey: ref('IkPeriodKey', 'Uppföljning', true), status: choice('IkStatus', 'Status', STATUS_COLOURS),
    comment: note('IkComment', 'Kommentar'), reportedBy: person('IkReportedBy', 'Rapporterad av'),
    reportedAt: { internalName: 'IkReportedAt', kind: 'dateTime', required: true, displayName: 'Rapporterad' }
  }
};

export const securityAreaList: ListDef<SecurityArea> = {
  title: 'IkSecurityAreas', description: 'Säkerhetsområden och funktionsområdesansvariga (Internkontroll 365)', large: false,
  fields: {
    key, title: title('Säkerhetsområde'), titleEn: text('IkTitleEn', 'Namn (engelska)'),
    ownerRoleKey: ref('IkOwnerRoleKey', 'Funktionsområdesansvarig'), sortOrder: int('IkSortOrder', 'Ordning')
  }
};

export const indicatorList: ListDef<Indicator> = {
  title: 'IkIndicators', description: 'Indikatorer och styrmått (Internkontroll 365)', large: false,
  fields: {
    key, planKey: ref('IkPlanKey', 'Plan', true), itemKey: ref('IkItemKey', 'Mål', true), title: title('Indikator'),
    unitOfMeasure: text('IkUnitOfMeasure', 'Enhet'), direction: choice('IkDirection', 'Mått för måluppfyllelse', INDICATOR_DIRECTIONS),
    targetValue: num('IkTargetValue', 'Målvärde'), splitBySex: bool('IkSplitBySex', 'Könsuppdelad'), roleKey: ref('IkRoleKey', 'Ansvarig roll')
  }
};

export const indicatorValueList: ListDef<IndicatorValue> = {
  title: 'IkIndicatorValues', description: 'Utfall per indikator och år (Internkontroll 365)', large: true,
  fields: {
    key, indicatorKey: ref('IkIndicatorKey', 'Indikator', true), year: int('IkYear', 'År', true), value: num('IkValue', 'Utfall'),
    valueWomen: num('IkValueWomen', 'Utfall kvinnor'), valueMen: num('IkValueMen', 'Utfall män'), comment: note('IkComment', 'Kommentar')
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
  indicators: indicatorList,
  indicatorValues: indicatorValueList,
  reminderLedger: reminderLedgerList,
  settings: settingList
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
