/**
 * Turns what a web part knows about its host into the views' environment and mounts the named view
 * over a Store built on the web part's PnPjs instance.
 */
import * as React from 'react';
import { SPFI } from '@pnp/sp';
import { HostedView, ViewName } from '../../components';
import { createStore } from '../../data/stores';
import { stockholmDate } from '../../model/calendar';
import { IHostEnvironment } from './hostEnvironment';
import { PlanKind } from '../../model/types';

export function viewElement(view: ViewName, environment: IHostEnvironment, sp: SPFI,
  choice: { planKind?: PlanKind; planKey?: string } = {}): React.ReactElement {
  return React.createElement(HostedView, {
    // A new choice in the property pane starts the view afresh on that kind and plan.
    key: `${choice.planKind ?? ''}|${choice.planKey ?? ''}`,
    view,
    kind: choice.planKind,
    planKey: choice.planKey,
    store: createStore(sp),
    env: {
      locale: environment.locale,
      host: environment.host,
      today: stockholmDate(new Date()),
      subEntityId: environment.subEntityId,
      teamsTheme: environment.teamsTheme,
      // In SharePoint Online the login name of a member is their UPN, which roles store.
      user: { upn: environment.userEmail || environment.userLoginName, displayName: environment.userDisplayName }
    }
  });
}
