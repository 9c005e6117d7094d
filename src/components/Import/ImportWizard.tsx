/**
 * Onboarding a plan in three steps: choose the source (a spreadsheet, or a list the region already keeps
 * on the site), review how it is read (correct the plan's title, year or kind; for a list, each column's
 * field), confirm. Nothing is written while the source has errors. Reading the site's lists goes through
 * `listSource` (src/import/siteLists.ts), by default the Store's own PnPjs instance.
 */
import * as React from 'react';
import { ChoiceGroup, DefaultButton, IChoiceGroupOption, MessageBar, MessageBarType, PrimaryButton, Spinner, Stack } from '@fluentui/react';
import { SiteListSource } from '../../import/siteLists';
import { useApp } from '../app/AppContext';
import { ImportPreview } from './ImportPreview';
import { importStrings, WizardKind } from './importStrings';
import { importStyles } from './importStyles';
import { ListSourceStep } from './ListSourceStep';
import { ImportSourceKind, useImportWizard } from './useImportWizard';

export interface ImportWizardProps {
  onDone: (planKey: string) => void;
  onCancel: () => void;
  /** How to read the site's lists; by default through the Store's PnPjs instance (null: lists cannot be read). */
  listSource?: SiteListSource | null;
}

const STEP_NUMBER = { choose: 1, preview: 2, done: 3 } as const;

export function ImportWizard(props: ImportWizardProps): React.ReactElement {
  const { env } = useApp();
  const s = importStrings[env.locale];
  const wizard = useImportWizard(props.listSource);
  const inputId = 'ik-import-file';
  const step = STEP_NUMBER[wizard.step];
  const added = wizard.applied?.added ?? {};
  const updated = wizard.applied?.updated ?? {};
  const kind: WizardKind = wizard.plan?.kind === 'patientSafety' || wizard.plan?.kind === 'scorecard' ? wizard.plan.kind : 'internalControl';
  const counts = { items: added.items ?? 0, measures: added.measures ?? 0, roles: added.roles ?? 0, reports: added.statusReports ?? 0,
    updated: (updated.items ?? 0) + (updated.measures ?? 0) };
  const nothingNew = wizard.applied !== null && [...Object.values(added), ...Object.values(updated)].every((n) => n === 0);
  const sources: IChoiceGroupOption[] = [{ key: 'file', text: s.sourceFile }, { key: 'list', text: s.sourceList }];
  const isList = wizard.source === 'list';

  return (
    <section className="ik-import" aria-labelledby="ik-import-title">
      <style>{importStyles}</style>
      <h2 id="ik-import-title" className="ik-view__title">{s.title}</h2>
      <p className="ik-plan-meta" aria-live="polite">{s.stepLabel(step, 3, s.steps[step - 1])}</p>

      {wizard.failure ? <MessageBar messageBarType={MessageBarType.error} isMultiline>{s.failed(wizard.failure)}</MessageBar> : null}

      {wizard.step === 'choose' ? (
        <Stack tokens={{ childrenGap: 12 }}>
          <ChoiceGroup label={s.sourceLabel} options={sources} selectedKey={wizard.source}
            onChange={(_e, option) => option && wizard.setSource(option.key as ImportSourceKind)} />
          {isList ? <ListSourceStep list={wizard.list} onRead={wizard.readList} onCancel={props.onCancel} /> : (
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
          )}
        </Stack>
      ) : null}

      {wizard.step === 'preview' && wizard.result ? (
        <Stack tokens={{ childrenGap: 16 }}>
          {isList ? null : <p className="ik-plan-meta">{wizard.fileName}</p>}
          <ImportPreview result={wizard.result} edits={wizard.edits} onEdit={wizard.edit}
            overrides={isList ? wizard.list.overrides : undefined} onField={isList ? wizard.list.setField : undefined} />
          {wizard.result.errors.length > 0 ? <p className="ik-cell-meta">{s.confirmBlocked}</p> : null}
          <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center">
            <PrimaryButton text={wizard.importing ? s.importing : s.confirm} onClick={wizard.confirm}
              disabled={wizard.importing || wizard.result.errors.length > 0 || wizard.plan === null} />
            <DefaultButton text={isList ? s.chooseAnotherList : s.chooseAnother} onClick={wizard.reset} disabled={wizard.importing} />
            <DefaultButton text={s.cancel} onClick={props.onCancel} disabled={wizard.importing} />
            {wizard.importing ? <Spinner /> : null}
          </Stack>
        </Stack>
      ) : null}

      {wizard.step === 'done' && wizard.applied ? (
        <Stack tokens={{ childrenGap: 12 }}>
          <MessageBar messageBarType={MessageBarType.success} isMultiline>{nothingNew ? s.doneAgain : s.doneKind(kind, counts)}</MessageBar>
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={s.openPlan} onClick={() => props.onDone(wizard.applied!.planKey)} />
            <DefaultButton text={isList ? s.chooseAnotherList : s.chooseAnother} onClick={wizard.reset} />
          </Stack>
        </Stack>
      ) : null}
    </section>
  );
}
