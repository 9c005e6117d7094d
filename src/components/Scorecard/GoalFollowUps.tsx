/**
 * What a goal carries besides its indicators: its assignments in the chosen follow-up and the risks
 * linked to it, under the goal's own heading.
 */
import * as React from 'react';
import { measureKinds } from '../../model/planKinds';
import { ScorecardGoal } from '../../model/scorecard';
import type { LinkedRisk } from '../../plans/linkedRisks';
import { useApp } from '../app/AppContext';
import { LinkedRisks } from '../shared/LinkedRisks';
import { AssignmentTable } from './AssignmentTable';
import { scorecardStrings } from './scorecardStrings';

export interface GoalFollowUpsProps {
  goal: ScorecardGoal;
  /** Goal key → the risks that threaten it (loaded with the scorecard). */
  risks: ReadonlyMap<string, LinkedRisk[]>;
}

export function GoalFollowUps(props: GoalFollowUpsProps): React.ReactElement {
  const { env } = useApp();
  const s = scorecardStrings[env.locale];
  const { goal, risks } = props;
  const assignments = measureKinds.assignment.label[env.locale].many;
  const headingId = `ik-goal-${goal.item.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <section className="ik-scorecard__goal" aria-labelledby={headingId}>
      <h4 id={headingId}>{goal.item.title}</h4>
      {goal.assignments.length > 0 && (
        <>
          <h5>{assignments}</h5>
          <AssignmentTable caption={`${assignments}: ${goal.item.title}`} assignments={goal.assignments} />
        </>
      )}
      <h5>{s.threateningRisks}</h5>
      <LinkedRisks caption={`${s.threateningRisks}: ${goal.item.title}`} risks={risks.get(goal.item.key) ?? []} empty={s.noRisks} />
    </section>
  );
}
