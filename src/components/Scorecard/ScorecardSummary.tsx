/**
 * The chosen follow-up at a glance: how many indicators have a value, how many of them are green,
 * yellow or red (each colour with its word), and how many cannot be judged.
 */
import * as React from 'react';
import { fulfilmentColour } from '../../model/fulfilment';
import { IndicatorRow } from '../../model/scorecard';
import { statusLegend } from '../../model/statusLegend';
import { FollowUpPeriod } from '../../model/types';
import { useApp } from '../app/AppContext';
import { StatusBadge } from '../shared/StatusBadge';
import { scorecardStrings } from './scorecardStrings';

export function ScorecardSummary(props: { period: FollowUpPeriod; indicators: readonly IndicatorRow[] }): React.ReactElement {
  const { env } = useApp();
  const s = scorecardStrings[env.locale];
  const { indicators } = props;
  const withValue = indicators.filter((i) => i.current && typeof i.current.value === 'number').length;
  const count = (colour: string): number => indicators.filter((i) => fulfilmentColour(i.fulfilment) === colour).length;
  const unjudged = indicators.filter((i) => i.fulfilment.kind === 'none').length;
  return (
    <section className="ik-card ik-scorecard__summary" aria-labelledby="ik-scorecard-summary">
      <h2 id="ik-scorecard-summary" className="ik-card__title">{s.summaryOf(props.period.title)}</h2>
      <p>{s.withValue(withValue, indicators.length)}</p>
      <ul className="ik-scorecard__counts" aria-label={s.fulfilmentCounts}>
        {statusLegend.map((entry) => (
          <li key={entry.colour}><StatusBadge status={entry.colour} /><strong>{count(entry.colour)}</strong></li>
        ))}
        <li><span className="ik-unjudged">{s.cannotJudge(unjudged)}</span></li>
      </ul>
    </section>
  );
}
