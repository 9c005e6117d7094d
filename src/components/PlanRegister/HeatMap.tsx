/**
 * The risk heat map: probability × consequence with the number of risks in each cell. A cell is a
 * button that filters the register to its risks; the chosen cell is pressed.
 */
import * as React from 'react';
import { defaultRiskMatrix, heatMap, riskLevel, riskValue } from '../../model/riskMatrix';
import { PlanItem } from '../../model/types';
import { useApp } from '../app/AppContext';

export function HeatMap(props: { items: PlanItem[]; selected: string | null; onSelect: (cell: string | null) => void }): React.ReactElement {
  const { env, strings } = useApp();
  const counts = heatMap(props.items);
  const matrix = defaultRiskMatrix;
  const rows = [...matrix.probability].reverse();
  return (
    <figure className="ik-heatmap">
      <figcaption className="ik-heatmap__title">{strings.heatMap.title}</figcaption>
      <table className="ik-heatmap__grid">
        <caption className="ik-visually-hidden">{`${strings.heatMap.probability} × ${strings.heatMap.consequence}`}</caption>
        <tbody>
          {rows.map((p) => (
            <tr key={p.value}>
              <th scope="row" className="ik-heatmap__axis">{p.label[env.locale]}</th>
              {matrix.consequence.map((c) => {
                const cell = `${p.value}x${c.value}`;
                const count = counts.get(cell) ?? 0;
                const level = riskLevel(riskValue(p.value, c.value));
                return (
                  <td key={cell}>
                    <button type="button" className="ik-heatmap__cell" aria-pressed={props.selected === cell} disabled={count === 0}
                      style={{ background: level?.hex, color: level?.textColour }}
                      aria-label={strings.heatMap.cellLabel(count, p.label[env.locale], c.label[env.locale])}
                      onClick={() => props.onSelect(props.selected === cell ? null : cell)}>
                      {count > 0 ? count : ''}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <th scope="row" className="ik-heatmap__corner">{strings.heatMap.probability} ↑ / {strings.heatMap.consequence} →</th>
            {matrix.consequence.map((c) => <th scope="col" key={c.value} className="ik-heatmap__axis">{c.label[env.locale]}</th>)}
          </tr>
        </tbody>
      </table>
      {props.selected && (
        <button type="button" className="ik-link-button" onClick={() => props.onSelect(null)}>{strings.heatMap.clearFilter}</button>
      )}
    </figure>
  );
}
