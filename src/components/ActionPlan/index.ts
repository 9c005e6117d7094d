/** The patient-safety action plan view (seed 002). */
export { ActionPlanView } from './ActionPlanView';
export type { ActionPlanViewProps } from './ActionPlanView';
