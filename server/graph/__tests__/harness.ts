/**
 * Test harness: starts Fastify on port 0 with the Graph emulator under `/graph` and builds the real Graph
 * client exactly as production does (`initWithMiddleware`, baseUrl `.../graph/`, version v1.0).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { Client } from '@microsoft/microsoft-graph-client';
import { demoDirectory, personas } from '../../directory/demoDirectory';
import { graphEmulator, type GraphEmulatorOptions } from '../index';

export interface Harness {
  app: FastifyInstance;
  /** e.g. http://127.0.0.1:1234/graph/ */
  baseUrl: string;
  /** Service root, e.g. http://127.0.0.1:1234/graph/v1.0 */
  root: string;
  client: Client;
  /** Plain fetch against a path below /graph/ (for control endpoints and raw wire checks). */
  raw(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export async function startEmulator(options: Partial<GraphEmulatorOptions> = {}): Promise<Harness> {
  const app = Fastify({ logger: false });
  await app.register(graphEmulator, {
    prefix: '/graph',
    directory: demoDirectory,
    dataDir: null,
    defaultUser: personas.coordinator,
    ...options,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const baseUrl = `http://127.0.0.1:${address.port}/graph/`;
  const client = Client.initWithMiddleware({
    authProvider: { getAccessToken: async () => 'x' },
    baseUrl,
    defaultVersion: 'v1.0',
  });
  return {
    app,
    baseUrl,
    root: `${baseUrl}v1.0`,
    client,
    raw: (path, init) => fetch(`${baseUrl}${path.replace(/^\//, '')}`, init),
    close: () => app.close(),
  };
}

/** Awaits a promise that must reject, returning the rejection (a GraphError from the client). */
export async function rejection<T = { statusCode: number; code: string | null; message: string; body?: unknown; headers?: Headers }>(
  p: Promise<unknown>,
): Promise<T> {
  try {
    await p;
  } catch (err) {
    return err as T;
  }
  throw new Error('expected the call to fail');
}

export const UPN = (local: string): string => `${local}@regionnorrvik.onmicrosoft.com`;
