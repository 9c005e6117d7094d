/**
 * A generic local SharePoint Online REST emulator, as a Fastify plugin.
 *
 * Serves `<sitePath>/_api/*` for the real PnPjs v4 client (lists, fields, items with OData
 * query options and paging, ETags, `$batch`, users, people picker, list view threshold,
 * unique values) plus test controls under `<sitePath>/_emulator/` (faults, reset, stats).
 * It knows nothing of the product's lists: like SharePoint, it is provisioned over REST.
 *
 * Register with `app.register(sharePointEmulator, opts)`. The routes live in a child context
 * whose content-type parser hands every body over as a string (PnPjs sends JSON light,
 * verbose JSON and multipart/mixed), so the app's own parsers are untouched whether or not this
 * function is wrapped with fastify-plugin.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DirectoryPerson } from '../directory/types';
import { parseBatch } from './batch';
import { Errors } from './errors';
import { Faults, normaliseFault, parseFaultString } from './faults';
import { errorResponse, route, RouterEnv } from './router';
import { Stats } from './stats';
import { Journal } from './store/journal';
import { Site } from './store/site';
import { EmuRequest, EmuResponse } from './types';

export interface SharePointEmulatorOptions {
  /** Server-relative site URL, e.g. '/sites/internkontroll'. */
  sitePath: string;
  /** Folder for persistence; null = in memory only (tests). */
  dataDir: string | null;
  /** The people who can be site users and are found by the people picker. */
  directory: DirectoryPerson[];
  /** UPN of the current user when a request names none. */
  defaultUser: string;
  /** Fault spec `"status:share:retryAfter"`, e.g. `"429:0.2:1"`. */
  faults?: string;
}

function headerMap(request: FastifyRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(request.headers)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  }
  return out;
}

function cookie(headers: Record<string, string>, name: string): string | null {
  for (const part of (headers['cookie'] ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return part.slice(eq + 1).trim();
      }
    }
  }
  return null;
}

function send(reply: FastifyReply, res: EmuResponse): FastifyReply {
  reply.code(res.status);
  for (const [k, v] of Object.entries(res.headers)) reply.header(k, v);
  return reply.send(res.body);
}

export async function sharePointEmulator(app: FastifyInstance, opts: SharePointEmulatorOptions): Promise<void> {
  const sitePath = '/' + opts.sitePath.replace(/^\/+|\/+$/g, '');
  const site = new Site(new Journal(opts.dataDir), opts.directory);
  const faults = new Faults(parseFaultString(opts.faults));
  const stats = new Stats();
  const env: RouterEnv = { site, sitePath };

  await app.register(async (child) => {
    child.removeAllContentTypeParsers();
    child.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 100 * 1024 * 1024 }, (_req, body, done) => done(null, body));
    child.addHook('onClose', async () => site.close());

    const api = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
      const rawUrl = request.raw.url ?? request.url;
      const q = rawUrl.indexOf('?');
      const pathPart = q < 0 ? rawUrl : rawUrl.slice(0, q);
      const headers = headerMap(request);
      stats.count(request.method);

      const fault = faults.check(rawUrl);
      if (fault) return send(reply, fault);

      const marker = pathPart.toLowerCase().indexOf('/_api/');
      const apiPath = marker < 0 ? '' : pathPart.slice(marker + '/_api/'.length);
      const tunnel = headers['x-http-method'];
      const method = request.method === 'POST' && tunnel ? tunnel.toUpperCase() : request.method;
      const isContextInfo = /^contextinfo\/?$/i.test(apiPath);
      if (request.method !== 'GET' && !isContextInfo && !headers['x-requestdigest'] && !headers['authorization']) {
        return send(reply, errorResponse(Errors.securityValidation(), headers['accept']));
      }
      const req: EmuRequest = {
        method,
        apiPath,
        query: q < 0 ? '' : rawUrl.slice(q + 1),
        headers,
        body: typeof request.body === 'string' ? request.body : '',
        origin: `${request.protocol}://${headers['host'] ?? 'localhost'}`,
        user: headers['x-emulator-user'] || cookie(headers, 'emulator-user') || opts.defaultUser,
      };
      if (/^\$batch\/?$/i.test(apiPath)) {
        try {
          stats.countBatch(parseBatch(req.body, headers['content-type'] ?? '').length);
        } catch {
          // the router reports the malformed batch
        }
      }
      const res = route(req, env);
      site.flush();
      return send(reply, res);
    };

    const prefixes = [...new Set([sitePath, sitePath.toLowerCase()])];
    for (const prefix of prefixes) {
      child.route({ method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], url: `${prefix}/_api/*`, handler: api });

      child.get(`${prefix}/_emulator/faults`, async (_req, reply) => reply.send(faults.current ?? {}));
      child.put(`${prefix}/_emulator/faults`, async (request, reply) => {
        let parsed: unknown = {};
        try {
          parsed = JSON.parse(typeof request.body === 'string' && request.body !== '' ? request.body : '{}');
        } catch {
          return reply.code(400).send({ error: 'invalid JSON' });
        }
        faults.set(normaliseFault(parsed));
        return reply.send(faults.current ?? {});
      });
      child.delete(`${prefix}/_emulator/faults`, async (_req, reply) => {
        faults.set(null);
        return reply.code(204).send();
      });
      child.post(`${prefix}/_emulator/reset`, async (_req, reply) => {
        site.reset();
        site.flush();
        stats.reset();
        return reply.code(204).send();
      });
      child.get(`${prefix}/_emulator/stats`, async (_req, reply) => reply.send(stats.snapshot()));
    }
  });
}

export default sharePointEmulator;
