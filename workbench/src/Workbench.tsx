/**
 * The local workbench: the same views the web parts mount, inside a frame that looks like the chosen
 * host (SharePoint page, Teams tab, board page), with switches for host, person, language and theme.
 */
import * as React from 'react';
import { Link, Spinner } from '@fluentui/react';
import { AppEnvironment, AppProvider } from '../../src/components/app/AppContext';
import type { Store } from '../../src/data/stores';
import type { PublishFn } from '../../src/components/BoardView/BoardView';
import * as ReactDOM from 'react-dom';
import { initializeIcons } from '@fluentui/react';
import { PersonaInfo, signedIn, viewEnvironment } from './viewStart';
import { moduleOfView, Persona, Theme, View, ViewModule, WorkbenchState, defaultViewOf, toSearch } from './workbenchState';

/**
 * Each view is its own chunk, loaded when shown, as a SharePoint page loads only its web parts' bundles:
 * the workbench's first load is its frame, not every view's code.
 */
const viewModules = {
  PlanWorkspace: () => import('../../src/components/editing/PlanWorkspace'),
  PlanPage: () => import('../../src/components/app/PlanPage'),
  PeriodOverview: () => import('../../src/components/PeriodOverview/PeriodOverview'),
  RollupView: () => import('../../src/components/Rollup/RollupView'),
  MyFollowUps: () => import('../../src/components/MyFollowUps/MyFollowUps'),
  BoardView: () => import('../../src/components/BoardView/BoardView'),
  TeamsPane: () => import('./TeamsPane')
} satisfies Record<ViewModule, () => Promise<unknown>>;

/** Loads a view's code (main.tsx, before the first draw, so that the view does not first draw as a spinner). */
export async function loadView(view: View): Promise<void> {
  await viewModules[moduleOfView[view]]().catch(() => undefined);
}

let iconsReady = false;

/** Draws the workbench into the page (main.tsx): Fluent's icons, served by the workbench itself, registered once. */
export function drawWorkbench(root: HTMLElement, props: WorkbenchProps): void {
  // This machine (and a customer's locked-down one) may have no CDN.
  if (!iconsReady) initializeIcons('/fonts/');
  iconsReady = true;
  ReactDOM.render(<Workbench key={`${props.state.user ?? props.state.as}|${props.state.lang}`} {...props} />, root);
}

// The same bound as React.lazy's own: any component, its props the loaded component's.
const lazyView = <C extends React.ComponentType<any>>(load: () => Promise<C>): React.LazyExoticComponent<C> =>
  React.lazy(async () => ({ default: await load() }));
const PlanWorkspace = lazyView(async () => (await viewModules.PlanWorkspace()).PlanWorkspace);
const PlanPage = lazyView(async () => (await viewModules.PlanPage()).PlanPage);
const PeriodOverview = lazyView(async () => (await viewModules.PeriodOverview()).PeriodOverview);
const RollupView = lazyView(async () => (await viewModules.RollupView()).RollupView);
const MyFollowUps = lazyView(async () => (await viewModules.MyFollowUps()).MyFollowUps);
const BoardView = lazyView(async () => (await viewModules.BoardView()).BoardView);
const TeamsPane = lazyView(async () => (await viewModules.TeamsPane()).TeamsPane);

const ui = {
  'sv-SE': {
    bench: 'Lokal arbetsbänk', host: 'Värd', person: 'Inloggad som', language: 'Språk', theme: 'Tema i Teams', view: 'Vy',
    hosts: { sharePoint: 'SharePoint-sida', teams: 'Teams-flik', board: 'Nämndsida' },
    views: { register: 'Internkontrollplan', actionPlan: 'Handlingsplan för patientsäkerhet', scorecard: 'Styrkort', securityReport: 'Säkerhetsberättelse',
      overview: 'Läget i uppföljningen', rollup: 'Riskkarta per enhet', followups: 'Mina uppföljningar', board: 'Nämndvy', teams: 'Teams: påminnelser' },
    personas: { coordinator: 'Samordnare', manager: 'Ansvarig chef', securityCoordinator: 'Säkerhetssamordnare', areaOwner: 'Funktionsområdesansvarig',
      indicatorOwner: 'Indikatoransvarig', coResponsible: 'Medansvarig för aktivitet', boardSecretary: 'Nämndsekreterare' },
    themes: { default: 'Ljust', dark: 'Mörkt', contrast: 'Hög kontrast' },
    deliveries: 'Levererade meddelanden (Graph-emulatorn)', loading: 'Läser in vyn …', site: 'Internkontroll – Region Norrvik'
  },
  'en-US': {
    bench: 'Local workbench', host: 'Host', person: 'Signed in as', language: 'Language', theme: 'Teams theme', view: 'View',
    hosts: { sharePoint: 'SharePoint page', teams: 'Teams tab', board: 'Board page' },
    views: { register: 'Internal control plan', actionPlan: 'Patient-safety action plan', scorecard: 'Scorecard', securityReport: 'Security report',
      overview: 'Follow-up status', rollup: 'Heat map by unit', followups: 'My follow-ups', board: 'Board view', teams: 'Teams: reminders' },
    personas: { coordinator: 'Coordinator', manager: 'Responsible manager', securityCoordinator: 'Security coordinator', areaOwner: 'Area owner',
      indicatorOwner: 'Indicator owner', coResponsible: 'Co-responsible for an activity', boardSecretary: 'Board secretary' },
    themes: { default: 'Light', dark: 'Dark', contrast: 'High contrast' },
    deliveries: 'Delivered messages (Graph emulator)', loading: 'Loading the view …', site: 'Internal control – Region Norrvik'
  }
} as const;

/**
 * Publishing as the web part does, then what the reminder service's publication timer does in a tenant
 * (it tells the board secretary), at once instead of within ten minutes.
 */
const publishAndAnnounce: PublishFn = async (deps, request) => {
  const { publishCase } = await import('../../src/board/publish');
  const result = await publishCase(deps, request);
  if (result.status === 'published') {
    await fetch('/_workbench/publications/announce', { method: 'POST' }).catch((error: unknown) => console.warn('Publication notice not sent:', error));
  }
  return result;
};

/** One of the workbench's switches: a plain labelled select (the workbench's own frame, drawn at once and cheaply). */
function Switch(props: { id: string; label: string; value: string; options: Array<{ key: string; text: string }>; onChange: (key: string) => void }): React.ReactElement {
  return (
    <label className="wb-switch" htmlFor={`wb-${props.id}`}>
      <span className="wb-switch__label">{props.label}</span>
      <select id={`wb-${props.id}`} data-testid={`switch-${props.id}`} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map((o) => <option key={o.key} value={o.key}>{o.text}</option>)}
      </select>
    </label>
  );
}

export interface WorkbenchProps {
  state: WorkbenchState;
  store: Store;
  personas: Record<Persona, PersonaInfo>;
  people: PersonaInfo[];
  today: string;
  onChange: (next: WorkbenchState) => void;
}

export function Workbench(props: WorkbenchProps): React.ReactElement {
  const { state } = props;
  const t = ui[state.lang];
  const persona = signedIn(state, props.personas, props.people);
  const env = React.useMemo<AppEnvironment>(() => viewEnvironment(state, persona, props.today),
    [state.lang, state.host, state.subEntityId, state.theme, persona, props.today]);
  const options = <K extends string>(labels: Record<K, string>): Array<{ key: string; text: string }> =>
    (Object.keys(labels) as K[]).map((key) => ({ key, text: labels[key] }));
  const navigate = (next: { planKey?: string; periodKey?: string; areaKey?: string; snapshotKey?: string }): void =>
    props.onChange({ ...state, plan: next.planKey ?? state.plan, period: next.periodKey, area: next.areaKey, snapshot: next.snapshotKey });
  const target = { planKey: state.plan, periodKey: state.period, areaKey: state.area };
  const view: Record<View, React.ReactElement> = {
    register: <PlanWorkspace planKey={state.plan} periodKey={state.period} onNavigate={navigate} />,
    actionPlan: <PlanPage kind="patientSafety" target={target} onNavigate={navigate} />,
    scorecard: <PlanPage kind="scorecard" target={target} onNavigate={navigate} />,
    securityReport: <PlanPage kind="securityReport" target={target} onNavigate={navigate} />,
    overview: <PeriodOverview planKey={state.plan} periodKey={state.period} onNavigate={navigate} />,
    rollup: <RollupView unitKey={state.unit} onNavigate={(next) => props.onChange({ ...state, unit: next.unitKey })} />,
    followups: <MyFollowUps />,
    teams: <TeamsPane lang={state.lang} me={persona.upn}
      linkFor={(upn, measureKey) => toSearch({ ...state, host: 'teams', view: 'followups', user: upn, subEntityId: measureKey })} />,
    board: <BoardView planKey={state.plan} periodKey={state.period} snapshotKey={state.snapshot} onNavigate={navigate} publish={publishAndAnnounce} />
  };
  return (
    <div className={`wb wb--${state.host} wb--theme-${state.host === 'teams' ? state.theme : 'default'}`}>
      <header className="wb-bar" role="banner">
        <span className="wb-bar__name">Internkontroll 365 · {t.bench}</span>
        <div className="wb-bar__switches">
          <Switch id="host" label={t.host} value={state.host} options={options(t.hosts)}
            onChange={(key) => props.onChange({ ...state, host: key as WorkbenchState['host'], view: defaultViewOf[key as WorkbenchState['host']], subEntityId: undefined })} />
          <Switch id="view" label={t.view} value={state.view} options={options(t.views)}
            onChange={(key) => props.onChange({ ...state, view: key as View, plan: undefined, period: undefined, area: undefined, snapshot: undefined })} />
          <Switch id="person" label={t.person} value={state.user ?? state.as}
            options={[...(Object.keys(t.personas) as Persona[]).map((p) => ({ key: p, text: `${t.personas[p]}: ${props.personas[p].displayName}` })),
              ...(state.user ? [{ key: state.user, text: persona.displayName }] : [])]}
            onChange={(key) => key !== state.user && props.onChange({ ...state, as: key as Persona, user: undefined })} />
          <Switch id="language" label={t.language} value={state.lang} options={[{ key: 'sv-SE', text: 'Svenska' }, { key: 'en-US', text: 'English' }]}
            onChange={(key) => props.onChange({ ...state, lang: key as WorkbenchState['lang'] })} />
          {state.host === 'teams' && (
            <Switch id="theme" label={t.theme} value={state.theme} options={options(t.themes)} onChange={(key) => props.onChange({ ...state, theme: key as Theme })} />
          )}
          <Link href="/graph/_emulator/deliveries" target="_blank">{t.deliveries}</Link>
        </div>
      </header>
      <HostFrame state={state} title={t.site} appTitle={t.views[state.view]}>
        <AppProvider store={props.store} env={env}>
          <React.Suspense fallback={<Spinner label={t.loading} />}>{view[state.view]}</React.Suspense>
        </AppProvider>
      </HostFrame>
      <p className="wb-link">{`${location.origin}/${toSearch(state)}`}</p>
    </div>
  );
}

function HostFrame(props: { state: WorkbenchState; title: string; appTitle: string; children: React.ReactNode }): React.ReactElement {
  if (props.state.host === 'teams') {
    return (
      <div className="wb-teams">
        <nav className="wb-teams__rail" aria-label="Teams"><span aria-hidden="true">◧</span></nav>
        <div className="wb-teams__app">
          <div className="wb-teams__header">{props.appTitle}</div>
          <main className="wb-teams__content">{props.children}</main>
        </div>
      </div>
    );
  }
  return (
    <div className={props.state.host === 'board' ? 'wb-board' : 'wb-sp'}>
      <div className="wb-sp__suite" aria-hidden="true">SharePoint</div>
      <div className="wb-sp__site"><span className="wb-sp__logo" aria-hidden="true">IK</span>{props.title}</div>
      <main className="wb-sp__canvas">{props.children}</main>
    </div>
  );
}
