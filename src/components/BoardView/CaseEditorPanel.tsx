/**
 * "Skriv tjänsteskrivelse": the case for the board in a side panel over the live board page. The fields
 * scroll; the outcome (errors, a concurrent save, the progress and the result of publishing) and the
 * buttons stay in the footer, where the person acted. The panel cannot be closed while it writes.
 */
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, ProgressIndicator, Stack } from '@fluentui/react';
import { BoardData } from '../../board/boardData';
import { hasCaseErrors, planReportTitle } from '../../board/caseDocument';
import { Renderers } from '../../board/publish';
import { BoardSnapshotRecord } from '../../model/types';
import { useApp } from '../app/AppContext';
import { boardStrings } from '../i18n/boardStrings';
import { LoadState } from '../shared/LoadState';
import { CaseFields } from './CaseFields';
import { NewVersionDialog } from './NewVersionDialog';
import { CaseEditor, PublishFn, SHOW_PUBLISHED_ID, useCaseEditor } from './useCaseEditor';

export interface CaseEditorPanelProps {
  /** The masked board data of the plan and period the case reports. */
  data: BoardData;
  organisation: string;
  renderers: Renderers;
  publish: PublishFn;
  onPublished: (record: BoardSnapshotRecord) => void;
  onShowPublished: (record: BoardSnapshotRecord) => void;
  onDismiss: () => void;
}

export function CaseEditorPanel(props: CaseEditorPanelProps): React.ReactElement {
  const { env } = useApp();
  const s = boardStrings[env.locale].editor;
  const editor = useCaseEditor(props);
  const dismiss = (): void => {
    if (!editor.busy) props.onDismiss();
  };
  const stored = editor.stored;
  return (
    <Panel isOpen type={PanelType.large} headerText={s.title} onDismiss={dismiss} closeButtonAriaLabel={s.close} isFooterAtBottom
      onRenderFooterContent={() => <Footer editor={editor} onShowPublished={props.onShowPublished} onClose={dismiss} />}>
      {editor.doc ? (
        <form className="ik-case" noValidate aria-label={s.title} onSubmit={(e) => { e.preventDefault(); editor.saveDraft(); }}>
          <p className="ik-cell-meta">{s.intro}</p>
          {stored?.publishingKey && <MessageBar messageBarType={MessageBarType.warning} isMultiline>{s.resumeNotice}</MessageBar>}
          {!stored?.publishingKey && stored?.lastSnapshotKey && <MessageBar isMultiline>{s.publishedBefore}</MessageBar>}
          <CaseFields editor={editor} doc={editor.doc} reportTitle={planReportTitle(props.data, env.locale)} />
        </form>
      ) : <LoadState loading={editor.load.loading} error={editor.load.error} onRetry={editor.load.reload} />}
      {editor.existing && <NewVersionDialog existing={editor.existing} onConfirm={editor.confirmNewVersion} onCancel={editor.cancelNewVersion} />}
    </Panel>
  );
}

function Footer(props: { editor: CaseEditor; onShowPublished: (record: BoardSnapshotRecord) => void; onClose: () => void }): React.ReactElement {
  const { env } = useApp();
  const s = boardStrings[env.locale].editor;
  const { editor } = props;
  const busy = editor.busy !== null || !editor.doc;
  return (
    <div className="ik-case__footer">
      <Outcome editor={editor} onShowPublished={props.onShowPublished} />
      {editor.busy === 'publish' && <ProgressIndicator label={s.publishing} description={s.publishingDetail} />}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={editor.busy === 'publish' ? s.publishing : s.publish} disabled={busy} onClick={editor.publish} />
        <DefaultButton text={editor.busy === 'save' ? s.saving : s.saveDraft} disabled={busy} onClick={editor.saveDraft} />
        <DefaultButton text={s.close} disabled={editor.busy !== null} onClick={props.onClose} />
      </Stack>
    </div>
  );
}

function Outcome(props: { editor: CaseEditor; onShowPublished: (record: BoardSnapshotRecord) => void }): React.ReactElement | null {
  const { env } = useApp();
  const s = boardStrings[env.locale].editor;
  const { editor } = props;
  const failure = editor.failure;
  if (editor.attempt && hasCaseErrors(editor.errors)) {
    return <MessageBar messageBarType={MessageBarType.error} role="alert">{editor.attempt === 'publish' ? s.fixToPublish : s.fixToSave}</MessageBar>;
  }
  if (failure?.kind === 'conflict') {
    return (
      <MessageBar messageBarType={MessageBarType.warning} isMultiline role="alert" actions={
        <div>
          <PrimaryButton text={s.keepMine} onClick={editor.keepMine} disabled={editor.busy !== null} />
          <DefaultButton text={s.reload} onClick={editor.reloadSaved} disabled={editor.busy !== null} />
        </div>
      }>{s.conflict}</MessageBar>
    );
  }
  if (failure) {
    const text = failure.kind === 'noLibrary' ? s.noLibrary : failure.kind === 'save' ? s.saveFailed(failure.message) : s.publishFailed(failure.message);
    return <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">{text}</MessageBar>;
  }
  const published = editor.published;
  if (published) {
    return (
      <MessageBar messageBarType={MessageBarType.success} isMultiline role="status" actions={
        <PrimaryButton id={SHOW_PUBLISHED_ID} text={s.showPublished} onClick={() => props.onShowPublished(published)} />
      }>{s.published(published.diaryNumber, published.version)}</MessageBar>
    );
  }
  if (editor.savedAt) return <MessageBar messageBarType={MessageBarType.success} role="status">{s.saved(editor.savedAt)}</MessageBar>;
  return null;
}
