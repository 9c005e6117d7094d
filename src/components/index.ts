/** The views every host mounts (SPFx web parts, the Teams tab, the local workbench). */
export { AppProvider, useApp } from './app/AppContext';
export type { AppEnvironment, HostKind, SignedInUser, TeamsTheme } from './app/AppContext';
export { PlanRegister } from './PlanRegister/PlanRegister';
export { MyFollowUps } from './MyFollowUps/MyFollowUps';
export { BoardView } from './BoardView/BoardView';
export { strings } from './i18n/strings';
export { HostedView } from './app/HostedView';
export type { ViewName } from './app/HostedView';
export { PlanWorkspace } from './editing/PlanWorkspace';
export { ImportWizard, ExportButton } from './Import';
export type { ImportWizardProps, ExportButtonProps } from './Import';
export { PeriodOverview } from './PeriodOverview/PeriodOverview';
export type { PeriodOverviewProps } from './PeriodOverview/PeriodOverview';
export { RollupView } from './Rollup/RollupView';
export type { RollupViewProps } from './Rollup/RollupView';
export type { PlanRegisterProps } from './PlanRegister/PlanRegister';
