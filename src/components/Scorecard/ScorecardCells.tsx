/**
 * The scorecard table's judging cells: fulfilment ("Måluppfyllelse") as the colour's swatch and word or
 * the reason it cannot be judged, and the trend ("Utveckling") as an arrow and words, better or worse
 * by the target rule. Never colour alone (WCAG 1.4.1).
 */
import * as React from 'react';
import { Fulfilment, Trend } from '../../model/fulfilment';
import { IndicatorRow } from '../../model/scorecard';
import { useApp } from '../app/AppContext';
import { StatusBadge } from '../shared/StatusBadge';
import { valueText } from './readings';
import { scorecardStrings } from './scorecardStrings';

export function FulfilmentCell(props: { fulfilment: Fulfilment }): React.ReactElement {
  const { env } = useApp();
  const s = scorecardStrings[env.locale];
  const f = props.fulfilment;
  if (f.kind === 'none') return <span className="ik-unjudged">{s.unjudged[f.why]}</span>;
  return (
    <div className="ik-fulfilment">
      <StatusBadge status={f.colour} />
      {f.kind === 'manual' && <span className="ik-cell-meta ik-fulfilment__manual">{s.manual(f.reason)}</span>}
    </div>
  );
}

const ARROWS = { up: '↑', down: '↓', unchanged: '→' } as const;

function trendClass(trend: Trend): string {
  if (trend.kind === 'none') return 'ik-trend ik-trend--none';
  return `ik-trend ik-trend--${trend.better === null ? 'neutral' : trend.better ? 'better' : 'worse'}`;
}

export function TrendCell(props: { row: IndicatorRow }): React.ReactElement {
  const { env } = useApp();
  const s = scorecardStrings[env.locale];
  const { trend, previous, previousPeriod, indicator } = props.row;
  const before = valueText(indicator, previous?.value ?? null, env.locale, s);
  return (
    <div>
      <span className={trendClass(trend)}>
        {trend.kind === 'none' ? s.unjudged[trend.why] : (
          <>
            <span aria-hidden="true" className="ik-trend__arrow">{ARROWS[trend.direction]}</span>
            {s.directions[trend.direction]}{trend.better !== null && `, ${trend.better ? s.better : s.worse}`}
          </>
        )}
      </span>
      {before && previousPeriod && <span className="ik-cell-meta ik-trend__previous">{s.previousValue(previousPeriod.title, before)}</span>}
    </div>
  );
}
