/**
 * The risk heat map: probability × consequence with the number of risks in each cell. Given `onSelect`,
 * a cell is a button that filters the register to its risks (the chosen cell is pressed); without it,
 * the map only shows the counts (the roll-up over a unit). Counts come from `items` (inherent or
 * residual assessment) or ready-made `counts`.
 */
import * as React from 'react';
import { defaultRiskMatrix, heatMap, riskLevel, riskValue } from '../../model/riskMatrix';
import { PlanItem } from '../../model/types';
import { useApp } from '../app/AppContext';
import { registerStrings } from './registerStrings';

export interface HeatMapProps {
  items?: readonly PlanItem[];
  /** Ready counts keyed `${probability}x${consequence}`; wins over `items`. */
  counts?: ReadonlyMap<string, number>;
  residual?: boolean;
  /** A line under the title, e.g. which assessment is shown. */
  subtitle?: string;
  selected?: string | null;
  onSelect?: (cell: string | null) => void;
}

export function HeatMap(props: HeatMapProps): React.ReactElement {
  const { env } = useApp();
  const h = registerStrings[env.locale].heatMap;
  const { items, residual } = props;
  const counts = React.useMemo(() => props.counts ?? heatMap(items ?? [], residual), [props.counts, items, residual]);
  const matrix = defaultRiskMatrix;
  const rows = [...matrix.probability].reverse();
  const selected = props.selected ?? null;
  const onSelect = props.onSelect;
  return (
    <figure className="ik-heatmap">
      <figcaption className="ik-heatmap__title">{h.title}</figcaption>
      {props.subtitle && <p className="ik-cell-meta ik-heatmap__subtitle">{props.subtitle}</p>}
      <table className="ik-heatmap__grid">
        <caption className="ik-visually-hidden">{`${h.probability} × ${h.consequence}`}</caption>
        <tbody>
          {rows.map((p) => (
            <tr key={p.value}>
              <th scope="row" className="ik-heatmap__axis">{p.label[env.locale]}</th>
              {matrix.consequence.map((c) => {
                const cell = `${p.value}x${c.value}`;
                const count = counts.get(cell) ?? 0;
                const level = riskLevel(riskValue(p.value, c.value));
                const label = h.cellLabel(count, p.label[env.locale], c.label[env.locale]);
                const style = { background: level?.hex, color: level?.textColour };
                return (
                  <td key={cell}>
                    {onSelect ? (
                      <button type="button" className="ik-heatmap__cell" aria-pressed={selected === cell} disabled={count === 0}
                        style={style} aria-label={label} onClick={() => onSelect(selected === cell ? null : cell)}>
                        {count > 0 ? count : ''}
                      </button>
                    ) : (
                      <span className="ik-heatmap__cell ik-heatmap__cell--static" style={style}>
                        <span aria-hidden="true">{count > 0 ? count : ''}</span>
                        <span className="ik-visually-hidden">{label}</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <th scope="row" className="ik-heatmap__corner">{h.probability} ↑ / {h.consequence} →</th>
            {matrix.consequence.map((c) => <th scope="col" key={c.value} className="ik-heatmap__axis">{c.label[env.locale]}</th>)}
          </tr>
        </tbody>
      </table>
      {selected && onSelect && (
        <button type="button" className="ik-link-button" onClick={() => onSelect(null)}>{h.clearFilter}</button>
      )}
    </figure>
  );
}
