/**
 * The bench's own local product, in this process: both emulators and (for Chromium) the built workbench on
 * one free port, in memory, with the scale region's directory; plus the emulators' control routes the bench
 * uses — the latency model, the SharePoint request counters and the Graph deliveries.
 */
import { FastifyInstance } from 'fastify';
import { AddressInfo } from 'net';
import { buildApp, SITE_PATH } from '../server/app';
import { demoDirectory } from '../server/directory/demoDirectory';
import type { DirectoryPerson } from '../server/directory/types';
import type { StatsSnapshot } from '../server/sharepoint/stats';

/** The latency model the bench measures with (server/latency.ts): the middle of SharePoint Online's range. */
export const LATENCY = '150ms+10ms/op';

export interface BenchProduct {
  app: FastifyInstance;
  origin: string;
  siteUrl: string;
  graphUrl: string;
  /** Switches the latency model of both emulators (`off` or e.g. `150ms+10ms/op`). */
  setLatency(latency: string): Promise<void>;
  stats(): Promise<StatsSnapshot>;
  deliveries(): Promise<Array<{ to: string[]; kind: string; text: string }>>;
  close(): Promise<void>;
}

export async function startBenchProduct(options: { today: string; directory: DirectoryPerson[]; workbenchDir: string | null }): Promise<BenchProduct> {
  // The workbench's person switch keeps the demo's people: a SharePoint page is not sent the directory.
  const app = await buildApp({ dataDir: null, workbenchDir: options.workbenchDir, today: options.today, directory: options.directory, workbenchPeople: demoDirectory });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const siteUrl = `${origin}${SITE_PATH}`;
  const json = async <T>(url: string, init?: RequestInit): Promise<T> => {
    const response = await fetch(url, init);
    if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const put = (url: string, latency: string): Promise<unknown> =>
    json(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ latency }) });
  return {
    app, origin, siteUrl, graphUrl: `${origin}/graph/`,
    async setLatency(latency) {
      await put(`${siteUrl}/_emulator/latency`, latency);
      await put(`${origin}/graph/_emulator/latency`, latency);
    },
    stats: () => json<StatsSnapshot>(`${siteUrl}/_emulator/stats`),
    async deliveries() {
      const body = await json<unknown>(`${origin}/graph/_emulator/deliveries`);
      return (Array.isArray(body) ? body : (body as { value?: unknown[] }).value ?? []) as Array<{ to: string[]; kind: string; text: string }>;
    },
    close: () => app.close()
  };
}

/** The difference of two stats snapshots: what happened between them. */
export function statsBetween(before: StatsSnapshot, after: StatsSnapshot): StatsSnapshot {
  const byMethod: Record<string, number> = {};
  for (const [method, n] of Object.entries(after.byMethod)) {
    const d = n - (before.byMethod[method] ?? 0);
    if (d > 0) byMethod[method] = d;
  }
  return { total: after.total - before.total, byMethod, batches: after.batches - before.batches, batchOperations: after.batchOperations - before.batchOperations,
    faulted: (after.faulted ?? 0) - (before.faulted ?? 0) };
}
