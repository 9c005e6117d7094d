/**
 * The plan kinds as configuration (DOMAIN.md, "What follows each follow-up, by kind"): what a kind calls
 * its items, measures and follow-ups in Swedish and English, which item and measure fields apply, how its
 * items are grouped, which measure kinds it holds and what each follow-up asks of their owners. Every
 * view, the Teams tab, the reminders, import and export read this instead of branching on copies.
 */
import { Locale } from './statusLegend';
import { CategoryType, Link, Measure, MeasureKind, PlanItem, PlanKind } from './types';

/** What a follow-up asks of an owner: a colour and a comment, an indicator's value, or a written chapter. */
export type RequestType = 'status' | 'value' | 'chapter';

export interface Noun {
  one: string;
  many: string;
  /** "the …" in running text ("åtgärden", "the measure"). */
  definite: string;
}

export type Vocabulary = Record<Locale, { plan: string; item: Noun; measure: Noun; followUp: Noun }>;

/** Item fields beyond title that a kind shows and edits (title, sort order and plan always apply). */
export type ItemField = keyof Pick<PlanItem, 'consequence' | 'cause' | 'handling' | 'strategyKey' | 'objectiveKey'
  | 'securityAreaKey' | 'probability' | 'severity' | 'residualProbability' | 'residualSeverity' | 'confidential'
  | 'purpose' | 'goals' | 'strategicGoal'>;

/** Measure fields beyond title and responsible roles that a measure kind shows and edits. */
export type MeasureField = keyof Pick<Measure, 'dueDate' | 'method' | 'goal' | 'targetRule' | 'targetValue' | 'unitOfMeasure'
  | 'splitBySex' | 'tolerance'>;

export interface MeasureKindConfig {
  kind: MeasureKind;
  request: Exclude<RequestType, 'chapter'>;
  fields: readonly MeasureField[];
  label: Record<Locale, Noun>;
}

export interface PlanKindConfig {
  kind: PlanKind;
  vocabulary: Vocabulary;
  /** The category type the items are grouped by (strategies, focus areas, perspectives); null: by security area. */
  groupBy: CategoryType | null;
  /** Category types an item may be filed under (an action plan holds foundations and focus areas). */
  itemCategories: readonly CategoryType[];
  itemFields: readonly ItemField[];
  /** The measure kinds a plan of this kind holds, the default first. */
  measureKinds: readonly MeasureKind[];
  /** Whether items carry a probability × severity assessment (the heat map). */
  assessment: boolean;
  /** A security report also asks every area owner for a chapter per follow-up. */
  chapters: boolean;
}

const noun = (one: string, many: string, definite: string): Noun => ({ one, many, definite });

export const measureKinds: Record<MeasureKind, MeasureKindConfig> = {
  measure: {
    kind: 'measure', request: 'status', fields: ['dueDate'],
    label: { 'sv-SE': noun('Åtgärd', 'Åtgärder', 'åtgärden'), 'en-US': noun('Measure', 'Measures', 'the measure') }
  },
  controlStep: {
    kind: 'controlStep', request: 'status', fields: ['method', 'dueDate'],
    label: { 'sv-SE': noun('Kontrollmoment', 'Kontrollmoment', 'kontrollmomentet'), 'en-US': noun('Control step', 'Control steps', 'the control step') }
  },
  activity: {
    kind: 'activity', request: 'status', fields: ['goal', 'method', 'dueDate'],
    label: { 'sv-SE': noun('Aktivitet', 'Aktiviteter', 'aktiviteten'), 'en-US': noun('Activity', 'Activities', 'the activity') }
  },
  assignment: {
    kind: 'assignment', request: 'status', fields: ['goal', 'dueDate'],
    label: { 'sv-SE': noun('Uppdrag', 'Uppdrag', 'uppdraget'), 'en-US': noun('Assignment', 'Assignments', 'the assignment') }
  },
  indicator: {
    kind: 'indicator', request: 'value', fields: ['targetRule', 'targetValue', 'unitOfMeasure', 'splitBySex', 'tolerance', 'method'],
    label: { 'sv-SE': noun('Indikator', 'Indikatorer', 'indikatorn'), 'en-US': noun('Indicator', 'Indicators', 'the indicator') }
  }
};

const RISK_FIELDS: readonly ItemField[] = ['consequence', 'cause', 'handling', 'strategyKey', 'objectiveKey', 'securityAreaKey',
  'probability', 'severity', 'residualProbability', 'residualSeverity', 'confidential'];

export const planKinds: Record<PlanKind, PlanKindConfig> = {
  internalControl: {
    kind: 'internalControl', groupBy: 'strategy', itemCategories: ['strategy'], itemFields: RISK_FIELDS,
    measureKinds: ['measure', 'controlStep'], assessment: true, chapters: false,
    vocabulary: {
      'sv-SE': { plan: 'Internkontrollplan', item: noun('Risk', 'Risker', 'risken'), measure: measureKinds.measure.label['sv-SE'], followUp: noun('Uppföljning', 'Uppföljningar', 'uppföljningen') },
      'en-US': { plan: 'Internal control plan', item: noun('Risk', 'Risks', 'the risk'), measure: measureKinds.measure.label['en-US'], followUp: noun('Follow-up', 'Follow-ups', 'the follow-up') }
    }
  },
  patientSafety: {
    kind: 'patientSafety', groupBy: 'focusArea', itemCategories: ['foundation', 'focusArea'], itemFields: ['strategyKey', 'purpose', 'goals'],
    measureKinds: ['activity'], assessment: false, chapters: false,
    vocabulary: {
      'sv-SE': { plan: 'Handlingsplan för patientsäkerhet', item: noun('Fokusområde', 'Fokusområden', 'fokusområdet'), measure: measureKinds.activity.label['sv-SE'], followUp: noun('Uppföljning', 'Uppföljningar', 'uppföljningen') },
      'en-US': { plan: 'Patient-safety action plan', item: noun('Focus area', 'Focus areas', 'the focus area'), measure: measureKinds.activity.label['en-US'], followUp: noun('Follow-up', 'Follow-ups', 'the follow-up') }
    }
  },
  scorecard: {
    kind: 'scorecard', groupBy: 'perspective', itemCategories: ['perspective'], itemFields: ['strategyKey', 'strategicGoal'],
    measureKinds: ['indicator', 'assignment'], assessment: false, chapters: false,
    vocabulary: {
      'sv-SE': { plan: 'Styrkort', item: noun('Mål', 'Mål', 'målet'), measure: measureKinds.indicator.label['sv-SE'], followUp: noun('Uppföljning', 'Uppföljningar', 'uppföljningen') },
      'en-US': { plan: 'Scorecard', item: noun('Goal', 'Goals', 'the goal'), measure: measureKinds.indicator.label['en-US'], followUp: noun('Follow-up', 'Follow-ups', 'the follow-up') }
    }
  },
  securityReport: {
    kind: 'securityReport', groupBy: null, itemCategories: [], itemFields: ['securityAreaKey'],
    measureKinds: ['indicator'], assessment: false, chapters: true,
    vocabulary: {
      'sv-SE': { plan: 'Säkerhetsberättelse', item: noun('Övergripande mål', 'Övergripande mål', 'det övergripande målet'), measure: measureKinds.indicator.label['sv-SE'], followUp: noun('Rapportering', 'Rapporteringar', 'rapporteringen') },
      'en-US': { plan: 'Security report', item: noun('Overarching goal', 'Overarching goals', 'the overarching goal'), measure: measureKinds.indicator.label['en-US'], followUp: noun('Reporting round', 'Reporting rounds', 'the reporting round') }
    }
  }
};

export function kindOf(kind: PlanKind): PlanKindConfig {
  return planKinds[kind];
}

/** What a follow-up asks of the measure's owners. */
export function requestTypeOf(measure: Pick<Measure, 'measureKind'>): Exclude<RequestType, 'chapter'> {
  return measureKinds[measure.measureKind].request;
}

/** Every responsible role of a measure, lead first; older data has only `roleKey`. */
export function responsibleRoles(measure: Pick<Measure, 'roleKey' | 'roleKeys'>): string[] {
  const all = measure.roleKeys.length ? measure.roleKeys : measure.roleKey ? [measure.roleKey] : [];
  return [...new Set(all)];
}

/** The measure with `roleKey` kept equal to the lead of `roleKeys` (what writers store). */
export function withRoles<T extends Pick<Measure, 'roleKey' | 'roleKeys'>>(measure: T, roleKeys: readonly string[]): T {
  const unique = [...new Set(roleKeys.filter((k) => k !== ''))];
  return { ...measure, roleKeys: unique, roleKey: unique[0] ?? null };
}

/**
 * The `responsible` links of a measure: one per role, lead included, so that "the measures a role answers
 * for" is one indexed query on `IkLinks.IkToKey` whatever the role's position.
 */
export function responsibilityLinks(measure: Pick<Measure, 'key' | 'planKey' | 'roleKey' | 'roleKeys'>): Link[] {
  return responsibleRoles(measure).map((roleKey) => ({
    key: `link:responsible:${measure.key}:${roleKey}`, linkType: 'responsible', fromKey: measure.key, toKey: roleKey, planKey: measure.planKey
  }));
}

/**
 * A `threatens` link: the risk threatens the goal (possibly in another plan). `goalPlanKey`: the goal's plan,
 * where the writer knows it (else `repairDerivedKeys` fills it in).
 */
export function threatLink(risk: Pick<PlanItem, 'key' | 'planKey'>, goalKey: string, goalPlanKey: string | null = null): Link {
  return {
    key: `link:threatens:${risk.key}:${goalKey}`, linkType: 'threatens', fromKey: risk.key, toKey: goalKey, planKey: risk.planKey, toPlanKey: goalPlanKey
  };
}
