/**
 * What the workbench's entry needs before any view or Fluent UI code has loaded: who is signed in, the views'
 * environment, and the first reads of the views that start them early (src/components/app/viewStarts.ts), as
 * the web parts start them. Kept free of React and Fluent so that the reads leave while that code evaluates.
 */
import type { AppEnvironment } from '../../src/components/app/AppContext';
import type { EarlyStart } from '../../src/components/app/HostedView';
import { startMyFollowUps, startPlanWorkspace } from '../../src/components/app/viewStarts';
import type { Store } from '../../src/data/stores';
import type { Persona, View, WorkbenchState } from './workbenchState';

export interface PersonaInfo {
  upn: string;
  displayName: string;
  jobTitle: string;
}

/** The views whose first reads the workbench starts before it draws them, as their web parts do (viewElement.ts). */
const viewStarts: Partial<Record<View, EarlyStart>> = { register: startPlanWorkspace, followups: startMyFollowUps };

/** Starts the view's first reads on the store the view will get, before its code has loaded (main.tsx). */
export function startView(state: WorkbenchState, store: Store, env: AppEnvironment): void {
  viewStarts[state.view]?.(store, env, { planKey: state.plan, periodKey: state.period });
}

/** The environment the views get: the signed-in person, language, host and theme of the workbench's state. */
export function viewEnvironment(state: WorkbenchState, persona: PersonaInfo, today: string): AppEnvironment {
  return {
    locale: state.lang, host: state.host, today, subEntityId: state.subEntityId,
    user: { upn: persona.upn, displayName: persona.displayName }, teamsTheme: state.host === 'teams' ? state.theme : 'default'
  };
}

/** The signed-in person: a reminder's recipient by UPN, else the chosen persona. */
export function signedIn(state: WorkbenchState, personas: Record<Persona, PersonaInfo>, people: PersonaInfo[]): PersonaInfo {
  const byUpn = state.user ? people.find((p) => p.upn.toLowerCase() === state.user?.toLowerCase()) : undefined;
  return byUpn ?? personas[state.as];
}
