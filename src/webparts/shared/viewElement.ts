/**
 * Turns what a web part knows about its host into the views' environment and mounts the view the web part
 * shows over a Store built on the web part's PnPjs instance. The view comes from the web part, which imports
 * only its own: each web part's bundle holds only its view's code.
 */
import * as React from 'react';
import { SPFI } from '@pnp/sp';
import { EarlyStart, firstTarget, HostedView, HostedViewProps } from '../../components/app/HostedView';
import { createStore } from '../../data/stores';
import { stockholmDate } from '../../model/calendar';
import { IHostEnvironment } from './hostEnvironment';
import { PlanKind } from '../../model/types';

export interface ViewChoice {
  planKind?: PlanKind;
  planKey?: string;
  periodKey?: string;
  snapshotKey?: string;
}

/**
 * `early`: the view's first reads, started here, before React draws the view (data/earlyLoads.ts), so that
 * they travel while the page renders.
 */
export function viewElement(environment: IHostEnvironment, sp: SPFI, choice: ViewChoice, render: HostedViewProps['render'], early?: EarlyStart): React.ReactElement {
  const store = createStore(sp);
  const env: HostedViewProps['env'] = {
    locale: environment.locale,
    host: environment.host,
    today: stockholmDate(new Date()),
    subEntityId: environment.subEntityId,
    teamsTheme: environment.teamsTheme,
    // In SharePoint Online the login name of a member is their UPN, which roles store.
    user: { upn: environment.userEmail || environment.userLoginName, displayName: environment.userDisplayName }
  };
  const initial = { planKey: choice.planKey, periodKey: choice.periodKey, snapshotKey: choice.snapshotKey };
  early?.(store, env, firstTarget(initial));
  return React.createElement(HostedView, {
    // A new choice in the property pane starts the view afresh on that kind, plan, follow-up and publication.
    key: [choice.planKind, choice.planKey, choice.periodKey, choice.snapshotKey].map((part) => part ?? '').join('|'),
    initial,
    render,
    store,
    env
  });
}
