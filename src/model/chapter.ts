/**
 * The life of a security-area chapter: who may do what in which state, and what a chapter must hold
 * before it can be submitted. not started → draft → submitted → returned (with the coordinator's
 * comment) → draft/submitted again → approved; an approved chapter can be returned if it must change.
 * Pure: the use cases (plans/chapterActions.ts) apply these rules before writing.
 */
import { isIsoDate } from './calendar';
import { Chapter, ChapterState, IncidentEntry, RiskAnalysisEntry } from './types';

export type ChapterAction = 'save' | 'submit' | 'return' | 'approve';
export type ChapterActor = 'owner' | 'coordinator';

const TRANSITIONS: Record<ChapterAction, { actor: ChapterActor; from: readonly ChapterState[]; to: ChapterState }> = {
  save: { actor: 'owner', from: ['notStarted', 'draft', 'returned'], to: 'draft' },
  submit: { actor: 'owner', from: ['notStarted', 'draft', 'returned'], to: 'submitted' },
  return: { actor: 'coordinator', from: ['submitted', 'approved'], to: 'returned' },
  approve: { actor: 'coordinator', from: ['submitted'], to: 'approved' }
};

/** The actions an actor may take on a chapter in its state. */
export function chapterActions(state: ChapterState, actor: ChapterActor): ChapterAction[] {
  return (Object.keys(TRANSITIONS) as ChapterAction[]).filter((a) => TRANSITIONS[a].actor === actor && TRANSITIONS[a].from.includes(state));
}

export function chapterTarget(action: ChapterAction): ChapterState {
  return TRANSITIONS[action].to;
}

/** The owner edits only while the chapter is with them (not submitted, not approved). */
export function ownerMayEdit(state: ChapterState): boolean {
  return TRANSITIONS.save.from.includes(state);
}

/** A chapter asks nothing more of its owner once submitted or approved. */
export function chapterAnswered(state: ChapterState): boolean {
  return state === 'submitted' || state === 'approved';
}

export type ChapterMessage = 'required' | 'tooLong' | 'invalidDate' | 'notWholeNumber' | 'splitExceedsCount' | 'commentRequired';

export interface ChapterErrors {
  fields: Partial<Record<'goalFulfilment' | 'followUp' | 'improvements' | 'currentState' | 'improvementOpportunities' | 'returnComment', ChapterMessage>>;
  /** By row index. */
  riskAnalyses: Array<Partial<Record<keyof RiskAnalysisEntry, ChapterMessage>>>;
  incidents: Array<Partial<Record<keyof IncidentEntry, ChapterMessage>>>;
}

const MAX_NOTE = 20_000;
const MAX_TITLE = 255;

export function hasChapterErrors(errors: ChapterErrors): boolean {
  return Object.keys(errors.fields).length > 0 || errors.riskAnalyses.some((r) => Object.keys(r).length > 0)
    || errors.incidents.some((r) => Object.keys(r).length > 0);
}

function wholeNonNegative(n: number | null): boolean {
  return n === null || (Number.isInteger(n) && n >= 0);
}

/**
 * Checks a chapter for the action about to be taken: a draft may be incomplete but not malformed; a
 * submitted chapter needs goal fulfilment, follow-up and the fact finding written; returning needs a comment.
 */
export function validateChapter(chapter: Chapter, action: ChapterAction): ChapterErrors {
  const errors: ChapterErrors = { fields: {}, riskAnalyses: [], incidents: [] };
  const texts = ['goalFulfilment', 'followUp', 'improvements', 'currentState', 'improvementOpportunities'] as const;
  for (const field of texts) if (chapter[field].length > MAX_NOTE) errors.fields[field] = 'tooLong';
  if (action === 'submit') {
    for (const field of ['goalFulfilment', 'followUp', 'currentState', 'improvementOpportunities'] as const) {
      if (!chapter[field].trim()) errors.fields[field] = 'required';
    }
  }
  if (action === 'return' && !chapter.returnComment.trim()) errors.fields.returnComment = 'commentRequired';
  errors.riskAnalyses = chapter.riskAnalyses.map((entry) => {
    const e: Partial<Record<keyof RiskAnalysisEntry, ChapterMessage>> = {};
    if (!entry.title.trim()) e.title = 'required';
    else if (entry.title.length > MAX_TITLE) e.title = 'tooLong';
    if (entry.date !== null && !isIsoDate(entry.date)) e.date = 'invalidDate';
    return e;
  });
  errors.incidents = chapter.incidents.map((entry) => {
    const e: Partial<Record<keyof IncidentEntry, ChapterMessage>> = {};
    if (!entry.kind.trim()) e.kind = 'required';
    else if (entry.kind.length > MAX_TITLE) e.kind = 'tooLong';
    if (!wholeNonNegative(entry.count)) e.count = 'notWholeNumber';
    if (!wholeNonNegative(entry.women)) e.women = 'notWholeNumber';
    if (!wholeNonNegative(entry.men)) e.men = 'notWholeNumber';
    if (!e.count && (entry.women ?? 0) + (entry.men ?? 0) > entry.count) e.count = 'splitExceedsCount';
    return e;
  });
  return errors;
}

/** Entries as stored (JSON, possibly edited by hand in SharePoint), made safe to show: wrong shapes are dropped. */
export function normaliseRiskAnalyses(raw: readonly unknown[]): RiskAnalysisEntry[] {
  return raw.flatMap((r) => {
    if (!r || typeof r !== 'object') return [];
    const { title, date } = r as Record<string, unknown>;
    if (typeof title !== 'string') return [];
    return [{ title, date: typeof date === 'string' && isIsoDate(date) ? date : null }];
  });
}

export function normaliseIncidents(raw: readonly unknown[]): IncidentEntry[] {
  const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return raw.flatMap((r) => {
    if (!r || typeof r !== 'object') return [];
    const { kind, count, women, men } = r as Record<string, unknown>;
    if (typeof kind !== 'string' || num(count) === null) return [];
    return [{ kind, count: num(count) as number, women: num(women), men: num(men) }];
  });
}

/** The chapter's natural key: one per plan (year) and area. */
export function chapterKey(planKey: string, areaKey: string): string {
  return `chapter:${planKey.replace(/^plan:/, '')}:${areaKey.replace(/^area:/, '')}`;
}

/** A chapter not yet written: the state every area starts the year in. */
export function emptyChapter(planKey: string, areaKey: string, periodKey: string): Chapter {
  return {
    key: chapterKey(planKey, areaKey), planKey, areaKey, periodKey, state: 'notStarted', goalFulfilment: '', riskAnalyses: [],
    incidents: [], followUp: '', improvements: '', currentState: '', improvementOpportunities: '', returnComment: '',
    submittedBy: null, submittedAt: null, decidedBy: null, decidedAt: null
  };
}
