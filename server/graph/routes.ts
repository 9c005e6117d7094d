/**
 * The route table: which handler answers which Graph resource path. Patterns are matched per segment,
 * case-insensitively; `:x` is a parameter. A literal pattern must come before a parameter one it overlaps.
 */
import { sendActivityNotification } from './activity';
import { batch } from './batch';
import { createChat, getChat, getChatMessage, listChatMessages, listChats, postChatMessage } from './chats';
import { getInstalledApp, installApp, listInstalledApps, uninstallApp } from './installedApps';
import { sendMail } from './mail';
import { countUsers, getManager, getUser, listUsers } from './users';
import type { GraphHandler } from './types';

export interface Route {
  method: string;
  pattern: string[];
  handler: GraphHandler;
}

const table: Array<[string, string, GraphHandler]> = [
  ['GET', 'users', listUsers],
  ['GET', 'users/$count', countUsers],
  ['GET', 'users/:id', getUser],
  ['GET', 'users/:id/manager', getManager],
  ['GET', 'users/:id/chats', listChats],
  ['POST', 'users/:id/sendMail', sendMail],
  ['POST', 'users/:id/teamwork/sendActivityNotification', sendActivityNotification],
  ['GET', 'users/:id/teamwork/installedApps', listInstalledApps],
  ['POST', 'users/:id/teamwork/installedApps', installApp],
  ['GET', 'users/:id/teamwork/installedApps/:installation', getInstalledApp],
  ['DELETE', 'users/:id/teamwork/installedApps/:installation', uninstallApp],
  ['GET', 'chats', listChats],
  ['POST', 'chats', createChat],
  ['GET', 'chats/:id', getChat],
  ['GET', 'chats/:id/messages', listChatMessages],
  ['POST', 'chats/:id/messages', postChatMessage],
  ['GET', 'chats/:id/messages/:messageId', getChatMessage],
  ['POST', '$batch', batch],
];

export const graphRoutes: Route[] = table.map(([method, path, handler]) => ({ method, pattern: path.split('/'), handler }));
