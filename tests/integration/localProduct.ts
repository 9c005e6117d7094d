/**
 * Starts the local product's server (both emulators, no workbench) in this process on a free port,
 * in memory, for integration tests that talk to it over real HTTP.
 */
import { FastifyInstance } from 'fastify';
import { AddressInfo } from 'net';
import { buildApp, SITE_PATH } from '../../server/app';
import { demoDirectory, personas } from '../../server/directory/demoDirectory';
import { seedDemo } from '../../server/seed';
import { createSp } from '../../src/data/spClient';
import { createStore, Store } from '../../src/data/stores';

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

/** The local product with the demo region seeded as of `today`, and a Store on it as the coordinator. */
export async function startSeededProduct(today: string): Promise<{ product: LocalProduct; store: Store }> {
  const product = await startLocalProduct({ today });
  const sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
  await seedDemo(sp, today, demoDirectory);
  return { product, store: createStore(sp) };
}

/**
 * The REST requests `run` makes through `fetch`, decoded, with every part of a `$batch` as its own entry (the
 * request lines of its multipart body), so a test can check what each read asked for.
 */
export async function recordRequests<T>(run: () => Promise<T>): Promise<{ result: T; urls: string[] }> {
  const original = globalThis.fetch;
  const urls: string[] = [];
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = decodeURIComponent(String(input instanceof Request ? input.url : input));
    const body = typeof init?.body === 'string' ? init.body : '';
    const parts = url.endsWith('/$batch') ? [...body.matchAll(/^(?:GET|POST|PATCH|MERGE|DELETE|PUT) (\S+) HTTP\/1\.1$/gm)].map((m) => decodeURIComponent(m[1])) : [];
    urls.push(...(parts.length ? parts : [url]));
    return original(input, init);
  };
  try {
    return { result: await run(), urls };
  } finally {
    globalThis.fetch = original;
  }
}
