/**
 * The natural keys an import writes, so that a rerun finds what the first run wrote. From a file they
 * follow the plan's title and year and the row order (`risk:plan:…-2026:01`, `measure:…:01:1`); from a
 * list they follow the list's id and each item's id (`risk:list-<listId>-<itemId>`), so a rerun matches
 * every row to what it wrote however the list was sorted, edited or extended in between.
 */
import { slug } from '../plans/keys';
import { ImportFocusArea, ImportGoal, ImportItem, ImportMeasureBase, ImportResult, ImportRisk } from './types';

export { slug };

export function planKeyFor(title: string, year: number): string {
  return `plan:${slug(title)}-${year}`;
}

export function listPlanKey(listId: string): string {
  return `plan:list-${listId.toLowerCase()}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function isRisk(item: ImportItem): item is ImportRisk {
  return 'risk' in item;
}

export function isFocusArea(item: ImportItem): item is ImportFocusArea {
  return 'focusArea' in item;
}

export function isGoal(item: ImportItem): item is ImportGoal {
  return 'goal' in item && 'perspective' in item;
}

/** The item's title whatever its kind. */
export function itemTitle(item: ImportItem): string {
  return isRisk(item) ? item.risk : isFocusArea(item) ? item.focusArea : item.goal;
}

function itemPrefix(item: ImportItem): string {
  return isRisk(item) ? 'risk' : isFocusArea(item) ? 'focusArea' : 'goal';
}

export interface KeyScheme {
  plan: string;
  item(item: ImportItem, index: number): string;
  measure(item: ImportItem, itemIndex: number, measure: ImportMeasureBase, measureIndex: number, kind: string): string;
}

/** The keys for a result: by list and item id for a list, by plan and row order for a file. */
export function keySchemeFor(result: ImportResult, planTitle: string, year: number): KeyScheme {
  const source = result.source;
  if (source.type === 'list') {
    const scope = `list-${source.listId.toLowerCase()}`;
    return {
      plan: listPlanKey(source.listId),
      item: (item) => isRisk(item) ? `risk:${scope}-${item.row}`
        : isFocusArea(item) ? `focusArea:${scope}-${slug(item.focusArea)}` : `goal:${scope}-${slug(`${item.perspective} ${item.goal}`)}`,
      measure: (item, itemIndex, measure, measureIndex, kind) => `${kind}:${scope}-${measure.sourceId ?? `${item.row}-${measureIndex + 1}`}`
    };
  }
  const plan = planKeyFor(planTitle, year);
  return {
    plan,
    item: (item, index) => `${itemPrefix(item)}:${plan}:${pad(index + 1)}`,
    measure: (item, itemIndex, measure, measureIndex, kind) => `${kind === 'controlStep' ? 'measure' : kind}:${plan}:${pad(itemIndex + 1)}:${measureIndex + 1}`
  };
}
