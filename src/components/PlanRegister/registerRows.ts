/**
 * Builds the register's rows from a plan's data: one row per risk with its measures, each measure with
 * its responsible role, its status in the chosen period, the previous period's and the change, and the
 * text that free-text search looks in. Filtering, sorting and grouping of the rows are pure functions
 * here too, so the view only keeps the coordinator's choices.
 */
import { latestReports, previousPeriod } from '../../model/followUp';
import { defaultFulfilmentSettings, shownColour } from '../../model/fulfilment';
import { responsibleRoles } from '../../model/planKinds';
import { riskValue } from '../../model/riskMatrix';
import { statusSeverity } from '../../model/statusLegend';
import { StatusChange, statusChange } from '../../model/statusChange';
import { Category, Handling, HANDLINGS, Measure, PlanItem, Role, StatusColour, StatusReport } from '../../model/types';
import type { PlanView } from '../shared/usePlanData';

export interface MeasureRow {
  measure: Measure;
  /** The lead role. */
  role: Role | undefined;
  /** Every responsible role, lead first. */
  roles: Role[];
  /** The colour shown: the answer's, or for an indicator its computed goal fulfilment (null: not judged or not answered). */
  status: StatusColour | null;
  latest: StatusReport | undefined;
  previous: StatusReport | undefined;
  change: StatusChange;
}

export interface RegisterRow {
  key: string;
  item: PlanItem;
  strategy: Category | undefined;
  objective: Category | undefined;
  value: number | null;
  residualValue: number | null;
  measures: MeasureRow[];
  searchText: string;
}

/** A status filter value: a colour, or not answered in the chosen period. */
export type StatusFilter = StatusColour | 'unanswered';
export const STATUS_FILTERS: readonly StatusFilter[] = ['red', 'yellow', 'green', 'unanswered'];

export function registerRows(view: PlanView): RegisterRow[] {
  const latest = view.period ? latestReports(view.reports, view.period.key) : new Map<string, StatusReport>();
  const before = view.period ? previousPeriod(view.periods, view.period.key) : null;
  const previous = before ? latestReports(view.reports, before.key) : new Map<string, StatusReport>();
  const byItem = new Map<string, Measure[]>();
  for (const m of view.measures) {
    const list = byItem.get(m.itemKey);
    if (list) list.push(m); else byItem.set(m.itemKey, [m]);
  }
  const settings = view.fulfilment ?? defaultFulfilmentSettings;
  return [...view.items]
    .sort((a, b) => a.sortOrder - b.sortOrder || a.key.localeCompare(b.key))
    .map((item) => {
      const measures = (byItem.get(item.key) ?? []).map((measure): MeasureRow => {
        const now = latest.get(measure.key);
        const then = previous.get(measure.key);
        const roles = responsibleRoles(measure).map((k) => view.roles.get(k)).filter((r): r is Role => r !== undefined);
        // An indicator's colour is its computed fulfilment; the previous period's is its stored (hand-set) colour, if any.
        const status = shownColour(measure, now, then, settings);
        const previousStatus = then?.status ?? null;
        return {
          measure, latest: now, previous: then, roles, status,
          role: measure.roleKey ? view.roles.get(measure.roleKey) : roles[0],
          change: statusChange(status, previousStatus)
        };
      });
      const strategy = item.strategyKey ? view.categories.get(item.strategyKey) : undefined;
      const objective = item.objectiveKey ? view.categories.get(item.objectiveKey) : undefined;
      const searchText = [item.title, item.consequence, item.cause, strategy?.title, objective?.title,
        ...measures.flatMap((m) => [m.measure.title, ...m.roles.flatMap((r) => [r.title, r.holder?.displayName]), m.latest?.comment])]
        .filter(Boolean).join(' ').toLocaleLowerCase('sv');
      return {
        key: item.key, item, strategy, objective, measures, searchText,
        value: riskValue(item.probability, item.severity),
        residualValue: riskValue(item.residualProbability, item.residualSeverity)
      };
    });
}

export function measureStatus(m: MeasureRow): StatusFilter {
  return m.latest ? m.status ?? 'unanswered' : 'unanswered';
}

/** The coordinator's filter; an empty list means "all". */
export interface RegisterFilter {
  search: string;
  /** A heat map cell `${probability}x${consequence}`, of the inherent or the residual assessment. */
  cell: string | null;
  residual: boolean;
  strategies: readonly string[];
  objectives: readonly string[];
  handlings: readonly Handling[];
  roles: readonly string[];
  statuses: readonly StatusFilter[];
}

export const noFilter: RegisterFilter = { search: '', cell: null, residual: false, strategies: [], objectives: [], handlings: [], roles: [], statuses: [] };

function cellOf(item: PlanItem, residual: boolean): string {
  return residual ? `${item.residualProbability}x${item.residualSeverity}` : `${item.probability}x${item.severity}`;
}

const anyOf = <T>(chosen: readonly T[], value: T | null | undefined): boolean =>
  chosen.length === 0 || (value !== null && value !== undefined && chosen.includes(value));

/** Whether a measure matches the filter's measure-level parts (responsible role and status). */
export function measureMatches(filter: RegisterFilter): (m: MeasureRow) => boolean {
  return (m) => (filter.roles.length === 0 || m.roles.some((r) => filter.roles.includes(r.key)))
    && (filter.statuses.length === 0 || filter.statuses.includes(measureStatus(m)));
}

/** Rows matching every part of the filter; a risk matches a role and status when one of its measures does. */
export function filterRows(rows: readonly RegisterRow[], filter: RegisterFilter): RegisterRow[] {
  const words = filter.search.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
  // A role and a status must hold for the same measure ("red for the HR director").
  const measureLevel = filter.roles.length > 0 || filter.statuses.length > 0;
  const measure = measureMatches(filter);
  return rows.filter((row) => words.every((w) => row.searchText.includes(w))
    && (filter.cell === null || cellOf(row.item, filter.residual) === filter.cell)
    && anyOf(filter.strategies, row.item.strategyKey)
    && anyOf(filter.objectives, row.item.objectiveKey)
    && anyOf(filter.handlings, row.item.handling)
    && (!measureLevel || row.measures.some(measure)));
}

export type SortKey = 'risk' | 'handling' | 'value' | 'status';
export interface RegisterSort { key: SortKey; descending: boolean }

/** The worst latest status among a risk's measures: red 3 … green 1, none answered 0. */
export function worstStatus(row: RegisterRow): number {
  return row.measures.reduce((worst, m) => Math.max(worst, statusSeverity(m.status)), 0);
}

function compareBy(key: SortKey): (a: RegisterRow, b: RegisterRow) => number {
  switch (key) {
    case 'risk': return (a, b) => a.item.title.localeCompare(b.item.title, 'sv');
    case 'handling': return (a, b) => (a.item.handling ? HANDLINGS.indexOf(a.item.handling) : 99) - (b.item.handling ? HANDLINGS.indexOf(b.item.handling) : 99);
    case 'value': return (a, b) => (a.value ?? -1) - (b.value ?? -1);
    case 'status': return (a, b) => worstStatus(a) - worstStatus(b);
  }
}

/** A stable sort: equal rows keep the plan's order. */
export function sortRows(rows: readonly RegisterRow[], sort: RegisterSort | null): RegisterRow[] {
  if (!sort) return [...rows];
  const compare = compareBy(sort.key);
  const direction = sort.descending ? -1 : 1;
  return rows.map((row, index) => ({ row, index }))
    .sort((a, b) => direction * compare(a.row, b.row) || a.index - b.index)
    .map((x) => x.row);
}

export type GroupBy = 'none' | 'strategy' | 'objective' | 'handling' | 'responsible' | 'status';
export const GROUP_BYS: readonly GroupBy[] = ['none', 'strategy', 'objective', 'handling', 'responsible', 'status'];

/** A group as Fluent's DetailsList takes it: a run of `count` rows from `startIndex`. */
export interface RowGroup { key: string; name: string; startIndex: number; count: number }

/** What grouping needs to name groups in the user's language. */
export interface GroupLabels {
  /** The group of rows without a value, e.g. "Ingen strategi". */
  none: (groupBy: GroupBy) => string;
  handling: (h: Handling) => string;
  status: (s: StatusFilter) => string;
  category: (c: Category) => string;
}

const NO_GROUP = 'none';

interface GroupKey { key: string; name: string; order: number | string }

function groupKeysOf(row: RegisterRow, groupBy: GroupBy, labels: GroupLabels,
  include: (m: MeasureRow) => boolean): Array<GroupKey & { measures?: MeasureRow[] }> {
  // The "none" group goes last whatever its order (see groupRows).
  const none = (): GroupKey => ({ key: NO_GROUP, name: labels.none(groupBy), order: 0 });
  const category = (c: Category | undefined): GroupKey => (c ? { key: c.key, name: labels.category(c), order: c.sortOrder } : none());
  switch (groupBy) {
    case 'strategy': return [category(row.strategy)];
    case 'objective': return [category(row.objective)];
    case 'handling': return [row.item.handling
      ? { key: row.item.handling, name: labels.handling(row.item.handling), order: HANDLINGS.indexOf(row.item.handling) }
      : none()];
    case 'responsible': {
      // A risk is shown under each role with a measure on it, with that role's measures only.
      const byRole = new Map<string, MeasureRow[]>();
      for (const m of row.measures.filter(include)) {
        const key = m.role?.key ?? NO_GROUP;
        byRole.set(key, [...(byRole.get(key) ?? []), m]);
      }
      if (byRole.size === 0) return [none()];
      return [...byRole.entries()].map(([key, measures]) => {
        const role = measures[0].role;
        return role ? { key, name: role.title, order: role.title.toLocaleLowerCase('sv'), measures } : { ...none(), measures };
      });
    }
    case 'status': {
      const byStatus = new Map<StatusFilter, MeasureRow[]>();
      for (const m of row.measures.filter(include)) byStatus.set(measureStatus(m), [...(byStatus.get(measureStatus(m)) ?? []), m]);
      if (byStatus.size === 0) return [none()];
      return [...byStatus.entries()].map(([status, measures]) =>
        ({ key: status, name: labels.status(status), order: STATUS_FILTERS.indexOf(status), measures }));
    }
    default: return [none()];
  }
}

function compareOrder(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a.localeCompare(b, 'sv');
}

/**
 * Groups rows, keeping their order within each group. Grouping by responsible or status can place a
 * risk in several groups; each copy then shows only the measures of its group that pass `include` (the
 * filter's role and status) and gets its own key.
 */
export function groupRows(rows: readonly RegisterRow[], groupBy: GroupBy, labels: GroupLabels,
  include: (m: MeasureRow) => boolean = () => true): { rows: RegisterRow[]; groups: RowGroup[] | undefined } {
  if (groupBy === 'none') return { rows: [...rows], groups: undefined };
  const buckets = new Map<string, { name: string; order: number | string; rows: RegisterRow[] }>();
  for (const row of rows) {
    for (const g of groupKeysOf(row, groupBy, labels, include)) {
      const bucket = buckets.get(g.key) ?? { name: g.name, order: g.order, rows: [] };
      bucket.rows.push(g.measures ? { ...row, key: `${g.key}|${row.key}`, measures: g.measures } : { ...row, key: `${g.key}|${row.key}` });
      buckets.set(g.key, bucket);
    }
  }
  const ordered = [...buckets.entries()].sort((a, b) => Number(a[0] === NO_GROUP) - Number(b[0] === NO_GROUP)
    || compareOrder(a[1].order, b[1].order) || a[1].name.localeCompare(b[1].name, 'sv'));
  const grouped: RegisterRow[] = [];
  const groups: RowGroup[] = [];
  for (const [key, bucket] of ordered) {
    groups.push({ key, name: bucket.name, startIndex: grouped.length, count: bucket.rows.length });
    grouped.push(...bucket.rows);
  }
  return { rows: grouped, groups };
}
