/** The balanced scorecard view (seed 003). */
export { ScorecardView } from './ScorecardView';
export type { ScorecardViewProps } from './ScorecardView';
