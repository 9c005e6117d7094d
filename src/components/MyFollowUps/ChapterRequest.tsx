/**
 * An area owner's chapter request in the Teams tab: the coordinator's comment when it was returned, then
 * the same chapter editor as the security report's own page (drafts are saved; submitting answers it).
 */
import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import { Chapter, SecurityArea } from '../../model/types';
import { useApp } from '../app/AppContext';
import { ChapterEditor } from '../SecurityReport';
import { followUpStrings } from './followUpStrings';

export function ChapterRequest(props: { chapter: Chapter; area: SecurityArea | undefined; onDone: () => void }): React.ReactElement | null {
  const { env } = useApp();
  const s = followUpStrings[env.locale].chapter;
  const [chapter, setChapter] = React.useState(props.chapter);
  if (!props.area) return null;
  return (
    <div className="ik-chapter-request">
      {chapter.state === 'returned' && chapter.returnComment && (
        <MessageBar messageBarType={MessageBarType.warning}>{s.returned(chapter.returnComment)}</MessageBar>
      )}
      <ChapterEditor chapter={chapter} area={props.area} onSaved={(saved) => {
        setChapter(saved);
        if (saved.state === 'submitted') props.onDone();
      }} />
    </div>
  );
}
