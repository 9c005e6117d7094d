/**
 * "Mina uppföljningar": everything the signed-in person is asked to answer — statuses of measures and
 * activities, indicators' outcomes, assignments' current state, security-area chapters — grouped by
 * follow-up, overdue first, each answered in one step. A deep link (Teams subEntityId = the subject's key)
 * brings that request to the top and focuses it, or says why it is not there (answered, whose, closed).
 */
import * as React from 'react';
import { LightMessageBar, MessageBarType } from '../shared/LightMessageBar';
import { Request } from '../../model/requests';
import { StatusColour } from '../../model/types';
import { reportStatus, reportValue } from '../../plans/followUpActions';
import { useApp } from '../app/AppContext';
import { useAfterFirstPaint } from '../app/useAfterFirstPaint';
import { LightLoadState } from '../shared/LightLoadState';
import { followUpStrings } from './followUpStrings';
import { LinkedNotice } from './LinkedNotice';
import { RequestCard } from './RequestCard';
import { useMyRequests } from './useMyRequests';
import { ValueAnswer } from './ValueForm';

const idOf = (r: Request): string => `${r.subject.key}|${r.period.key}`;

/** Cards drawn at once, more than a screen holds (a card with its answer form is about 500 px high); the rest follow a frame later, so a long list shows its top at once. */
const FIRST_CARDS = 6;

export function MyFollowUps(): React.ReactElement {
  const { store, env, strings } = useApp();
  const f = followUpStrings[env.locale];
  const state = useMyRequests();
  const [sent, setSent] = React.useState<string | null>(null);
  // Answered requests leave the list at once, before the reload confirms it.
  const [answered, setAnswered] = React.useState<ReadonlySet<string>>(new Set());
  const linked = React.useRef<HTMLElement | null>(null);
  const requests = React.useMemo(() => {
    const all = (state.data?.requests ?? []).filter((r) => !answered.has(idOf(r)));
    const target = all.find((r) => r.subject.key === env.subEntityId);
    return target ? [target, ...all.filter((r) => r !== target)] : all;
  }, [state.data, env.subEntityId, answered]);
  // Grouped by follow-up (period and deadline), keeping the order: overdue first, then nearest deadline.
  const allDrawn = useAfterFirstPaint(requests.length > FIRST_CARDS);
  const drawn = allDrawn ? requests.length : FIRST_CARDS;
  const groups = React.useMemo(() => {
    const out: Array<{ key: string; id: string; title: string; requests: Request[] }> = [];
    for (const request of requests.slice(0, drawn)) {
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
  }, [requests, strings, drawn]);
  const focusedOnce = React.useRef(false);
  React.useEffect(() => {
    // Focus the deep-linked request once, when it first appears; later reloads must not move focus.
    if (!focusedOnce.current && linked.current) {
      linked.current.focus();
      focusedOnce.current = true;
    }
  }, [requests]);

  const reporter = { upn: env.user.upn, objectId: '', displayName: env.user.displayName };
  const done = (request: Request, message: string): void => {
    setSent(message);
    setAnswered((before) => new Set([...before, idOf(request)]));
    state.reload();
  };
  const onStatus = async (request: Request, status: StatusColour, comment: string): Promise<void> => {
    await reportStatus(store, { planKey: request.subject.planKey, measureKey: request.subject.key, periodKey: request.period.key, status, comment, reporter, at: new Date() });
    done(request, f.sent(request.subject.title));
  };
  const onValue = async (request: Request, answer: ValueAnswer): Promise<void> => {
    if (!request.subject.measure) return;
    await reportValue(store, request.subject.measure, {
      ...answer, planKey: request.subject.planKey, measureKey: request.subject.key, periodKey: request.period.key, reporter, at: new Date()
    });
    done(request, f.value.sent(request.subject.title));
  };

  return (
    <div className="ik-view ik-followups">
      <h1 className="ik-view__title">{f.title}</h1>
      <p>{f.intro(env.user.displayName)}</p>
      {sent && <LightMessageBar messageBarType={MessageBarType.success} role="status">{sent}</LightMessageBar>}
      <LinkedNotice outcome={state.data?.linked ?? null} />
      <LightLoadState loading={state.loading && !state.data} error={state.error} onRetry={state.reload} />
      {state.data && requests.length === 0 && <p>{f.none}</p>}
      {state.data && groups.map((group) => (
        <section key={group.key} className="ik-request-group" aria-labelledby={`${group.id}-title`}>
          <h2 id={`${group.id}-title`} className="ik-card__subtitle">{group.title}</h2>
          <ol className="ik-request-list">
            {group.requests.map((request) => (
              <RequestCard key={idOf(request)} request={request} data={state.data!} linked={request.subject.key === env.subEntityId}
                linkRef={(el) => { linked.current = el; }} onStatus={onStatus} onValue={onValue}
                onChapterDone={(r) => done(r, f.chapter.submitted(r.subject.title))} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
