/**
 * The balanced scorecard as the division's annual report reads (seed 003): perspective → the board's
 * strategic goal → the unit's goals → indicators with target, value, fulfilment and trend, and the goals'
 * assignments; plus each indicator's values over the plan's periods and the risks that threaten a goal.
 * The perspectives are the region's categories, never a fixed list. Pure: no I/O.
 */
import { currentPeriod, orderPeriods, previousPeriod } from './followUp';
import { Fulfilment, FulfilmentSettings, fulfilmentOf, Trend, trendOf } from './fulfilment';
import { Answer, answersOf } from './requests';
import { Locale } from './statusLegend';
import { Category, FollowUpPeriod, IsoDate, Link, Measure, PlanItem, StatusReport } from './types';

/** One period's reading of an indicator: the latest report counts. */
export interface SeriesPoint {
  period: FollowUpPeriod;
  report: StatusReport | null;
}

export interface IndicatorRow {
  indicator: Measure;
  current: StatusReport | null;
  previous: StatusReport | null;
  previousPeriod: FollowUpPeriod | null;
  fulfilment: Fulfilment;
  trend: Trend;
  /** Every period of the plan in order, with its reading (for the chart and the analyses). */
  series: SeriesPoint[];
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
  const current = reportIn(period);
  const previous = reportIn(before);
  return {
    indicator, current, previous, previousPeriod: before,
    fulfilment: fulfilmentOf(indicator, current, previous, settings),
    trend: trendOf(indicator, current, previous),
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

export interface LinkedMeasure {
  measure: Measure;
  /** The period the measure's own plan works on today. */
  period: FollowUpPeriod | null;
  report: StatusReport | null;
}

export interface LinkedRisk {
  risk: PlanItem;
  measures: LinkedMeasure[];
}

export interface LinkedRiskInput {
  links: readonly Link[];
  risks: readonly PlanItem[];
  measures: readonly Measure[];
  periods: readonly FollowUpPeriod[];
  reports: readonly StatusReport[];
}

/** The keys of the risks that threaten any of the goals. */
export function threateningRiskKeys(links: readonly Link[], goalKeys: readonly string[]): string[] {
  const goals = new Set(goalKeys);
  return [...new Set(links.filter((l) => l.linkType === 'threatens' && goals.has(l.toKey)).map((l) => l.fromKey))];
}

/**
 * Goal key → the risks that threaten it, each with its measures and their latest status in the period
 * their own plan is followed up in today (a risk usually lives in another plan than the goal).
 */
export function linkedRisksByGoal(input: LinkedRiskInput, today: IsoDate): Map<string, LinkedRisk[]> {
  const risks = new Map(input.risks.map((r) => [r.key, r]));
  const answers = answersOf(input.reports);
  const periodOf = new Map<string, FollowUpPeriod | null>();
  for (const planKey of new Set(input.measures.map((m) => m.planKey))) {
    periodOf.set(planKey, currentPeriod(input.periods.filter((p) => p.planKey === planKey), today));
  }
  const measuresOf = (riskKey: string): LinkedMeasure[] => input.measures.filter((m) => m.itemKey === riskKey).map((measure) => {
    const period = periodOf.get(measure.planKey) ?? null;
    return { measure, period, report: period ? answers.get(`${measure.key}|${period.key}`)?.report ?? null : null };
  });
  const out = new Map<string, LinkedRisk[]>();
  for (const link of input.links) {
    const risk = risks.get(link.fromKey);
    if (link.linkType !== 'threatens' || !risk) continue;
    const list = out.get(link.toKey) ?? [];
    if (!list.some((l) => l.risk.key === risk.key)) list.push({ risk, measures: measuresOf(risk.key) });
    out.set(link.toKey, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.risk.sortOrder - b.risk.sortOrder || a.risk.title.localeCompare(b.risk.title, 'sv'));
  return out;
}

/** A figure in the indicator's unit as the region writes it: "3,8 %" in Swedish, "3.8%" in English. */
export function formatValue(value: number, unit: string, locale: Locale): string {
  const number = value.toLocaleString(locale, { maximumFractionDigits: 2 });
  if (!unit) return number;
  return unit === '%' && locale === 'en-US' ? `${number}%` : `${number} ${unit}`;
}
