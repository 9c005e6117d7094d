/**
 * How the chosen follow-up of the action plan stands: activities answered and not (late ones counted),
 * and how many have each status colour, each colour with its word.
 */
import * as React from 'react';
import { PeriodOverview } from '../../model/followUp';
import { kindOf } from '../../model/planKinds';
import { statusLegend } from '../../model/statusLegend';
import { FollowUpPeriod } from '../../model/types';
import { useApp } from '../app/AppContext';
import { StatusBadge } from '../shared/StatusBadge';
import { actionPlanStrings } from './actionPlanStrings';

export function ActionPlanSummary(props: { period: FollowUpPeriod; overview: PeriodOverview }): React.ReactElement {
  const { env } = useApp();
  const s = actionPlanStrings[env.locale];
  const vocabulary = kindOf('patientSafety').vocabulary[env.locale];
  const { overview } = props;
  return (
    <section className="ik-card ik-actionplan__summary" aria-labelledby="ik-actionplan-summary">
      <h2 id="ik-actionplan-summary" className="ik-card__title">{s.summaryOf(vocabulary.followUp.one, props.period.title)}</h2>
      <p>{s.answered(overview.answered, overview.total)}</p>
      <p>{s.unansweredCount(overview.unanswered, overview.late)}</p>
      <ul className="ik-status-counts ik-actionplan__counts" aria-label={s.colourCounts}>
        {statusLegend.map((entry) => (
          <li key={entry.colour}><StatusBadge status={entry.colour} /><strong>{overview.statusCounts[entry.colour]}</strong></li>
        ))}
      </ul>
    </section>
  );
}
