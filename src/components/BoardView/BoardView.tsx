/**
 * The board view: a plan's status for one follow-up period as the board reads it, grouped by
 * strategy, with the legend and a summary; confidential risks are masked. Read-only and printable.
 */
import * as React from 'react';
import { DefaultButton } from '@fluentui/react';
import { periodOverview } from '../../model/followUp';
import { statusLegend } from '../../model/statusLegend';
import { useApp } from '../app/AppContext';
import { LoadState } from '../shared/LoadState';
import { PlanPeriodPicker } from '../shared/PlanPeriodPicker';
import { StatusBadge } from '../shared/StatusBadge';
import { usePlanData } from '../shared/usePlanData';
import { RegisterRow, registerRows } from '../PlanRegister/registerRows';

export interface BoardViewProps {
  planKey?: string;
  periodKey?: string;
  onNavigate?: (state: { planKey?: string; periodKey?: string }) => void;
}

function groupByStrategy(rows: RegisterRow[]): Array<[string, RegisterRow[]]> {
  const groups = new Map<string, RegisterRow[]>();
  for (const row of rows) {
    const name = row.strategy?.title ?? '–';
    groups.set(name, [...(groups.get(name) ?? []), row]);
  }
  return [...groups.entries()];
}

export function BoardView(props: BoardViewProps): React.ReactElement {
  const { env, strings } = useApp();
  const s = strings.board;
  const state = usePlanData(props.planKey, props.periodKey);
  const view = state.data;
  if (!view) {
    if (state.loading || state.error) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} />;
    return <p>{strings.noPlans}</p>;
  }
  const overview = view.period ? periodOverview(view.period, view.measures, view.reports, env.today) : null;
  const rows = registerRows(view);
  return (
    <div className="ik-view ik-board">
      <h1 className="ik-view__title">{view.plan.title}</h1>
      <p className="ik-plan-meta">
        {strings.planKinds[view.plan.kind]} · {strings.year} {view.plan.year}
        {view.plan.diaryNumber && ` · ${strings.diaryNumber} ${view.plan.diaryNumber}`}
        {view.plan.decisionDate && ` · ${strings.decided} ${view.plan.decisionDate}`}
      </p>
      <div className="ik-no-print">
        <PlanPeriodPicker plans={view.plans} planKey={view.plan.key} periods={view.periods} periodKey={view.period?.key ?? null}
          onPlan={(planKey) => props.onNavigate?.({ planKey })} onPeriod={(periodKey) => props.onNavigate?.({ planKey: view.plan.key, periodKey })} />
        <DefaultButton iconProps={{ iconName: 'Print' }} text={s.print} onClick={() => window.print()} />
      </div>
      {view.period && <h2>{s.statusOf(view.period.title)}</h2>}
      {overview && (
        <section className="ik-card" aria-label={s.summary}>
          <h3 className="ik-card__title">{s.summary}</h3>
          <p>{strings.overview.answered(overview.answered, overview.total)}</p>
          <ul className="ik-legend">
            {statusLegend.map((entry) => (
              <li key={entry.colour}><StatusBadge status={entry.colour} /><strong>{overview.statusCounts[entry.colour]}</strong><span>{entry.meaning(view.plan.year, env.locale)}</span></li>
            ))}
          </ul>
        </section>
      )}
      {groupByStrategy(rows).map(([strategy, groupRows]) => (
        <section key={strategy} className="ik-board__group">
          <h3>{strategy}</h3>
          <table className="ik-table">
            <thead>
              <tr>
                <th scope="col">{strings.register.risk}</th>
                <th scope="col">{strings.register.measure}</th>
                <th scope="col">{strings.register.responsible}</th>
                <th scope="col">{strings.register.status}</th>
                <th scope="col">{strings.register.comment}</th>
              </tr>
            </thead>
            <tbody>
              {groupRows.flatMap((row) => row.measures.map((m, index) => (
                <tr key={m.measure.key}>
                  {index === 0 && (
                    <th scope="row" rowSpan={row.measures.length} className="ik-board__risk">
                      {row.item.confidential ? <em>{s.confidentialMasked}</em> : row.item.title}
                    </th>
                  )}
                  <td>{row.item.confidential ? <em>{s.confidentialMasked}</em> : m.measure.title}</td>
                  <td>{m.role?.title ?? ''}</td>
                  <td><StatusBadge status={m.latest?.status ?? null} /></td>
                  <td>{row.item.confidential ? '' : m.latest?.comment ?? s.noReport}</td>
                </tr>
              )))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
