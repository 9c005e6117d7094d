/**
 * Builds the register's rows from a plan's data: one row per risk with its measures, each measure with
 * its responsible role, its status in the chosen period and the previous period's, and the text that
 * free-text search looks in.
 */
import { latestReports, previousPeriod } from '../../model/followUp';
import { riskValue } from '../../model/riskMatrix';
import { Category, Measure, PlanItem, Role, StatusReport } from '../../model/types';
import type { PlanView } from '../shared/usePlanData';

export interface MeasureRow {
  measure: Measure;
  role: Role | undefined;
  latest: StatusReport | undefined;
  previous: StatusReport | undefined;
}

export interface RegisterRow {
  key: string;
  item: PlanItem;
  strategy: Category | undefined;
  objective: Category | undefined;
  value: number | null;
  measures: MeasureRow[];
  searchText: string;
}

export function registerRows(view: PlanView): RegisterRow[] {
  const latest = view.period ? latestReports(view.reports, view.period.key) : new Map<string, StatusReport>();
  const before = view.period ? previousPeriod(view.periods, view.period.key) : null;
  const previous = before ? latestReports(view.reports, before.key) : new Map<string, StatusReport>();
  const byItem = new Map<string, Measure[]>();
  for (const m of view.measures) byItem.set(m.itemKey, [...(byItem.get(m.itemKey) ?? []), m]);
  return [...view.items]
    .sort((a, b) => a.sortOrder - b.sortOrder || a.key.localeCompare(b.key))
    .map((item) => {
      const measures = (byItem.get(item.key) ?? []).map((measure) => ({
        measure,
        role: measure.roleKey ? view.roles.get(measure.roleKey) : undefined,
        latest: latest.get(measure.key),
        previous: previous.get(measure.key)
      }));
      const strategy = item.strategyKey ? view.categories.get(item.strategyKey) : undefined;
      const objective = item.objectiveKey ? view.categories.get(item.objectiveKey) : undefined;
      const searchText = [item.title, item.consequence, item.cause, strategy?.title, objective?.title,
        ...measures.flatMap((m) => [m.measure.title, m.role?.title, m.role?.holder?.displayName, m.latest?.comment])]
        .filter(Boolean).join(' ').toLocaleLowerCase('sv');
      return { key: item.key, item, strategy, objective, value: riskValue(item.probability, item.severity), measures, searchText };
    });
}

export function filterRows(rows: RegisterRow[], search: string, cell: string | null): RegisterRow[] {
  const words = search.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
  return rows.filter((row) => words.every((w) => row.searchText.includes(w))
    && (cell === null || `${row.item.probability}x${row.item.severity}` === cell));
}
