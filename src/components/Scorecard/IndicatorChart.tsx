/**
 * An indicator's values over the plan's periods, drawn by hand in SVG: the total, and women and men as
 * series of their own where the indicator is split by sex, each with its own marker shape and line
 * pattern, a numeric target as a reference line, and a legend in words. The SVG is one image with a
 * spoken summary; the table under it holds every figure, so nothing is told by the picture alone.
 */
import * as React from 'react';
import { IndicatorRow } from '../../model/scorecard';
import { useApp } from '../app/AppContext';
import { ChartData, chartData } from './chartData';
import { Axis, Frame, runs, valueAxis, xOf, yOf } from './chartScale';
import { ChartTable } from './ChartTable';
import { Series, scorecardStrings } from './scorecardStrings';

const FRAME: Frame = { width: 560, height: 240, left: 56, right: 16, top: 16, bottom: 44 };

function Marker(props: { series: Series; x: number; y: number }): React.ReactElement {
  const { series, x, y } = props;
  if (series === 'women') return <rect className="ik-chart__marker" x={x - 5} y={y - 5} width={10} height={10} />;
  if (series === 'men') return <polygon className="ik-chart__marker" points={`${x},${y - 6} ${x + 6},${y + 5} ${x - 6},${y + 5}`} />;
  return <circle className="ik-chart__marker" cx={x} cy={y} r={5} />;
}

/** A period's title cut to its band on the x axis (about 7 units a character at 12 px); the table has it whole. */
function shortLabel(title: string, count: number): string {
  const fits = Math.max(6, Math.floor((FRAME.width - FRAME.left - FRAME.right) / Math.max(1, count) / 7));
  return title.length > fits ? `${title.slice(0, fits - 1)}…` : title;
}

function HorizontalLine(props: { axis: Axis; value: number }): React.ReactElement {
  const y = yOf(FRAME, props.axis, props.value);
  return <line x1={FRAME.left} x2={FRAME.width - FRAME.right} y1={y} y2={y} />;
}

function ChartSvg(props: { data: ChartData }): React.ReactElement {
  const { env } = useApp();
  const { data } = props;
  const axis = valueAxis(data.extent);
  const count = data.points.length;
  const at = (index: number, value: number): { x: number; y: number } => ({ x: xOf(FRAME, index, count), y: yOf(FRAME, axis, value) });
  return (
    <svg role="img" aria-label={data.summary} viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} className="ik-chart__svg" focusable="false">
      {axis.ticks.map((tick) => (
        <g key={tick} className="ik-chart__tick">
          <HorizontalLine axis={axis} value={tick} />
          <text x={FRAME.left - 6} y={yOf(FRAME, axis, tick) + 4} textAnchor="end">{tick.toLocaleString(env.locale)}</text>
        </g>
      ))}
      {data.points.map((p, i) => (
        <text key={p.period.key} className="ik-chart__period" x={xOf(FRAME, i, count)} y={FRAME.height - FRAME.bottom + 18} textAnchor="middle">
          {shortLabel(p.period.title, count)}
        </text>
      ))}
      {data.unit && <text className="ik-chart__unit" x={4} y={12}>{data.unit}</text>}
      {data.target !== null && (
        <g className="ik-chart__target">
          <HorizontalLine axis={axis} value={data.target} />
          <text x={FRAME.width - FRAME.right} y={yOf(FRAME, axis, data.target) - 4} textAnchor="end">{data.targetLabel}</text>
        </g>
      )}
      {data.shown.map((series) => (
        <g key={series} className={`ik-chart__series ik-chart__series--${series}`}>
          {runs(data.values[series]).map((run) => (
            <polyline key={run[0].index} fill="none" className="ik-chart__line"
              points={run.map((pt) => { const p = at(pt.index, pt.value); return `${p.x},${p.y}`; }).join(' ')} />
          ))}
          {data.values[series].map((value, i) => (value === null ? null : <Marker key={i} series={series} {...at(i, value)} />))}
        </g>
      ))}
    </svg>
  );
}

function ChartLegend(props: { data: ChartData }): React.ReactElement {
  const { env } = useApp();
  const s = scorecardStrings[env.locale];
  const { data } = props;
  const sample = (children: React.ReactNode): React.ReactElement =>
    <svg aria-hidden="true" focusable="false" width="28" height="14" viewBox="0 0 28 14">{children}</svg>;
  return (
    <ul className="ik-chart__legend" aria-label={s.legend}>
      {data.shown.map((series) => (
        <li key={series} className={`ik-chart__series--${series}`}>
          {sample(<><line className="ik-chart__line" x1={0} x2={28} y1={7} y2={7} /><Marker series={series} x={14} y={7} /></>)}
          {s.series[series]}
        </li>
      ))}
      {data.targetLabel && <li className="ik-chart__target">{sample(<line x1={0} x2={28} y1={7} y2={7} />)}{data.targetLabel}</li>}
    </ul>
  );
}

export function IndicatorChart(props: { row: IndicatorRow }): React.ReactElement {
  const { env } = useApp();
  const s = scorecardStrings[env.locale];
  const data = React.useMemo(() => chartData(props.row, env.locale, s), [props.row, env.locale, s]);
  return (
    <figure className="ik-chart">
      {data.hasValues ? <><ChartSvg data={data} /><ChartLegend data={data} /></> : <p>{s.noValues}</p>}
      <ChartTable data={data} />
    </figure>
  );
}
