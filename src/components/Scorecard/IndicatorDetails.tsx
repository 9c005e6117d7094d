/**
 * What an indicator row opens onto: the written analysis of every follow-up that has one, with who wrote
 * it and when, and the chart of its values over the plan's periods with its table.
 */
import * as React from 'react';
import { IndicatorRow } from '../../model/scorecard';
import { Answer } from '../../model/requests';
import { useApp } from '../app/AppContext';
import { AnsweredBy } from '../ActionPlan/AnswerStatus';
import { IndicatorChart } from './IndicatorChart';
import { scorecardStrings } from './scorecardStrings';

export function IndicatorDetails(props: { row: IndicatorRow }): React.ReactElement {
  const { env } = useApp();
  const s = scorecardStrings[env.locale];
  const written = props.row.series.filter((p) => p.report && p.report.comment.trim() !== '');
  return (
    <div className="ik-indicator-details">
      <h4>{s.analyses}</h4>
      {written.length === 0 ? <p>{s.noAnalysis}</p> : (
        <dl className="ik-analyses">
          {written.map(({ period, report }) => {
            const answer: Answer = { by: report?.reportedBy ?? null, at: report?.reportedAt ?? null, report };
            return (
              <React.Fragment key={period.key}>
                <dt>{period.title}</dt>
                <dd><p className="ik-comment">{report?.comment}</p><AnsweredBy answer={answer} /></dd>
              </React.Fragment>
            );
          })}
        </dl>
      )}
      <h4>{s.overTime}</h4>
      <IndicatorChart row={props.row} />
    </div>
  );
}
