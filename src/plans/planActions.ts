/**
 * Plan use cases: create, decide (date + Dnr), start the follow-up, close, and copy to next year.
 * Every write validates first and sends the ETag it read; the copy is idempotent by derived keys.
 */
import { withDerivedKeys } from '../model/derivedKeys';
import { syncMeasures, syncSubjects } from './derivedKeyWrites';
import type { Store } from '../data/stores';
import { canTransition, copyToNextYear, validateDecision } from '../model/planLifecycle';
import { PlanState, Plan } from '../model/types';
import { hasErrors, validatePlan } from '../model/validation';
import { slug } from './keys';
import { ValidationError } from './ValidationError';

export async function createPlan(store: Store, draft: Omit<Plan, 'key' | 'state' | 'decisionDate' | 'diaryNumber'>): Promise<Plan> {
  const plan: Plan = { ...draft, key: `plan:${slug(draft.title)}-${draft.year}`, state: 'draft', decisionDate: null, diaryNumber: '' };
  const errors = validatePlan(plan);
  if (hasErrors(errors)) throw new ValidationError(errors);
  return store.plans.add(plan);
}

export class TransitionError extends Error {
  public constructor(public readonly from: PlanState, public readonly to: PlanState) {
    super(`A plan cannot go from ${from} to ${to}`);
    this.name = 'TransitionError';
  }
}

async function moveTo(store: Store, plan: Plan, to: PlanState, changes: Partial<Plan> = {}): Promise<Plan> {
  if (!canTransition(plan.state, to)) throw new TransitionError(plan.state, to);
  return store.plans.update(plan, { ...changes, state: to });
}

export async function decidePlan(store: Store, plan: Plan, decisionDate: string, diaryNumber: string): Promise<Plan> {
  const errors = validateDecision(decisionDate, diaryNumber);
  if (hasErrors(errors)) throw new ValidationError(errors);
  return moveTo(store, plan, 'decided', { decisionDate: decisionDate.trim(), diaryNumber: diaryNumber.trim() });
}

/** Starts the follow-up; the plan's measures and chapters are then in the answer index (an imported draft's were not yet). */
export async function startFollowUp(store: Store, plan: Plan): Promise<Plan> {
  const started = await moveTo(store, plan, 'followUp');
  const [measures, chapters, areas] = await Promise.all([store.measures.inPlan(plan.key, plan.large), store.chapters.where({ planKey: plan.key }),
    store.securityAreas.all()]);
  await syncSubjects(store, measures, chapters, areas);
  return started;
}
export const closePlan = (store: Store, plan: Plan): Promise<Plan> => moveTo(store, plan, 'closed');
export const reopenDraft = (store: Store, plan: Plan): Promise<Plan> => moveTo(store, plan, 'draft');

/**
 * Copies the plan's open risks and measures into next year's draft. Running it again (or after a
 * crash half-way) adds only what is missing; returns the new plan's key and what was added.
 */
export async function copyPlanToNextYear(store: Store, planKey: string): Promise<{ planKey: string; items: number; measures: number }> {
  const data = await store.loadPlan(planKey);
  const copy = withDerivedKeys(copyToNextYear(data.plan, data.items, data.measures, data.reports, data.links));
  await store.plans.ensureAll([copy.plan]);
  const items = await store.items.ensureAll(copy.items);
  const measures = await store.measures.ensureAll(copy.measures);
  await store.links.ensureAll(copy.links);
  await syncMeasures(store, copy.measures);
  return { planKey: copy.plan.key, items, measures };
}
