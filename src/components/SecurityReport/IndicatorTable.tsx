/**
 * An area's indicators in the chosen reporting round: the target rule as the boards write it, the value
 * (women and men where split), the fulfilment as a word with its swatch or why it cannot be judged, and
 * the trend against the previous round in words.
 */
import * as React from 'react';
import { targetText } from '../../model/fulfilment';
import { Locale } from '../../model/statusLegend';
import { PlanItem } from '../../model/types';
import { useApp } from '../app/AppContext';
import { StatusBadge } from '../shared/StatusBadge';
import { IndicatorRow } from './securityReportRows';
import { SecurityReportStrings, securityReportStrings } from './securityReportStrings';

export function formatFigure(value: number, unit: string, locale: Locale): string {
  const number = value.toLocaleString(locale, { maximumFractionDigits: 2 });
  if (!unit) return number;
  return unit === '%' && locale === 'en-US' ? `${number}%` : `${number} ${unit}`;
}

function Fulfilment(props: { row: IndicatorRow; s: SecurityReportStrings }): React.ReactElement {
  const f = props.row.fulfilment;
  if (f.kind === 'none') return <span className="ik-status--none">{props.s.unjudged[f.why]}</span>;
  return <><StatusBadge status={f.colour} />{f.kind === 'manual' && <span className="ik-cell-meta">{props.s.manual(f.reason)}</span>}</>;
}

function TrendText(props: { row: IndicatorRow; s: SecurityReportStrings }): React.ReactElement {
  const t = props.row.trend;
  if (t.kind === 'none') return <span className="ik-status--none">{props.s.trendNone[t.why]}</span>;
  const arrow = t.direction === 'up' ? '↑' : t.direction === 'down' ? '↓' : '→';
  const judged = t.better === null ? '' : `, ${t.better ? props.s.trendBetter : props.s.trendWorse}`;
  return <span className="ik-change"><span aria-hidden="true" className="ik-change__arrow">{arrow}</span>{props.s.trend[t.direction]}{judged}</span>;
}

export function IndicatorTable(props: { rows: IndicatorRow[]; goals: PlanItem[]; labelledBy: string }): React.ReactElement {
  const { env } = useApp();
  const s = securityReportStrings[env.locale];
  const goalTitle = new Map(props.goals.map((g) => [g.key, g.title]));
  return (
    <table className="ik-table" aria-labelledby={props.labelledBy}>
      <thead>
        <tr>
          <th scope="col">{s.indicatorColumns.indicator}</th>
          <th scope="col">{s.indicatorColumns.target}</th>
          <th scope="col">{s.indicatorColumns.value}</th>
          <th scope="col">{s.indicatorColumns.fulfilment}</th>
          <th scope="col">{s.indicatorColumns.trend}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => {
          const m = row.measure;
          const current = row.current;
          return (
            <tr key={m.key}>
              <th scope="row">
                {m.title}
                {props.goals.length > 1 && <div className="ik-cell-meta">{goalTitle.get(m.itemKey)}</div>}
              </th>
              <td>{targetText(m, env.locale)}</td>
              <td>
                {current && current.value !== null ? formatFigure(current.value, m.unitOfMeasure, env.locale) : <span className="ik-status--none">{s.noValue}</span>}
                {m.splitBySex && current && current.valueWomen !== null && current.valueMen !== null && (
                  <div className="ik-cell-meta">{s.valueSplit(formatFigure(current.valueWomen, m.unitOfMeasure, env.locale), formatFigure(current.valueMen, m.unitOfMeasure, env.locale))}</div>
                )}
              </td>
              <td><Fulfilment row={row} s={s} /></td>
              <td><TrendText row={row} s={s} /></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
