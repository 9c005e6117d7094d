/**
 * One focus area's activities as the action plan's table: Aktivitet, Mål, Metod/Datakälla, Ansvarig
 * (every responsible body, the lead first) and the status in the chosen period with who answered.
 */
import * as React from 'react';
import { kindOf, responsibleRoles } from '../../model/planKinds';
import { Answer } from '../../model/requests';
import { FollowUpPeriod, Measure, Role } from '../../model/types';
import { useApp } from '../app/AppContext';
import { actionPlanStrings } from './actionPlanStrings';
import { AnswerStatus } from './AnswerStatus';

/** "LSG-patientsäkerhet (leder), Patientsäkerhetsteamet": the lead is named as such when there are several. */
export function responsibleText(measure: Measure, roles: ReadonlyMap<string, Role>, lead: string): string {
  const titles = responsibleRoles(measure).map((key) => roles.get(key)?.title ?? key);
  return titles.map((title, index) => (index === 0 && titles.length > 1 ? `${title} (${lead})` : title)).join(', ');
}

export interface ActivityTableProps {
  caption: string;
  activities: readonly Measure[];
  roles: ReadonlyMap<string, Role>;
  period: FollowUpPeriod | null;
  answers: ReadonlyMap<string, Answer>;
}

export function ActivityTable(props: ActivityTableProps): React.ReactElement {
  const { env } = useApp();
  const s = actionPlanStrings[env.locale];
  const vocabulary = kindOf('patientSafety').vocabulary[env.locale];
  const { period } = props;
  return (
    <table className="ik-table ik-activity-table">
      <caption className="ik-visually-hidden">{props.caption}</caption>
      {/* Fixed widths, so every focus area's table lines up with the others as in the printed plan. */}
      <colgroup>
        <col className="ik-col--activity" /><col className="ik-col--goal" /><col className="ik-col--method" /><col className="ik-col--responsible" />
        {period && <col className="ik-col--status" />}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{vocabulary.measure.one}</th>
          <th scope="col">{s.goal}</th>
          <th scope="col">{s.method}</th>
          <th scope="col">{s.responsible}</th>
          {period && <th scope="col">{`${s.status}, ${period.title}`}</th>}
        </tr>
      </thead>
      <tbody>
        {props.activities.map((activity) => (
          <tr key={activity.key}>
            <th scope="row" className="ik-activity-table__title">{activity.title}</th>
            <td className="ik-multiline">{activity.goal}</td>
            <td className="ik-multiline">{activity.method}</td>
            <td>{responsibleText(activity, props.roles, s.lead)}</td>
            {period && (
              <td><AnswerStatus answer={props.answers.get(`${activity.key}|${period.key}`)} closed={activity.closed} showComment /></td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
