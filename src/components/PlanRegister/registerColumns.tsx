/**
 * The register's columns: every field of the plan's table (risk with strategy and objective,
 * consequence, handling, risk value, underlying cause, measures with responsible, status, previous
 * status, change and comment). Risk, handling, risk value and status sort on a header click.
 */
import * as React from 'react';
import { formatValue } from '../../model/numbers';
import { IColumn, Link } from '@fluentui/react';
import { kindOf, measureKinds, requestTypeOf } from '../../model/planKinds';
import { PlanKind } from '../../model/types';
import { useApp } from '../app/AppContext';
import { kindStrings } from '../editing/kindStrings';
import { StatusBadge } from '../shared/StatusBadge';
import { MeasureRow, RegisterRow, RegisterSort, SortKey } from './registerRows';
import { registerStrings } from './registerStrings';
import { StatusChangeBadge } from './StatusChangeBadge';

export interface ColumnOptions {
  /** The plan's kind decides the columns (a risk's consequence, handling and value only where items have them) and their names. */
  kind: PlanKind;
  sort: RegisterSort | null;
  onSort: (key: SortKey) => void;
  onOpenItem?: (itemKey: string) => void;
  onOpenMeasure?: (measureKey: string) => void;
  /** The rows are a large plan's first items, whose measures have not arrived yet. */
  measuresPending?: boolean;
}

const sortable: readonly string[] = ['risk', 'handling', 'value', 'status'];

export function useRegisterColumns(options: ColumnOptions): IColumn[] {
  const { strings, env } = useApp();
  const s = strings.register;
  const r = registerStrings[env.locale];
  const { kind, sort, onSort, onOpenItem, onOpenMeasure, measuresPending } = options;
  return React.useMemo<IColumn[]>(() => {
    const config = kindOf(kind);
    const words = config.vocabulary[env.locale];
    const has = (field: (typeof config.itemFields)[number]): boolean => config.itemFields.includes(field);
    const renderMeasure = (m: MeasureRow): React.ReactElement => (
      <li key={m.measure.key}>
        <div className="ik-cell-title">
          {onOpenMeasure
            ? <Link onClick={() => onOpenMeasure(m.measure.key)} title={r.openMeasure(m.measure.title)}>{m.measure.title}</Link>
            : m.measure.title}
          {m.measure.measureKind !== config.measureKinds[0] && <span className="ik-tag">{measureKinds[m.measure.measureKind].label[env.locale].one}</span>}
          {m.measure.confidential === true && <span className="ik-tag">{s.confidential}</span>}
        </div>
        <div className="ik-cell-meta">
          {m.roles.length === 0 ? r.noResponsible : m.roles.map((role, i) => `${role.title}${role.holder ? ` (${role.holder.displayName})` : ''}${i === 0 && m.roles.length > 1 ? ` – ${r.leads}` : ''}`).join(', ')}
        </div>
        <div className="ik-measure-status">
          {requestTypeOf(m.measure) === 'value' && m.latest?.value !== null && m.latest?.value !== undefined
            && <span className="ik-value">{formatValue(m.latest.value, m.measure.unitOfMeasure, env.locale)}</span>}
          <StatusBadge status={m.status} />
          <span className="ik-cell-meta">{s.previous}: </span><StatusBadge status={m.previous?.status ?? null} />
          {/* No answer yet: "Ingen status" already says it, so no change is shown. */}
          {m.change !== 'none' && <StatusChangeBadge change={m.change} latest={m.status} previous={m.previous?.status ?? null} />}
        </div>
        {m.latest?.comment && <div className="ik-comment">{m.latest.comment}</div>}
        {m.latest?.reportedBy && <div className="ik-cell-meta">{r.answeredBy(m.latest.reportedBy.displayName, m.latest.reportedAt.slice(0, 10))}</div>}
      </li>
    );
    const columns: IColumn[] = [
      { key: 'risk', name: words.item.one, minWidth: 200, maxWidth: 320, isMultiline: true, onRender: (row: RegisterRow) => (
        <div>
          <div className="ik-cell-title">
            {onOpenItem ? <Link onClick={() => onOpenItem(row.item.key)} title={r.openItem(row.item.title)}>{row.item.title}</Link> : row.item.title}
            {row.item.confidential && <span className="ik-tag">{s.confidential}</span>}
          </div>
          {row.strategy && row.strategy.title !== row.item.title && (
            <div className="ik-cell-meta">{kind === 'internalControl' ? r.strategy(row.strategy.title) : `${kindStrings[env.locale].category[row.strategy.categoryType]}: ${row.strategy.title}`}</div>
          )}
          {row.objective && <div className="ik-cell-meta">{r.objective(row.objective.code, row.objective.title)}</div>}
        </div>) },
      { key: 'consequence', name: s.consequence, minWidth: 150, maxWidth: 240, isMultiline: true, onRender: (row: RegisterRow) => row.item.consequence },
      { key: 'handling', name: s.handling, minWidth: 90, maxWidth: 110, onRender: (row: RegisterRow) => (row.item.handling ? strings.handlings[row.item.handling] : '') },
      { key: 'value', name: s.riskValue, minWidth: 90, maxWidth: 110, isMultiline: true, onRender: (row: RegisterRow) => (
        <div>
          <div>{row.value ?? ''}</div>
          {row.residualValue !== null && <div className="ik-cell-meta">{r.residualValue(row.residualValue)}</div>}
        </div>) },
      { key: 'cause', name: s.cause, minWidth: 150, maxWidth: 240, isMultiline: true, onRender: (row: RegisterRow) => row.item.cause },
      { key: 'status', name: `${words.measure.many} · ${s.responsible} · ${s.status} · ${r.change}`, minWidth: 380, isMultiline: true,
        onRender: (row: RegisterRow) => (measuresPending ? <span className="ik-cell-meta">{r.measuresComing}</span> : row.measures.length === 0
          ? <span className="ik-cell-meta">{kind === 'internalControl' ? r.noMeasures : r.none(words.measure.many.toLocaleLowerCase(env.locale))}</span>
          : <ul className="ik-measure-list">{row.measures.map(renderMeasure)}</ul>) }
    ];
    const applies: Record<string, boolean> = { consequence: has('consequence'), handling: has('handling'), value: config.assessment, cause: has('cause') };
    return columns.filter((column) => applies[column.key] ?? true).map((column) => (sortable.includes(column.key) ? {
      ...column,
      isSorted: sort?.key === column.key,
      isSortedDescending: sort?.key === column.key && sort.descending,
      onColumnClick: () => onSort(column.key as SortKey)
    } : column));
  }, [s, r, strings, env.locale, kind, sort, onSort, onOpenItem, onOpenMeasure, measuresPending]);
}
