/**
 * Where and for whom a web part is rendering: the facts the views need from their host
 * (SharePoint page, Teams tab or board page), as plain data with no SPFx types, so that
 * the local workbench can build the same object without SPFx.
 */
import { entityKeyFrom } from '../../model/linkTargets';

export type UiLocale = 'sv-SE' | 'en-US';

export type HostKind = 'sharePoint' | 'teams' | 'board';

export type TeamsTheme = 'default' | 'dark' | 'contrast';

export interface IHostEnvironment {
  locale: UiLocale;
  host: HostKind;
  /** The Teams client's theme; 'default' outside Teams. */
  teamsTheme: TeamsTheme;
  /** The measure (or other entity) a deep link points to, if any: always an entity key (deepLinkTarget). */
  subEntityId?: string;
  /** The site the page lives on. */
  siteUrl: string;
  /** The site whose lists hold the data: the web part's `listSiteUrl`, else `siteUrl`. */
  listSiteUrl: string;
  userLoginName: string;
  userEmail: string;
  userDisplayName: string;
}

/** Swedish for any Swedish culture ('sv', 'sv-SE', 'sv-FI'), English otherwise. */
export function toUiLocale(cultureName: string | undefined): UiLocale {
  return (cultureName ?? '').toLowerCase().indexOf('sv') === 0 ? 'sv-SE' : 'en-US';
}

/** Teams reports 'default', 'dark' or 'contrast'; anything else is treated as the default theme. */
export function toTeamsTheme(theme: string | undefined): TeamsTheme {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

/**
 * A deep link's target as the views may use it. Teams hands the tab whatever the link carried, and anyone can
 * write a link: a value that is not an entity key is ignored, and the tab opens as it would without a link.
 */
export function deepLinkTarget(subEntityId: string | null | undefined): string | undefined {
  return entityKeyFrom(subEntityId);
}

/** Reads `subEntityId` from a query string such as `window.location.search`, checked as deepLinkTarget does. */
export function subEntityIdFromQuery(search: string): string | undefined {
  return deepLinkTarget(new URLSearchParams(search).get('subEntityId'));
}

/** Trims a site URL and drops trailing slashes, so that equal sites compare equal. */
export function normaliseSiteUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}
