/**
 * One part of the action plan: a foundation with its strategies, or a focus area with its purpose
 * ("Fokusområdet syftar till att"), overarching goals and table of activities.
 */
import * as React from 'react';
import { ActionPlanSection as Section } from '../../model/actionPlan';
import { kindOf } from '../../model/planKinds';
import { Answer } from '../../model/requests';
import { FollowUpPeriod, Role } from '../../model/types';
import { useApp } from '../app/AppContext';
import { actionPlanStrings } from './actionPlanStrings';
import { ActivityTable } from './ActivityTable';

function Points(props: { heading: string; points: readonly string[] }): React.ReactElement | null {
  if (props.points.length === 0) return null;
  return (
    <>
      <h4>{props.heading}</h4>
      <ul>{props.points.map((point, index) => <li key={index}>{point}</li>)}</ul>
    </>
  );
}

export interface ActionPlanSectionProps {
  section: Section;
  foundation: boolean;
  roles: ReadonlyMap<string, Role>;
  period: FollowUpPeriod | null;
  answers: ReadonlyMap<string, Answer>;
}

export function ActionPlanSection(props: ActionPlanSectionProps): React.ReactElement {
  const { env } = useApp();
  const s = actionPlanStrings[env.locale];
  const vocabulary = kindOf('patientSafety').vocabulary[env.locale];
  const { item, category, purposes, goals, activities } = props.section;
  const headingId = `ik-ap-${item.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const categoryTitle = category ? (env.locale === 'en-US' && category.titleEn ? category.titleEn : category.title) : null;
  return (
    <section className="ik-actionplan__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{item.title}</h3>
      {!props.foundation && categoryTitle && categoryTitle !== item.title && <p className="ik-plan-meta">{s.nationalArea(categoryTitle)}</p>}
      {props.foundation ? (
        <>
          {purposes.length > 0 && <p className="ik-multiline">{purposes.join('\n')}</p>}
          <Points heading={s.strategies} points={goals} />
        </>
      ) : (
        <>
          <Points heading={s.purpose} points={purposes} />
          <Points heading={s.overarchingGoals} points={goals} />
        </>
      )}
      {activities.length > 0 ? (
        <>
          {props.foundation && <h4>{vocabulary.measure.many}</h4>}
          <ActivityTable caption={s.activitiesOf(vocabulary.measure.many, item.title)} activities={activities} roles={props.roles}
            period={props.period} answers={props.answers} />
        </>
      ) : !props.foundation && <p>{s.noneAdded(vocabulary.measure.many)}</p>}
    </section>
  );
}
