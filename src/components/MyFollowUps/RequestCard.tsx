/**
 * One open request in "Mina uppföljningar", whatever it asks: a status (measure, activity, control step,
 * assignment), an indicator's outcome, or a security-area chapter. What differs is the kind's vocabulary
 * and the form; the card, its deadline line and the previous answer are the same for all.
 */
import { formatInstant } from '../../model/calendar';
import * as React from 'react';
import { MyRequestsData } from '../../followups/loadMyRequests';
import { measureKinds } from '../../model/planKinds';
import { Request } from '../../model/requests';
import { StatusColour } from '../../model/types';
import { useApp } from '../app/AppContext';
import { StatusBadge } from '../shared/StatusBadge';
import { FlaggedTag } from '../shared/FlaggedReports';
import { AnswerForm } from './AnswerForm';
import { ChapterRequest } from './ChapterRequest';
import { FollowUpStrings, followUpStrings } from './followUpStrings';
import { ValueAnswer, ValueForm } from './ValueForm';

export interface RequestHandlers {
  onStatus: (request: Request, status: StatusColour, comment: string) => Promise<void>;
  onValue: (request: Request, answer: ValueAnswer) => Promise<void>;
  onChapterDone: (request: Request) => void;
}

function deadlineText(request: Request, s: FollowUpStrings): string {
  if (request.daysLeft < 0) return s.overdueBy(-request.daysLeft);
  if (request.daysLeft === 0) return s.dueToday;
  return s.daysLeft(request.daysLeft);
}

export function RequestCard(props: { request: Request; data: MyRequestsData; linked: boolean; linkRef?: (el: HTMLElement | null) => void }
  & RequestHandlers): React.ReactElement {
  const { env, strings } = useApp();
  const f = followUpStrings[env.locale];
  const { request, data } = props;
  const { subject } = request;
  const measure = subject.measure;
  const item = measure ? data.items.get(measure.itemKey) : undefined;
  const plan = data.plans.get(subject.planKey);
  const year = plan?.year ?? Number(env.today.slice(0, 4));
  const noun = measure ? measureKinds[measure.measureKind].label[env.locale] : null;
  const roleTitles = subject.roleKeys.length > 1
    ? subject.roleKeys.map((k) => data.responsible.get(k)?.title).filter(Boolean) : [];
  const headingId = `ik-req-${subject.key}-${request.period.key}`.replace(/[^A-Za-z0-9_-]/g, '-');
  return (
    <li className={`ik-card ik-request${props.linked ? ' ik-request--linked' : ''}`}>
      <article aria-labelledby={headingId} data-measure-key={subject.key} data-request-type={subject.type}
        tabIndex={props.linked ? -1 : undefined} ref={props.linked ? props.linkRef : undefined}>
        {props.linked && <p className="ik-tag ik-tag--info">{f.deepLinked}</p>}
        <p className="ik-cell-meta">{f.asks[subject.type]}{noun ? ` · ${noun.one}` : ''}{plan ? ` · ${plan.title}` : ''}</p>
        <h3 id={headingId} className="ik-card__title">{subject.title}</h3>
        {item && <p className="ik-cell-meta">{f.itemOf}: {item.confidential ? strings.register.confidential : item.title}</p>}
        {roleTitles.length > 1 && <p className="ik-cell-meta">{f.alsoResponsible(roleTitles.join(', '))}</p>}
        <p className="ik-request__deadline">
          {request.period.title} · {strings.deadline.toLowerCase()} {request.period.deadline} ·{' '}
          <span className={request.state === 'late' ? 'ik-late' : undefined}>{request.state === 'late' ? `${f.overdue}, ` : ''}{deadlineText(request, f)}</span>
        </p>
        {data.flagged.filter((r) => r.measureKey === subject.key && r.periodKey === request.period.key).slice(0, 3).map((r) => (
          <p key={r.key} className="ik-cell-meta ik-request__not-counted"><FlaggedTag />{' '}
            {f.notCounted(r.reportedBy?.displayName ?? '–', formatInstant(r.reportedAt, env.locale))}</p>
        ))}
        {subject.type === 'status' && measure && noun && (
          <>
            <div className="ik-request__previous">
              <span className="ik-cell-meta">{f.previousAnswer}: </span>
              {request.previous ? (<><StatusBadge status={request.previous.status} /> <span className="ik-comment">{request.previous.comment}</span></>) : f.noPreviousAnswer}
            </div>
            <AnswerForm idPrefix={headingId} year={year} noun={noun.definite} onSend={(status, comment) => props.onStatus(request, status, comment)} />
          </>
        )}
        {subject.type === 'value' && measure && (
          <ValueForm idPrefix={headingId} indicator={measure} previous={request.previous} settings={data.fulfilment}
            onSend={(answer) => props.onValue(request, answer)} />
        )}
        {subject.type === 'chapter' && subject.chapter && (
          <ChapterRequest chapter={subject.chapter} area={data.areas.get(subject.chapter.areaKey)} onDone={() => props.onChapterDone(request)} />
        )}
      </article>
    </li>
  );
}
