/**
 * The security-area chapter's use cases: the area owner saves a draft and submits; the security
 * coordinator returns it with a comment or approves it. Each checks, before the first write, that the
 * transition is allowed from the state the chapter was read in, that the chapter validates for the
 * action, and that the acting person is entitled (owner: holder or delegate of the area's owner role;
 * coordinator: of a role named in `setting:coordinatorRoles:securityReport`). A stored chapter is written
 * with the ETag it was read with, so a concurrent change raises ConcurrencyError and nothing is overwritten.
 */
import { reportsForViews } from '../model/reportAuthority';
import { syncChapters } from './derivedKeyWrites';
import type { Store } from '../data/stores';
import { DuplicateKeyError } from '../data/errors';
import { ListPermissions, PermissionMask, readPermissions } from '../data/permissions';
import { isoInstant, stockholmDate } from '../model/calendar';
import {
  actorOf, ChapterAction, ChapterActor, chapterActions, chapterActorsOf, ChapterContent, chapterContentOf, ChapterErrors, chapterKey,
  chapterTarget, COORDINATOR_ROLES_SETTING, CoordinatorSettingProblem, emptyChapter, hasChapterErrors, normaliseChapter,
  parseCoordinatorRoles, validateChapter
} from '../model/chapter';
import { currentPeriod, latestReports, orderPeriods, previousPeriod } from '../model/followUp';
import { FULFILMENT_SETTING, FulfilmentSettings, parseFulfilmentSettings } from '../model/fulfilment';
import { IndicatorReading, judgeIndicator } from '../model/scorecard';
import { Chapter, ChapterState, FollowUpPeriod, IsoDate, Measure, PersonRef, Plan, PlanItem, Role, SecurityArea, StatusReport } from '../model/types';
import { LinkedRisk, risksOfAreas } from './linkedRisks';

/** Who acts: the signed-in person. */
export interface ChapterActingPerson {
  upn: string;
  displayName: string;
}

/** The chapter does not validate for the action; nothing was written. */
export class ChapterValidationError extends Error {
  public constructor(public readonly errors: ChapterErrors) {
    super(`The chapter is not complete or not valid: ${[...Object.keys(errors.fields),
      ...(errors.riskAnalyses.some((r) => Object.keys(r).length) ? ['riskAnalyses'] : []),
      ...(errors.incidents.some((r) => Object.keys(r).length) ? ['incidents'] : [])].join(', ')}`);
    this.name = 'ChapterValidationError';
  }
}

const DONE: Record<ChapterAction, string> = { save: 'saved as a draft', submit: 'submitted', return: 'returned', approve: 'approved' };

/** The action is not allowed from the chapter's state (e.g. saving a chapter already submitted). */
export class ChapterTransitionError extends Error {
  public constructor(public readonly from: ChapterState, public readonly action: ChapterAction) {
    super(`A chapter that is ${from} cannot be ${DONE[action]}.`);
    this.name = 'ChapterTransitionError';
  }
}

export type ChapterRefusal = 'unknownArea' | 'noOwnerRole' | 'notOwner' | 'noCoordinatorSetting' | 'notCoordinator';

/** The person may not take the action on this chapter. */
export class ChapterPermissionError extends Error {
  public constructor(public readonly reason: ChapterRefusal, message: string) {
    super(message);
    this.name = 'ChapterPermissionError';
  }
}

/** Checks that the person acts as the action's actor on the chapter's area; returns the stored person to record. */
async function entitle(store: Store, chapter: Chapter, action: ChapterAction, person: ChapterActingPerson): Promise<PersonRef> {
  const actor: ChapterActor = actorOf(action);
  const [area, setting] = await Promise.all([
    store.securityAreas.byKey(chapter.areaKey),
    actor === 'coordinator' ? store.settings.byKey(COORDINATOR_ROLES_SETTING) : Promise.resolve(null)
  ]);
  if (!area) throw new ChapterPermissionError('unknownArea', `There is no security area ${chapter.areaKey}.`);
  let roleKeys: string[];
  if (actor === 'owner') {
    if (!area.ownerRoleKey) throw new ChapterPermissionError('noOwnerRole', `The security area ${area.title} has no owner role.`);
    roleKeys = [area.ownerRoleKey];
  } else {
    const parsed = parseCoordinatorRoles(setting?.value);
    if (parsed.problem) {
      throw new ChapterPermissionError('noCoordinatorSetting',
        `The setting ${COORDINATOR_ROLES_SETTING} is ${parsed.problem === 'missing' ? 'missing' : 'not a JSON array of role keys'}: nobody may return or approve chapters.`);
    }
    roleKeys = parsed.roleKeys;
  }
  const roles: Role[] = await store.roles.whereAny('key', roleKeys);
  const coordinatorKeys = actor === 'coordinator' ? roleKeys : [];
  if (!chapterActorsOf(person.upn, area, roles, coordinatorKeys).includes(actor)) {
    throw actor === 'owner'
      ? new ChapterPermissionError('notOwner', `${person.displayName} is not the owner of ${area.title} (holder or delegate of its owner role).`)
      : new ChapterPermissionError('notCoordinator', `${person.displayName} does not hold a role that coordinates the security report.`);
  }
  return recordedPerson(person, roles);
}

/** The role's stored person (with the Entra object id Graph needs) when it is the one acting; else the signed-in person as given. */
function recordedPerson(person: ChapterActingPerson, roles: readonly Role[]): PersonRef {
  const me = person.upn.trim().toLowerCase();
  const stored = roles.flatMap((r) => [r.holder, r.delegate]).find((p): p is PersonRef => p !== null && p.upn.toLowerCase() === me);
  return stored ?? { upn: person.upn.trim(), objectId: '', displayName: person.displayName };
}

type Stamps = Partial<Pick<Chapter, 'returnComment' | 'submittedBy' | 'submittedAt' | 'decidedBy' | 'decidedAt'>>;

function stampsFor(action: ChapterAction, by: PersonRef, at: string, comment: string): Stamps {
  switch (action) {
    case 'save': return {};
    case 'submit': return { submittedBy: by, submittedAt: at };
    case 'return': return { returnComment: comment, decidedBy: by, decidedAt: at };
    case 'approve': return { decidedBy: by, decidedAt: at };
  }
}

interface Step {
  action: ChapterAction;
  content: Partial<ChapterContent>;
  comment: string;
  person: ChapterActingPerson;
  now: Date;
}

function check(chapter: Chapter, step: Step): Chapter {
  if (!chapterActions(chapter.state, actorOf(step.action)).includes(step.action)) throw new ChapterTransitionError(chapter.state, step.action);
  const next: Chapter = { ...chapter, ...step.content, ...(step.action === 'return' ? { returnComment: step.comment.trim() } : {}) };
  const errors = validateChapter(next, step.action);
  if (hasChapterErrors(errors)) throw new ChapterValidationError(errors);
  return next;
}

async function write(store: Store, chapter: Chapter, step: Step, by: PersonRef, retried: boolean): Promise<Chapter> {
  const next = check(chapter, step);
  const changes: Partial<Chapter> = {
    ...step.content, state: chapterTarget(step.action), ...stampsFor(step.action, by, isoInstant(step.now), next.returnComment)
  };
  if (chapter.id !== undefined) return normaliseChapter(await store.chapters.update(chapter, changes));
  const unsaved: Chapter = { ...next, ...changes, key: chapterKey(chapter.planKey, chapter.areaKey) };
  delete unsaved.id;
  delete unsaved.etag;
  try {
    const added = normaliseChapter(await store.chapters.add(unsaved));
    // The area owner and delegate find it in Mina uppföljningar (the answer index).
    await syncChapters(store, [added], await store.securityAreas.all());
    return added;
  } catch (error) {
    // Someone (often the same person in another tab, or the delegate) wrote the first version meanwhile:
    // continue from what is stored, by its ETag, instead of adding a second chapter for the area.
    if (!(error instanceof DuplicateKeyError) || retried) throw error;
    const stored = await store.chapters.byKey(chapterKey(chapter.planKey, chapter.areaKey));
    if (!stored) throw error;
    if (stored.periodKey !== chapter.periodKey) {
      throw new Error(`The area's chapter of this plan is already written for another follow-up (${stored.periodKey}).`);
    }
    // Only what this writer changed from what it read goes on top: a field it left as it was (often still
    // empty) must not blank what the first writer wrote.
    const content = Object.fromEntries(Object.entries(step.content)
      .filter(([field, value]) => JSON.stringify(value) !== JSON.stringify(chapter[field as keyof Chapter]))) as Partial<ChapterContent>;
    return write(store, normaliseChapter(stored), { ...step, content }, by, true);
  }
}

async function run(store: Store, chapter: Chapter, step: Step): Promise<Chapter> {
  check(chapter, step);
  const by = await entitle(store, chapter, step.action, step.person);
  return write(store, chapter, step, by, false);
}

/** The owner saves what is written so far; the chapter becomes (or stays) a draft. */
export function saveChapterDraft(store: Store, chapter: Chapter, changes: Partial<ChapterContent>, person: ChapterActingPerson, now: Date): Promise<Chapter> {
  return run(store, chapter, { action: 'save', content: chapterContentOf(changes), comment: '', person, now });
}

/** The owner submits the chapter to the coordinator; it must be complete (validateChapter 'submit'). */
export function submitChapter(store: Store, chapter: Chapter, changes: Partial<ChapterContent>, person: ChapterActingPerson, now: Date): Promise<Chapter> {
  return run(store, chapter, { action: 'submit', content: chapterContentOf(changes), comment: '', person, now });
}

/** The coordinator sends a submitted (or approved) chapter back to its owner, saying why. */
export function returnChapter(store: Store, chapter: Chapter, comment: string, person: ChapterActingPerson, now: Date): Promise<Chapter> {
  return run(store, chapter, { action: 'return', content: {}, comment, person, now });
}

/** The coordinator approves a submitted chapter. */
export function approveChapter(store: Store, chapter: Chapter, person: ChapterActingPerson, now: Date): Promise<Chapter> {
  return run(store, chapter, { action: 'approve', content: {}, comment: '', person, now });
}

export interface AreaReport {
  area: SecurityArea;
  ownerRole: Role | null;
  /** The stored chapter for the chosen period, or an empty one (not started) where none is stored. */
  chapter: Chapter;
  /** The area's overarching goals: the plan's items of the area. */
  goals: PlanItem[];
  /** Its goals' open indicators, judged in the chosen follow-up against the one before. */
  indicators: IndicatorReading[];
  /** The risks of the year's other plans filed under the area (plans/linkedRisks.ts). */
  risks: LinkedRisk[];
}

export interface SecurityReportData {
  plan: Plan;
  /** Every security-report plan, newest first (to choose among). */
  plans: Plan[];
  periods: FollowUpPeriod[];
  period: FollowUpPeriod | null;
  previousPeriod: FollowUpPeriod | null;
  areas: AreaReport[];
  roles: Role[];
  coordinatorRoleKeys: string[];
  coordinatorProblem: CoordinatorSettingProblem | null;
  fulfilment: FulfilmentSettings;
  /** The plan's measures and the reports that do not count (reportAuthority.ts), newest first: the view says which. */
  measures: Measure[];
  flaggedReports: StatusReport[];
  /** An import's history: counted in the chapters' figures, named by the view as imported. */
  importedReports: StatusReport[];
  /** What the signed-in person may do on each list, and on each of the plan's stored chapters (by key); null when not known. */
  permissions: ListPermissions | null;
  chapterPermissions: ReadonlyMap<string, PermissionMask> | null;
}

export interface LoadSecurityReportOptions {
  /** The follow-up to show; default: the current one (`currentPeriod`). */
  periodKey?: string;
  today?: IsoDate;
  /** The plans already read by the caller, to save a request. */
  plans?: Plan[];
}

function bySortOrder<T extends { sortOrder: number; title: string }>(a: T, b: T): number {
  return a.sortOrder - b.sortOrder || a.title.localeCompare(b.title, 'sv');
}

/**
 * Everything the security report's overview and an area's chapter show: the plan and its follow-ups, the
 * areas in order, each with its owner role, its chapter for the chosen follow-up, its goals and indicators
 * (judged on this and the previous follow-up's readings) and the linked risks of other plans. Every query
 * is an indexed equality (or an OR of them) or reads a small list.
 */
export async function loadSecurityReport(store: Store, planKey: string, options: LoadSecurityReportOptions = {}): Promise<SecurityReportData> {
  const report = await loadChosenSecurityReport(store, (plans) => plans.find((p) => p.key === planKey), options);
  if (!report) throw new Error(`No plan with key ${planKey}`);
  return report;
}

/**
 * The same for the plan `choose` picks among all plans, in two round trips: the small lists (plans, areas,
 * roles, settings) first, then the plan's own lists together with the linked risks of its areas. Null when
 * `choose` picks none.
 */
export async function loadChosenSecurityReport(store: Store, choose: (plans: Plan[]) => Plan | undefined,
  options: LoadSecurityReportOptions = {}): Promise<SecurityReportData | null> {
  const [plans, areas, roles, coordinatorSetting, fulfilmentSetting, permissions] = await Promise.all([
    options.plans ? Promise.resolve(options.plans) : store.plans.all(), store.securityAreas.all(), store.roles.all(),
    store.settings.byKey(COORDINATOR_ROLES_SETTING), store.settings.byKey(FULFILMENT_SETTING), readPermissions(store)
  ]);
  const plan = choose(plans);
  if (!plan) return null;
  const planKey = plan.key;
  const sortedAreas = [...areas].sort(bySortOrder);
  const [periods, items, measures, allReports, chapters, risks, chapterPermissions] = await Promise.all([
    store.periods.where({ planKey }), store.items.where({ planKey }), store.measures.where({ planKey }),
    store.statusReports.where({ planKey }), store.chapters.where({ planKey }), risksOfAreas(store, plan, plans, sortedAreas.map((a) => a.key)),
    // Each chapter's own permissions (its area's group may change it), in the same round trip.
    typeof store.chapters.permissionsWhere === 'function' ? store.chapters.permissionsWhere({ planKey }).catch(() => null) : Promise.resolve(null)
  ]);
  const { counted: reports, flagged: flaggedReports, imported: importedReports } = reportsForViews(allReports, measures, roles, periods);
  const ordered = orderPeriods(periods);
  const period = ordered.find((p) => p.key === options.periodKey) ?? currentPeriod(ordered, options.today ?? stockholmDate(new Date()));
  const before = period ? previousPeriod(ordered, period.key) : null;
  const now = period ? latestReports(reports, period.key) : new Map<string, StatusReport>();
  const then = before ? latestReports(reports, before.key) : new Map<string, StatusReport>();
  const roleByKey = new Map(roles.map((r) => [r.key, r]));
  const coordinator = parseCoordinatorRoles(coordinatorSetting?.value);
  const fulfilment = parseFulfilmentSettings(fulfilmentSetting?.value).settings;
  return {
    plan, plans: plans.filter((p) => p.kind === 'securityReport').sort((a, b) => b.year - a.year || a.title.localeCompare(b.title, 'sv')),
    periods: ordered, period, previousPeriod: before, roles,
    coordinatorRoleKeys: coordinator.roleKeys, coordinatorProblem: coordinator.problem, fulfilment, measures, flaggedReports, importedReports,
    permissions, chapterPermissions,
    areas: sortedAreas.map((area) => {
      const goals = items.filter((i) => i.securityAreaKey === area.key).sort(bySortOrder);
      const goalKeys = new Set(goals.map((g) => g.key));
      const stored = chapters.find((c) => c.areaKey === area.key && c.periodKey === period?.key);
      return {
        area, ownerRole: area.ownerRoleKey ? roleByKey.get(area.ownerRoleKey) ?? null : null,
        chapter: stored ? normaliseChapter(stored) : emptyChapter(plan.key, area.key, period?.key ?? ''),
        goals,
        indicators: measures.filter((m) => goalKeys.has(m.itemKey) && m.measureKind === 'indicator' && !m.closed)
          // By goal, then in the order they were written (measures have no order of their own; the sort is stable).
          .sort((a, b) => goals.findIndex((g) => g.key === a.itemKey) - goals.findIndex((g) => g.key === b.itemKey))
          .map((measure) => judgeIndicator(measure, now.get(measure.key) ?? null, then.get(measure.key) ?? null, before, fulfilment)),
        risks: risks.get(area.key) ?? []
      };
    })
  };
}
