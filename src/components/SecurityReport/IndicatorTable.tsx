/**
 * An area's indicators in the chosen reporting round, one row each in the chapter: the target rule as
 * the boards write it, the value (women and men under it where split), the fulfilment and the trend
 * against the previous round, in the cells every indicator table shares (shared/IndicatorCells.tsx).
 */
import * as React from 'react';
import { targetText } from '../../model/fulfilment';
import { IndicatorReading } from '../../model/scorecard';
import { FollowUpPeriod, PlanItem } from '../../model/types';
import { useApp } from '../app/AppContext';
import { FulfilmentCell, TrendCell, ValueCell } from '../shared/IndicatorCells';
import { indicatorStrings } from '../shared/indicatorStrings';
import { securityReportStrings } from './securityReportStrings';

export interface IndicatorTableProps {
  rows: readonly IndicatorReading[];
  goals: readonly PlanItem[];
  period: FollowUpPeriod | null;
  labelledBy: string;
}

export function IndicatorTable(props: IndicatorTableProps): React.ReactElement {
  const { env } = useApp();
  const s = securityReportStrings[env.locale];
  const c = indicatorStrings[env.locale].columns;
  const goalTitle = new Map(props.goals.map((g) => [g.key, g.title]));
  return (
    <table className="ik-table" aria-labelledby={props.labelledBy}>
      <thead>
        <tr>
          <th scope="col">{s.indicatorColumn}</th>
          <th scope="col">{c.target}</th>
          <th scope="col">{c.value(props.period?.title ?? null)}</th>
          <th scope="col">{c.fulfilment}</th>
          <th scope="col">{c.trend}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.indicator.key}>
            <th scope="row">
              {row.indicator.title}
              {props.goals.length > 1 && <div className="ik-cell-meta">{goalTitle.get(row.indicator.itemKey)}</div>}
            </th>
            <td>{targetText(row.indicator, env.locale)}</td>
            <td><ValueCell indicator={row.indicator} report={row.current} /></td>
            <td><FulfilmentCell fulfilment={row.fulfilment} /></td>
            <td><TrendCell reading={row} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
