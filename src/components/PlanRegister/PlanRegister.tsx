/**
 * The plan register (the coordinator's view): the plan's risks with consequence, handling, cause,
 * measures, responsible roles and their status in the chosen period beside the previous one and the
 * change; the period summary; the heat map (inherent or residual) whose cells filter the list; a filter
 * bar, grouping, sortable headers and free-text search. Rows are virtualised by Fluent's DetailsList
 * and every derived list is memoised, so a plan of 5,000 risks stays fast.
 */
import * as React from 'react';
import { ChoiceGroup, DetailsList, DetailsListLayoutMode, IGroup, SearchBox, SelectionMode, Stack, Text } from '@fluentui/react';
import { periodOverview } from '../../model/followUp';
import { legendFor } from '../../model/statusLegend';
import { kindOf } from '../../model/planKinds';
import { useApp } from '../app/AppContext';
import { LoadState } from '../shared/LoadState';
import { FlaggedReports } from '../shared/FlaggedReports';
import { PlanPeriodPicker } from '../shared/PlanPeriodPicker';
import { PlanDataState, REGISTER_DATA, usePlanData } from '../shared/usePlanData';
import { HeatMap } from './HeatMap';
import { PeriodSummary } from './PeriodSummary';
import { useRegisterColumns } from './registerColumns';
import { RegisterFilterBar } from './RegisterFilterBar';
import { RegisterGroupHeader } from './RegisterGroupHeader';
import {
  filterRows, GroupBy, GroupLabels, groupRows, measureMatches, noFilter, RegisterFilter, RegisterRow, registerRows, RegisterSort, SortKey, sortRows
} from './registerRows';
import { registerStrings } from './registerStrings';
import { registerStyles } from './registerStyles';

export interface PlanRegisterProps {
  /** The plan's data when the page has loaded it already (the plan workspace), so it is not read twice. */
  data?: PlanDataState<unknown>;
  planKey?: string;
  periodKey?: string;
  onNavigate?: (state: { planKey?: string; periodKey?: string }) => void;
  /** Given, a risk's title is a button that opens it (e.g. the editing panel). */
  onOpenItem?: (itemKey: string) => void;
  /** Given, a measure's title is a button that opens it. */
  onOpenMeasure?: (measureKey: string) => void;
  /** Rendered between the plan's header and pickers and the summary, e.g. editing commands. */
  toolbar?: React.ReactNode;
  /** A change loads the plan again, e.g. after an edit saved elsewhere on the page. */
  reloadToken?: number;
}

/** Risk value and status sort worst first on the first click; text columns A to Ö. */
const descendingFirst: readonly SortKey[] = ['value', 'status'];

function useGroupLabels(): GroupLabels {
  const { strings, env } = useApp();
  return React.useMemo(() => {
    const r = registerStrings[env.locale];
    return {
      none: (groupBy) => r.noGroup[groupBy],
      handling: (h) => strings.handlings[h],
      status: (st) => (st === 'unanswered' ? r.statusFilters.unanswered : legendFor(st).label[env.locale]),
      category: (c) => (c.categoryType === 'controlObjective' ? `${c.code}: ${c.title}` : c.title)
    };
  }, [strings, env.locale]);
}

export function PlanRegister(props: PlanRegisterProps): React.ReactElement {
  const { strings, env } = useApp();
  const r = registerStrings[env.locale];
  const own = usePlanData(props.planKey, props.periodKey, props.reloadToken, props.data !== undefined, REGISTER_DATA);
  const state = props.data ?? own;
  const [filter, setFilter] = React.useState<RegisterFilter>(noFilter);
  const [groupBy, setGroupBy] = React.useState<GroupBy>('none');
  const [sort, setSort] = React.useState<RegisterSort | null>(null);
  const onSort = React.useCallback((key: SortKey) => setSort((current) => (current?.key === key
    ? { key, descending: !current.descending } : { key, descending: descendingFirst.includes(key) })), []);
  // A large plan's first rows are drawn while the rest of it is on its way (usePlanData's preview).
  const partial = !state.data && state.preview !== undefined;
  const view = state.data ?? state.preview;
  const columns = useRegisterColumns({ kind: view?.plan.kind ?? 'internalControl', sort, onSort, onOpenItem: partial ? undefined : props.onOpenItem,
    onOpenMeasure: props.onOpenMeasure, measuresPending: partial });
  const labels = useGroupLabels();
  const rows = React.useMemo(() => (view ? registerRows(view) : []), [view]);
  const shown = React.useMemo(() => filterRows(rows, filter), [rows, filter]);
  const sorted = React.useMemo(() => sortRows(shown, sort), [shown, sort]);
  // New group objects only when the rows or grouping change: Fluent keeps a group's collapsed state on it.
  const grouped = React.useMemo(() => {
    const result = groupRows(sorted, groupBy, labels, measureMatches(filter));
    const groups: IGroup[] | undefined = result.groups?.map((g) => ({ ...g, isCollapsed: false }));
    return { rows: result.rows, groups };
  }, [sorted, groupBy, labels, filter]);
  const overview = React.useMemo(() => (view?.period ? periodOverview(view.period, view.measures, view.reports, env.today) : null),
    [view, env.today]);
  if (!view) {
    if (state.loading || state.error) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} />;
    return <Text>{strings.noPlans}</Text>;
  }
  const words = kindOf(view.plan.kind).vocabulary[env.locale];
  const searchLabel = view.plan.kind === 'internalControl' ? strings.register.search
    : strings.register.searchIn(words.item.many.toLocaleLowerCase(env.locale), words.measure.many.toLocaleLowerCase(env.locale));
  return (
    <div className="ik-view ik-register">
      <style>{registerStyles}</style>
      <h1 className="ik-view__title">{view.plan.kind === 'internalControl' ? `${strings.register.title}: ${view.plan.title}` : view.plan.title}</h1>
      <p className="ik-plan-meta">
        {strings.planKinds[view.plan.kind]} · {strings.year} {view.plan.year} · {strings.planStates[view.plan.state]}
        {view.plan.diaryNumber && ` · ${strings.diaryNumber} ${view.plan.diaryNumber}`}
        {view.plan.decisionDate && ` · ${strings.decided} ${view.plan.decisionDate}`}
      </p>
      <FlaggedReports reports={view.flaggedReports} imported={view.importedReports} measures={view.measures} />
      <PlanPeriodPicker plans={view.plans} planKey={view.plan.key} periods={view.periods} periodKey={view.period?.key ?? null}
        onPlan={(planKey) => props.onNavigate?.({ planKey })} onPeriod={(periodKey) => props.onNavigate?.({ planKey: view.plan.key, periodKey })} />
      {props.toolbar && <div className="ik-register__toolbar">{props.toolbar}</div>}
      <LoadState loading={state.loading} error={state.error} onRetry={state.reload} />
      {partial ? <p className="ik-cell-meta" role="status">{r.firstRows(rows.length, words.item.many.toLocaleLowerCase(env.locale))}</p> : <>
      <Stack horizontal wrap tokens={{ childrenGap: 24 }} className="ik-register__top">
        {overview && <PeriodSummary overview={overview} roles={view.roles} measures={words.measure.many.toLocaleLowerCase(env.locale)} />}
        {kindOf(view.plan.kind).assessment && <div>
          <HeatMap items={view.items} residual={filter.residual} subtitle={r.heatMapOf(filter.residual)} selected={filter.cell}
            onSelect={(cell) => setFilter((f) => ({ ...f, cell }))} />
          <ChoiceGroup label={r.assessment} selectedKey={filter.residual ? 'residual' : 'inherent'}
            styles={{ flexContainer: { display: 'flex', gap: 16 } }}
            options={[{ key: 'inherent', text: r.inherent }, { key: 'residual', text: r.residual }]}
            // A cell of one assessment means nothing in the other: switching clears the cell filter.
            onChange={(_e, o) => o && setFilter((f) => ({ ...f, residual: o.key === 'residual', cell: null }))} />
        </div>}
      </Stack>
      <SearchBox placeholder={searchLabel} ariaLabel={searchLabel} value={filter.search}
        onChange={(_e, v) => setFilter((f) => ({ ...f, search: v ?? '' }))} className="ik-register__search" />
      <RegisterFilterBar kind={view.plan.kind} view={view} filter={filter} onFilter={setFilter} groupBy={groupBy} onGroupBy={setGroupBy} />
      <p className="ik-cell-meta" role="status">{strings.register.itemsShown(shown.length, rows.length, words.item.many.toLocaleLowerCase(env.locale))}</p>
      </>}
      {shown.length === 0 ? <p>{strings.register.noItems}</p> : (
        <DetailsList items={grouped.rows} groups={grouped.groups} columns={columns} selectionMode={SelectionMode.none}
          layoutMode={DetailsListLayoutMode.justified} getKey={(row: RegisterRow) => row.key} ariaLabelForGrid={r.rowsLabel}
          groupProps={{ showEmptyGroups: false, onRenderHeader: RegisterGroupHeader }} />
      )}
    </div>
  );
}
