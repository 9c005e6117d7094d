/**
 * Loads the risks that threaten the scorecard's goals, wherever they live: the `threatens` links to the
 * goals, the risks and their measures, those measures' reports and their plans' periods. Every read is
 * an indexed `in` query on the keys found, so the cost grows with the links, not with the plans.
 */
import { LinkedRisk, linkedRisksByGoal, threateningRiskKeys } from '../../model/scorecard';
import { useApp } from '../app/AppContext';
import { AsyncState, useAsync } from '../app/useAsync';

export function useLinkedRisks(goalKeys: readonly string[]): AsyncState<Map<string, LinkedRisk[]>> {
  const { store, env } = useApp();
  const id = goalKeys.join('|');
  return useAsync(async () => {
    const links = goalKeys.length ? await store.linksTo(goalKeys) : [];
    const riskKeys = threateningRiskKeys(links, goalKeys);
    if (riskKeys.length === 0) return new Map<string, LinkedRisk[]>();
    const [risks, measures] = await Promise.all([store.items.whereAny('key', riskKeys), store.measures.whereAny('itemKey', riskKeys)]);
    const measureKeys = measures.map((m) => m.key);
    const planKeys = [...new Set(measures.map((m) => m.planKey))];
    const [reports, periods] = await Promise.all([
      measureKeys.length ? store.statusReports.whereAny('measureKey', measureKeys) : Promise.resolve([]),
      planKeys.length ? store.periods.whereAny('planKey', planKeys) : Promise.resolve([])
    ]);
    return linkedRisksByGoal({ links, risks, measures, periods, reports }, env.today);
  }, [store, id, env.today]);
}
