/**
 * Keys copied from one entity onto another so that a view reads what it needs in one round trip instead of
 * following references one request at a time (docs/ARCHITECTURE.md, *Region scale*). The source entity stays
 * the truth; these functions say what the copies must be, for writers and for `repairDerivedKeys`.
 *
 * - a measure carries its risk's or goal's security area (`Measure.securityAreaKey`);
 * - a status report carries its measure's item and security area (`StatusReport.itemKey`, `.securityAreaKey`);
 * - a `threatens` link carries the goal's plan (`Link.toPlanKey`);
 * - the answer index says who answers what (`AnswerIndexEntry`), from the subjects' roles and their holders.
 */
import { responsibleRoles } from './planKinds';
import { AnswerIndexEntry, Chapter, Measure, Plan, PlanItem, Role, SecurityArea, StatusReport, SubjectType } from './types';

/** The measure's copy of its item's security area. */
export function measureAreaKey(item: Pick<PlanItem, 'securityAreaKey'> | undefined): string | null {
  return item?.securityAreaKey ?? null;
}

/** What a status report copies from its measure. */
export function reportKeysOf(measure: Pick<Measure, 'itemKey' | 'securityAreaKey'> | null | undefined): Pick<StatusReport, 'itemKey' | 'securityAreaKey'> {
  return { itemKey: measure?.itemKey ?? null, securityAreaKey: measure?.securityAreaKey ?? null };
}

/** Entities written together (a plan's import, the demo region, a copied plan), with their copies filled in. */
export interface Derivable {
  /** The one plan they all belong to, if they do (an import, a copy): its `large` flag follows their number. */
  plan?: Plan;
  items: readonly PlanItem[];
  measures: readonly Measure[];
  reports?: readonly StatusReport[];
}

/**
 * The measures and reports with their copies set from the items and measures given; an item or measure not
 * among them (written earlier) leaves the copy as it is.
 */
export function withDerivedKeys<T extends Derivable>(bundle: T): T {
  const items = new Map(bundle.items.map((i) => [i.key, i]));
  const measures = bundle.measures.map((m) => (items.has(m.itemKey) ? { ...m, securityAreaKey: measureAreaKey(items.get(m.itemKey)) } : m));
  const byKey = new Map(measures.map((m) => [m.key, m]));
  const reports = bundle.reports?.map((r) => (byKey.has(r.measureKey) ? { ...r, ...reportKeysOf(byKey.get(r.measureKey)) } : r));
  const plan = bundle.plan ? { ...bundle.plan, large: isLargePlan({ items: bundle.items.length, measures: bundle.measures.length }) } : undefined;
  return { ...bundle, measures, ...(reports ? { reports } : {}), ...(plan ? { plan } : {}) };
}

/** A subject as the answer index sees it: a measure or a chapter, with the roles that answer for it. */
export interface IndexedSubject {
  key: string;
  type: SubjectType;
  planKey: string;
  itemKey: string;
  roleKeys: string[];
  /** Closed measures are asked nothing: no entries. */
  closed: boolean;
}

export function indexedMeasure(measure: Measure): IndexedSubject {
  return { key: measure.key, type: 'measure', planKey: measure.planKey, itemKey: measure.itemKey, roleKeys: responsibleRoles(measure), closed: measure.closed };
}

export function indexedChapter(chapter: Chapter, area: Pick<SecurityArea, 'ownerRoleKey'> | undefined): IndexedSubject {
  return { key: chapter.key, type: 'chapter', planKey: chapter.planKey, itemKey: '', roleKeys: area?.ownerRoleKey ? [area.ownerRoleKey] : [], closed: false };
}

export function answerIndexKey(upn: string, subjectKey: string): string {
  return `answer:${upn.toLowerCase()}:${subjectKey}`;
}

/** The entries the subjects should have: one per person (holder or delegate of one of its roles) and subject. */
export function answerEntries(subjects: readonly IndexedSubject[], roles: ReadonlyMap<string, Role>): AnswerIndexEntry[] {
  const out = new Map<string, AnswerIndexEntry>();
  for (const subject of subjects) {
    if (subject.closed) continue;
    for (const roleKey of subject.roleKeys) {
      const role = roles.get(roleKey);
      for (const person of [role?.holder, role?.delegate]) {
        const upn = person?.upn.trim().toLowerCase();
        if (!upn) continue;
        const key = answerIndexKey(upn, subject.key);
        out.set(key, { key, upn, subjectKey: subject.key, subjectType: subject.type, planKey: subject.planKey, itemKey: subject.itemKey, roleKeys: subject.roleKeys });
      }
    }
  }
  return [...out.values()];
}

/** Whether a stored entry says the same as the wanted one. */
export function sameEntry(a: AnswerIndexEntry, b: AnswerIndexEntry): boolean {
  return a.subjectType === b.subjectType && a.planKey === b.planKey && a.itemKey === b.itemKey && a.roleKeys.join(';') === b.roleKeys.join(';');
}

/** How many parts a plan's lists are read in when the plan is large. 16 × 5,000: a plan of up to 80,000 items per list. */
export const PLAN_BUCKETS = 16;
/**
 * A plan is large when its reports may pass 5,000 in one query: more than 1,200 measures followed up four
 * times, or more than 4,000 risks and goals.
 */
export const LARGE_PLAN_MEASURES = 1200;
export const LARGE_PLAN_ITEMS = 4000;

export function isLargePlan(counts: { items: number; measures: number }): boolean {
  return counts.measures > LARGE_PLAN_MEASURES || counts.items > LARGE_PLAN_ITEMS;
}

/** The plan's part an entity is in: its plan's key and a number from its own key (FNV-1a), spread evenly. */
export function planBucket(planKey: string, key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${planKey}#${hash % PLAN_BUCKETS}`;
}

/** Every part of a plan. */
export function planBuckets(planKey: string): string[] {
  return Array.from({ length: PLAN_BUCKETS }, (_, i) => `${planKey}#${i}`);
}
