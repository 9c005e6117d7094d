/**
 * The plan register (the coordinator's view): the plan's risks with consequence, handling, cause,
 * measures, responsible roles and their status in the chosen period beside the previous one; the
 * period summary; the heat map; free-text search. Rows are virtualised by Fluent's DetailsList.
 */
import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, IColumn, SearchBox, SelectionMode, Stack, Text } from '@fluentui/react';
import { periodOverview } from '../../model/followUp';
import { useApp } from '../app/AppContext';
import { LoadState } from '../shared/LoadState';
import { PlanPeriodPicker } from '../shared/PlanPeriodPicker';
import { StatusBadge } from '../shared/StatusBadge';
import { usePlanData } from '../shared/usePlanData';
import { HeatMap } from './HeatMap';
import { PeriodSummary } from './PeriodSummary';
import { filterRows, RegisterRow, registerRows } from './registerRows';

export interface PlanRegisterProps {
  planKey?: string;
  periodKey?: string;
  onNavigate?: (state: { planKey?: string; periodKey?: string }) => void;
}

function useColumns(): IColumn[] {
  const { strings } = useApp();
  const s = strings.register;
  return React.useMemo<IColumn[]>(() => [
    { key: 'risk', name: s.risk, minWidth: 200, maxWidth: 320, isMultiline: true, onRender: (row: RegisterRow) => (
      <div>
        <div className="ik-cell-title">{row.item.title}{row.item.confidential && <span className="ik-tag">{s.confidential}</span>}</div>
        <div className="ik-cell-meta">{[row.strategy?.title, row.objective ? `${row.objective.code}: ${row.objective.title}` : undefined].filter(Boolean).join(' · ')}</div>
      </div>) },
    { key: 'consequence', name: s.consequence, minWidth: 160, maxWidth: 260, isMultiline: true, onRender: (row: RegisterRow) => row.item.consequence },
    { key: 'handling', name: s.handling, minWidth: 80, maxWidth: 100, onRender: (row: RegisterRow) => (row.item.handling ? strings.handlings[row.item.handling] : '') },
    { key: 'value', name: s.riskValue, minWidth: 76, maxWidth: 90, onRender: (row: RegisterRow) => row.value ?? '' },
    { key: 'cause', name: s.cause, minWidth: 160, maxWidth: 260, isMultiline: true, onRender: (row: RegisterRow) => row.item.cause },
    { key: 'measures', name: `${s.measure} · ${s.responsible} · ${s.status}`, minWidth: 360, isMultiline: true, onRender: (row: RegisterRow) => (
      <ul className="ik-measure-list">
        {row.measures.map((m) => (
          <li key={m.measure.key}>
            <div className="ik-cell-title">{m.measure.title}</div>
            <div className="ik-cell-meta">{m.role?.title ?? ''}{m.role?.holder ? ` (${m.role.holder.displayName})` : ''}</div>
            <div className="ik-measure-status">
              <StatusBadge status={m.latest?.status ?? null} />
              <span className="ik-cell-meta">{s.previous}: </span><StatusBadge status={m.previous?.status ?? null} />
            </div>
            {m.latest?.comment && <div className="ik-comment">{m.latest.comment}</div>}
          </li>
        ))}
      </ul>) }
  ], [s, strings]);
}

export function PlanRegister(props: PlanRegisterProps): React.ReactElement {
  const { strings, env } = useApp();
  const state = usePlanData(props.planKey, props.periodKey);
  const [search, setSearch] = React.useState('');
  const [cell, setCell] = React.useState<string | null>(null);
  const columns = useColumns();
  const view = state.data;
  const rows = React.useMemo(() => (view ? registerRows(view) : []), [view]);
  const shown = React.useMemo(() => filterRows(rows, search, cell), [rows, search, cell]);
  if (!view) {
    if (state.loading || state.error) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} />;
    return <Text>{strings.noPlans}</Text>;
  }
  const overview = view.period ? periodOverview(view.period, view.measures, view.reports, env.today) : null;
  return (
    <div className="ik-view ik-register">
      <h1 className="ik-view__title">{strings.register.title}: {view.plan.title}</h1>
      <p className="ik-plan-meta">
        {strings.planKinds[view.plan.kind]} · {strings.year} {view.plan.year} · {strings.planStates[view.plan.state]}
        {view.plan.diaryNumber && ` · ${strings.diaryNumber} ${view.plan.diaryNumber}`}
        {view.plan.decisionDate && ` · ${strings.decided} ${view.plan.decisionDate}`}
      </p>
      <PlanPeriodPicker plans={view.plans} planKey={view.plan.key} periods={view.periods} periodKey={view.period?.key ?? null}
        onPlan={(planKey) => props.onNavigate?.({ planKey })} onPeriod={(periodKey) => props.onNavigate?.({ planKey: view.plan.key, periodKey })} />
      <LoadState loading={state.loading} error={state.error} onRetry={state.reload} />
      <Stack horizontal wrap tokens={{ childrenGap: 24 }} className="ik-register__top">
        {overview && <PeriodSummary overview={overview} roles={view.roles} />}
        <HeatMap items={view.items} selected={cell} onSelect={setCell} />
      </Stack>
      <SearchBox placeholder={strings.register.search} ariaLabel={strings.register.search} value={search}
        onChange={(_e, v) => setSearch(v ?? '')} className="ik-register__search" />
      <p className="ik-cell-meta" role="status">{strings.register.itemsShown(shown.length, rows.length)}</p>
      {shown.length === 0 ? <p>{strings.register.noItems}</p> : (
        <DetailsList items={shown} columns={columns} selectionMode={SelectionMode.none} layoutMode={DetailsListLayoutMode.justified}
          getKey={(row: RegisterRow) => row.key} ariaLabelForGrid={strings.register.title} />
      )}
    </div>
  );
}
