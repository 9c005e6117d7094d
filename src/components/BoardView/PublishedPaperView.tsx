/**
 * A publication: a banner with its Dnr, version, when and by whom it was published, that its content is
 * verified (the checksum in text, shortened and in full), the published files; then the papers of the case
 * as tabs, the plan report (attachment 1) and the tjänsteskrivelse. A publication that cannot be read or
 * verified is said so, with a way to the live state; the live state is never shown in its place.
 */
import * as React from 'react';
import { DefaultButton, Icon, Link, MessageBar, MessageBarType, Pivot, PivotItem, PrimaryButton } from '@fluentui/react';
import { safeLinkUrl } from '../../model/linkTargets';
import { BoardSnapshotRecord } from '../../model/types';
import { useApp } from '../app/AppContext';
import { boardStrings } from '../i18n/boardStrings';
import { AsyncState } from '../app/useAsync';
import { LoadState } from '../shared/LoadState';
import { stockholmDayAndTime } from './boardDates';
import { PaperDocument } from './PaperDocument';
import { paperErrorText, PublishedPaper } from './useBoardPage';

export type PaperTab = 'planReport' | 'case';

export interface PublishedPaperViewProps {
  paper: AsyncState<PublishedPaper | null>;
  tab: PaperTab;
  onTab: (tab: PaperTab) => void;
  onLive: () => void;
  /** Move the focus to the banner once the publication is shown (arriving from the editor). */
  focusBanner?: boolean;
  onFocused?: () => void;
}

function shortHash(sha256: string): string {
  return sha256.length > 16 ? `${sha256.slice(0, 12)}…${sha256.slice(-4)}` : sha256;
}

function fileNameOf(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}

/**
 * A published file as a link. The record's URLs are the library paths publishing wrote; one that is not a path or
 * web address (a record changed through the REST API to `javascript:…`) is shown as its name, not as a link.
 */
function FileLink(props: { url: string }): React.ReactElement {
  const href = safeLinkUrl(props.url);
  return href ? <Link href={encodeURI(href)}>{fileNameOf(props.url)}</Link> : <span>{fileNameOf(props.url)}</span>;
}

function SnapshotBanner(props: { record: BoardSnapshotRecord; publishedBy: string; focus: boolean; onFocused?: () => void }): React.ReactElement {
  const { env } = useApp();
  const s = boardStrings[env.locale].snapshot;
  const { record } = props;
  const meeting = s.meeting(record.board, record.meetingDate ?? '');
  const title = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (!props.focus) return;
    title.current?.focus();
    props.onFocused?.();
  }, [props.focus]);
  return (
    <section className="ik-board__banner ik-board__banner--published ik-no-print" aria-labelledby="ik-board-published-title">
      <h2 id="ik-board-published-title" ref={title} tabIndex={-1} className="ik-board__banner-title"><Icon iconName="Lock" aria-hidden="true" /> {s.title}</h2>
      <p><strong>{s.facts(record.diaryNumber, record.version)}</strong> {s.publishedBy(stockholmDayAndTime(record.publishedAt, env.locale), props.publishedBy)}</p>
      {meeting && <p>{meeting}</p>}
      <p><Icon iconName="CheckMark" aria-hidden="true" /> {s.verified} {s.checksum(shortHash(record.sha256))}</p>
      <details className="ik-board__hash">
        <summary>{s.fullChecksum}</summary>
        <code>{record.sha256}</code>
      </details>
      {record.hasConfidentialAppendix && <p>{s.confidentialAppendix}</p>}
      {record.documentUrls.length > 0 && (
        <>
          <h3 className="ik-board__files-title">{s.files}</h3>
          <ul className="ik-board__files">
            {record.documentUrls.map((url) => <li key={url}><FileLink url={url} /></li>)}
          </ul>
        </>
      )}
    </section>
  );
}

function PaperFailure(props: { error: Error; onRetry: () => void; onLive: () => void }): React.ReactElement {
  const { env, strings } = useApp();
  const s = boardStrings[env.locale];
  return (
    <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert" className="ik-board__failure" actions={
      <div>
        <PrimaryButton text={s.snapshot.backToLive} onClick={props.onLive} />
        <DefaultButton text={strings.retry} onClick={props.onRetry} />
      </div>
    }>
      <strong>{s.snapshotErrors.title}.</strong> {paperErrorText(props.error, s.snapshotErrors)}
    </MessageBar>
  );
}

export function PublishedPaperView(props: PublishedPaperViewProps): React.ReactElement {
  const { env } = useApp();
  const s = boardStrings[env.locale].tabs;
  const { paper } = props;
  if (paper.error) return <PaperFailure error={paper.error} onRetry={paper.reload} onLive={props.onLive} />;
  if (!paper.data || paper.loading) return <LoadState loading={paper.loading} onRetry={paper.reload} />;
  const { record, snapshot, planDoc, caseDoc } = paper.data;
  return (
    <>
      <SnapshotBanner record={record} publishedBy={record.publishedBy?.displayName || snapshot.publishedBy} focus={Boolean(props.focusBanner)}
        onFocused={props.onFocused} />
      <Pivot className="ik-board__tabs" aria-label={s.label} selectedKey={props.tab}
        onLinkClick={(item) => item?.props.itemKey && props.onTab(item.props.itemKey as PaperTab)}>
        <PivotItem itemKey="planReport" headerText={s.planReport}><PaperDocument doc={planDoc} /></PivotItem>
        <PivotItem itemKey="case" headerText={s.case}><PaperDocument doc={caseDoc} /></PivotItem>
      </Pivot>
    </>
  );
}
