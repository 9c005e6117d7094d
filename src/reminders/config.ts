/**
 * The reminder service's configuration from environment variables, and the clients it talks through:
 * locally the emulators (no tokens; the emulators take `X-Emulator-User`), in a tenant certificate-based
 * app-only tokens for SharePoint and Graph, and a delegated token for the chat service account.
 *
 * | variable | meaning |
 * |---|---|
 * | SP_SITE_URL | the site with the lists (default: the local emulator) |
 * | GRAPH_BASE_URL | Graph (default: the local emulator `http://localhost:4321/graph/`) |
 * | IK_REMINDER_CHANNEL | `chat` (default), `activity` or `mail` |
 * | IK_SERVICE_ACCOUNT_UPN | the service account that posts chat messages (delegated) |
 * | IK_MAIL_SENDER | the mailbox that sends fallback e-mail |
 * | IK_TEAMS_APP_ID, IK_TAB_ENTITY_ID | the "Mina uppföljningar" Teams app and static tab the deep links open |
 * | AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_CERTIFICATE_PATH | app-only certificate auth (tenant only) |
 * | IK_CHAT_ACCESS_TOKEN | a delegated Graph token of the service account for chat (tenant only; see README) |
 * | IK_LOCALE | `sv-SE` (default) or `en-US` |
 * | IK_BOARD_PAGE_URL | the SharePoint page with the board web part that publication notices link to (default: `<site>/SitePages/Namndhandlingar.aspx`; locally the workbench's board page) |
 */
import { Client } from '@microsoft/microsoft-graph-client';
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { createSp } from '../data/spClient';
import { ThrottleRetry } from '../data/throttleRetry';
import { createGraphClient } from './delivery/graphClient';
import { Locale } from '../model/statusLegend';
import { ChannelName } from './types';

export interface ReminderConfig {
  siteUrl: string;
  graphBaseUrl: string;
  channel: ChannelName;
  serviceAccountUpn: string;
  mailSender: string;
  tab: { appId: string; entityId: string };
  locale: Locale;
  local: boolean;
  /** The board page a publication notice links to (`?snapshot=<key>` is added). */
  boardPageUrl: string;
}

type Env = Record<string, string | undefined>;

/** The deep links' defaults: the "Mina uppföljningar" app (its id is the web part's id) and its tab. */
export const DEFAULT_TAB = { appId: 'da03f6ed-f3f3-49f5-a75b-e577d6de6b5f', entityId: 'minauppfoljningar' };

export function readConfig(env: Env = process.env): ReminderConfig {
  const port = env.PORT ?? '4321';
  const graphBaseUrl = env.GRAPH_BASE_URL ?? `http://localhost:${port}/graph/`;
  const channel = (env.IK_REMINDER_CHANNEL ?? 'chat') as ChannelName;
  if (!['chat', 'activity', 'mail'].includes(channel)) throw new Error(`IK_REMINDER_CHANNEL must be chat, activity or mail, not ${channel}`);
  const siteUrl = (env.SP_SITE_URL ?? `http://localhost:${port}/sites/internkontroll`).replace(/\/+$/, '');
  const local = graphBaseUrl.startsWith('http://');
  return {
    siteUrl,
    graphBaseUrl,
    channel,
    serviceAccountUpn: env.IK_SERVICE_ACCOUNT_UPN ?? 'internkontroll365@regionnorrvik.onmicrosoft.com',
    mailSender: env.IK_MAIL_SENDER ?? env.IK_SERVICE_ACCOUNT_UPN ?? 'internkontroll365@regionnorrvik.onmicrosoft.com',
    tab: { appId: env.IK_TEAMS_APP_ID ?? DEFAULT_TAB.appId, entityId: env.IK_TAB_ENTITY_ID ?? DEFAULT_TAB.entityId },
    locale: env.IK_LOCALE === 'en-US' ? 'en-US' : 'sv-SE',
    local,
    boardPageUrl: env.IK_BOARD_PAGE_URL
      ?? (local ? `${new URL(siteUrl).origin}/?view=board&host=board` : `${siteUrl}/SitePages/Namndhandlingar.aspx`)
  };
}

/** A token source for app-only calls in a tenant (certificate), loaded only when needed. */
async function certificateToken(env: Env, scope: string): Promise<string> {
  const { ClientCertificateCredential } = await import(/* webpackChunkName: "azure-identity" */ '@azure/identity');
  const { AZURE_TENANT_ID: tenant, AZURE_CLIENT_ID: client, AZURE_CLIENT_CERTIFICATE_PATH: certificatePath } = env;
  if (!tenant || !client || !certificatePath) throw new Error('AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_CERTIFICATE_PATH are required outside the local emulators');
  const token = await new ClientCertificateCredential(tenant, client, { certificatePath }).getToken(scope);
  return token.token;
}

export interface ReminderClients {
  sp: SPFI;
  appGraph: Client;
  chatGraph: Client;
}

export async function createClients(config: ReminderConfig, env: Env = process.env): Promise<ReminderClients> {
  if (config.local) {
    const graph = (user?: string): Client => createGraphClient({
      baseUrl: config.graphBaseUrl, token: async () => 'local', ...(user ? { headers: { 'X-Emulator-User': user } } : {})
    });
    return { sp: createSp(config.siteUrl, { emulatorUser: env.SP_EMULATOR_USER }), appGraph: graph(), chatGraph: graph(config.serviceAccountUpn) };
  }
  const origin = new URL(config.siteUrl).origin;
  const spToken = await certificateToken(env, `${origin}/.default`);
  // SharePoint throttles the service as it does the web parts: the same retry within the same bound.
  const sp = spfi(config.siteUrl).using(SPBrowser({ baseUrl: config.siteUrl }), ThrottleRetry(), InjectHeaders({ Authorization: `Bearer ${spToken}` }));
  const appGraph = createGraphClient({ baseUrl: config.graphBaseUrl, token: () => certificateToken(env, 'https://graph.microsoft.com/.default') });
  const chatToken = env.IK_CHAT_ACCESS_TOKEN;
  const chatGraph = createGraphClient({
    baseUrl: config.graphBaseUrl,
    token: async () => {
      if (!chatToken) throw new Error('IK_CHAT_ACCESS_TOKEN is required for the chat channel');
      return chatToken;
    }
  });
  return { sp, appGraph, chatGraph };
}
