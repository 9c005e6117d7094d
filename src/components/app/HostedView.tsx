/**
 * A view as a web part hosts it: the view inside AppProvider, with the plan/period choice kept in the
 * web part's own state (the workbench keeps it in the URL instead).
 */
import * as React from 'react';
import type { Store } from '../../data/stores';
import { BoardView } from '../BoardView/BoardView';
import { MyFollowUps } from '../MyFollowUps/MyFollowUps';
import { PlanWorkspace } from '../editing/PlanWorkspace';
import { PeriodOverview } from '../PeriodOverview/PeriodOverview';
import { AppEnvironment, AppProvider } from './AppContext';

export type ViewName = 'register' | 'overview' | 'followups' | 'board';

export function HostedView(props: { view: ViewName; store: Store; env: AppEnvironment }): React.ReactElement {
  const [target, setTarget] = React.useState<{ planKey?: string; periodKey?: string }>({});
  const content = props.view === 'followups' ? <MyFollowUps />
    : props.view === 'overview' ? <PeriodOverview planKey={target.planKey} periodKey={target.periodKey} onNavigate={setTarget} />
    : props.view === 'board' ? <BoardView planKey={target.planKey} periodKey={target.periodKey} onNavigate={setTarget} />
      : <PlanWorkspace planKey={target.planKey} periodKey={target.periodKey} onNavigate={setTarget} />;
  return <AppProvider store={props.store} env={props.env}>{content}</AppProvider>;
}
