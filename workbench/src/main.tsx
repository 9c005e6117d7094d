/**
 * Starts the workbench in the browser: reads the state from the URL, signs in the chosen person with
 * the emulators' cookie, and mounts the views over a Store that talks PnPjs to the SharePoint emulator.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { initializeIcons } from '@fluentui/react';
import { createSp } from '../../src/data/spClient';
import { createStore } from '../../src/data/stores';
import { whenEarlyReadsSent } from '../../src/data/earlyLoads';
import { PersonaInfo, prepareViewStart, preloadView, signedIn, startView, viewEnvironment, Workbench } from './Workbench';
import { Persona, WorkbenchState, readState, toSearch } from './workbenchState';

interface WorkbenchConfig {
  siteUrl: string;
  formDigest: { value: string; timeoutSeconds: number };
  today: string;
  personas: Record<Persona, PersonaInfo>;
  people: PersonaInfo[];
}

async function start(): Promise<void> {
  // Icons are served by the workbench itself: this machine (and a customer's locked-down one) may have no CDN.
  initializeIcons('/fonts/');
  const first = readState(location.search);
  preloadView(first.view);
  // The server writes the config into the page, as SharePoint writes its page context (and form digest) into
  // every page; a page without it asks for it.
  const inline = document.getElementById('ik-workbench-config')?.textContent;
  const config = (inline ? JSON.parse(inline) : await (await fetch('/_workbench/config')).json()) as WorkbenchConfig;
  await prepareViewStart(first.view);
  const root = document.getElementById('root') as HTMLElement;
  let renders = 0;
  const render = (state: WorkbenchState): void => {
    const persona = signedIn(state, config.personas, config.people);
    document.cookie = `emulator-user=${encodeURIComponent(persona.upn)}; path=/; SameSite=Lax`;
    document.documentElement.lang = state.lang;
    document.title = `Internkontroll 365 – ${state.lang === 'sv-SE' ? 'lokal arbetsbänk' : 'local workbench'}`;
    // A new Store per render: a person switch must not reuse another person's cached site users.
    const store = createStore(createSp(config.siteUrl, { pageDigest: config.formDigest }));
    // The view's first reads go out now, while React draws the frame and the view, as the web parts start them.
    startView(state, store, viewEnvironment(state, persona, config.today));
    const element = (
      <Workbench key={`${state.user ?? state.as}|${state.lang}`} state={state} store={store} personas={config.personas} people={config.people} today={config.today}
        onChange={(next) => { history.pushState(null, '', toSearch(next)); render(next); }} />
    );
    // React's first render is synchronous: it comes once the reads just started are on the wire, not before them.
    const drawn = ++renders;
    whenEarlyReadsSent().then(() => { if (drawn === renders) ReactDOM.render(element, root); }, () => undefined);
  };
  window.addEventListener('popstate', () => render(readState(location.search)));
  render(first);
}

start().catch((error: unknown) => {
  document.body.textContent = `Arbetsbänken kunde inte starta: ${String(error)}`;
});
