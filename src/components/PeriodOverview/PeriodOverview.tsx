/**
 * The coordinator's period overview: for a plan's follow-up period, how many measures are answered,
 * unanswered and late, the share answered, per responsible and per unit (rolled up the unit tree),
 * and whom to remind, with a mail link each.
 */
import * as React from 'react';
import { ProgressIndicator, Text } from '@fluentui/react';
import { periodOverview } from '../../model/followUp';
import { chaseList, periodOverviewByUnit } from '../../model/rollup';
import { useApp } from '../app/AppContext';
import { useAsync } from '../app/useAsync';
import { LoadState } from '../shared/LoadState';
import { FlaggedReports } from '../shared/FlaggedReports';
import { PlanPeriodPicker } from '../shared/PlanPeriodPicker';
import { StatusBadge } from '../shared/StatusBadge';
import { usePlanData } from '../shared/usePlanData';
import { registerStyles } from '../PlanRegister/registerStyles';
import { ChaseList } from './ChaseList';
import { overviewStrings } from './overviewStrings';
import { ResponsibleTable } from './ResponsibleTable';
import { percent } from './SortableHeader';
import { UnitTable } from './UnitTable';

export interface PeriodOverviewProps {
  planKey?: string;
  periodKey?: string;
  onNavigate?: (state: { planKey?: string; periodKey?: string }) => void;
}

export function PeriodOverview(props: PeriodOverviewProps): React.ReactElement {
  const { store, env, strings } = useApp();
  const s = overviewStrings[env.locale];
  const state = usePlanData(props.planKey, props.periodKey);
  const units = useAsync(() => store.orgUnits.all(), [store]);
  const view = state.data;
  const figures = React.useMemo(() => {
    if (!view?.period) return null;
    const roles = [...view.roles.values()];
    return {
      overview: periodOverview(view.period, view.measures, view.reports, env.today, view.chapters, view.areas),
      byUnit: periodOverviewByUnit(view.period, view.measures, view.reports, roles, units.data ?? [], env.today),
      chase: chaseList(view.period, view.measures, view.reports, roles, env.today)
    };
  }, [view, units.data, env.today]);
  if (!view) {
    if (state.loading || state.error) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} />;
    return <Text>{strings.noPlans}</Text>;
  }
  const period = view.period;
  return (
    <div className="ik-view ik-overview">
      <style>{registerStyles}</style>
      <h1 className="ik-view__title">{s.title}: {view.plan.title}</h1>
      <FlaggedReports reports={view.flaggedReports} imported={view.importedReports} measures={view.measures} />
      <PlanPeriodPicker plans={view.plans} planKey={view.plan.key} periods={view.periods} periodKey={period?.key ?? null}
        onPlan={(planKey) => props.onNavigate?.({ planKey })} onPeriod={(periodKey) => props.onNavigate?.({ planKey: view.plan.key, periodKey })} />
      <LoadState loading={state.loading || units.loading} error={state.error ?? units.error}
        onRetry={() => { state.reload(); units.reload(); }} />
      {!period || !figures ? <p>{s.noPeriod}</p> : (
        <>
          <p className="ik-plan-meta">{s.deadlineLine(period.title, period.deadline, env.today > period.deadline)}</p>
          <section className="ik-overview__headline" aria-label={s.share}>
            <div className="ik-card">
              <ProgressIndicator label={s.share} description={`${percent(figures.overview.shareAnswered)} · ${s.shareOf(figures.overview.answered, figures.overview.total)}`}
                percentComplete={figures.overview.shareAnswered} />
              <p className="ik-status-counts">
                <StatusBadge status="green" /> {figures.overview.statusCounts.green} <StatusBadge status="yellow" /> {figures.overview.statusCounts.yellow}{' '}
                <StatusBadge status="red" /> {figures.overview.statusCounts.red}
              </p>
            </div>
            <dl className="ik-overview__figures">
              {([[s.total, figures.overview.total], [s.answered, figures.overview.answered], [s.unanswered, figures.overview.unanswered],
                [s.late, figures.overview.late]] as Array<[string, number]>).map(([label, value]) => (
                <div key={label} className="ik-card ik-overview__figure-card">
                  <dt>{label}</dt>
                  <dd className={`ik-overview__figure${label === s.late && value > 0 ? ' ik-late' : ''}`}>{value}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section className="ik-overview__section" aria-labelledby="ik-overview-by-role">
            <h2 id="ik-overview-by-role" className="ik-card__title">{s.byResponsible}</h2>
            <ResponsibleTable tallies={figures.overview.byRole} roles={view.roles} />
          </section>
          <section className="ik-overview__section" aria-labelledby="ik-overview-by-unit">
            <h2 id="ik-overview-by-unit" className="ik-card__title">{s.byUnit}</h2>
            <UnitTable rows={figures.byUnit} />
          </section>
          <section className="ik-overview__section" aria-labelledby="ik-overview-chase">
            <h2 id="ik-overview-chase" className="ik-card__title">{s.chase}</h2>
            <ChaseList entries={figures.chase} plan={view.plan} period={period} />
          </section>
        </>
      )}
    </div>
  );
}
