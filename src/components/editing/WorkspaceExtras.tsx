/**
 * The import wizard and the Excel export as they sit on the plan page (the import/export feature
 * lives in src/components/Import; this is where the workspace mounts it): the export button for the
 * shown plan and period, and the wizard in a panel while an import is open.
 */
import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react';
import { ExportButton } from '../Import/ExportButton';
import { ImportWizard } from '../Import/ImportWizard';
import type { PlanView } from '../shared/usePlanData';
import { useEditingStrings } from './useEditingStrings';

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
          <ImportWizard onDone={props.onImportDone} onCancel={props.onImportCancel} />
        </Panel>
      )}
    </div>
  );
}
