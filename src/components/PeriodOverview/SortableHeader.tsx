/**
 * A table header cell that sorts its table: a button in the header, `aria-sort` on the cell, and an
 * arrow beside the label (the arrow is decoration; aria-sort tells assistive technology).
 */
import * as React from 'react';

export interface TableSort<K extends string> { key: K; descending: boolean }

export function SortableHeader<K extends string>(props: { sortKey: K; label: string; sort: TableSort<K>;
  onSort: (key: K) => void; numeric?: boolean; }): React.ReactElement {
  const active = props.sort.key === props.sortKey;
  const ariaSort = active ? (props.sort.descending ? 'descending' : 'ascending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={props.numeric ? 'ik-num' : undefined}>
      <button type="button" className="ik-sort-button" onClick={() => props.onSort(props.sortKey)}>
        {props.label}<span aria-hidden="true">{active ? (props.sort.descending ? ' ↓' : ' ↑') : ''}</span>
      </button>
    </th>
  );
}

/** Clicking the sorted column turns the order; another column starts with the largest (most to chase) first. */
export function nextSort<K extends string>(current: TableSort<K>, key: K): TableSort<K> {
  return current.key === key ? { key, descending: !current.descending } : { key, descending: true };
}

export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}
