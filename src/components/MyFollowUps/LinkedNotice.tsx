/**
 * What a deep link led to when it is not one of the signed-in person's open requests: already answered
 * (by whom and when), someone else's (whose), closed, or gone. Never a silent list.
 */
import * as React from 'react';
import { LightMessageBar, MessageBarType } from '../shared/LightMessageBar';
import { LinkedOutcome } from '../../followups/loadMyRequests';
import { useApp } from '../app/AppContext';
import { followUpStrings } from './followUpStrings';

function when(at: string | null, locale: string): string {
  if (!at) return '';
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : date.toLocaleString(locale, { timeZone: 'Europe/Stockholm', dateStyle: 'long', timeStyle: 'short' });
}

export function LinkedNotice(props: { outcome: LinkedOutcome | null }): React.ReactElement | null {
  const { env } = useApp();
  const s = followUpStrings[env.locale].linked;
  const o = props.outcome;
  if (!o || o.kind === 'open') return null;
  const text = o.kind === 'answered'
    ? (o.answer.by ? s.answered(o.title, o.answer.by.displayName, when(o.answer.at, env.locale), o.period.title) : s.answeredBySomeone(o.title, when(o.answer.at, env.locale), o.period.title))
    : o.kind === 'notYours' ? s.notYours(o.title, o.roles.join(', '))
      : o.kind === 'closed' ? s.closed(o.title) : s.notFound;
  return (
    <LightMessageBar messageBarType={o.kind === 'answered' ? MessageBarType.success : MessageBarType.info} role="status" className="ik-linked-notice">
      {text}
    </LightMessageBar>
  );
}
