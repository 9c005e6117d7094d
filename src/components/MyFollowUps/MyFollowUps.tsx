/**
 * "Mina uppföljningar": the signed-in person's unanswered status requests, overdue first, each answered
 * in one step beside the previous period's answer. A deep link (Teams subEntityId = measure key)
 * brings that measure to the top and focuses it.
 */
import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import { OpenRequest } from '../../model/followUp';
import { StatusColour } from '../../model/types';
import { reportStatus } from '../../plans/followUpActions';
import { useApp } from '../app/AppContext';
import { LoadState } from '../shared/LoadState';
import { StatusBadge } from '../shared/StatusBadge';
import { AnswerForm } from './AnswerForm';
import { useMyRequests } from './useMyRequests';

function deadlineText(request: OpenRequest, s: ReturnType<typeof useApp>['strings']['followUps']): string {
  if (request.daysLeft < 0) return s.overdueBy(-request.daysLeft);
  if (request.daysLeft === 0) return s.dueToday;
  return s.daysLeft(request.daysLeft);
}

export function MyFollowUps(): React.ReactElement {
  const { store, env, strings } = useApp();
  const s = strings.followUps;
  const state = useMyRequests();
  const [sent, setSent] = React.useState<string | null>(null);
  // Answered requests leave the list at once, before the reload confirms it.
  const [answered, setAnswered] = React.useState<ReadonlySet<string>>(new Set());
  const linked = React.useRef<HTMLElement | null>(null);
  const requests = React.useMemo(() => {
    const all = (state.data?.requests ?? []).filter((r) => !answered.has(`${r.measure.key}|${r.period.key}`));
    const target = all.find((r) => r.measure.key === env.subEntityId);
    return target ? [target, ...all.filter((r) => r !== target)] : all;
  }, [state.data, env.subEntityId, answered]);
  // Grouped by follow-up (period and deadline), keeping the order: overdue first, then nearest deadline.
  const groups = React.useMemo(() => {
    const out: Array<{ key: string; id: string; title: string; requests: OpenRequest[] }> = [];
    for (const request of requests) {
      const key = request.period.key;
      let group = out.find((g) => g.key === key);
      if (!group) {
        group = { key, id: `ik-period-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`, requests: [],
          title: `${request.period.title} – ${strings.deadline.toLowerCase()} ${request.period.deadline}` };
        out.push(group);
      }
      group.requests.push(request);
    }
    return out;
  }, [requests, strings]);
  const focusedOnce = React.useRef(false);
  React.useEffect(() => {
    // Focus the deep-linked measure once, when it first appears; later reloads must not move focus.
    if (!focusedOnce.current && linked.current) {
      linked.current.focus();
      focusedOnce.current = true;
    }
  }, [requests]);

  const answer = async (request: OpenRequest, status: StatusColour, comment: string): Promise<void> => {
    await reportStatus(store, {
      planKey: request.measure.planKey, measureKey: request.measure.key, periodKey: request.period.key, status, comment,
      reporter: { upn: env.user.upn, objectId: '', displayName: env.user.displayName }, at: new Date()
    });
    setSent(request.measure.title);
    setAnswered((before) => new Set([...before, `${request.measure.key}|${request.period.key}`]));
    state.reload();
  };

  return (
    <div className="ik-view ik-followups">
      <h1 className="ik-view__title">{s.title}</h1>
      <p>{s.intro(env.user.displayName)}</p>
      {sent && <MessageBar messageBarType={MessageBarType.success} role="status">{s.sent(sent)}</MessageBar>}
      <LoadState loading={state.loading && !state.data} error={state.error} onRetry={state.reload} />
      {state.data && requests.length === 0 && <p>{s.none}</p>}
      {groups.map((group) => (
        <section key={group.key} className="ik-request-group" aria-labelledby={`${group.id}-title`}>
          <h2 id={`${group.id}-title`} className="ik-card__subtitle">{group.title}</h2>
          <ol className="ik-request-list">
        {group.requests.map((request) => {
          const isLinked = request.measure.key === env.subEntityId;
          const item = state.data?.items.get(request.measure.itemKey);
          const year = state.data?.plans.get(request.measure.planKey)?.year ?? Number(env.today.slice(0, 4));
          const headingId = `ik-req-${request.measure.key}-${request.period.key}`.replace(/[^A-Za-z0-9_-]/g, '-');
          return (
            <li key={`${request.measure.key}|${request.period.key}`} className={`ik-card ik-request${isLinked ? ' ik-request--linked' : ''}`}>
              <article aria-labelledby={headingId} data-measure-key={request.measure.key} tabIndex={isLinked ? -1 : undefined} ref={isLinked ? (el) => { linked.current = el; } : undefined}>
                {isLinked && <p className="ik-tag ik-tag--info">{s.deepLinked}</p>}
                <h3 id={headingId} className="ik-card__title">{request.measure.title}</h3>
                {item && <p className="ik-cell-meta">{s.risk}: {item.title}</p>}
                <p className="ik-request__deadline">
                  {request.period.title} · {strings.deadline.toLowerCase()} {request.period.deadline} ·{' '}
                  <span className={request.state === 'late' ? 'ik-late' : undefined}>{request.state === 'late' ? `${s.overdue}, ` : ''}{deadlineText(request, s)}</span>
                </p>
                <div className="ik-request__previous">
                  <span className="ik-cell-meta">{s.previousAnswer}: </span>
                  {request.previous ? (<><StatusBadge status={request.previous.status} /> <span className="ik-comment">{request.previous.comment}</span></>) : s.noPreviousAnswer}
                </div>
                <AnswerForm idPrefix={headingId} year={year} onSend={(status, comment) => answer(request, status, comment)} />
              </article>
            </li>
          );
        })}
          </ol>
        </section>
      ))}
    </div>
  );
}
