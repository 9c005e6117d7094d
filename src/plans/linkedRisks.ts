/**
 * The risks of other plans linked to what a view shows, with their open measures' latest status: the
 * risks that threaten a scorecard's goals (`threatens` links) and those filed under a security area
 * (`PlanItem.securityAreaKey`). Both read in one wave once their keys are known (the keys copied onto
 * links, measures and reports, model/derivedKeys.ts): every read is an indexed `in` query, never a scan of a
 * large list, so the cost grows with the links, not with the plans.
 */
import type { Store } from '../data/stores';
import { FollowUpPeriod, Link, Measure, Plan, PlanItem, StatusReport } from '../model/types';

/** A measure of a linked risk with its latest status report (of any period) and that report's period. */
export interface LinkedRiskMeasure {
  measure: Measure;
  latest: StatusReport | null;
  period: FollowUpPeriod | null;
}

export interface LinkedRisk {
  risk: PlanItem;
  /** The risk's own plan; null where it is not among the plans known. */
  plan: Plan | null;
  measures: LinkedRiskMeasure[];
}

function bySortOrder(a: PlanItem, b: PlanItem): number {
  return a.sortOrder - b.sortOrder || a.title.localeCompare(b.title, 'sv');
}

function latestPerMeasure(reports: readonly StatusReport[]): Map<string, StatusReport> {
  const latest = new Map<string, StatusReport>();
  for (const r of reports) {
    const current = latest.get(r.measureKey);
    if (!current || r.reportedAt > current.reportedAt) latest.set(r.measureKey, r);
  }
  return latest;
}

/** The risks in their order, each with its plan and open measures, each measure with its latest report and that report's period. */
function assemble(risks: readonly PlanItem[], measures: readonly Measure[], reports: readonly StatusReport[], periods: readonly FollowUpPeriod[],
  plans: readonly Plan[]): LinkedRisk[] {
  const riskKeys = new Set(risks.map((r) => r.key));
  const open = measures.filter((m) => !m.closed && riskKeys.has(m.itemKey));
  const openKeys = new Set(open.map((m) => m.key));
  const latest = latestPerMeasure(reports.filter((r) => openKeys.has(r.measureKey)));
  const periodByKey = new Map(periods.map((p) => [p.key, p]));
  const planByKey = new Map(plans.map((p) => [p.key, p]));
  return [...risks].sort(bySortOrder).map((risk) => ({
    risk, plan: planByKey.get(risk.planKey) ?? null,
    measures: open.filter((m) => m.itemKey === risk.key).map((measure) => {
      const report = latest.get(measure.key) ?? null;
      return { measure, latest: report, period: report ? periodByKey.get(report.periodKey) ?? null : null };
    })
  }));
}

/** Group key → its risks, each once and in the risks' order. */
function grouped(linked: readonly LinkedRisk[], groupsOf: (risk: PlanItem) => Iterable<string>): Map<string, LinkedRisk[]> {
  const out = new Map<string, LinkedRisk[]>();
  for (const l of linked) {
    for (const key of new Set(groupsOf(l.risk))) out.set(key, [...(out.get(key) ?? []), l]);
  }
  return out;
}

const none = <T>(): Promise<T[]> => Promise.resolve([]);

/** Every `threatens` link: a view that will show a scorecard reads them in its first wave, before it knows which scorecard. */
export function threatLinks(store: Store): Promise<Link[]> {
  return store.links.where({ linkType: 'threatens' });
}

/**
 * Goal key → the risks that threaten it (a risk usually lives in another plan than the goal), from the
 * `threatens` links already read: the links name the goal's plan and the risk's, so the risks, their
 * measures, their reports (by the item key each report carries) and their plans' periods come in one wave.
 */
export async function risksThreatening(store: Store, scorecard: Plan, links: readonly Link[], plans: readonly Plan[]): Promise<Map<string, LinkedRisk[]>> {
  const mine = links.filter((l) => l.linkType === 'threatens' && l.toPlanKey === scorecard.key);
  if (!mine.length) return new Map();
  const riskKeys = [...new Set(mine.map((l) => l.fromKey))];
  const [risks, measures, reports, periods] = await Promise.all([
    store.items.whereAny('key', riskKeys), store.measures.whereAny('itemKey', riskKeys), store.statusReports.whereAny('itemKey', riskKeys),
    store.periods.whereAny('planKey', [...new Set(mine.map((l) => l.planKey))])
  ]);
  return grouped(assemble(risks, measures, reports, periods, plans), (risk) => mine.filter((l) => l.fromKey === risk.key).map((l) => l.toKey));
}

/**
 * Area key → the risks of the same year's other plans filed under it: not the security report itself, nor
 * any other security report (their items are its goals, not risks). Measures and reports carry their
 * item's area, so all of it comes in one wave once the areas and plans are known.
 */
export async function risksOfAreas(store: Store, report: Plan, plans: readonly Plan[], areaKeys: readonly string[]): Promise<Map<string, LinkedRisk[]>> {
  if (!areaKeys.length) return new Map();
  const others = plans.filter((p) => p.key !== report.key && p.kind !== 'securityReport' && p.year === report.year);
  const planKeys = new Set(others.map((p) => p.key));
  const [items, measures, reports, periods] = await Promise.all([
    store.items.whereAny('securityAreaKey', areaKeys), store.measures.whereAny('securityAreaKey', areaKeys),
    store.statusReports.whereAny('securityAreaKey', areaKeys), others.length ? store.periods.whereAny('planKey', [...planKeys]) : none<FollowUpPeriod>()
  ]);
  const risks = items.filter((i) => planKeys.has(i.planKey));
  return grouped(assemble(risks, measures, reports, periods, plans), (risk) => (risk.securityAreaKey ? [risk.securityAreaKey] : []));
}
