/**
 * Reporting an indicator's outcome in one step: the total (and women and men where the indicator is split
 * by sex), the analysis, and the goal fulfilment computed from the target rule shown before sending — or
 * a colour set by hand with its reason. Everything is checked before anything is written.
 */
import * as React from 'react';
import { Checkbox, ChoiceGroup, IChoiceGroupOption, TextField } from '@fluentui/react';
import { FulfilmentSettings, fulfilmentOf, targetText } from '../../model/fulfilment';
import { formatValue, parseNumber } from '../../model/numbers';
import { statusLegend } from '../../model/statusLegend';
import { Measure, StatusColour, StatusReport } from '../../model/types';
import { validateValue, ValueInput } from '../../plans/followUpActions';
import { useApp } from '../app/AppContext';
import { LightMessageBar, MessageBarType } from '../shared/LightMessageBar';
import { LightPrimaryButton } from '../shared/LightPrimaryButton';
import { StatusBadge } from '../shared/StatusBadge';
import { followUpStrings } from './followUpStrings';
import { failureText } from '../i18n/failureText';

export type ValueAnswer = Pick<ValueInput, 'value' | 'valueWomen' | 'valueMen' | 'analysis' | 'manualStatus' | 'statusReason'>;

export function ValueForm(props: { idPrefix: string; indicator: Measure; previous: StatusReport | null; settings: FulfilmentSettings;
  onSend: (answer: ValueAnswer) => Promise<void>; }): React.ReactElement {
  const { env, strings } = useApp();
  const f = followUpStrings[env.locale];
  const s = f.value;
  const { indicator } = props;
  const [text, setText] = React.useState({ value: '', women: '', men: '' });
  const [analysis, setAnalysis] = React.useState('');
  const [manual, setManual] = React.useState(false);
  const [manualStatus, setManualStatus] = React.useState<StatusColour | null>(null);
  const [reason, setReason] = React.useState('');
  const [tried, setTried] = React.useState(false);
  const [sending, setSending] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const answer: ValueAnswer = {
    value: parseNumber(text.value), valueWomen: parseNumber(text.women), valueMen: parseNumber(text.men), analysis,
    manualStatus: manual ? manualStatus : null, statusReason: manual ? reason : ''
  };
  const errors = validateValue(indicator, answer);
  const colourMissing = manual && !manualStatus;
  const shown = (field: keyof typeof errors): string | undefined => (tried && errors[field] ? s.messages[errors[field]!] : undefined);
  const reading = { value: answer.value, valueWomen: answer.valueWomen, valueMen: answer.valueMen, status: null, statusReason: '' };
  const computed = fulfilmentOf(indicator, Number.isFinite(answer.value ?? NaN) ? reading : null, props.previous, props.settings);
  const unit = indicator.unitOfMeasure ? ` (${indicator.unitOfMeasure})` : '';
  const send = async (): Promise<void> => {
    setTried(true);
    if (Object.keys(errors).length || colourMissing) return;
    setSending(true);
    setError(null);
    try {
      await props.onSend(answer);
    } catch (e) {
      setError(failureText(e, env.locale));
      setSending(false);
    }
  };
  const colourOptions: IChoiceGroupOption[] = statusLegend.map((entry) => ({ key: entry.colour, text: entry.label[env.locale] }));
  const doneOptions: IChoiceGroupOption[] = [{ key: '1', text: s.done }, { key: '0', text: s.notDone }];
  return (
    <form className="ik-answer" noValidate onSubmit={(e) => { e.preventDefault(); send().catch(() => undefined); }}>
      <p className="ik-cell-meta">{s.target}: {targetText(indicator, env.locale)}</p>
      <p className="ik-cell-meta">
        {s.previousValue}: {props.previous?.value !== null && props.previous?.value !== undefined
          ? `${formatValue(props.previous.value, indicator.unitOfMeasure, env.locale)}${props.previous.comment ? ` – ${props.previous.comment}` : ''}` : s.noPreviousValue}
      </p>
      {indicator.targetRule === 'done' ? (
        <ChoiceGroup label={s.total} required options={doneOptions} selectedKey={text.value || undefined} id={`${props.idPrefix}-done`}
          onChange={(_e, o) => o && setText({ ...text, value: o.key })} />
      ) : (
        <div className="ik-value-fields">
          <TextField label={`${s.total}${unit}`} required inputMode="decimal" value={text.value} errorMessage={shown('value')}
            onChange={(_e, v) => setText({ ...text, value: v ?? '' })} />
          {indicator.splitBySex && <TextField label={`${s.women}${unit}`} required inputMode="decimal" value={text.women} errorMessage={shown('valueWomen')}
            onChange={(_e, v) => setText({ ...text, women: v ?? '' })} />}
          {indicator.splitBySex && <TextField label={`${s.men}${unit}`} required inputMode="decimal" value={text.men} errorMessage={shown('valueMen')}
            onChange={(_e, v) => setText({ ...text, men: v ?? '' })} />}
        </div>
      )}
      {indicator.targetRule === 'done' && tried && errors.value && <p className="ik-error" role="alert">{s.messages[errors.value]}</p>}
      <div className="ik-computed" aria-live="polite">
        <span className="ik-cell-meta">{s.computed}: </span>
        {computed.kind === 'none' ? <span>{s.cannotJudge[computed.why]}</span> : <StatusBadge status={computed.colour} />}
      </div>
      <TextField label={s.analysis} placeholder={s.analysisPlaceholder} multiline rows={3} required value={analysis}
        onChange={(_e, v) => setAnalysis(v ?? '')} errorMessage={shown('analysis')} />
      <Checkbox label={s.setByHand} checked={manual} onChange={(_e, c) => setManual(Boolean(c))} />
      {manual && (
        <>
          <ChoiceGroup label={s.manualColour} options={colourOptions} selectedKey={manualStatus ?? undefined} id={`${props.idPrefix}-manual`}
            onChange={(_e, o) => o && setManualStatus(o.key as StatusColour)}
            styles={{ flexContainer: { display: 'flex', gap: 16 } }} />
          <TextField label={s.manualReason} multiline rows={2} required value={reason} onChange={(_e, v) => setReason(v ?? '')}
            errorMessage={shown('statusReason')} />
          {tried && colourMissing && <p className="ik-error" role="alert">{f.statusRequired}</p>}
        </>
      )}
      {error && <LightMessageBar messageBarType={MessageBarType.error}>{strings.errorTitle} {error}</LightMessageBar>}
      <LightPrimaryButton type="submit" disabled={sending} text={sending ? f.sending : s.send} />
    </form>
  );
}
