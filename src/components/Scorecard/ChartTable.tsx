/**
 * The chart's table alternative: periods as rows, the series as columns, every figure in words. Always
 * shown under the chart, so no figure is only in the picture.
 */
import * as React from 'react';
import { useApp } from '../app/AppContext';
import { ChartData } from './chartData';
import { seriesValue } from './readings';
import { scorecardStrings } from './scorecardStrings';

export function ChartTable(props: { data: ChartData }): React.ReactElement {
  const { env } = useApp();
  const s = scorecardStrings[env.locale];
  const { data } = props;
  return (
    <table className="ik-table ik-chart-table">
      <caption>{s.chartCaption(data.title)}</caption>
      <thead>
        <tr>
          <th scope="col">{s.period}</th>
          {data.shown.map((series) => <th key={series} scope="col" className="ik-num">{s.series[series]}</th>)}
        </tr>
      </thead>
      <tbody>
        {data.points.map((p) => (
          <tr key={p.period.key}>
            <th scope="row">{p.period.title}</th>
            {data.shown.map((series) => <td key={series} className="ik-num">{data.text(seriesValue(p.report, series))}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
