/**
 * "Att påminna": the people with unanswered measures in the period, late first, each with their
 * measures and a mail link (delegates on copy) with a Swedish subject and the measures listed.
 */
import * as React from 'react';
import { ChaseEntry } from '../../model/rollup';
import { Locale } from '../../model/statusLegend';
import { FollowUpPeriod, Plan } from '../../model/types';
import { useApp } from '../app/AppContext';
import { overviewStrings } from './overviewStrings';

export function mailtoFor(entry: ChaseEntry, plan: Plan, period: FollowUpPeriod, locale: Locale): string | null {
  if (!entry.person) return null;
  const s = overviewStrings[locale];
  const query = [
    entry.delegates.length ? `cc=${entry.delegates.map((d) => encodeURIComponent(d.upn)).join(',')}` : '',
    `subject=${encodeURIComponent(s.mailSubject(period.title, plan.title))}`,
    `body=${encodeURIComponent(s.mailBody(entry.person.displayName, period.title, period.deadline, entry.measures.map((m) => m.measure.title)))}`
  ].filter(Boolean).join('&');
  return `mailto:${encodeURIComponent(entry.person.upn)}?${query}`;
}

export function ChaseList(props: { entries: ChaseEntry[]; plan: Plan; period: FollowUpPeriod }): React.ReactElement {
  const { env } = useApp();
  const s = overviewStrings[env.locale];
  if (props.entries.length === 0) return <p>{s.nobodyToChase}</p>;
  return (
    <ul className="ik-chase-list">
      {props.entries.map((entry) => {
        const name = entry.person?.displayName ?? entry.roles[0]?.title ?? s.unassigned;
        const mailto = mailtoFor(entry, props.plan, props.period, env.locale);
        const key = entry.person?.upn ?? entry.roles[0]?.key ?? 'none';
        return (
          <li key={key} className="ik-chase-person">
            <strong>{name}</strong>
            {entry.person && entry.roles.length > 0 && <span> ({entry.roles.map((r) => r.title).join(', ')})</span>}
            {!entry.person && entry.roles.length > 0 && <span className="ik-cell-meta"> · {s.noHolder}</span>}
            {' · '}{s.measuresToAnswer(entry.measures.length, entry.late)}
            {entry.delegates.length > 0 && <div className="ik-cell-meta">{s.delegates(entry.delegates.map((d) => d.displayName).join(', '))}</div>}
            <ul>
              {entry.measures.map((m) => (
                <li key={m.measure.key}>
                  {m.late && <span className="ik-late">{s.lateTag}: </span>}{m.measure.title}
                </li>
              ))}
            </ul>
            {mailto && <a className="ik-mail-link" href={mailto}>{s.mailLink(name)}</a>}
          </li>
        );
      })}
    </ul>
  );
}
