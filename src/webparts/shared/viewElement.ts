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
import type { FontLocation } from '../../documents/render/fonts';

export interface ViewChoice {
  planKind?: PlanKind;
  planKey?: string;
  periodKey?: string;
  snapshotKey?: string;
  /** Where the board page's PDF fonts are served from (the package's assets). */
  fontLocation?: FontLocation;
}

export function viewElement(view: ViewName, environment: IHostEnvironment, sp: SPFI, choice: ViewChoice = {}): React.ReactElement {
  return React.createElement(HostedView, {
    // A new choice in the property pane starts the view afresh on that kind, plan, follow-up and publication.
    key: [choice.planKind, choice.planKey, choice.periodKey, choice.snapshotKey].map((part) => part ?? '').join('|'),
    view,
    kind: choice.planKind,
    planKey: choice.planKey,
    periodKey: choice.periodKey,
    snapshotKey: choice.snapshotKey,
    fontLocation: choice.fontLocation,
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
