/**
 * Teams apps installed for a user (`/users/{id}/teamwork/installedApps`): list with `$expand` and
 * `$filter=teamsApp/externalId eq '…'` or `teamsApp/id eq '…'`, install (201, no body; 409 if already
 * installed), uninstall. Activity notifications check this set: the app must be installed for the recipient.
 */
import { badRequest, GraphHttpError, parseJsonBody } from './errors';
import type { EmulatorContext, GraphHandler } from './types';

export interface TeamsAppInfo {
  /** App catalog id (teamsApp.id): what `teamsApp@odata.bind` names. */
  id: string;
  /** Manifest id (teamsApp.externalId): what a deep link names. */
  externalId: string | null;
  displayName: string;
  version: string;
  /** Entra app id from the manifest's webApplicationInfo. */
  azureADAppId: string | null;
  distributionMethod: 'organization' | 'store' | 'sideloaded';
}

/** Catalog id of the product's notifier Teams app in the demo tenant. */
export const NOTIFIER_TEAMS_APP_ID = 'b6f3c5a2-4e0f-4d3a-9a57-1365a07f1e01';
/** Manifest id (externalId) of the notifier Teams app; deep links `https://teams.microsoft.com/l/entity/<this>/…`. */
export const NOTIFIER_APP_EXTERNAL_ID = 'dd41d8f4-873e-5bbf-a206-20ff82ca829f';
/** Entra app id of the reminder service (the manifest's webApplicationInfo.id) in the demo tenant. */
export const REMINDER_SERVICE_APP_ID = 'e0ba688a-1e23-5139-be7e-e104486d7738';

export function notifierAppInfo(id: string, externalId: string): TeamsAppInfo {
  return {
    id,
    externalId,
    displayName: 'Internkontroll 365 – påminnelser',
    version: '1.0.0',
    azureADAppId: REMINDER_SERVICE_APP_ID,
    distributionMethod: 'organization',
  };
}

/** The app ids installed for a user: explicitly stored, else the default set. */
export function installedAppIds(ctx: EmulatorContext, userId: string): readonly string[] {
  return ctx.store.installs(userId) ?? (ctx.installedAppsForAll ? [ctx.notifier.id] : []);
}

/** Finds a catalog app by catalog id or manifest id (activity notifications accept either). */
export function findCatalogApp(ctx: EmulatorContext, idOrExternalId: string): TeamsAppInfo | undefined {
  const key = idOrExternalId.toLowerCase();
  return [...ctx.catalog.values()].find((a) => a.id.toLowerCase() === key || a.externalId?.toLowerCase() === key);
}

/** Installation ids are opaque base64 strings, not the app id (graph-wire §4). */
function installationId(userId: string, appId: string): string {
  return Buffer.from(`${userId}##${appId}`, 'utf8').toString('base64');
}

function installationJson(ctx: EmulatorContext, userId: string, appId: string, expand: Set<string>): Record<string, unknown> {
  const app = ctx.catalog.get(appId);
  const json: Record<string, unknown> = { id: installationId(userId, appId) };
  if (expand.has('teamsapp')) {
    json.teamsApp = {
      id: appId,
      externalId: app?.externalId ?? null,
      displayName: app?.displayName ?? null,
      distributionMethod: app?.distributionMethod ?? 'organization',
    };
  }
  if (expand.has('teamsappdefinition')) {
    const version = app?.version ?? '1.0.0';
    json.teamsAppDefinition = {
      id: Buffer.from(`${appId}##${version}`, 'utf8').toString('base64'),
      teamsAppId: appId,
      azureADAppId: app?.azureADAppId ?? null,
      displayName: app?.displayName ?? null,
      version,
      requiredResourceSpecificApplicationPermissions: [],
      publishingState: 'published',
      shortDescription: 'Påminnelser och statusförfrågningar från Internkontroll 365.',
      description: 'Skickar påminnelser om uppföljning av internkontroll till ansvariga chefer.',
      lastModifiedDateTime: null,
      createdBy: null,
    };
  }
  return json;
}

/** Supports the two filters the docs show: `teamsApp/externalId eq '…'` and `teamsApp/id eq '…'`. */
function parseInstalledAppsFilter(text: string): (app: TeamsAppInfo | undefined, appId: string) => boolean {
  const m = /^\s*teamsApp\/(externalId|id)\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(text);
  if (!m) throw badRequest(`Invalid filter clause: only teamsApp/externalId or teamsApp/id eq '…' is supported ('${text}').`);
  const wanted = m[2].replace(/''/g, "'").toLowerCase();
  return m[1].toLowerCase() === 'id'
    ? (_app, appId) => appId.toLowerCase() === wanted
    : (app) => (app?.externalId ?? '').toLowerCase() === wanted;
}

export const listInstalledApps: GraphHandler = (call, [idOrUpn], ctx) => {
  const user = ctx.people.get(idOrUpn);
  const expand = new Set(
    (call.query.get('expand') ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s !== ''),
  );
  for (const e of expand) {
    if (e !== 'teamsapp' && e !== 'teamsappdefinition') throw badRequest(`Could not find a navigation property named '${e}' on 'userScopeTeamsAppInstallation'.`);
  }
  let ids = [...installedAppIds(ctx, user.id)];
  const filterText = call.query.get('filter');
  const filtered = filterText !== undefined && filterText.trim() !== '';
  if (filtered) {
    const matches = parseInstalledAppsFilter(filterText);
    ids = ids.filter((id) => matches(ctx.catalog.get(id), id));
  }
  const json: Record<string, unknown> = {
    '@odata.context': `${call.serviceRoot}/$metadata#users('${user.id}')/teamwork/installedApps`,
  };
  // The docs' filtered example carries @odata.count (installed-apps-list-expand-filter.response.json).
  if (filtered || (call.query.get('count') ?? '').toLowerCase() === 'true') json['@odata.count'] = ids.length;
  json.value = ids.map((id) => installationJson(ctx, user.id, id, expand));
  return { status: 200, json };
};

export const installApp: GraphHandler = (call, [idOrUpn], ctx) => {
  const user = ctx.people.get(idOrUpn);
  const body = parseJsonBody(call);
  const bind = body['teamsApp@odata.bind'];
  const m = typeof bind === 'string' ? /\/appCatalogs\/teamsApps\/([^/?#']+)\s*$/i.exec(bind) : null;
  if (!m) throw badRequest(`Invalid value for 'teamsApp@odata.bind': '${String(bind)}'.`);
  const appId = decodeURIComponent(m[1]);
  const app = [...ctx.catalog.values()].find((a) => a.id.toLowerCase() === appId.toLowerCase());
  // A common mistake is to bind the manifest id instead of the catalog id; real Graph does not find it.
  if (!app) throw new GraphHttpError(404, 'NotFound', `The Teams app '${appId}' was not found in the app catalog.`);
  const current = [...installedAppIds(ctx, user.id)];
  if (current.includes(app.id)) throw new GraphHttpError(409, 'Conflict', `The app '${app.id}' is already installed for user '${user.id}'.`);
  ctx.store.setInstalls(user.id, [...current, app.id]);
  return { status: 201 }; // "does not return anything in the response body" (graph-wire §4)
};

export const uninstallApp: GraphHandler = (_call, [idOrUpn, installation], ctx) => {
  const user = ctx.people.get(idOrUpn);
  const current = [...installedAppIds(ctx, user.id)];
  const appId = current.find((id) => installationId(user.id, id) === installation);
  if (!appId) throw new GraphHttpError(404, 'NotFound', `Installation '${installation}' was not found for user '${user.id}'.`);
  ctx.store.setInstalls(user.id, current.filter((id) => id !== appId));
  return { status: 204 };
};

export const getInstalledApp: GraphHandler = (call, [idOrUpn, installation], ctx) => {
  const user = ctx.people.get(idOrUpn);
  const appId = installedAppIds(ctx, user.id).find((id) => installationId(user.id, id) === installation);
  if (!appId) throw new GraphHttpError(404, 'NotFound', `Installation '${installation}' was not found for user '${user.id}'.`);
  const expand = new Set((call.query.get('expand') ?? '').toLowerCase().split(',').map((s) => s.trim()));
  return {
    status: 200,
    json: {
      '@odata.context': `${call.serviceRoot}/$metadata#users('${user.id}')/teamwork/installedApps/$entity`,
      ...installationJson(ctx, user.id, appId, expand),
    },
  };
};
