/**
 * The local workbench: the same views the web parts mount, inside a frame that looks like the chosen
 * host (SharePoint page, Teams tab, board page), with switches for host, person, language and theme.
 */
import * as React from 'react';
import { Dropdown, IDropdownOption, Link, Stack } from '@fluentui/react';
import { AppEnvironment, AppProvider, BoardView, MyFollowUps, PeriodOverview, PlanPage, PlanWorkspace, RollupView } from '../../src/components';
import type { Store } from '../../src/data/stores';
import { publishCase } from '../../src/board/publish';
import type { PublishFn } from '../../src/components/BoardView/BoardView';
import { Persona, Theme, View, WorkbenchState, defaultViewOf, toSearch } from './workbenchState';
import { TeamsPane } from './TeamsPane';

export interface PersonaInfo {
  upn: string;
  displayName: string;
  jobTitle: string;
}

const ui = {
  'sv-SE': {
    bench: 'Lokal arbetsbänk', host: 'Värd', person: 'Inloggad som', language: 'Språk', theme: 'Tema i Teams', view: 'Vy',
    hosts: { sharePoint: 'SharePoint-sida', teams: 'Teams-flik', board: 'Nämndsida' },
    views: { register: 'Internkontrollplan', actionPlan: 'Handlingsplan för patientsäkerhet', scorecard: 'Styrkort', securityReport: 'Säkerhetsberättelse',
      overview: 'Läget i uppföljningen', rollup: 'Riskkarta per enhet', followups: 'Mina uppföljningar', board: 'Nämndvy', teams: 'Teams: påminnelser' },
    personas: { coordinator: 'Samordnare', manager: 'Ansvarig chef', securityCoordinator: 'Säkerhetssamordnare', areaOwner: 'Funktionsområdesansvarig',
      indicatorOwner: 'Indikatoransvarig', coResponsible: 'Medansvarig för aktivitet', boardSecretary: 'Nämndsekreterare' },
    themes: { default: 'Ljust', dark: 'Mörkt', contrast: 'Hög kontrast' },
    deliveries: 'Levererade meddelanden (Graph-emulatorn)', site: 'Internkontroll – Region Norrvik'
  },
  'en-US': {
    bench: 'Local workbench', host: 'Host', person: 'Signed in as', language: 'Language', theme: 'Teams theme', view: 'View',
    hosts: { sharePoint: 'SharePoint page', teams: 'Teams tab', board: 'Board page' },
    views: { register: 'Internal control plan', actionPlan: 'Patient-safety action plan', scorecard: 'Scorecard', securityReport: 'Security report',
      overview: 'Follow-up status', rollup: 'Heat map by unit', followups: 'My follow-ups', board: 'Board view', teams: 'Teams: reminders' },
    personas: { coordinator: 'Coordinator', manager: 'Responsible manager', securityCoordinator: 'Security coordinator', areaOwner: 'Area owner',
      indicatorOwner: 'Indicator owner', coResponsible: 'Co-responsible for an activity', boardSecretary: 'Board secretary' },
    themes: { default: 'Light', dark: 'Dark', contrast: 'High contrast' },
    deliveries: 'Delivered messages (Graph emulator)', site: 'Internal control – Region Norrvik'
  }
} as const;

/**
 * Publishing as the web part does, then what the reminder service's publication timer does in a tenant
 * (it tells the board secretary), at once instead of within ten minutes.
 */
const publishAndAnnounce: PublishFn = async (deps, request) => {
  const result = await publishCase(deps, request);
  if (result.status === 'published') {
    await fetch('/_workbench/publications/announce', { method: 'POST' }).catch((error: unknown) => console.warn('Publication notice not sent:', error));
  }
  return result;
};

export function Workbench(props: { state: WorkbenchState; store: Store; personas: Record<Persona, PersonaInfo>; people: PersonaInfo[]; today: string;
  onChange: (next: WorkbenchState) => void; }): React.ReactElement {
  const { state } = props;
  const t = ui[state.lang];
  const persona = signedIn(state, props.personas, props.people);
  const env = React.useMemo<AppEnvironment>(() => ({
    locale: state.lang, host: state.host, today: props.today, subEntityId: state.subEntityId,
    user: { upn: persona.upn, displayName: persona.displayName }, teamsTheme: state.host === 'teams' ? state.theme : 'default'
  }), [state.lang, state.host, state.subEntityId, state.theme, persona, props.today]);
  const options = <K extends string>(labels: Record<K, string>): IDropdownOption[] =>
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
        <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
          <Dropdown label={t.host} selectedKey={state.host} options={options(t.hosts)} className="wb-switch" data-testid="switch-host"
            onChange={(_e, o) => o && props.onChange({ ...state, host: o.key as WorkbenchState['host'], view: defaultViewOf[o.key as WorkbenchState['host']], subEntityId: undefined })} />
          <Dropdown label={t.view} selectedKey={state.view} options={options(t.views)} className="wb-switch" data-testid="switch-view"
            onChange={(_e, o) => o && props.onChange({ ...state, view: o.key as View, plan: undefined, period: undefined, area: undefined, snapshot: undefined })} />
          <Dropdown label={t.person} selectedKey={state.user ?? state.as} className="wb-switch" data-testid="switch-person"
            options={[...(Object.keys(t.personas) as Persona[]).map((p) => ({ key: p, text: `${t.personas[p]}: ${props.personas[p].displayName}` })),
              ...(state.user ? [{ key: state.user, text: persona.displayName }] : [])]}
            onChange={(_e, o) => o && o.key !== state.user && props.onChange({ ...state, as: o.key as Persona, user: undefined })} />
          <Dropdown label={t.language} selectedKey={state.lang} className="wb-switch" data-testid="switch-language"
            options={[{ key: 'sv-SE', text: 'Svenska' }, { key: 'en-US', text: 'English' }]}
            onChange={(_e, o) => o && props.onChange({ ...state, lang: o.key as WorkbenchState['lang'] })} />
          {state.host === 'teams' && (
            <Dropdown label={t.theme} selectedKey={state.theme} options={options(t.themes)} className="wb-switch" data-testid="switch-theme"
              onChange={(_e, o) => o && props.onChange({ ...state, theme: o.key as Theme })} />
          )}
          <Link href="/graph/_emulator/deliveries" target="_blank">{t.deliveries}</Link>
        </Stack>
      </header>
      <HostFrame state={state} title={t.site} appTitle={t.views[state.view]}>
        <AppProvider store={props.store} env={env}>{view[state.view]}</AppProvider>
      </HostFrame>
      <p className="wb-link">{`${location.origin}/${toSearch(state)}`}</p>
    </div>
  );
}

/** The signed-in person: a reminder's recipient by UPN, else the chosen persona. */
export function signedIn(state: WorkbenchState, personas: Record<Persona, PersonaInfo>, people: PersonaInfo[]): PersonaInfo {
  const byUpn = state.user ? people.find((p) => p.upn.toLowerCase() === state.user?.toLowerCase()) : undefined;
  return byUpn ?? personas[state.as];
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
