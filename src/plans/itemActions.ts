/**
 * Saving a risk with its measures from the edit panel: everything is validated before the first write;
 * the risk and each changed measure are written with the ETag they were read with, so a concurrent
 * change raises ConcurrencyError for the caller to show, never a silent overwrite.
 */
import type { Store } from '../data/stores';
import { RiskMatrixConfig } from '../model/riskMatrix';
import { ITEM_DEFAULTS, MEASURE_DEFAULTS } from '../model/defaults';
import { measureAreaKey } from '../model/derivedKeys';
import { responsibilityLinks, threatLink } from '../model/planKinds';
import { Measure, MeasureKind, PlanItem } from '../model/types';
import { FieldErrors, hasErrors, validateItem, validateMeasure } from '../model/validation';
import { syncMeasures } from './derivedKeyWrites';
import { newKey, planScope } from './keys';
import { ValidationError } from './ValidationError';

export interface ItemDraft {
  item: PlanItem;
  measures: Measure[];
  /** Keys of the goals (in any plan) the risk threatens; absent: the links are left as they are. */
  threatens?: string[];
  /**
   * After saving a risk that is or was confidential: whether SharePoint's permissions now say so (`applied`), or
   * could not be set by this person (`notApplied`: provisioning will). Absent when secrecy was not concerned.
   */
  secrecy?: 'applied' | 'notApplied';
}

export interface ItemErrors {
  item: FieldErrors<PlanItem>;
  measures: Array<FieldErrors<Measure>>;
}

export function validateItemDraft(draft: ItemDraft, matrix?: RiskMatrixConfig): ItemErrors {
  return { item: validateItem(draft.item, matrix), measures: draft.measures.map(validateMeasure) };
}

function changed<T extends object>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(after) as Array<keyof T>) {
    if (key === 'id' || key === 'etag') continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = after[key];
  }
  return out;
}

/** New entities get keys here, so the caller can build drafts without knowing key rules. */
export function newItem(planKey: string, sortOrder: number): PlanItem {
  return { ...ITEM_DEFAULTS, key: newKey('risk', planScope(planKey)), planKey, title: '', consequence: '', cause: '', handling: null, strategyKey: null,
    objectiveKey: null, securityAreaKey: null, probability: null, severity: null, residualProbability: null, residualSeverity: null,
    confidential: false, sortOrder };
}

export function newMeasure(item: PlanItem, measureKind: MeasureKind = 'measure'): Measure {
  return { ...MEASURE_DEFAULTS, key: newKey('measure', planScope(item.planKey)), planKey: item.planKey, itemKey: item.key, title: '', measureKind,
    roleKey: null, dueDate: null, method: '', closed: false };
}

/**
 * Writes the draft against what was read (`original`, absent for a new risk). Measures removed in the
 * panel are closed, not deleted: their status history stays.
 */
export async function saveItem(store: Store, draft: ItemDraft, original: ItemDraft | null, matrix?: RiskMatrixConfig): Promise<ItemDraft> {
  const errors = validateItemDraft(draft, matrix);
  if (hasErrors(errors.item) || errors.measures.some(hasErrors)) throw new ValidationError<ItemDraft>(errors as never);
  let item: PlanItem;
  if (original?.item.id !== undefined) {
    const changes = changed(original.item, draft.item);
    item = Object.keys(changes).length ? await store.items.update(original.item, changes) : original.item;
  } else {
    item = await store.items.add(draft.item);
  }
  const saved: Measure[] = [];
  for (const drafted of draft.measures) {
    // The measure carries its risk's security area (derivedKeys.ts).
    const measure = { ...drafted, securityAreaKey: measureAreaKey(item) };
    const before = original?.measures.find((m) => m.key === measure.key);
    if (before?.id !== undefined) {
      const changes = changed(before, measure);
      saved.push(Object.keys(changes).length ? await store.measures.update(before, changes) : before);
    } else {
      saved.push(await store.measures.add({ ...measure, itemKey: item.key, planKey: item.planKey }));
    }
  }
  const closed: Measure[] = [];
  for (const removed of original?.measures.filter((m) => !draft.measures.some((d) => d.key === m.key)) ?? []) {
    closed.push(removed.closed ? removed : await store.measures.update(removed, { closed: true }));
  }
  // The index behind "measures a role shares"; a link left for a role taken off is harmless (readers check roleKeys).
  await store.links.ensureAll(saved.flatMap(responsibilityLinks));
  await syncMeasures(store, [...saved, ...closed]);
  if (original && measureAreaKey(original.item) !== measureAreaKey(item)) await moveReportsToArea(store, item);
  const threatens = draft.threatens === undefined ? undefined : await saveThreats(store, item, draft.threatens);
  const concerned = [item, original?.item, ...saved, ...closed, ...(original?.measures ?? [])].some((e) => e?.confidential === true);
  const secrecy = concerned ? await applySecrecy(store, item.key) : undefined;
  return { item, measures: saved, ...(threatens ? { threatens } : {}), ...(secrecy ? { secrecy } : {}) };
}

/**
 * A confidential risk's permissions set at once (src/security/sitePermissions.ts, loaded when first needed): the
 * risk, its measures and their reports are then readable only by the coordinators, the entitled group and the
 * people responsible, without waiting for provisioning. Nothing to do without SharePoint (a test's memory store).
 */
async function applySecrecy(store: Store, itemKey: string): Promise<'applied' | 'notApplied' | undefined> {
  if (!store.sp) return undefined;
  try {
    const { secureConfidentialItem } = await import(/* webpackChunkName: "item-permissions" */ '../security/sitePermissions');
    return (await secureConfidentialItem(store.sp, store, itemKey)) ? 'applied' : 'notApplied';
  } catch {
    return 'notApplied';
  }
}

/** A risk filed under another security area: its reports' copies of the area follow (its measures' were written with it). */
async function moveReportsToArea(store: Store, item: PlanItem): Promise<void> {
  const area = measureAreaKey(item);
  const reports = await store.statusReports.where({ itemKey: item.key });
  await store.statusReports.updateAll(reports.filter((r) => (r.securityAreaKey ?? null) !== area).map((r) => [r, { securityAreaKey: area }] as const));
}

/** The risk's `threatens` links made to match the chosen goals: missing ones added, dropped ones removed. */
async function saveThreats(store: Store, item: PlanItem, goalKeys: string[]): Promise<string[]> {
  const [links, goals] = await Promise.all([store.links.where({ fromKey: item.key }), goalKeys.length ? store.items.whereAny('key', goalKeys) : Promise.resolve([])]);
  const existing = links.filter((l) => l.linkType === 'threatens');
  const wanted = new Set(goalKeys);
  const planOf = new Map(goals.map((g) => [g.key, g.planKey]));
  await store.links.ensureAll(goalKeys.map((goal) => threatLink(item, goal, planOf.get(goal) ?? null)));
  for (const link of existing) if (!wanted.has(link.toKey)) await store.links.remove(link);
  return goalKeys;
}
