/**
 * The security coordinator's decisions on a submitted (or approved) chapter: "Returnera" with a required
 * comment to the area owner, or "Godkänn". Shown only to the coordinator; the use case checks again.
 */
import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarType, PrimaryButton, Stack, TextField } from '@fluentui/react';
import { ConcurrencyError } from '../../data/errors';
import { chapterActions, validateChapter } from '../../model/chapter';
import { Chapter } from '../../model/types';
import { approveChapter, ChapterPermissionError, ChapterTransitionError, returnChapter } from '../../plans/chapterActions';
import { useApp } from '../app/AppContext';
import { securityReportStrings } from './securityReportStrings';
import { failureText } from '../i18n/failureText';

export function CoordinatorActions(props: { chapter: Chapter; onDecided: (c: Chapter) => void }): React.ReactElement | null {
  const { store, env } = useApp();
  const s = securityReportStrings[env.locale];
  const [returning, setReturning] = React.useState(false);
  const [comment, setComment] = React.useState('');
  const [tried, setTried] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<string | null>(null);
  const allowed = chapterActions(props.chapter.state, 'coordinator');
  if (!allowed.length || props.chapter.id === undefined) return null;
  const person = { upn: env.user.upn, displayName: env.user.displayName };
  const commentError = tried ? validateChapter({ ...props.chapter, returnComment: comment }, 'return').fields.returnComment : undefined;

  const decide = (act: () => Promise<Chapter>): void => {
    setBusy(true);
    setFailure(null);
    act().then((saved) => { setBusy(false); setReturning(false); props.onDecided(saved); }, (error: unknown) => {
      setBusy(false);
      setReturning(false);
      if (error instanceof ConcurrencyError || error instanceof ChapterTransitionError) setFailure(s.failures.transition);
      else if (error instanceof ChapterPermissionError) setFailure(s.failures.permission);
      else setFailure(s.failures.generic(failureText(error, env.locale)));
    });
  };
  const confirmReturn = (): void => {
    setTried(true);
    if (validateChapter({ ...props.chapter, returnComment: comment }, 'return').fields.returnComment) return;
    decide(() => returnChapter(store, props.chapter, comment, person, new Date()));
  };

  return (
    <div className="ik-chapter__actions">
      {failure && <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">{failure}</MessageBar>}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        {allowed.includes('approve') && (
          <PrimaryButton text={busy ? s.decisions.working : s.decisions.approve} disabled={busy}
            onClick={() => decide(() => approveChapter(store, props.chapter, person, new Date()))} />
        )}
        {allowed.includes('return') && (
          <DefaultButton text={s.decisions.return} disabled={busy} onClick={() => { setReturning(true); setTried(false); }} />
        )}
      </Stack>
      {returning && (
        <Dialog hidden={false} onDismiss={() => setReturning(false)} minWidth={460}
          dialogContentProps={{ type: DialogType.normal, title: s.decisions.dialogTitle, subText: s.decisions.dialogIntro }}>
          <TextField label={s.decisions.comment} multiline autoAdjustHeight rows={4} required value={comment}
            onChange={(_e, v) => setComment(v ?? '')} errorMessage={commentError ? s.errors[commentError] : undefined} />
          <DialogFooter>
            <PrimaryButton text={busy ? s.decisions.working : s.decisions.confirmReturn} disabled={busy} onClick={confirmReturn} />
            <DefaultButton text={s.decisions.cancel} onClick={() => setReturning(false)} />
          </DialogFooter>
        </Dialog>
      )}
    </div>
  );
}
