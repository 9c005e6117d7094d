/**
 * A goal's assignments ("uppdrag") reported back in the chosen follow-up: the status colour with its
 * word, the current state ("Nuläge", the latest answer's comment) and who answered and when.
 */
import * as React from 'react';
import { measureKinds } from '../../model/planKinds';
import { AssignmentRow } from '../../model/scorecard';
import { useApp } from '../app/AppContext';
import { AnsweredBy } from '../ActionPlan/AnswerStatus';
import { StatusBadge } from '../shared/StatusBadge';
import { scorecardStrings } from './scorecardStrings';

export function AssignmentTable(props: { caption: string; assignments: readonly AssignmentRow[] }): React.ReactElement {
  const { env } = useApp();
  const s = scorecardStrings[env.locale];
  const noun = measureKinds.assignment.label[env.locale];
  return (
    <table className="ik-table ik-assignment-table">
      <caption className="ik-visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{noun.one}</th>
          <th scope="col">{s.assignmentStatus}</th>
          <th scope="col">{s.currentState}</th>
          <th scope="col">{s.answered}</th>
        </tr>
      </thead>
      <tbody>
        {props.assignments.map(({ assignment, answer }) => (
          <tr key={assignment.key}>
            <th scope="row">{assignment.title}</th>
            <td>{answer?.report ? <StatusBadge status={answer.report.status} /> : <span className="ik-status ik-status--none">{s.unanswered}</span>}</td>
            <td className="ik-comment">{answer?.report?.comment ?? ''}</td>
            <td>{answer ? <AnsweredBy answer={answer} /> : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
