/**
 * Starts the workbench in the browser: reads the state from the URL, signs in the chosen person with the
 * emulators' cookie, starts the view's first reads over a Store that talks PnPjs to the SharePoint emulator,
 * and then loads and draws the frame and the view. This entry holds no React or Fluent UI code: the reads leave
 * first, and that code (most of the page's script) evaluates while they are on their way, as a SharePoint page's
 * web parts start their reads before they draw (viewElement.ts).
 */
import { createSp } from '../../src/data/spClient';
import { createStore } from '../../src/data/stores';
import { whenEarlyReadsSent } from '../../src/data/earlyLoads';
import { PersonaInfo, signedIn, startView, viewEnvironment } from './viewStart';
import { Persona, WorkbenchState, readState, toSearch } from './workbenchState';

interface WorkbenchConfig {
  siteUrl: string;
  formDigest: { value: string; timeoutSeconds: number };
  today: string;
  personas: Record<Persona, PersonaInfo>;
  people: PersonaInfo[];
  /** The frame's and the view's scripts beyond the entry's (server/app.ts), preloaded once the first reads are sent. */
  modules?: string[];
}

/** Asks the browser for every script the frame and the view need at once, not one level of imports after another. */
function preloadModules(urls: readonly string[]): void {
  for (const url of urls) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = url;
    document.head.appendChild(link);
  }
}

/** Marks on the page's timeline (the bench reads them): the entry running, the first reads sent, the frame drawn. */
const mark = (name: 'entry' | 'readsSent' | 'codeLoaded'): void => { performance.mark(`ik:${name}`); };

async function start(): Promise<void> {
  mark('entry');
  // The server writes the config into the page, as SharePoint writes its page context (and form digest) into
  // every page; a page without it asks for it.
  const inline = document.getElementById('ik-workbench-config')?.textContent;
  const config = (inline ? JSON.parse(inline) : await (await fetch('/_workbench/config')).json()) as WorkbenchConfig;
  const root = document.getElementById('root') as HTMLElement;
  let renders = 0;
  const render = (state: WorkbenchState): void => {
    const persona = signedIn(state, config.personas, config.people);
    document.cookie = `emulator-user=${encodeURIComponent(persona.upn)}; path=/; SameSite=Lax`;
    document.documentElement.lang = state.lang;
    document.title = `Internkontroll 365 – ${state.lang === 'sv-SE' ? 'lokal arbetsbänk' : 'local workbench'}`;
    // A new Store per render: a person switch must not reuse another person's cached site users.
    const store = createStore(createSp(config.siteUrl, { pageDigest: config.formDigest }));
    startView(state, store, viewEnvironment(state, persona, config.today));
    const drawn = ++renders;
    (async () => {
      // The frame's and the view's code is loaded once the reads are on the wire: evaluating it would hold back
      // PnPjs's timer turns, and React's first render is synchronous.
      await whenEarlyReadsSent();
      mark('readsSent');
      if (drawn === 1) preloadModules(config.modules ?? []);
      const workbench = await import('./Workbench');
      await workbench.loadView(state.view);
      mark('codeLoaded');
      if (drawn !== renders) return;
      workbench.drawWorkbench(root, {
        state, store, personas: config.personas, people: config.people, today: config.today,
        onChange: (next) => { history.pushState(null, '', toSearch(next)); render(next); }
      });
    })().catch(fail);
  };
  window.addEventListener('popstate', () => render(readState(location.search)));
  render(readState(location.search));
}

function fail(error: unknown): void {
  document.body.textContent = `Arbetsbänken kunde inte starta: ${String(error)}`;
}

start().catch(fail);
