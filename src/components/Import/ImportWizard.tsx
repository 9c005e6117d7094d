/**
 * Onboarding a plan from a spreadsheet in three steps: choose the file, review how it is read (and
 * correct the plan's title, year or kind), confirm. Nothing is written while the file has errors.
 */
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Spinner, Stack } from '@fluentui/react';
import { useApp } from '../app/AppContext';
import { ImportPreview } from './ImportPreview';
import { importStrings } from './importStrings';
import { importStyles } from './importStyles';
import { useImportWizard } from './useImportWizard';

export interface ImportWizardProps {
  onDone: (planKey: string) => void;
  onCancel: () => void;
}

const STEP_NUMBER = { choose: 1, preview: 2, done: 3 } as const;

export function ImportWizard(props: ImportWizardProps): React.ReactElement {
  const { env } = useApp();
  const s = importStrings[env.locale];
  const wizard = useImportWizard();
  const inputId = 'ik-import-file';
  const step = STEP_NUMBER[wizard.step];
  const added = wizard.applied?.added ?? {};
  const counts = { risks: added.items ?? 0, measures: added.measures ?? 0, roles: added.roles ?? 0, statuses: added.statusReports ?? 0 };
  const nothingNew = wizard.applied !== null && Object.keys(added).every((k) => added[k] === 0);

  return (
    <section className="ik-import" aria-labelledby="ik-import-title">
      <style>{importStyles}</style>
      <h2 id="ik-import-title" className="ik-view__title">{s.title}</h2>
      <p className="ik-plan-meta" aria-live="polite">{s.stepLabel(step, 3, s.steps[step - 1])}</p>

      {wizard.failure ? <MessageBar messageBarType={MessageBarType.error} isMultiline>{s.failed(wizard.failure)}</MessageBar> : null}

      {wizard.step === 'choose' ? (
        <Stack tokens={{ childrenGap: 12 }}>
          <p>{s.intro}</p>
          <label htmlFor={inputId} className="ik-import__label">{s.fileLabel}</label>
          <input id={inputId} type="file" accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-describedby="ik-import-hint" disabled={wizard.reading}
            onChange={(e) => { const file = e.target.files?.[0]; if (file) wizard.chooseFile(file); }} />
          <p id="ik-import-hint" className="ik-cell-meta">{s.fileHint}</p>
          {wizard.reading ? <Spinner label={s.reading} /> : null}
          <Stack horizontal><DefaultButton text={s.cancel} onClick={props.onCancel} /></Stack>
        </Stack>
      ) : null}

      {wizard.step === 'preview' && wizard.result ? (
        <Stack tokens={{ childrenGap: 16 }}>
          <p className="ik-plan-meta">{wizard.fileName}</p>
          <ImportPreview result={wizard.result} edits={wizard.edits} onEdit={wizard.edit} />
          {wizard.result.errors.length > 0 ? <p className="ik-cell-meta">{s.confirmBlocked}</p> : null}
          <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center">
            <PrimaryButton text={wizard.importing ? s.importing : s.confirm} onClick={wizard.confirm}
              disabled={wizard.importing || wizard.result.errors.length > 0 || wizard.plan === null} />
            <DefaultButton text={s.chooseAnother} onClick={wizard.reset} disabled={wizard.importing} />
            <DefaultButton text={s.cancel} onClick={props.onCancel} disabled={wizard.importing} />
            {wizard.importing ? <Spinner /> : null}
          </Stack>
        </Stack>
      ) : null}

      {wizard.step === 'done' && wizard.applied ? (
        <Stack tokens={{ childrenGap: 12 }}>
          <MessageBar messageBarType={MessageBarType.success} isMultiline>{nothingNew ? s.doneAgain : s.done(counts)}</MessageBar>
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={s.openPlan} onClick={() => props.onDone(wizard.applied!.planKey)} />
            <DefaultButton text={s.chooseAnother} onClick={wizard.reset} />
          </Stack>
        </Stack>
      ) : null}
    </section>
  );
}
