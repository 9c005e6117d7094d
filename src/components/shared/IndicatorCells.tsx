/**
 * An indicator's cells in any table that shows one (the scorecard's, a security area's): the value in its
 * unit, the fulfilment ("Måluppfyllelse") as the colour's swatch and word or the reason it cannot be
 * judged, and the trend ("Utveckling") as an arrow and words, better or worse by the target rule. Never
 * colour alone (WCAG 1.4.1). Each renders a cell's content; the table owns the cell.
 */
import * as React from 'react';
import { Fulfilment, Trend } from '../../model/fulfilment';
import { IndicatorReading } from '../../model/scorecard';
import { Measure, StatusReport } from '../../model/types';
import { useApp } from '../app/AppContext';
import { indicatorStrings } from './indicatorStrings';
import { StatusBadge } from './StatusBadge';
import { valueText } from './valueText';

/** One figure; where there is none a dash to see and the reason (default: no value) to hear. */
export function Figure(props: { indicator: Pick<Measure, 'targetRule' | 'unitOfMeasure'>; value: number | null | undefined; missing?: string }): React.ReactElement {
  const { env } = useApp();
  const text = valueText(props.indicator, props.value, env.locale);
  if (text !== null) return <>{text}</>;
  return <><span aria-hidden="true">–</span><span className="ik-visually-hidden">{props.missing ?? indicatorStrings[env.locale].noValue}</span></>;
}

/** The value of a reading, with women and men under it where the indicator is split by sex. */
export function ValueCell(props: { indicator: Measure; report: StatusReport | null }): React.ReactElement {
  const { env } = useApp();
  const s = indicatorStrings[env.locale];
  const { indicator, report } = props;
  const women = valueText(indicator, report?.valueWomen, env.locale);
  const men = valueText(indicator, report?.valueMen, env.locale);
  return (
    <>
      <Figure indicator={indicator} value={report?.value} />
      {indicator.splitBySex && women !== null && men !== null && <div className="ik-cell-meta">{s.valueSplit(women, men)}</div>}
    </>
  );
}

export function FulfilmentCell(props: { fulfilment: Fulfilment }): React.ReactElement {
  const { env } = useApp();
  const s = indicatorStrings[env.locale];
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

/** The trend, and under it the previous follow-up's value where there is one. */
export function TrendCell(props: { reading: Pick<IndicatorReading, 'indicator' | 'trend' | 'previous' | 'previousPeriod'> }): React.ReactElement {
  const { env } = useApp();
  const s = indicatorStrings[env.locale];
  const { trend, previous, previousPeriod, indicator } = props.reading;
  const before = valueText(indicator, previous?.value, env.locale);
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
