/**
 * The period per responsible role: holder, answered, unanswered, late and share answered, sortable.
 */
import * as React from 'react';
import { ResponsibleTally } from '../../model/followUp';
import { Role } from '../../model/types';
import { useApp } from '../app/AppContext';
import { overviewStrings } from './overviewStrings';
import { nextSort, percent, SortableHeader, TableSort } from './SortableHeader';

type Key = 'title' | 'answered' | 'unanswered' | 'late' | 'share';

interface Row { key: string; title: string; holder: string; answered: number; unanswered: number; late: number; share: number }

function compare(key: Key): (a: Row, b: Row) => number {
  if (key === 'title') return (a, b) => a.title.localeCompare(b.title, 'sv');
  if (key === 'share') return (a, b) => a.share - b.share;
  return (a, b) => a[key] - b[key];
}

export function ResponsibleTable(props: { tallies: ResponsibleTally[]; roles: Map<string, Role> }): React.ReactElement {
  const { env } = useApp();
  const s = overviewStrings[env.locale];
  const [sort, setSort] = React.useState<TableSort<Key>>({ key: 'late', descending: true });
  const rows = React.useMemo(() => {
    const all: Row[] = props.tallies.map((t) => {
      const role = t.roleKey ? props.roles.get(t.roleKey) : undefined;
      const total = t.answered + t.unanswered;
      return { key: t.roleKey ?? 'none', title: role?.title ?? s.unassigned, holder: role ? role.holder?.displayName ?? s.vacant : '',
        answered: t.answered, unanswered: t.unanswered, late: t.late, share: total === 0 ? 1 : t.answered / total };
    });
    const direction = sort.descending ? -1 : 1;
    const by = compare(sort.key);
    // Ties: the most unanswered first, then A to Ö, so the order is always the same.
    return all.sort((a, b) => direction * by(a, b) || b.unanswered - a.unanswered || a.title.localeCompare(b.title, 'sv'));
  }, [props.tallies, props.roles, sort, s]);
  const header = (key: Key, label: string, numeric = true): React.ReactElement =>
    <SortableHeader sortKey={key} label={label} sort={sort} numeric={numeric} onSort={(k) => setSort((c) => nextSort(c, k))} />;
  return (
    <table className="ik-table" aria-labelledby="ik-overview-by-role">
      <thead>
        <tr>
          {header('title', s.role, false)}
          <th scope="col">{s.holder}</th>
          {header('answered', s.answered)}
          {header('unanswered', s.unanswered)}
          {header('late', s.late)}
          {header('share', s.share)}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.title}</th>
            <td>{row.holder}</td>
            <td className="ik-num">{row.answered}</td>
            <td className="ik-num">{row.unanswered}</td>
            <td className="ik-num">{row.late > 0 ? <span className="ik-late">{row.late}</span> : 0}</td>
            <td className="ik-num">{percent(row.share)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
