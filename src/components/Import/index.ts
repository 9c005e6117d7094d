/** Import of plans from Excel/CSV (wizard) and export of the register to Excel. */
export { ImportWizard } from './ImportWizard';
export type { ImportWizardProps } from './ImportWizard';
export { ExportButton, exportFileName } from './ExportButton';
export type { ExportButtonProps } from './ExportButton';
export { importStrings } from './importStrings';
export type { ImportStrings } from './importStrings';
