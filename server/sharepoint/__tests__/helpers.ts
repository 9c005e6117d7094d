/**
 * Test harness: starts Fastify on port 0 with the emulator and builds a real PnPjs client with
 * the browser-style behaviours production uses (DefaultHeaders, DefaultInit,
 * BrowserFetchWithRetry, DefaultParse, RequestDigest) on Node 22's global fetch.
 */
import Fastify, { FastifyInstance } from 'fastify';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, RequestDigest, spfi, SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import '@pnp/sp/profiles';
import { DirectoryPerson } from '../../directory/types';
import { sharePointEmulator, SharePointEmulatorOptions } from '../index';

export const SITE = '/sites/internkontroll';

function person(id: string, upn: string, given: string, surname: string, jobTitle: string, department: string): DirectoryPerson {
  return {
    id,
    userPrincipalName: upn,
    displayName: `${given} ${surname}`,
    givenName: given,
    surname,
    mail: upn,
    jobTitle,
    department,
    officeLocation: null,
    preferredLanguage: 'sv-SE',
    managerId: null,
  };
}

export const PEOPLE: DirectoryPerson[] = [
  person('0a1b2c3d-0000-4000-8000-000000000001', 'karin.lund@norrvik.se', 'Karin', 'Lund', 'Internkontrollsamordnare', 'Regionledningskontoret'),
  person('0a1b2c3d-0000-4000-8000-000000000002', 'erik.holm@norrvik.se', 'Erik', 'Holm', 'Verksamhetschef', 'Kirurgi'),
  person('0a1b2c3d-0000-4000-8000-000000000003', 'asa.berg@norrvik.se', 'Åsa', 'Berg', 'Nämndsekreterare', 'Regionledningskontoret'),
  person('0a1b2c3d-0000-4000-8000-000000000004', 'erika.holmberg@norrvik.se', 'Erika', 'Holmberg', 'Ekonom', 'Ekonomi'),
];

export interface Harness {
  app: FastifyInstance;
  origin: string;
  baseUrl: string;
  sp: SPFI;
  close(): Promise<void>;
}

export function client(baseUrl: string): SPFI {
  return spfi(baseUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry(), DefaultParse(), RequestDigest());
}

export async function start(over: Partial<SharePointEmulatorOptions> = {}): Promise<Harness> {
  const app = Fastify();
  await app.register(sharePointEmulator, {
    sitePath: SITE,
    dataDir: null,
    directory: PEOPLE,
    defaultUser: 'karin.lund@norrvik.se',
    ...over,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  if (addr === null || typeof addr === 'string') throw new Error('no port');
  const origin = `http://127.0.0.1:${addr.port}`;
  const baseUrl = origin + SITE;
  return { app, origin, baseUrl, sp: client(baseUrl), close: () => app.close() };
}

/** The HTTP status of a rejected PnPjs call (HttpRequestError.status), or 0. */
export async function statusOf(p: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await p;
    return { status: 0, message: '' };
  } catch (e) {
    const err = e as { status?: number; message?: string };
    return { status: err.status ?? -1, message: err.message ?? String(e) };
  }
}
