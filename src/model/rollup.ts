/**
 * Roll-ups for the coordinator: how a follow-up period stands per unit (counts rolled up the unit tree,
 * so a department includes its units), whom to chase (per person, late first), and the heat map over a
 * unit and every unit below it.
 */
import { latestReports, requestState } from './followUp';
import { heatMap } from './riskMatrix';
import { unitAndDescendants } from './units';
import { FollowUpPeriod, IsoDate, Measure, OrgUnit, PersonRef, Plan, PlanItem, Role, StatusReport } from './types';

export interface AnswerTally {
  total: number;
  answered: number;
  unanswered: number;
  late: number;
  /** Share answered, 0–1 (1 when there is nothing to answer). */
  shareAnswered: number;
}

export interface UnitOverviewRow extends AnswerTally {
  /** Null for the measures whose responsible role has no (known) unit. */
  unit: OrgUnit | null;
  /** 0 for a top unit; the tree's indentation. */
  depth: number;
  /** The unit's own measures, without its sub-units'. */
  ownTotal: number;
}

interface Counter { total: number; answered: number; late: number }

function tally(counter: Counter): AnswerTally {
  const unanswered = counter.total - counter.answered;
  return { total: counter.total, answered: counter.answered, unanswered, late: counter.late,
    shareAnswered: counter.total === 0 ? 1 : counter.answered / counter.total };
}

/** The measures a period asks an answer for: the plan's open measures. */
function measuresOf(period: FollowUpPeriod, measures: readonly Measure[]): Measure[] {
  return measures.filter((m) => m.planKey === period.planKey && !m.closed);
}

/** The units in tree order (parents before children, siblings by title), each with its depth. */
export function unitTree(units: readonly OrgUnit[]): Array<{ unit: OrgUnit; depth: number }> {
  const known = new Set(units.map((u) => u.key));
  const children = new Map<string | null, OrgUnit[]>();
  for (const unit of units) {
    const parent = unit.parentKey !== null && known.has(unit.parentKey) ? unit.parentKey : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  for (const list of children.values()) list.sort((a, b) => a.title.localeCompare(b.title, 'sv'));
  const ordered: Array<{ unit: OrgUnit; depth: number }> = [];
  const seen = new Set<string>();
  const visit = (unit: OrgUnit, depth: number): void => {
    if (seen.has(unit.key)) return; // bad data may hold a cycle
    seen.add(unit.key);
    ordered.push({ unit, depth });
    for (const child of children.get(unit.key) ?? []) visit(child, depth + 1);
  };
  for (const top of children.get(null) ?? []) visit(top, 0);
  return ordered;
}

/**
 * A period per unit: a measure belongs to its responsible role's unit, and every unit's counts include
 * its sub-units'. Units with nothing to answer are left out; the rows follow the tree.
 */
export function periodOverviewByUnit(period: FollowUpPeriod, measures: readonly Measure[], reports: readonly StatusReport[],
  roles: readonly Role[], units: readonly OrgUnit[], today: IsoDate): UnitOverviewRow[] {
  const latest = latestReports(reports, period.key);
  const roleUnit = new Map(roles.map((r) => [r.key, r.unitKey]));
  const byKey = new Map(units.map((u) => [u.key, u]));
  const rolled = new Map<string | null, Counter>();
  const own = new Map<string | null, number>();
  const add = (key: string | null, answered: boolean, late: boolean): void => {
    const counter = rolled.get(key) ?? { total: 0, answered: 0, late: 0 };
    counter.total++;
    if (answered) counter.answered++;
    if (late) counter.late++;
    rolled.set(key, counter);
  };
  for (const measure of measuresOf(period, measures)) {
    const unitKey = measure.roleKey ? roleUnit.get(measure.roleKey) ?? null : null;
    const home = unitKey !== null && byKey.has(unitKey) ? unitKey : null;
    const answered = latest.has(measure.key);
    const late = requestState(answered, period.deadline, today) === 'late';
    own.set(home, (own.get(home) ?? 0) + 1);
    // Walk up the tree so each ancestor counts the measure once (a cycle stops the walk).
    const visited = new Set<string>();
    let current = home !== null ? byKey.get(home) : undefined;
    if (!current) add(null, answered, late);
    while (current && !visited.has(current.key)) {
      visited.add(current.key);
      add(current.key, answered, late);
      current = current.parentKey !== null ? byKey.get(current.parentKey) : undefined;
    }
  }
  const rows: UnitOverviewRow[] = unitTree(units)
    .filter(({ unit }) => rolled.has(unit.key))
    .map(({ unit, depth }) => ({ unit, depth, ownTotal: own.get(unit.key) ?? 0, ...tally(rolled.get(unit.key) as Counter) }));
  const homeless = rolled.get(null);
  if (homeless) rows.push({ unit: null, depth: 0, ownTotal: homeless.total, ...tally(homeless) });
  return rows;
}

export interface ChaseMeasure {
  measure: Measure;
  role: Role | null;
  late: boolean;
}

export interface ChaseEntry {
  /** Who holds the roles; null when a role has no holder or a measure no role. */
  person: PersonRef | null;
  roles: Role[];
  /** Delegates of those roles, who may answer too. */
  delegates: PersonRef[];
  measures: ChaseMeasure[];
  late: number;
}

function chaseKey(role: Role | null): string {
  if (!role) return 'none';
  return role.holder ? `person:${role.holder.upn.toLowerCase()}` : `role:${role.key}`;
}

/**
 * Whom to chase in a period: per role holder, their unanswered measures, late first. People with late
 * answers come first, then those with most unanswered.
 */
export function chaseList(period: FollowUpPeriod, measures: readonly Measure[], reports: readonly StatusReport[],
  roles: readonly Role[], today: IsoDate): ChaseEntry[] {
  const latest = latestReports(reports, period.key);
  const roleByKey = new Map(roles.map((r) => [r.key, r]));
  const entries = new Map<string, ChaseEntry>();
  for (const measure of measuresOf(period, measures)) {
    if (latest.has(measure.key)) continue;
    const role = measure.roleKey ? roleByKey.get(measure.roleKey) ?? null : null;
    const key = chaseKey(role);
    const entry = entries.get(key) ?? { person: role?.holder ?? null, roles: [], delegates: [], measures: [], late: 0 };
    if (role && !entry.roles.includes(role)) {
      entry.roles.push(role);
      if (role.delegate && !entry.delegates.some((d) => d.upn.toLowerCase() === role.delegate?.upn.toLowerCase())) {
        entry.delegates.push(role.delegate);
      }
    }
    const late = requestState(false, period.deadline, today) === 'late';
    entry.measures.push({ measure, role, late });
    if (late) entry.late++;
    entries.set(key, entry);
  }
  for (const entry of entries.values()) {
    entry.measures.sort((a, b) => Number(b.late) - Number(a.late) || a.measure.title.localeCompare(b.measure.title, 'sv'));
  }
  const name = (e: ChaseEntry): string => e.person?.displayName ?? e.roles[0]?.title ?? '\uffff';
  return [...entries.values()].sort((a, b) => b.late - a.late || b.measures.length - a.measures.length
    || name(a).localeCompare(name(b), 'sv'));
}

/** The plans owned by a unit or any unit below it. */
export function plansUnder(units: readonly OrgUnit[], rootUnitKey: string, plans: readonly Plan[]): Plan[] {
  const under = unitAndDescendants(units, rootUnitKey);
  return plans.filter((p) => p.unitKey !== null && under.has(p.unitKey));
}

/** Heat map cell counts (keyed `${probability}x${consequence}`) over every plan of a unit and its sub-units. */
export function rollupHeatMap(units: readonly OrgUnit[], rootUnitKey: string, plans: readonly Plan[],
  items: readonly PlanItem[], residual = false): Map<string, number> {
  const included = new Set(plansUnder(units, rootUnitKey, plans).map((p) => p.key));
  return heatMap(items.filter((i) => included.has(i.planKey)), residual);
}
