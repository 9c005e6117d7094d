/**
 * The plan page of a kind: one component per kind's own layout, each over the same Store and model. The
 * plan page web part and the workbench mount it; the other web parts never load it.
 */
import * as React from 'react';
import { PlanKind } from '../../model/types';
import { ActionPlanView } from '../ActionPlan';
import { PlanWorkspace } from '../editing/PlanWorkspace';
import { ScorecardView } from '../Scorecard';
import { SecurityReportView } from '../SecurityReport';
import { Target } from './HostedView';

export function PlanPage(props: { kind: PlanKind; target: Target; onNavigate: (t: Target) => void }): React.ReactElement {
  const { kind, target, onNavigate } = props;
  switch (kind) {
    case 'patientSafety': return <ActionPlanView planKey={target.planKey} periodKey={target.periodKey} onNavigate={onNavigate} />;
    case 'scorecard': return <ScorecardView planKey={target.planKey} periodKey={target.periodKey} onNavigate={onNavigate} />;
    case 'securityReport': return <SecurityReportView planKey={target.planKey} periodKey={target.periodKey} areaKey={target.areaKey} onNavigate={onNavigate} />;
    case 'internalControl': return <PlanWorkspace planKey={target.planKey} periodKey={target.periodKey} onNavigate={onNavigate} />;
  }
}
