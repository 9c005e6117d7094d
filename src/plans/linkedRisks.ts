/**
 * The risks of other plans linked to what a view shows, with their open measures' latest status: the
 * risks that threaten a scorecard's goals (`threatens` links) and those filed under a security area
 * (`PlanItem.securityAreaKey`). One loader serves both: every read is an indexed `in` query on the keys
 * found, never a scan of a large list, so the cost grows with the links, not with the plans.
 */
import type { Store } from '../data/stores';
import { FollowUpPeriod, Measure, Plan, PlanItem, StatusReport } from '../model/types';

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

/**
 * The risks in their order, each with its plan and its open measures, each measure with its latest report
 * and that report's period. `plans`: the plans already read by the caller, to save a request.
 */
export async function loadLinkedRisks(store: Store, risks: readonly PlanItem[], plans?: readonly Plan[]): Promise<LinkedRisk[]> {
  if (!risks.length) return [];
  const planKeys = [...new Set(risks.map((r) => r.planKey))];
  const [measures, periods, known] = await Promise.all([
    store.measures.whereAny('itemKey', risks.map((r) => r.key)),
    store.periods.whereAny('planKey', planKeys),
    plans ? Promise.resolve(plans) : store.plans.whereAny('key', planKeys)
  ]);
  const open = measures.filter((m) => !m.closed);
  const latest = latestPerMeasure(open.length ? await store.statusReports.whereAny('measureKey', open.map((m) => m.key)) : []);
  const periodByKey = new Map(periods.map((p) => [p.key, p]));
  const planByKey = new Map(known.map((p) => [p.key, p]));
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

/** Goal key → the risks that threaten it (a risk usually lives in another plan than the goal). */
export async function risksThreatening(store: Store, goalKeys: readonly string[], plans?: readonly Plan[]): Promise<Map<string, LinkedRisk[]>> {
  if (!goalKeys.length) return new Map();
  const goals = new Set(goalKeys);
  const links = (await store.linksTo(goalKeys)).filter((l) => l.linkType === 'threatens' && goals.has(l.toKey));
  if (!links.length) return new Map();
  const risks = await store.items.whereAny('key', [...new Set(links.map((l) => l.fromKey))]);
  const linked = await loadLinkedRisks(store, risks, plans);
  return grouped(linked, (risk) => links.filter((l) => l.fromKey === risk.key).map((l) => l.toKey));
}

/**
 * Area key → the risks of the same year's other plans filed under it: not the security report itself,
 * nor any other security report (their items are its goals, not risks).
 */
export async function risksOfAreas(store: Store, report: Plan, plans: readonly Plan[], areaKeys: readonly string[]): Promise<Map<string, LinkedRisk[]>> {
  if (!areaKeys.length) return new Map();
  const planByKey = new Map(plans.map((p) => [p.key, p]));
  const risks = (await store.items.whereAny('securityAreaKey', areaKeys)).filter((i) => {
    const owner = planByKey.get(i.planKey);
    return owner !== undefined && owner.key !== report.key && owner.kind !== 'securityReport' && owner.year === report.year;
  });
  const linked = await loadLinkedRisks(store, risks, plans);
  return grouped(linked, (risk) => (risk.securityAreaKey ? [risk.securityAreaKey] : []));
}
