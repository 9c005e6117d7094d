/**
 * Loads the security report a view shows: the wanted plan if it is a security report (else the one under
 * follow-up, else the newest) with everything around its chapters (plans/chapterActions.ts).
 */
import { loadChosenSecurityReport, SecurityReportData } from '../../plans/chapterActions';
import { useApp } from '../app/AppContext';
import { AsyncState, useAsync } from '../app/useAsync';
import { pickSecurityReportPlan } from './securityReportRows';

/** `reloadToken`: a change loads the report again (after a save). */
export function useSecurityReport(planKey: string | undefined, periodKey: string | undefined, reloadToken: number): AsyncState<SecurityReportData | null> {
  const { store, env } = useApp();
  return useAsync(() => loadChosenSecurityReport(store, (plans) => pickSecurityReportPlan(plans, planKey), { periodKey, today: env.today }),
    [store, planKey, periodKey, env.today, reloadToken]);
}
