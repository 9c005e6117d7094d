/**
 * The SPFx side shared by every Internkontroll 365 web part: it creates the PnPjs instance,
 * works out the host environment (locale, SharePoint/Teams/board, Teams theme, deep-link
 * target, user), follows the page theme, and mounts the view inside an error boundary.
 * A concrete web part only says what to render.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Log, Version } from '@microsoft/sp-core-library';
import { IReadonlyTheme, ThemeProvider } from '@microsoft/sp-component-base';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { IPropertyPaneConfiguration, IPropertyPaneGroup, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { PartialTheme, ThemeProvider as FluentThemeProvider } from '@fluentui/react/lib/Theme';
import { spfi, SPFI, SPFx } from '@pnp/sp';
import * as strings from 'InternkontrollWebPartStrings';
import {
  deepLinkTarget,
  HostKind,
  IHostEnvironment,
  normaliseSiteUrl,
  subEntityIdFromQuery,
  TeamsTheme,
  toTeamsTheme,
  toUiLocale
} from './hostEnvironment';
import { WebPartErrorBoundary } from './WebPartErrorBoundary';
import { planChoiceGroup } from './planChoicePane';
import { createStore } from '../../data/stores';
import { whenEarlyReadsSent } from '../../data/earlyLoads';
import { Plan, PlanKind } from '../../model/types';
import { ThrottleRetry } from '../../data/throttleRetry';

const LOG_SOURCE: string = 'Internkontroll365';

export interface IInternkontrollWebPartProps {
  /** Absolute URL of the site whose lists hold the data; empty means the current site. */
  listSiteUrl?: string;
  /** Which of the users' documents the page shows (plan page and board page). */
  planKind?: PlanKind;
  /** One plan of that kind; empty: the plan under follow-up. */
  planKey?: string;
  /** The board page: one follow-up of the plan; empty: the current one. */
  periodKey?: string;
  /** The board page: one publication (snapshot) of the plan; empty: the live state. */
  snapshotKey?: string;
}

interface ITeamsFacts {
  theme: TeamsTheme;
  subEntityId?: string;
}

export abstract class BaseInternkontrollWebPart<
  TProps extends IInternkontrollWebPartProps
> extends BaseClientSideWebPart<TProps> {
  private _sp: SPFI | undefined;
  private _environment: IHostEnvironment | undefined;
  private _theme: IReadonlyTheme | undefined;
  private _plans: Plan[] | undefined;
  private _renders: number = 0;
  private _disposed: boolean = false;

  /** Whether the property pane offers a plan kind and plan (not for "Mina uppföljningar"). */
  protected get choosesPlan(): boolean {
    return true;
  }

  /** The board view overrides this to 'board'; other web parts render as SharePoint or Teams. */
  protected get pageHost(): Exclude<HostKind, 'teams'> {
    return 'sharePoint';
  }

  protected abstract renderContent(environment: IHostEnvironment, sp: SPFI): React.ReactElement;

  /** Property-pane groups of a web part's own, after the plan choice (the board page's follow-up and publication). */
  protected additionalPropertyPaneGroups(): IPropertyPaneGroup[] {
    return [];
  }

  /** The PnPjs instance on the data site, once the web part is initialised. */
  protected get sp(): SPFI | undefined {
    return this._sp;
  }

  protected async onInit(): Promise<void> {
    await super.onInit();
    // The initial theme; later changes arrive through onThemeChanged (supportsThemeVariants).
    this._theme = this.context.serviceScope.consume(ThemeProvider.serviceKey).tryGetTheme();
    const teams: ITeamsFacts | undefined = await this._readTeamsFacts();
    this._environment = this._buildEnvironment(teams);
    this._sp = spfi(this._environment.listSiteUrl).using(SPFx(this.context), ThrottleRetry());
  }

  public render(): void {
    const environment: IHostEnvironment | undefined = this._environment;
    const sp: SPFI | undefined = this._sp;
    if (!environment || !sp) {
      return;
    }
    const content: React.ReactElement = React.createElement(WebPartErrorBoundary, {
      message: strings.RenderErrorMessage,
      render: () => this.renderContent(environment, sp),
      onError: (error: Error) => Log.error(LOG_SOURCE, error, this.context.serviceScope)
    });
    // SharePoint's IReadonlyTheme is a Fluent v8 theme (palette, semanticColors, fonts).
    const theme: PartialTheme | undefined = this._theme;
    const element: React.ReactElement = React.createElement(FluentThemeProvider, { theme }, content);
    // renderContent has started the view's first reads (viewElement's `early`). React's render is synchronous and
    // holds the page for a while, so it comes once they are on the wire, not before them.
    const drawn: number = ++this._renders;
    whenEarlyReadsSent().then(() => {
      if (drawn === this._renders && !this._disposed) {
        ReactDom.render(element, this.domElement);
      }
    }).catch(() => undefined);
  }

  protected onThemeChanged(currentTheme: IReadonlyTheme | undefined): void {
    this._theme = currentTheme;
    this.render();
  }

  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    super.onPropertyPaneFieldChanged(propertyPath, oldValue, newValue);
    if (propertyPath === 'planKind' && oldValue !== newValue) {
      // A plan of the old kind means nothing for the new one, nor do its follow-ups and publications.
      this.properties.planKey = '';
    }
    if ((propertyPath === 'planKind' || propertyPath === 'planKey') && oldValue !== newValue) {
      this.properties.periodKey = '';
      this.properties.snapshotKey = '';
    }
    if (propertyPath === 'listSiteUrl' && this._environment) {
      this._plans = undefined;
      // A different data site needs its own PnPjs root; everything else stays as it was.
      const listSiteUrl: string = this._resolveListSiteUrl();
      this._environment = { ...this._environment, listSiteUrl };
      this._sp = spfi(listSiteUrl).using(SPFx(this.context), ThrottleRetry());
    }
  }

  protected onDispose(): void {
    this._disposed = true;
    ReactDom.unmountComponentAtNode(this.domElement);
    super.onDispose();
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected onPropertyPaneConfigurationStart(): void {
    if (!this.choosesPlan || this._plans || !this._sp) {
      return;
    }
    createStore(this._sp).plans.all().then((plans: Plan[]) => {
      this._plans = plans;
      this.context.propertyPane.refresh();
    }).catch((error: unknown) => Log.warn(LOG_SOURCE, `Plans unavailable for the property pane: ${String(error)}`, this.context.serviceScope));
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.DataGroupName,
              groupFields: [
                PropertyPaneTextField('listSiteUrl', {
                  label: strings.ListSiteUrlFieldLabel,
                  description: strings.ListSiteUrlFieldDescription,
                  placeholder: this.context.pageContext.web.absoluteUrl,
                  onGetErrorMessage: (value: string) => this._validateListSiteUrl(value),
                  deferredValidationTime: 500
                })
              ]
            },
            ...(this.choosesPlan ? [planChoiceGroup(this.properties.planKind, this._plans)] : []),
            ...this.additionalPropertyPaneGroups()
          ]
        }
      ]
    };
  }

  private async _readTeamsFacts(): Promise<ITeamsFacts | undefined> {
    const teams = this.context.sdks.microsoftTeams;
    if (!teams) {
      return undefined;
    }
    try {
      const context = await teams.teamsJs.app.getContext();
      return { theme: toTeamsTheme(context.app.theme), subEntityId: deepLinkTarget(context.page.subPageId) };
    } catch (error) {
      // Still a Teams tab, just without theme and deep-link target.
      Log.warn(LOG_SOURCE, `Teams context unavailable: ${String(error)}`, this.context.serviceScope);
      return { theme: 'default' };
    }
  }

  private _buildEnvironment(teams: ITeamsFacts | undefined): IHostEnvironment {
    const { pageContext } = this.context;
    return {
      locale: toUiLocale(pageContext.cultureInfo.currentUICultureName),
      host: this.pageHost === 'board' ? 'board' : teams ? 'teams' : 'sharePoint',
      teamsTheme: teams ? teams.theme : 'default',
      subEntityId: teams?.subEntityId ?? subEntityIdFromQuery(window.location.search),
      siteUrl: pageContext.web.absoluteUrl,
      listSiteUrl: this._resolveListSiteUrl(),
      userLoginName: pageContext.user.loginName,
      userEmail: pageContext.user.email,
      userDisplayName: pageContext.user.displayName
    };
  }

  private _resolveListSiteUrl(): string {
    const configured: string = normaliseSiteUrl(this.properties.listSiteUrl ?? '');
    return configured || this.context.pageContext.web.absoluteUrl;
  }

  private _validateListSiteUrl(value: string): string {
    const url: string = (value ?? '').trim();
    if (!url) {
      return '';
    }
    return /^https:\/\/[^/\s]+(\/[^\s]*)?$/i.test(url) ? '' : strings.ListSiteUrlInvalid;
  }
}
