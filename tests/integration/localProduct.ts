/**
 * Starts the local product's server (both emulators, no workbench) in this process on a free port,
 * in memory, for integration tests that talk to it over real HTTP.
 */
import { FastifyInstance } from 'fastify';
import { AddressInfo } from 'net';
import { buildApp, SITE_PATH } from '../../server/app';

export interface LocalProduct {
  app: FastifyInstance;
  origin: string;
  siteUrl: string;
  graphUrl: string;
}

export async function startLocalProduct(options: { today?: string; spFaults?: string } = {}): Promise<LocalProduct> {
  const app = await buildApp({ dataDir: null, workbenchDir: null, today: options.today ?? '2026-11-23', spFaults: options.spFaults });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return { app, origin, siteUrl: `${origin}${SITE_PATH}`, graphUrl: `${origin}/graph/` };
}
