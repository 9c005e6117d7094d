/**
 * Writes a checked import to the Store, for every kind of plan alike (planEntities): the plan, new roles
 * and categories, the items, the measures with their `responsible` links, the periods and the status
 * reports. Every entity has a natural key (importKeys), so writes are idempotent.
 *
 * From a file, every write goes through `ensureAll`: a rerun adds nothing, a run that crashed midway is
 * completed by the next, and already stored entities are never changed (the keys follow the row order).
 * From a list, a rerun also brings the plan in line with the list (syncEntities): what changed in the
 * list (a risk's title or consequence, a measure's text or responsible, an indicator's target) is updated
 * with the ETag it was read with, a changed status or value is a new status report, new items are added,
 * and only the properties whose columns are imported are touched. Items removed from the list stay.
 *
 * Control steps: the risk is the item, "Process/rutin" is put first in the item's cause ("Process/rutin:
 * Inköp" on its own line), and the control step is a measure of kind `controlStep` whose method holds
 * Metod, Frekvens and Rapporteras till.
 */
import type { Store } from '../data/stores';
import { withDerivedKeys } from '../model/derivedKeys';
import { IsoDate, Link, Measure, PersonRef, PlanItem } from '../model/types';
import { syncMeasures } from '../plans/derivedKeyWrites';
import { planKeyFor, slug } from './importKeys';
import { IMPORT_PERIOD_TITLE, PlanEntities, planEntities } from './planEntities';
import { reportsToAdd, syncAll } from './syncEntities';
import { ImportField, ImportResult } from './types';

export interface ApplyOptions {
  today: IsoDate;
  unitKey?: string | null;
  reporter?: PersonRef | null;
  /**
   * The UPN of the person importing, recorded on the periods the import makes (`FollowUpPeriod.importedBy`):
   * their reports there are the file's history (reportAuthority.ts). Asked of SharePoint when not given.
   */
  importer?: string | null;
  /** The instant of a rerun's corrections (default: now). */
  now?: Date;
}

export interface ApplyResult {
  planKey: string;
  /** How many entities were added per list (0 everywhere on a rerun). */
  added: Record<string, number>;
  /** From a list: how many stored entities were brought in line with it, per list (stale responsible links removed). */
  updated?: Record<string, number>;
}

export { IMPORT_PERIOD_TITLE, planKeyFor, slug };

/** The item and measure properties a result's columns determine (what a list rerun may update). */
function ownedFields(result: ImportResult): { items: Array<keyof PlanItem>; measures: Array<keyof Measure> } {
  const mapped = (f: ImportField): boolean => result.mapping.some((m) => m.field === f);
  const items: Array<keyof PlanItem> = ['title'];
  const measures: Array<keyof Measure> = ['title'];
  const pairs: Array<[ImportField, keyof PlanItem]> = [['consequence', 'consequence'], ['cause', 'cause'], ['handling', 'handling'],
    ['probability', 'probability'], ['consequenceScore', 'severity'], ['focusArea', 'strategyKey'], ['perspective', 'strategyKey'],
    ['strategicGoal', 'strategicGoal']];
  for (const [field, property] of pairs) if (mapped(field) && items.indexOf(property) < 0) items.push(property);
  if (mapped('responsible')) measures.push('roleKey', 'roleKeys');
  if (mapped('due')) measures.push('dueDate');
  if (mapped('method')) measures.push('method');
  if (mapped('goal') && result.format === 'actionPlan') measures.push('goal');
  if (mapped('target')) measures.push('targetRule', 'targetValue', 'unitOfMeasure');
  if (mapped('valueWomen') || mapped('valueMen')) measures.push('splitBySex');
  return { items, measures };
}

async function addAll(store: Store, e: PlanEntities): Promise<Record<string, number>> {
  const added: Record<string, number> = {};
  added.roles = await store.roles.ensureAll(e.roles);
  added.categories = e.categories.length ? await store.categories.ensureAll(e.categories) : 0;
  added.plans = await store.plans.ensureAll([e.plan]);
  added.items = await store.items.ensureAll(e.items);
  added.measures = await store.measures.ensureAll(e.measures);
  added.links = await store.links.ensureAll(e.links);
  added.periods = e.periods.length ? await store.periods.ensureAll(e.periods) : 0;
  added.statusReports = e.reports.length ? await store.statusReports.ensureAll(e.reports) : 0;
  return added;
}

/** The stale `responsible` links of the imported measures: roles the list no longer names. */
function staleLinks(stored: readonly Link[], desired: readonly Link[], measures: readonly Measure[]): Link[] {
  const wanted = new Set(desired.map((l) => l.key.toLowerCase()));
  const imported = new Set(measures.map((m) => m.key.toLowerCase()));
  return stored.filter((l) => l.linkType === 'responsible' && imported.has(l.fromKey.toLowerCase()) && !wanted.has(l.key.toLowerCase()));
}

async function syncAllLists(store: Store, e: PlanEntities, result: ImportResult, now: Date): Promise<{ added: Record<string, number>; updated: Record<string, number> }> {
  const planKey = e.plan.key;
  const owned = ownedFields(result);
  const added: Record<string, number> = {};
  const updated: Record<string, number> = {};
  added.roles = await store.roles.ensureAll(e.roles);
  added.categories = e.categories.length ? await store.categories.ensureAll(e.categories) : 0;
  added.plans = await store.plans.ensureAll([e.plan]);
  const [items, measures, links, reports] = await Promise.all([store.items.where({ planKey }), store.measures.where({ planKey }),
    store.links.where({ planKey }), store.statusReports.where({ planKey })]);
  [added.items, updated.items] = await syncAll(store.items, items, e.items, owned.items);
  [added.measures, updated.measures] = await syncAll(store.measures, measures, e.measures, owned.measures);
  [added.links] = await syncAll(store.links, links, e.links, []);
  const stale = staleLinks(links, e.links, e.measures);
  for (const link of stale) await store.links.remove(link);
  updated.links = stale.length;
  added.periods = e.periods.length ? await store.periods.ensureAll(e.periods) : 0;
  const fresh = reportsToAdd(reports, e.reports, now);
  added.statusReports = fresh.length ? await store.statusReports.ensureAll(fresh) : 0;
  return { added, updated };
}

export async function applyImport(store: Store, result: ImportResult, options: ApplyOptions): Promise<ApplyResult> {
  if (result.errors.length > 0) throw new Error(`The import has ${result.errors.length} error(s); nothing is written.`);
  const { plan: found } = result;
  if (!found || found.year === null) throw new Error('The import has no plan; nothing is written.');
  const unitKey = options.unitKey ?? null;
  const kindsWithCategories = result.format === 'actionPlan' || result.format === 'scorecard';
  const [roles, categories, importer] = await Promise.all([store.roles.all(), kindsWithCategories ? store.categories.all() : Promise.resolve([]),
    options.importer !== undefined ? options.importer : store.signedInUpn?.() ?? null]);
  const entities = withDerivedKeys(planEntities(result, { ...found, year: found.year },
    { today: options.today, unitKey, reporter: options.reporter ?? null, importer: importer ?? null, roles, categories }));
  if (result.source.type === 'list') {
    const { added, updated } = await syncAllLists(store, entities, result, options.now ?? new Date());
    await syncMeasures(store, entities.measures);
    return { planKey: entities.plan.key, added, updated };
  }
  const added = await addAll(store, entities);
  // A new plan is a draft that asks nobody anything yet: its measures enter the answer index when its follow-up
  // starts (startFollowUp), or at the nightly repair. An imported plan under follow-up enters it now, last, so a
  // rerun after a crash anywhere before still brings the index in line.
  const stored = await store.plans.byKey(entities.plan.key);
  if (stored && stored.state !== 'draft') await syncMeasures(store, entities.measures);
  return { planKey: entities.plan.key, added };
}
