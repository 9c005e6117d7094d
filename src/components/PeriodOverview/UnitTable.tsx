/**
 * The period per organisational unit, rolled up the tree: each unit includes its sub-units. Shown in
 * the organisation's order, indented by depth with the level named (not indentation alone), or
 * sorted by a column.
 */
import * as React from 'react';
import { UnitOverviewRow } from '../../model/rollup';
import { useApp } from '../app/AppContext';
import { overviewStrings } from './overviewStrings';
import { nextSort, percent, SortableHeader, TableSort } from './SortableHeader';

type Key = 'tree' | 'answered' | 'unanswered' | 'late' | 'share';

export function UnitTable(props: { rows: UnitOverviewRow[] }): React.ReactElement {
  const { env } = useApp();
  const s = overviewStrings[env.locale];
  const [sort, setSort] = React.useState<TableSort<Key>>({ key: 'tree', descending: false });
  const rows = React.useMemo(() => {
    if (sort.key === 'tree') return props.rows;
    const key = sort.key;
    const value = (r: UnitOverviewRow): number => (key === 'share' ? r.shareAnswered : r[key]);
    const direction = sort.descending ? -1 : 1;
    return props.rows.map((row, index) => ({ row, index }))
      .sort((a, b) => direction * (value(a.row) - value(b.row)) || a.index - b.index)
      .map((x) => x.row);
  }, [props.rows, sort]);
  const onSort = (key: Key): void => setSort((c) => (key === 'tree' ? { key, descending: false } : nextSort(c, key)));
  return (
    <table className="ik-table" aria-labelledby="ik-overview-by-unit">
      <thead>
        <tr>
          <SortableHeader sortKey="tree" label={s.unit} sort={sort} onSort={onSort} />
          <SortableHeader sortKey="answered" label={s.answered} sort={sort} onSort={onSort} numeric />
          <SortableHeader sortKey="unanswered" label={s.unanswered} sort={sort} onSort={onSort} numeric />
          <SortableHeader sortKey="late" label={s.late} sort={sort} onSort={onSort} numeric />
          <SortableHeader sortKey="share" label={s.share} sort={sort} onSort={onSort} numeric />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.unit?.key ?? 'none'}>
            <th scope="row" style={{ paddingLeft: 8 + (sort.key === 'tree' ? row.depth * 20 : 0) }}>
              {row.unit?.title ?? s.withoutUnit}
              {row.unit && <span className="ik-cell-meta"> · {s.levels[row.unit.level]}</span>}
            </th>
            <td className="ik-num">{row.answered}</td>
            <td className="ik-num">{row.unanswered}</td>
            <td className="ik-num">{row.late > 0 ? <span className="ik-late">{row.late}</span> : 0}</td>
            <td className="ik-num">{percent(row.shareAnswered)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
