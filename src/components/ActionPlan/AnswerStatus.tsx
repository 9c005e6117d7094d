/**
 * A follow-up's answer in one period as a cell shows it: the status badge (colour and word) with who
 * answered and when, "Ej besvarad" when nobody has, and the comment when asked for. The latest report
 * counts (model/requests.ts `answersOf`). Used by the action plan's and the scorecard's tables.
 */
import * as React from 'react';
import { stockholmDate } from '../../model/calendar';
import { Answer } from '../../model/requests';
import { useApp } from '../app/AppContext';
import { StatusBadge } from '../shared/StatusBadge';
import { actionPlanStrings } from './actionPlanStrings';

/** "Besvarad av Karin Sjöberg 2026-09-01", or without a name when the report has none. */
export function AnsweredBy(props: { answer: Answer }): React.ReactElement | null {
  const { env } = useApp();
  const s = actionPlanStrings[env.locale];
  const { by, at } = props.answer;
  if (!at) return null;
  const date = stockholmDate(new Date(at));
  return <span className="ik-cell-meta ik-answered-by">{by ? s.answeredBy(by.displayName, date) : s.answeredAt(date)}</span>;
}

export function AnswerStatus(props: { answer: Answer | null | undefined; closed?: boolean; showComment?: boolean }): React.ReactElement {
  const { env } = useApp();
  const s = actionPlanStrings[env.locale];
  const { answer } = props;
  if (!answer?.report) {
    return <span className="ik-status ik-status--none">{props.closed ? s.closed : s.unanswered}</span>;
  }
  return (
    <div className="ik-answer-status">
      <StatusBadge status={answer.report.status} />
      <AnsweredBy answer={answer} />
      {props.showComment && answer.report.comment && <p className="ik-comment">{answer.report.comment}</p>}
    </div>
  );
}
