/**
 * What every view needs from its host: the Store, who is signed in, the language, the host kind and
 * today's date. The SPFx web parts and the local workbench both provide it; views only consume it.
 */
import * as React from 'react';
import { ThemeProvider } from '@fluentui/react';
import type { Store } from '../../data/stores';
import { Locale } from '../../model/statusLegend';
import { IsoDate } from '../../model/types';
import { strings, Strings } from '../i18n/strings';
import { viewStyles } from './styles';
import { fluentThemeFor } from './teamsThemes';

export type HostKind = 'sharePoint' | 'teams' | 'board';
export type TeamsTheme = 'default' | 'dark' | 'contrast';

export interface SignedInUser {
  upn: string;
  displayName: string;
}

export interface AppEnvironment {
  locale: Locale;
  host: HostKind;
  user: SignedInUser;
  today: IsoDate;
  /** A deep link's target, e.g. a measure key from Teams' subEntityId. */
  subEntityId?: string;
  teamsTheme?: TeamsTheme;
}

export interface AppContextValue {
  store: Store;
  env: AppEnvironment;
  strings: Strings;
}

const Context = React.createContext<AppContextValue | null>(null);

export function AppProvider(props: { store: Store; env: AppEnvironment; children?: React.ReactNode }): React.ReactElement {
  const value = React.useMemo(() => ({ store: props.store, env: props.env, strings: strings[props.env.locale] }), [props.store, props.env]);
  return (
    <Context.Provider value={value}>
      <style>{viewStyles}</style>
      <ThemeProvider theme={fluentThemeFor(props.env.teamsTheme)} className={`ik-root ik-theme-${props.env.teamsTheme ?? 'default'}`} lang={props.env.locale}>
        {props.children}
      </ThemeProvider>
    </Context.Provider>
  );
}

export function useApp(): AppContextValue {
  const value = React.useContext(Context);
  if (!value) throw new Error('useApp outside AppProvider');
  return value;
}
