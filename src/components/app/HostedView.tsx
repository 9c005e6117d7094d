/**
 * A view as a web part hosts it: the view inside AppProvider, with the plan/period (and area, publication)
 * choice kept in the web part's own state (the workbench keeps it in the URL instead). Each web part passes
 * the view it shows, so its bundle holds only that view's code.
 */
import * as React from 'react';
import type { Store } from '../../data/stores';
import { AppEnvironment, AppProvider } from './AppContext';

export interface Target {
  planKey?: string;
  periodKey?: string;
  areaKey?: string;
  /** A publication on the board page. */
  snapshotKey?: string;
}

/**
 * Starts a view's first reads before it draws (data/earlyLoads.ts): the web part calls it with the view's store,
 * environment and first target as soon as it has them, and the view takes the reads over when it asks.
 */
export type EarlyStart = (store: Store, env: AppEnvironment, target: Target) => void;

export interface HostedViewProps {
  store: Store;
  env: AppEnvironment;
  /** What the page shows first: the plan, follow-up and publication chosen in the property pane or the page's URL. */
  initial: Target;
  /** The view, at the target the person has navigated to. */
  render: (target: Target, onNavigate: (target: Target) => void) => React.ReactElement;
}

/** The target a page opens on: the property pane's empty choices mean none. */
export function firstTarget(initial: Target): Target {
  return {
    planKey: initial.planKey || undefined, periodKey: initial.periodKey || undefined,
    areaKey: initial.areaKey || undefined, snapshotKey: initial.snapshotKey || undefined
  };
}

export function HostedView(props: HostedViewProps): React.ReactElement {
  const [target, setTarget] = React.useState<Target>(() => firstTarget(props.initial));
  return <AppProvider store={props.store} env={props.env}>{props.render(target, setTarget)}</AppProvider>;
}
