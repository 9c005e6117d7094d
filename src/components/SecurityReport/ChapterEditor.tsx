/**
 * The area owner's editor of a security-area chapter: goal fulfilment, risk analyses made, incidents by
 * kind (women and men where counted by sex), follow-up, improvements and the fact finding. "Spara utkast"
 * keeps a draft; "Lämna in" submits it to the coordinator. Every field in error is named before anything
 * is written; a concurrent change is explained, with the typed text kept. Used by the security report's
 * chapter page and embedded by the Teams tab; the host supplies the heading above it.
 */
import * as React from 'react';
import { DefaultButton, IconButton, MessageBar, MessageBarType, PrimaryButton, Stack, TextField } from '@fluentui/react';
import { ChapterMessage } from '../../model/chapter';
import { Chapter, SecurityArea } from '../../model/types';
import { useApp } from '../app/AppContext';
import { securityReportStrings } from './securityReportStrings';
import { ChapterTextField, useChapterEditor } from './useChapterEditor';

export interface ChapterEditorProps {
  chapter: Chapter;
  area: SecurityArea;
  onSaved: (c: Chapter) => void;
}

/** Required to submit, in the order the chapter reads. */
const TEXTS: Array<{ field: ChapterTextField; required: boolean }> = [
  { field: 'goalFulfilment', required: true }, { field: 'followUp', required: true }, { field: 'improvements', required: false },
  { field: 'currentState', required: true }, { field: 'improvementOpportunities', required: true }
];

export function ChapterEditor(props: ChapterEditorProps): React.ReactElement {
  const { env } = useApp();
  const s = securityReportStrings[env.locale];
  const e = useChapterEditor(props.chapter, props.onSaved);
  const id = `ik-chapter-${props.chapter.key}`.replace(/[^A-Za-z0-9_-]/g, '-');
  const message = (key: ChapterMessage | undefined, line = false): string | undefined =>
    (key ? (line && key === 'tooLong' ? s.errors.tooLongLine : s.errors[key]) : undefined);
  const textField = (field: ChapterTextField, required: boolean): React.ReactElement => (
    <TextField key={field} id={`${id}-${field}`} label={s.sections[field]} multiline autoAdjustHeight rows={4} required={required}
      value={e.form.texts[field]} onChange={(_ev, v) => e.setText(field, v ?? '')} errorMessage={message(e.errors.fields[field])} />
  );
  return (
    <form className="ik-chapter-editor" noValidate aria-label={`${s.editor.heading}: ${env.locale === 'sv-SE' ? props.area.title : props.area.titleEn || props.area.title}`}
      onSubmit={(ev) => { ev.preventDefault(); e.submit(); }}>
      <p className="ik-cell-meta">{s.editor.intro}</p>
      {e.showErrors && <MessageBar messageBarType={MessageBarType.error} role="alert">{s.editor.fixErrors}</MessageBar>}
      <Failure state={e} />
      {e.savedAt && <MessageBar messageBarType={MessageBarType.success} role="status">{s.editor.savedDraft(e.savedAt)}</MessageBar>}
      {TEXTS.slice(0, 1).map((t) => textField(t.field, t.required))}
      <fieldset className="ik-fieldset">
        <legend>{s.sections.riskAnalyses}</legend>
        <ol className="ik-chapter-rows">
          {e.form.risks.map((row, index) => (
            <li key={row.id} className="ik-chapter-row">
              <TextField label={s.editor.riskTitle(index + 1)} required value={row.title} onChange={(_ev, v) => e.setRisk(row.id, { title: v ?? '' })}
                errorMessage={message(e.errors.riskAnalyses[index]?.title, true)} className="ik-chapter-row__wide" />
              <TextField label={s.editor.riskDate(index + 1)} type="date" value={row.date} onChange={(_ev, v) => e.setRisk(row.id, { date: v ?? '' })}
                errorMessage={message(e.errors.riskAnalyses[index]?.date)} />
              <IconButton iconProps={{ iconName: 'Delete' }} title={s.editor.removeRisk(index + 1)} ariaLabel={s.editor.removeRisk(index + 1)}
                onClick={() => e.removeRisk(row.id)} className="ik-chapter-row__remove" />
            </li>
          ))}
        </ol>
        <DefaultButton iconProps={{ iconName: 'Add' }} text={s.editor.addRisk} onClick={e.addRisk} />
      </fieldset>
      <fieldset className="ik-fieldset">
        <legend>{s.sections.incidents}</legend>
        <p className="ik-cell-meta" id={`${id}-split-hint`}>{s.editor.splitHint}</p>
        <ol className="ik-chapter-rows">
          {e.form.incidents.map((row, index) => {
            const err = e.errors.incidents[index] ?? {};
            return (
              <li key={row.id} className="ik-chapter-row">
                <TextField label={s.editor.incidentKind(index + 1)} required value={row.kind} onChange={(_ev, v) => e.setIncident(row.id, { kind: v ?? '' })}
                  errorMessage={message(err.kind, true)} className="ik-chapter-row__wide" />
                <TextField label={s.editor.incidentCount(index + 1)} required inputMode="numeric" value={row.count}
                  onChange={(_ev, v) => e.setIncident(row.id, { count: v ?? '' })} errorMessage={message(err.count)} className="ik-chapter-row__num" />
                <TextField label={s.editor.incidentWomen(index + 1)} inputMode="numeric" value={row.women} aria-describedby={`${id}-split-hint`}
                  onChange={(_ev, v) => e.setIncident(row.id, { women: v ?? '' })} errorMessage={message(err.women)} className="ik-chapter-row__num" />
                <TextField label={s.editor.incidentMen(index + 1)} inputMode="numeric" value={row.men} aria-describedby={`${id}-split-hint`}
                  onChange={(_ev, v) => e.setIncident(row.id, { men: v ?? '' })} errorMessage={message(err.men)} className="ik-chapter-row__num" />
                <IconButton iconProps={{ iconName: 'Delete' }} title={s.editor.removeIncident(index + 1)} ariaLabel={s.editor.removeIncident(index + 1)}
                  onClick={() => e.removeIncident(row.id)} className="ik-chapter-row__remove" />
              </li>
            );
          })}
        </ol>
        <DefaultButton iconProps={{ iconName: 'Add' }} text={s.editor.addIncident} onClick={e.addIncident} />
      </fieldset>
      {TEXTS.slice(1).map((t) => textField(t.field, t.required))}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} className="ik-chapter-editor__actions">
        <DefaultButton text={e.busy ? s.editor.saving : s.editor.saveDraft} disabled={e.busy} onClick={e.saveDraft} />
        <PrimaryButton type="submit" text={e.busy ? s.editor.saving : s.editor.submit} disabled={e.busy} />
      </Stack>
    </form>
  );
}

function Failure(props: { state: ReturnType<typeof useChapterEditor> }): React.ReactElement | null {
  const { env } = useApp();
  const s = securityReportStrings[env.locale].failures;
  const failure = props.state.failure;
  if (!failure) return null;
  if (failure.kind === 'conflict') {
    return (
      <MessageBar messageBarType={MessageBarType.warning} isMultiline role="alert" actions={
        <div>
          <PrimaryButton text={s.keepMine} onClick={props.state.keepMine} />
          <DefaultButton text={s.useTheirs} onClick={props.state.useTheirs} />
        </div>
      }>{s.conflict}</MessageBar>
    );
  }
  const text = failure.kind === 'generic' ? s.generic(failure.message) : failure.kind === 'invalid' ? securityReportStrings[env.locale].editor.fixErrors : s[failure.kind];
  return <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">{text}</MessageBar>;
}
