/**
 * The workbench's state lives in the URL, so every screen has a link: view, host, person, language,
 * Teams theme, plan, period, a board publication and a deep-link subEntityId. A URL is anyone's to write:
 * each value is checked as the web parts check theirs (src/model/linkTargets.ts), and one that does not
 * pass is ignored, so the screen opens as it would without it.
 */
import { isSnapshotKey } from '../../src/board/snapshot';
import { entityKeyFrom } from '../../src/model/linkTargets';
import { deepLinkTarget } from '../../src/webparts/shared/hostEnvironment';

export const VIEWS = ['register', 'actionPlan', 'scorecard', 'securityReport', 'overview', 'rollup', 'followups', 'board', 'teams'] as const;
export type View = (typeof VIEWS)[number];

/** The module each view's code lives in: one chunk per module (Workbench.tsx), named so the server can preload it. */
export const VIEW_MODULES = ['PlanWorkspace', 'PlanPage', 'PeriodOverview', 'RollupView', 'MyFollowUps', 'BoardView', 'TeamsPane'] as const;
export type ViewModule = (typeof VIEW_MODULES)[number];
export const moduleOfView: Record<View, ViewModule> = {
  register: 'PlanWorkspace', actionPlan: 'PlanPage', scorecard: 'PlanPage', securityReport: 'PlanPage', overview: 'PeriodOverview',
  rollup: 'RollupView', followups: 'MyFollowUps', board: 'BoardView', teams: 'TeamsPane'
};
export type Host = 'sharePoint' | 'teams' | 'board';
export const PERSONAS = ['coordinator', 'manager', 'securityCoordinator', 'areaOwner', 'indicatorOwner', 'coResponsible', 'boardSecretary'] as const;
export type Persona = (typeof PERSONAS)[number];
export type Lang = 'sv-SE' | 'en-US';
export type Theme = 'default' | 'dark' | 'contrast';

export interface WorkbenchState {
  view: View;
  host: Host;
  as: Persona;
  lang: Lang;
  theme: Theme;
  plan?: string;
  period?: string;
  unit?: string;
  /** A security area's chapter (`?view=securityReport&area=…`). */
  area?: string;
  /** A publication on the board page (`?view=board&snapshot=…`). */
  snapshot?: string;
  /** Any person of the demo directory by UPN (a reminder's recipient); overrides the persona. */
  user?: string;
  subEntityId?: string;
}

/** Entra ID's limit on a user principal name. */
const MAX_UPN_LENGTH = 113;

const defaultViewOf: Record<Host, View> = { sharePoint: 'register', teams: 'followups', board: 'board' };

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export function readState(search: string): WorkbenchState {
  const q = new URLSearchParams(search);
  const host = oneOf(q.get('host'), ['sharePoint', 'teams', 'board'] as const, 'sharePoint');
  // Teams passes a deep link's target as subEntityId (in the tab: page.subPageId).
  const subEntityId = deepLinkTarget(q.get('subEntityId'));
  const snapshot = q.get('snapshot');
  const user = q.get('user');
  return {
    host,
    view: oneOf(q.get('view'), VIEWS, subEntityId ? 'followups' : defaultViewOf[host]),
    as: oneOf(q.get('as'), PERSONAS, 'coordinator'),
    lang: q.get('lang') === 'en' || q.get('lang') === 'en-US' ? 'en-US' : 'sv-SE',
    theme: oneOf(q.get('theme'), ['default', 'dark', 'contrast'] as const, 'default'),
    plan: entityKeyFrom(q.get('plan')),
    period: entityKeyFrom(q.get('period')),
    unit: entityKeyFrom(q.get('unit')),
    area: entityKeyFrom(q.get('area')),
    snapshot: snapshot !== null && isSnapshotKey(snapshot) ? snapshot : undefined,
    // A person of the directory by UPN (signedIn looks it up; one it does not know is ignored there).
    user: user !== null && user.length <= MAX_UPN_LENGTH ? user : undefined,
    subEntityId
  };
}

export function toSearch(state: WorkbenchState): string {
  const q = new URLSearchParams();
  q.set('view', state.view);
  q.set('host', state.host);
  q.set('as', state.as);
  q.set('lang', state.lang === 'en-US' ? 'en' : 'sv');
  if (state.host === 'teams' && state.theme !== 'default') q.set('theme', state.theme);
  if (state.plan) q.set('plan', state.plan);
  if (state.period) q.set('period', state.period);
  if (state.unit) q.set('unit', state.unit);
  if (state.area) q.set('area', state.area);
  if (state.snapshot) q.set('snapshot', state.snapshot);
  if (state.user) q.set('user', state.user);
  if (state.subEntityId) q.set('subEntityId', state.subEntityId);
  return `?${q.toString()}`;
}

export { defaultViewOf };
