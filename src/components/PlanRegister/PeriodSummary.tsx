/**
 * The coordinator's view of a period: how many measures are answered, how many late, and whom to chase.
 */
import * as React from 'react';
import { ProgressIndicator } from '@fluentui/react';
import { PeriodOverview } from '../../model/followUp';
import { Role } from '../../model/types';
import { useApp } from '../app/AppContext';
import { StatusBadge } from '../shared/StatusBadge';
import { registerStrings } from './registerStrings';

/** `measures`: what the plan follows up, plural and lower case (the kind's word). */
export function PeriodSummary(props: { overview: PeriodOverview; roles: Map<string, Role>; measures?: string }): React.ReactElement {
  const { env } = useApp();
  const s = registerStrings[env.locale].overview;
  const { overview } = props;
  const toChase = overview.byRole.filter((r) => r.unanswered > 0);
  return (
    <section className="ik-card" aria-labelledby="ik-overview-title">
      <h2 id="ik-overview-title" className="ik-card__title">{s.title}</h2>
      <ProgressIndicator label={s.answered(overview.answered, overview.total, props.measures)}
        description={overview.late > 0 ? s.late(overview.late) : undefined} percentComplete={overview.shareAnswered} />
      <p className="ik-status-counts">
        <StatusBadge status="green" /> {overview.statusCounts.green} <StatusBadge status="yellow" /> {overview.statusCounts.yellow}{' '}
        <StatusBadge status="red" /> {overview.statusCounts.red}
      </p>
      <h3 className="ik-card__subtitle">{s.chase}</h3>
      {toChase.length === 0 ? <p>{s.nobodyToChase}</p> : (
        <ul className="ik-chase-list">
          {toChase.map((tally) => {
            const role = tally.roleKey ? props.roles.get(tally.roleKey) : undefined;
            return (
              <li key={tally.roleKey ?? 'none'}>
                <strong>{role?.title ?? s.unassigned}</strong>
                {role?.holder ? ` (${role.holder.displayName})` : ''}: {tally.unanswered}
                {tally.late > 0 ? `, ${s.late(tally.late)}` : ''}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
