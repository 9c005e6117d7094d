/**
 * The life of a security-area chapter: who may do what in which state, and what a chapter must hold
 * before it can be submitted. not started → draft → submitted → returned (with the coordinator's
 * comment) → draft/submitted again → approved; an approved chapter can be returned if it must change.
 * Pure: the use cases (plans/chapterActions.ts) apply these rules before writing.
 */
import { roleKeyList } from './boardSecretaries';
import { isIsoDate } from './calendar';
import { Chapter, ChapterState, IncidentEntry, Role, RiskAnalysisEntry, SecurityArea } from './types';

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

/** The longest text a chapter's field (a note column) and a row's title or kind (a line) may hold. */
export const CHAPTER_LIMITS = { note: 20_000, line: 255 } as const;
const MAX_NOTE = CHAPTER_LIMITS.note;
const MAX_TITLE = CHAPTER_LIMITS.line;

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
  else if (chapter.returnComment.length > MAX_NOTE) errors.fields.returnComment = 'tooLong';
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
    // The count is always given; women and men only where the kind is counted by sex.
    if (entry.count === null || !wholeNonNegative(entry.count)) e.count = 'notWholeNumber';
    if (!wholeNonNegative(entry.women)) e.women = 'notWholeNumber';
    if (!wholeNonNegative(entry.men)) e.men = 'notWholeNumber';
    if (!e.count && !e.women && !e.men && (entry.women ?? 0) + (entry.men ?? 0) > entry.count) e.count = 'splitExceedsCount';
    return e;
  });
  return errors;
}

/**
 * Entries as stored (JSON, possibly edited by hand in SharePoint), made safe to show: anything that is not
 * an array reads as none, and entries of the wrong shape are dropped.
 */
export function normaliseRiskAnalyses(raw: unknown): RiskAnalysisEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((r: unknown) => {
    if (!r || typeof r !== 'object' || Array.isArray(r)) return [];
    const { title, date } = r as Record<string, unknown>;
    if (typeof title !== 'string') return [];
    return [{ title, date: typeof date === 'string' && isIsoDate(date) ? date : null }];
  });
}

export function normaliseIncidents(raw: unknown): IncidentEntry[] {
  if (!Array.isArray(raw)) return [];
  const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return raw.flatMap((r: unknown) => {
    if (!r || typeof r !== 'object' || Array.isArray(r)) return [];
    const { kind, count, women, men } = r as Record<string, unknown>;
    if (typeof kind !== 'string' || num(count) === null) return [];
    return [{ kind, count: num(count) as number, women: num(women), men: num(men) }];
  });
}

/** A chapter as read from the list, with its JSON entries normalised (the data layer parses JSON but does not check shapes). */
export function normaliseChapter(chapter: Chapter): Chapter {
  return { ...chapter, riskAnalyses: normaliseRiskAnalyses(chapter.riskAnalyses), incidents: normaliseIncidents(chapter.incidents) };
}

/** What the area owner writes; everything else on a chapter is set by the use cases. */
export const CHAPTER_CONTENT_FIELDS = ['goalFulfilment', 'riskAnalyses', 'incidents', 'followUp', 'improvements', 'currentState',
  'improvementOpportunities'] as const;
export type ChapterContent = Pick<Chapter, (typeof CHAPTER_CONTENT_FIELDS)[number]>;

/** Only the content fields of `changes`, so a caller cannot move a chapter's state, area or stamps by passing them along. */
export function chapterContentOf(changes: Partial<ChapterContent>): Partial<ChapterContent> {
  const out: Record<string, unknown> = {};
  for (const field of CHAPTER_CONTENT_FIELDS) if (changes[field] !== undefined) out[field] = changes[field];
  return out as Partial<ChapterContent>;
}

/**
 * The IkSettings entry naming the roles that coordinate the security report (the security chief, the
 * security coordinators): a JSON array of role keys. Without it nobody may return or approve a chapter.
 */
export const COORDINATOR_ROLES_SETTING = 'setting:coordinatorRoles:securityReport';

export type CoordinatorSettingProblem = 'missing' | 'invalid';

export function parseCoordinatorRoles(json: string | null | undefined): { roleKeys: string[]; problem: CoordinatorSettingProblem | null } {
  if (!json || !json.trim()) return { roleKeys: [], problem: 'missing' };
  try {
    const roleKeys = roleKeyList(JSON.parse(json));
    if (!roleKeys) return { roleKeys: [], problem: 'invalid' };
    return roleKeys.length ? { roleKeys, problem: null } : { roleKeys: [], problem: 'missing' };
  } catch {
    return { roleKeys: [], problem: 'invalid' };
  }
}

function holdsOrDeputises(role: Role, upn: string): boolean {
  const me = upn.trim().toLowerCase();
  return role.holder?.upn.toLowerCase() === me || role.delegate?.upn.toLowerCase() === me;
}

/**
 * In which capacities a person acts on an area's chapter: as its owner (holder or delegate of the area's
 * owner role) and/or as coordinator (holder or delegate of a coordinating role). One rule for the views
 * (which buttons to show) and the use cases (what to refuse).
 */
export function chapterActorsOf(upn: string, area: Pick<SecurityArea, 'ownerRoleKey'>, roles: readonly Role[],
  coordinatorRoleKeys: readonly string[]): ChapterActor[] {
  const mine = roles.filter((r) => holdsOrDeputises(r, upn));
  const actors: ChapterActor[] = [];
  if (area.ownerRoleKey !== null && mine.some((r) => r.key === area.ownerRoleKey)) actors.push('owner');
  if (mine.some((r) => coordinatorRoleKeys.includes(r.key))) actors.push('coordinator');
  return actors;
}

/** The actor an action is taken as. */
export function actorOf(action: ChapterAction): ChapterActor {
  return TRANSITIONS[action].actor;
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
