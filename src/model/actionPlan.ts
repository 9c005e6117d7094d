/**
 * The patient-safety action plan as its document reads (seed 002): the foundations ("Grundläggande
 * förutsättningar") with their strategies, then the focus areas with their purpose, overarching goals and
 * activities. Which part an item belongs to is its category's type, so the foundations and focus areas
 * stay the region's data. Pure: no I/O.
 */
import { Category, Measure, PlanItem } from './types';

export interface ActionPlanSection {
  item: PlanItem;
  /** The foundation or focus area the item is filed under; null when it has none (shown last). */
  category: Category | null;
  /** "Fokusområdet syftar till att …", one point per line. */
  purposes: string[];
  /** A focus area's overarching goals, or a foundation's strategies ("Strategier"). */
  goals: string[];
  /** The item's activities, in the plan's order. */
  activities: Measure[];
}

export interface ActionPlanStructure {
  foundations: ActionPlanSection[];
  focusAreas: ActionPlanSection[];
}

/** Leading bullet characters people paste from Word ("•", "", "-", "*", "–"). */
const BULLET = /^[\u2022\uf0b7\u25aa\u25cf*\u2013-]\s*/;

/** A multi-line field as its points: one per line, bullets and blank lines dropped. */
export function textLines(text: string | null | undefined): string[] {
  return (text ?? '').split(/\r?\n/).map((line) => line.trim().replace(BULLET, '').trim()).filter((line) => line !== '');
}

function byOrder(categories: ReadonlyMap<string, Category>): (a: ActionPlanSection, b: ActionPlanSection) => number {
  const rank = (s: ActionPlanSection): number => (s.category ? s.category.sortOrder : Number.MAX_SAFE_INTEGER);
  return (a, b) => rank(a) - rank(b) || a.item.sortOrder - b.item.sortOrder || a.item.title.localeCompare(b.item.title, 'sv');
}

/**
 * The plan's items split into foundations and focus areas, each in the order of its category and then its
 * own sort order. An item under no foundation is a focus area, so nothing in the plan goes unshown.
 */
export function actionPlanStructure(items: readonly PlanItem[], measures: readonly Measure[],
  categories: ReadonlyMap<string, Category>): ActionPlanStructure {
  const activitiesOf = new Map<string, Measure[]>();
  for (const measure of measures) activitiesOf.set(measure.itemKey, [...(activitiesOf.get(measure.itemKey) ?? []), measure]);
  const foundations: ActionPlanSection[] = [];
  const focusAreas: ActionPlanSection[] = [];
  for (const item of items) {
    const category = item.strategyKey ? categories.get(item.strategyKey) ?? null : null;
    const section: ActionPlanSection = {
      item, category, purposes: textLines(item.purpose), goals: textLines(item.goals), activities: activitiesOf.get(item.key) ?? []
    };
    (category?.categoryType === 'foundation' ? foundations : focusAreas).push(section);
  }
  const order = byOrder(categories);
  return { foundations: foundations.sort(order), focusAreas: focusAreas.sort(order) };
}
