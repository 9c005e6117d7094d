/**
 * The tjänsteskrivelse's fields in the order the paper reads (BOARD-NOTES.md): the case's facts, the
 * proposed decision, the summary and the case, the consequences (equality with the data's figures by sex,
 * fetched again on request and undoable), the economy, and the lists: attachments, distribution, signatures.
 * Every field has a visible label and its error under it.
 */
import * as React from 'react';
import { ActionButton, DefaultButton, ITextFieldProps, Stack, TextField } from '@fluentui/react';
import { CaseDocument } from '../../model/types';
import { useApp } from '../app/AppContext';
import { boardStrings } from '../i18n/boardStrings';
import { caseErrorText, CaseField, fieldId, LineField } from './caseErrors';
import { ProposalFields } from './ProposalFields';
import { CaseEditor } from './useCaseEditor';

type TextKey = Exclude<CaseField, 'proposals' | LineField | 'meetingDate' | 'documentDate'>;
type DateKey = 'meetingDate' | 'documentDate';

export function CaseFields(props: { editor: CaseEditor; doc: CaseDocument; reportTitle: string }): React.ReactElement {
  const { env } = useApp();
  const s = boardStrings[env.locale].editor;
  const { editor, doc } = props;
  const error = (field: keyof CaseDocument): string | undefined => caseErrorText(field, editor.errors[field], s);
  const text = (field: TextKey, label: string, extra: Partial<ITextFieldProps> = {}): React.ReactElement => (
    <TextField id={fieldId(field)} label={label} value={doc[field]} onChange={(_e, v) => editor.set(field, v ?? '')}
      errorMessage={error(field)} {...extra} />
  );
  const prose = (field: TextKey, label: string, extra: Partial<ITextFieldProps> = {}): React.ReactElement =>
    text(field, label, { multiline: true, autoAdjustHeight: true, rows: 4, ...extra });
  const date = (field: DateKey, label: string, required: boolean): React.ReactElement => (
    <TextField id={fieldId(field)} label={label} type="date" required={required} value={doc[field] ?? ''}
      onChange={(_e, v) => editor.set(field, v ? v : null)} errorMessage={error(field)} />
  );
  const lines = (field: LineField, label: string, description: string): React.ReactElement => (
    <TextField id={fieldId(field)} label={label} multiline autoAdjustHeight rows={3} value={doc[field].join('\n')} description={description}
      onChange={(_e, v) => editor.setLines(field, v ?? '')} errorMessage={error(field)} />
  );
  return (
    <>
      <fieldset className="ik-fieldset">
        <legend>{s.header}</legend>
        <div className="ik-case__row">
          {text('board', s.board, { required: true, placeholder: s.boardPlaceholder, className: 'ik-case__wide' })}
          {date('meetingDate', s.meetingDate, true)}
        </div>
        <div className="ik-case__row">
          {text('diaryNumber', s.diaryNumber, { required: true, placeholder: s.diaryNumberPlaceholder, className: 'ik-case__wide' })}
          {date('documentDate', s.documentDate, false)}
        </div>
        {text('title', s.caseTitle, { required: true })}
        {text('department', s.department)}
        {text('manager', s.manager)}
        {prose('officer', s.officer, { rows: 3, description: s.officerHint })}
      </fieldset>
      <ProposalFields editor={editor} doc={doc} />
      {prose('summary', s.summary, { required: true, description: s.summaryHint })}
      {prose('caseText', s.caseText, { rows: 6 })}
      <fieldset className="ik-fieldset">
        <legend>{s.consequences}</legend>
        {prose('equality', s.equality, { rows: 5 })}
        <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }} className="ik-case__figures">
          <DefaultButton iconProps={{ iconName: 'Refresh' }} text={s.refreshFigures} onClick={editor.refreshEquality} />
          <div role="status" className="ik-case__figures-status">
            {editor.undoEquality !== null && <>{s.figuresRefreshed} <ActionButton text={s.undo} onClick={editor.undoRefresh} /></>}
          </div>
        </Stack>
        {prose('otherConsequences', s.otherConsequences)}
      </fieldset>
      {prose('economy', s.economy)}
      {lines('attachments', s.attachments, s.attachmentsHint(props.reportTitle))}
      {lines('distribution', s.distribution, s.distributionHint)}
      {lines('signatories', s.signatories, s.signatoriesHint)}
    </>
  );
}
