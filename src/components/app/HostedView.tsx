/**
 * A view as a web part hosts it: the view inside AppProvider, with the plan/period (and area) choice kept
 * in the web part's own state (the workbench keeps it in the URL instead). The plan page shows the plan
 * kind chosen in the property pane: the internal control register, the action plan, the scorecard or the
 * security report; a plan chosen there is the one shown first.
 */
import * as React from 'react';
import type { Store } from '../../data/stores';
import type { FontLocation } from '../../documents/render/fonts';
import { PlanKind } from '../../model/types';
import { ActionPlanView } from '../ActionPlan';
import { BoardView } from '../BoardView/BoardView';
import { MyFollowUps } from '../MyFollowUps/MyFollowUps';
import { PlanWorkspace } from '../editing/PlanWorkspace';
import { PeriodOverview } from '../PeriodOverview/PeriodOverview';
import { ScorecardView } from '../Scorecard';
import { SecurityReportView } from '../SecurityReport';
import { AppEnvironment, AppProvider } from './AppContext';

export type ViewName = 'register' | 'overview' | 'followups' | 'board';

interface Target {
  planKey?: string;
  periodKey?: string;
  areaKey?: string;
  /** A publication on the board page. */
  snapshotKey?: string;
}

/** The plan page of a kind: one component per kind's own layout, each over the same Store and model. */
export function PlanPage(props: { kind: PlanKind; target: Target; onNavigate: (t: Target) => void }): React.ReactElement {
  const { kind, target, onNavigate } = props;
  switch (kind) {
    case 'patientSafety': return <ActionPlanView planKey={target.planKey} periodKey={target.periodKey} onNavigate={onNavigate} />;
    case 'scorecard': return <ScorecardView planKey={target.planKey} periodKey={target.periodKey} onNavigate={onNavigate} />;
    case 'securityReport': return <SecurityReportView planKey={target.planKey} periodKey={target.periodKey} areaKey={target.areaKey} onNavigate={onNavigate} />;
    case 'internalControl': return <PlanWorkspace planKey={target.planKey} periodKey={target.periodKey} onNavigate={onNavigate} />;
  }
}

export interface HostedViewProps {
  view: ViewName;
  store: Store;
  env: AppEnvironment;
  kind?: PlanKind;
  /** What the page shows first: the plan, follow-up and (board page) publication chosen in the property pane or the page's URL. */
  planKey?: string;
  periodKey?: string;
  snapshotKey?: string;
  /** Where the host serves the PDF fonts for the board page's downloads and publishing (BoardView). */
  fontLocation?: FontLocation;
}

export function HostedView(props: HostedViewProps): React.ReactElement {
  const [target, setTarget] = React.useState<Target>({
    planKey: props.planKey || undefined, periodKey: props.periodKey || undefined, snapshotKey: props.snapshotKey || undefined
  });
  const content = props.view === 'followups' ? <MyFollowUps />
    : props.view === 'overview' ? <PeriodOverview planKey={target.planKey} periodKey={target.periodKey} onNavigate={setTarget} />
      : props.view === 'board' ? <BoardView planKey={target.planKey} periodKey={target.periodKey} snapshotKey={target.snapshotKey}
        kind={props.kind} fontLocation={props.fontLocation} onNavigate={setTarget} />
        : <PlanPage kind={props.kind ?? 'internalControl'} target={target} onNavigate={setTarget} />;
  return <AppProvider store={props.store} env={props.env}>{content}</AppProvider>;
}
