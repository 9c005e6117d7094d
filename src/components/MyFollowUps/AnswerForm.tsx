/**
 * Answering a status request in one step: pick the colour (each with the legend's meaning), write the
 * comment, send. Validation speaks before anything is written.
 */
import * as React from 'react';
import { ChoiceGroup, IChoiceGroupOption, TextField } from '@fluentui/react';
import { legendFor, statusLegend } from '../../model/statusLegend';
import { StatusColour } from '../../model/types';
import { useApp } from '../app/AppContext';
import { LightMessageBar, MessageBarType } from '../shared/LightMessageBar';
import { LightPrimaryButton } from '../shared/LightPrimaryButton';
import { followUpStrings } from './followUpStrings';
import { failureText } from '../i18n/failureText';

/** `noun`: what is followed up, definite form ("aktiviteten", "the activity"); the legend and question name it. */
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function AnswerForm(props: { idPrefix: string; year: number; noun: string; onSend: (status: StatusColour, comment: string) => Promise<void> }): React.ReactElement {
  const { env, strings } = useApp();
  const s = followUpStrings[env.locale];
  const [status, setStatus] = React.useState<StatusColour | null>(null);
  const [comment, setComment] = React.useState('');
  const [tried, setTried] = React.useState(false);
  const [sending, setSending] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const options: IChoiceGroupOption[] = statusLegend.map((entry) => ({
    key: entry.colour,
    text: `${entry.label[env.locale]}: ${entry.meaning(props.year, env.locale, capitalise(props.noun))}`,
    onRenderLabel: (option, render) => (
      <span className="ik-choice">
        <span aria-hidden="true" className="ik-status__dot" style={{ background: legendFor(entry.colour).hex }} />
        {render ? render(option) : null}
      </span>
    )
  }));
  const send = async (): Promise<void> => {
    setTried(true);
    if (!status || comment.trim() === '') return;
    setSending(true);
    setError(null);
    try {
      await props.onSend(status, comment.trim());
    } catch (e) {
      setError(failureText(e, env.locale));
      setSending(false);
    }
  };
  return (
    <form className="ik-answer" noValidate onSubmit={(e) => { e.preventDefault(); send().catch(() => undefined); }}>
      <ChoiceGroup label={s.chooseStatusFor(props.noun)} options={options} selectedKey={status ?? undefined} required
        onChange={(_e, o) => o && setStatus(o.key as StatusColour)} id={`${props.idPrefix}-status`} />
      {tried && !status && <p className="ik-error" role="alert">{s.statusRequired}</p>}
      <TextField label={s.commentLabel} placeholder={s.commentPlaceholder} multiline rows={3} value={comment} required
        onChange={(_e, v) => setComment(v ?? '')} errorMessage={tried && comment.trim() === '' ? s.commentRequired : undefined} />
      {error && <LightMessageBar messageBarType={MessageBarType.error}>{strings.errorTitle} {error}</LightMessageBar>}
      <LightPrimaryButton type="submit" disabled={sending} text={sending ? s.sending : s.send} />
    </form>
  );
}
