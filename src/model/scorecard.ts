/**
 * The balanced scorecard as the division's annual report reads (seed 003): perspective → the board's
 * strategic goal → the unit's goals → indicators with target, value, fulfilment and trend, and the goals'
 * assignments; plus each indicator's values over the plan's periods. An indicator is judged here for
 * every view that shows one (a security area's too). The perspectives are the region's categories, never
 * a fixed list. Pure: no I/O.
 */
import { orderPeriods, previousPeriod } from './followUp';
import { Fulfilment, FulfilmentSettings, fulfilmentOf, Trend, trendOf } from './fulfilment';
import { Answer, answersOf } from './requests';
import { Category, FollowUpPeriod, Measure, PlanItem, StatusReport } from './types';

/** One period's reading of an indicator: the latest report counts. */
export interface SeriesPoint {
  period: FollowUpPeriod;
  report: StatusReport | null;
}

/** An indicator judged in a period: its reading there and in the period before, its fulfilment and trend. */
export interface IndicatorReading {
  indicator: Measure;
  current: StatusReport | null;
  previous: StatusReport | null;
  previousPeriod: FollowUpPeriod | null;
  fulfilment: Fulfilment;
  trend: Trend;
}

export interface IndicatorRow extends IndicatorReading {
  /** Every period of the plan in order, with its reading (for the chart and the analyses). */
  series: SeriesPoint[];
}

/** Judges an indicator by its reading in a period against the one before (the latest report of each counts). */
export function judgeIndicator(indicator: Measure, current: StatusReport | null, previous: StatusReport | null,
  previousPeriod: FollowUpPeriod | null, settings: FulfilmentSettings): IndicatorReading {
  return {
    indicator, current, previous, previousPeriod,
    fulfilment: fulfilmentOf(indicator, current, previous, settings),
    trend: trendOf(indicator, current, previous)
  };
}

export interface AssignmentRow {
  assignment: Measure;
  /** The latest answer in the chosen period, if any. */
  answer: Answer | null;
}

export interface ScorecardGoal {
  item: PlanItem;
  indicators: IndicatorRow[];
  assignments: AssignmentRow[];
}

/** The unit's goals under one of the board's strategic goals ("Regionstyrelsens strategiska mål"). */
export interface StrategicGoalGroup {
  strategicGoal: string;
  goals: ScorecardGoal[];
}

export interface PerspectiveSection {
  /** Null: the goals filed under no perspective. */
  perspective: Category | null;
  groups: StrategicGoalGroup[];
}

export interface ScorecardInput {
  items: readonly PlanItem[];
  measures: readonly Measure[];
  periods: readonly FollowUpPeriod[];
  reports: readonly StatusReport[];
  categories: readonly Category[];
}

function indicatorRow(indicator: Measure, ordered: readonly FollowUpPeriod[], period: FollowUpPeriod | null,
  answers: ReadonlyMap<string, Answer>, settings: FulfilmentSettings): IndicatorRow {
  const reportIn = (p: FollowUpPeriod | null): StatusReport | null => (p ? answers.get(`${indicator.key}|${p.key}`)?.report ?? null : null);
  const before = period ? previousPeriod(ordered, period.key) : null;
  return {
    ...judgeIndicator(indicator, reportIn(period), reportIn(before), before, settings),
    series: ordered.map((p) => ({ period: p, report: reportIn(p) }))
  };
}

function groupByStrategicGoal(goals: ScorecardGoal[]): StrategicGoalGroup[] {
  const groups = new Map<string, ScorecardGoal[]>();
  for (const goal of goals) {
    const name = goal.item.strategicGoal.trim();
    groups.set(name, [...(groups.get(name) ?? []), goal]);
  }
  return [...groups.entries()].map(([strategicGoal, inGroup]) => ({ strategicGoal, goals: inGroup }));
}

/**
 * The scorecard in the chosen period: every perspective of the region in its order (those without goals
 * too, as the board's template lists them all), then any goals filed under no perspective.
 */
export function scorecardSections(input: ScorecardInput, periodKey: string | null, settings: FulfilmentSettings): PerspectiveSection[] {
  const ordered = orderPeriods(input.periods);
  const period = ordered.find((p) => p.key === periodKey) ?? null;
  const answers = answersOf(input.reports);
  const perspectives = input.categories.filter((c) => c.categoryType === 'perspective').sort((a, b) => a.sortOrder - b.sortOrder);
  const known = new Set(perspectives.map((p) => p.key));
  const goalsOf = new Map<string | null, ScorecardGoal[]>();
  const items = [...input.items].sort((a, b) => a.sortOrder - b.sortOrder || a.title.localeCompare(b.title, 'sv'));
  for (const item of items) {
    const own = input.measures.filter((m) => m.itemKey === item.key);
    const goal: ScorecardGoal = {
      item,
      indicators: own.filter((m) => m.measureKind === 'indicator').map((m) => indicatorRow(m, ordered, period, answers, settings)),
      assignments: own.filter((m) => m.measureKind === 'assignment')
        .map((m) => ({ assignment: m, answer: period ? answers.get(`${m.key}|${period.key}`) ?? null : null }))
    };
    const at = item.strategyKey && known.has(item.strategyKey) ? item.strategyKey : null;
    goalsOf.set(at, [...(goalsOf.get(at) ?? []), goal]);
  }
  const sections: PerspectiveSection[] = perspectives.map((p) => ({ perspective: p, groups: groupByStrategicGoal(goalsOf.get(p.key) ?? []) }));
  const loose = goalsOf.get(null);
  return loose ? [...sections, { perspective: null, groups: groupByStrategicGoal(loose) }] : sections;
}

/** Every indicator row of the scorecard, for the summary. */
export function allIndicators(sections: readonly PerspectiveSection[]): IndicatorRow[] {
  return sections.flatMap((s) => s.groups.flatMap((g) => g.goals.flatMap((goal) => goal.indicators)));
}
