/**
 * Writing the derived keys (model/derivedKeys.ts) where their sources change, and repairing them all.
 *
 * - `syncAnswerIndex`: the answer index entries of some subjects made to match their roles' holders and
 *   delegates (added, changed, removed); called after a measure, a chapter or an import is written.
 * - `syncAnswerIndexForRoles`: the same for every subject of some roles; called after a role's holder or
 *   delegate changes.
 * - `repairDerivedKeys`: every copy checked against its source and put right, in batches. Idempotent and
 *   resumable; run by seeding, by `npm run provision -- --repair` and at the end of every reminder run, so a
 *   change made outside the product (a list edited in SharePoint) is put right within a day.
 */
import type { Store } from '../data/stores';
import {
  answerEntries, indexedChapter, IndexedSubject, indexedMeasure, isLargePlan, measureAreaKey, planBucket, reportKeysOf, sameEntry
} from '../model/derivedKeys';
import { AnswerIndexEntry, Chapter, Measure, Plan, Role, SecurityArea } from '../model/types';

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** Adds, changes and removes entries so that `existing` becomes `wanted`. */
async function applyEntries(store: Store, existing: readonly AnswerIndexEntry[], wanted: readonly AnswerIndexEntry[]): Promise<AnswerIndexChange> {
  const stored = new Map(existing.map((e) => [e.key.toLowerCase(), e]));
  const wantedKeys = new Set(wanted.map((e) => e.key.toLowerCase()));
  const changes = wanted.flatMap((w) => {
    const old = stored.get(w.key.toLowerCase());
    return old && !sameEntry(old, w) ? [[old, { subjectType: w.subjectType, planKey: w.planKey, itemKey: w.itemKey, roleKeys: w.roleKeys }] as const] : [];
  });
  const gone = existing.filter((e) => !wantedKeys.has(e.key.toLowerCase()));
  const added = await store.answerIndex.ensureAll(wanted.filter((w) => !stored.has(w.key.toLowerCase())));
  if (changes.length) await store.answerIndex.updateAll(changes);
  if (gone.length) await store.answerIndex.removeAll(gone);
  return { added, changed: changes.length, removed: gone.length };
}

export interface AnswerIndexChange {
  added: number;
  changed: number;
  removed: number;
}

/** The subjects' entries made right. Two waves of reads (their roles and entries, together), then the writes. */
export async function syncAnswerIndex(store: Store, subjects: readonly IndexedSubject[]): Promise<AnswerIndexChange> {
  if (!subjects.length) return { added: 0, changed: 0, removed: 0 };
  const roleKeys = unique(subjects.flatMap((s) => s.roleKeys));
  const keys = new Set(subjects.map((s) => s.key));
  const plans = unique(subjects.map((s) => s.planKey));
  // Many subjects of one plan (an import, a plan's follow-up starting): the plan's entries in one query.
  const entries = keys.size > 100 && plans.length === 1
    ? store.answerIndex.where({ planKey: plans[0] }).then((all) => all.filter((e) => keys.has(e.subjectKey)))
    : store.answerIndex.whereAny('subjectKey', [...keys]);
  const [roles, existing] = await Promise.all([roleKeys.length ? store.roles.whereAny('key', roleKeys) : Promise.resolve([] as Role[]), entries]);
  return applyEntries(store, existing, answerEntries(subjects, new Map(roles.map((r) => [r.key, r]))));
}

/** Measures and chapters (with the areas that name the chapters' owners) as indexed subjects, made right together. */
export function syncSubjects(store: Store, measures: readonly Measure[], chapters: readonly Chapter[] = [], areas: readonly SecurityArea[] = []):
  Promise<AnswerIndexChange> {
  const byArea = new Map(areas.map((a) => [a.key, a]));
  return syncAnswerIndex(store, measures.map(indexedMeasure).concat(chapters.map((c) => indexedChapter(c, byArea.get(c.areaKey)))));
}

/** The measures given, as indexed subjects. */
export function syncMeasures(store: Store, measures: readonly Measure[]): Promise<AnswerIndexChange> {
  return syncSubjects(store, measures);
}

/** The chapters given (with the areas that name their owners), as indexed subjects. */
export function syncChapters(store: Store, chapters: readonly Chapter[], areas: readonly SecurityArea[]): Promise<AnswerIndexChange> {
  return syncSubjects(store, [], chapters, areas);
}

/** Every subject the roles answer for: measures they lead or share (open or closed), chapters of areas they own. */
export async function subjectsOfRoles(store: Store, roleKeys: readonly string[]): Promise<{ measures: Measure[]; chapters: Chapter[]; areas: SecurityArea[] }> {
  const [led, links, areas] = await Promise.all([
    roleKeys.length ? store.measures.whereAny('roleKey', roleKeys) : Promise.resolve([] as Measure[]),
    roleKeys.length ? store.links.whereAny('toKey', roleKeys) : Promise.resolve([]), store.securityAreas.all()
  ]);
  const ledKeys = new Set(led.map((m) => m.key));
  const sharedKeys = unique(links.filter((l) => l.linkType === 'responsible' && !ledKeys.has(l.fromKey)).map((l) => l.fromKey));
  const roles = new Set(roleKeys);
  const owned = areas.filter((a) => a.ownerRoleKey !== null && roles.has(a.ownerRoleKey)).map((a) => a.key);
  const [shared, chapters] = await Promise.all([
    sharedKeys.length ? store.measures.whereAny('key', sharedKeys) : Promise.resolve([] as Measure[]),
    owned.length ? store.chapters.whereAny('areaKey', owned) : Promise.resolve([] as Chapter[])
  ]);
  return { measures: [...led, ...shared], chapters, areas };
}

/** The answer index of every subject of the roles made right (after a holder or delegate changed); returns the measures too. */
export async function syncAnswerIndexForRoles(store: Store, roleKeys: readonly string[]): Promise<AnswerIndexChange & { measures: Measure[] }> {
  const { measures, chapters, areas } = await subjectsOfRoles(store, roleKeys);
  const change = await syncSubjects(store, measures, chapters, areas);
  return { ...change, measures };
}

export interface RepairReport {
  /** Entities changed per list (parts of plans, copied keys, plans' `large` flags). */
  measures: number;
  reports: number;
  links: number;
  items: number;
  plans: number;
  answerIndex: AnswerIndexChange;
}

type Changes<T> = Map<T, Partial<T>>;

function change<T>(changes: Changes<T>, entity: T, partial: Partial<T>): void {
  changes.set(entity, { ...(changes.get(entity) ?? {}), ...partial });
}

/** Each entity's part of its plan, where it is not the one its key gives. */
function parts<T extends { key: string; planKey: string; planBucket?: string }>(entities: readonly T[]): Changes<T> {
  const changes: Changes<T> = new Map();
  for (const e of entities) {
    const wanted = planBucket(e.planKey, e.key);
    if (e.planBucket !== wanted) change(changes, e, { planBucket: wanted } as Partial<T>);
  }
  return changes;
}

/**
 * Every derived key checked against its source and corrected: plans' `large` flags and parts, measures'
 * areas, reports' items and areas, threat links' goal plans, and the whole answer index. Reads every list
 * once (paged in ID order, which any list size allows) and writes only what differs, one update per entity.
 */
export async function repairDerivedKeys(store: Store): Promise<RepairReport> {
  const [plans, items, measures, reports, links, roles, areas, chapters, entries] = await Promise.all([
    store.plans.all(), store.items.all(), store.measures.all(), store.statusReports.all(), store.links.all(), store.roles.all(), store.securityAreas.all(),
    store.chapters.all(), store.answerIndex.all()
  ]);
  const perPlan = (rows: ReadonlyArray<{ planKey: string }>): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.planKey, (counts.get(r.planKey) ?? 0) + 1);
    return counts;
  };
  const [itemCounts, measureCounts] = [perPlan(items), perPlan(measures)];
  const planChanges: Changes<Plan> = new Map();
  for (const p of plans) {
    const large = isLargePlan({ items: itemCounts.get(p.key) ?? 0, measures: measureCounts.get(p.key) ?? 0 });
    if ((p.large ?? false) !== large) change(planChanges, p, { large });
  }
  const itemByKey = new Map(items.map((i) => [i.key, i]));
  const [itemChanges, measureChanges, reportChanges, linkChanges] = [parts(items), parts(measures), parts(reports), parts(links)];
  for (const m of measures) {
    const area = measureAreaKey(itemByKey.get(m.itemKey));
    if (itemByKey.has(m.itemKey) && (m.securityAreaKey ?? null) !== area) change(measureChanges, m, { securityAreaKey: area });
  }
  const measureByKey = new Map(measures.map((m) => [m.key, { ...m, securityAreaKey: measureAreaKey(itemByKey.get(m.itemKey)) }]));
  for (const r of reports) {
    const measure = measureByKey.get(r.measureKey);
    if (!measure) continue;
    const wanted = reportKeysOf(measure);
    if ((r.itemKey ?? null) !== wanted.itemKey || (r.securityAreaKey ?? null) !== wanted.securityAreaKey) change(reportChanges, r, wanted);
  }
  for (const l of links) {
    const goal = l.linkType === 'threatens' ? itemByKey.get(l.toKey) : undefined;
    if (goal && (l.toPlanKey ?? null) !== goal.planKey) change(linkChanges, l, { toPlanKey: goal.planKey });
  }
  await store.plans.updateAll([...planChanges]);
  await store.items.updateAll([...itemChanges]);
  await store.measures.updateAll([...measureChanges]);
  await store.statusReports.updateAll([...reportChanges]);
  await store.links.updateAll([...linkChanges]);
  const areaByKey = new Map(areas.map((a) => [a.key, a]));
  const subjects = [...measureByKey.values()].map(indexedMeasure).concat(chapters.map((c) => indexedChapter(c, areaByKey.get(c.areaKey))));
  const answerIndex = await applyEntries(store, entries, answerEntries(subjects, new Map(roles.map((r) => [r.key, r]))));
  return {
    plans: planChanges.size, items: itemChanges.size, measures: measureChanges.size, reports: reportChanges.size, links: linkChanges.size, answerIndex
  };
}
