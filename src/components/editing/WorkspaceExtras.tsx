/**
 * The import wizard and the Excel export as they sit on the plan page (the import/export feature
 * lives in src/components/Import; this is where the workspace mounts it): the export button for the
 * shown plan and period, and the wizard in a panel while an import is open. The wizard's code (its steps,
 * the file guards, the parsers and the import itself, about a tenth of the plan page's script) loads only
 * when a coordinator opens it: everyone else who opens the page, and the page's first rows, do without it.
 */
import * as React from 'react';
import { Panel, PanelType, Spinner } from '@fluentui/react';
import { ExportButton } from '../Import/ExportButton';
import type { PlanView } from '../shared/usePlanData';
import { useEditingStrings } from './useEditingStrings';

const ImportWizard = React.lazy(() =>
  import(/* webpackChunkName: "import-wizard" */ '../Import/ImportWizard').then((m) => ({ default: m.ImportWizard })));

export interface WorkspaceExtrasProps {
  view: PlanView;
  importOpen: boolean;
  onImportDone: (planKey: string) => void;
  onImportCancel: () => void;
}

export function WorkspaceExtras(props: WorkspaceExtrasProps): React.ReactElement {
  const s = useEditingStrings();
  const { view } = props;
  return (
    <div className="ik-workspace-extras">
      <ExportButton plan={view.plan} items={view.items} measures={view.measures} roles={view.roles} reports={view.reports} period={view.period}
        categories={view.categories} areas={view.areas} />
      {props.importOpen && (
        <Panel isOpen type={PanelType.large} headerText={s.actions.importPlan} onDismiss={props.onImportCancel} closeButtonAriaLabel={s.risk.cancel}>
          <React.Suspense fallback={<Spinner label={s.actions.loadingImport} />}>
            <ImportWizard onDone={props.onImportDone} onCancel={props.onImportCancel} />
          </React.Suspense>
        </Panel>
      )}
    </div>
  );
}
