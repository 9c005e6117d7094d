/**
 * An area owner's chapter request in the Teams tab: the coordinator's comment when it was returned, then
 * the same chapter editor as the security report's own page (drafts are saved; submitting answers it).
 * The editor's code loads only when a chapter request is shown: most people who open the tab have none,
 * and the tab's first screen must stay small.
 */
import * as React from 'react';
import { Spinner } from '@fluentui/react';
import { Chapter, SecurityArea } from '../../model/types';
import { useApp } from '../app/AppContext';
import { LightMessageBar, MessageBarType } from '../shared/LightMessageBar';
import { followUpStrings } from './followUpStrings';

const ChapterEditor = React.lazy(() =>
  import(/* webpackChunkName: "chapter-editor" */ '../SecurityReport/ChapterEditor').then((m) => ({ default: m.ChapterEditor })));

export function ChapterRequest(props: { chapter: Chapter; area: SecurityArea | undefined; onDone: () => void }): React.ReactElement | null {
  const { env } = useApp();
  const s = followUpStrings[env.locale].chapter;
  const [chapter, setChapter] = React.useState(props.chapter);
  if (!props.area) return null;
  return (
    <div className="ik-chapter-request">
      {chapter.state === 'returned' && chapter.returnComment && (
        <LightMessageBar messageBarType={MessageBarType.warning}>{s.returned(chapter.returnComment)}</LightMessageBar>
      )}
      <React.Suspense fallback={<Spinner label={s.loading} />}>
        <ChapterEditor chapter={chapter} area={props.area} onSaved={(saved) => {
          setChapter(saved);
          if (saved.state === 'submitted') props.onDone();
        }} />
      </React.Suspense>
    </div>
  );
}
