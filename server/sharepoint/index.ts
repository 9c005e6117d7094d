/**
 * A generic local SharePoint Online REST emulator, as a Fastify plugin.
 *
 * Serves `<sitePath>/_api/*` for the real PnPjs v4 client (lists, fields, items with OData
 * query options and paging, ETags, `$batch`, users, people picker, list view threshold,
 * unique values, document libraries with folders, files, versions and chunked uploads,
 * `@alias` parameters) plus test controls under `<sitePath>/_emulator/` (faults, reset, stats).
 * It knows nothing of the product's lists: like SharePoint, it is provisioned over REST; a new
 * site has only its default library "Documents" (`<sitePath>/Shared Documents`).
 *
 * Register with `app.register(sharePointEmulator, opts)`. The routes live in a child context
 * whose content-type parser hands every body over as raw bytes (PnPjs sends JSON light, verbose
 * JSON, multipart/mixed, and file content labelled `application/json`); handlers read the text
 * (`req.body`, decoded on first use) or, for uploads, the bytes (`req.bytes`). The app's own
 * parsers are untouched whether or not this function is wrapped with fastify-plugin.
 *
 * Document libraries, in short (see handlers/files.ts, handlers/folders.ts, store/library.ts):
 *  - `lists.add(title, desc, 101)` / `lists.ensure(…, 101)` make a library at `<site>/<title>`
 *    (BaseType 1, versioning on, MajorVersionLimit 500, items `SP.Data.<Name>Item`), with the
 *    fields FileLeafRef, FileRef, FileDirRef, FSObjType, File_x0020_Size, UniqueId, File_x0020_Type;
 *    custom fields are added through the fields API as to any list. Built-in fields carry
 *    SharePoint's fixed ids in every list (store/fieldtypes.ts).
 *  - Folders and files by server-relative URL (`getFolderByServerRelativePath`,
 *    `getFileByServerRelativePath`, case-insensitive), `folders.addUsingPath`, `files`,
 *    `files.addUsingPath(name, bytes, {Overwrite})` (Overwrite makes a new version and keeps the
 *    item, UniqueId and metadata), `$value` GET/PUT, `listItemAllFields` GET/MERGE, `versions`,
 *    delete/recycle, `items(n)/File`, `rootFolder`, and the chunked upload of `addChunked`.
 *  - A request body over `maxRequestBytes` (SPO's 262144000 by default) is refused with SPO's 400
 *    "The request message is too big" before it is read into memory.
 *  - File bytes are stored content-addressed (`<dataDir>/files/<sha256>`, or in memory without a
 *    data dir); the journal holds only the hashes, so files survive a restart.
 * A file is also served at its own URL (`GET <site>/Namndhandlingar/…/x.pdf`), as SharePoint serves a
 * link to it, through the same route and checks as `$value`.
 * Also: `@name` arguments in a path take the query parameter `@name` (`siteUsers(@v)?@v='…'`,
 * PnPjs's form-encoded `%40user=…`; alias.ts), and list titles over 255 characters are refused
 * (errors.ts `titleTooLong`, where the choice of error is explained).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DirectoryPerson } from '../directory/types';
import { parseBatch } from './batch';
import { Errors } from './errors';
import { Faults, normaliseFault, parseFaultString } from './faults';
import { describeLatency, Latency, parseLatency, Sleep } from '../latency';
import { errorResponse, route, RouterEnv } from './router';
import { Stats } from './stats';
import { BlobStore } from './store/blobs';
import { Journal } from './store/journal';
import { Site } from './store/site';
import { EmuResponse, requestWithBytes } from './types';

/** Content types of the files a browser opens by URL. */
const FILE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8'
};

/** SPO's limit for one request body (a non-chunked upload): 250 MiB (sp-dev-docs#8280). */
export const SPO_MAX_REQUEST_BYTES = 262_144_000;

export interface SharePointEmulatorOptions {
  /** Server-relative site URL, e.g. '/sites/internkontroll'. */
  sitePath: string;
  /** Folder for persistence; null = in memory only (tests). */
  dataDir: string | null;
  /** The people who can be site users and are found by the people picker. */
  directory: DirectoryPerson[];
  /** UPN of the current user when a request names none. */
  defaultUser: string;
  /** UPNs of the site's owners (its Owners group, Full Control); default: `defaultUser`, who provisions the site. */
  siteOwners?: string[];
  /** Fault spec `"status:share:retryAfter"`, e.g. `"429:0.2:1"`. */
  faults?: string;
  /** Largest request body accepted (default SPO's 262144000 bytes); larger ones get SPO's 400. */
  maxRequestBytes?: number;
  /** The latency model, e.g. `"150ms+10ms/op"` (server/latency.ts); off when absent. */
  latency?: string;
  /** For tests: how the latency is waited for. */
  sleep?: Sleep;
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
  const site = new Site(new Journal(opts.dataDir), opts.directory, new BlobStore(opts.dataDir), sitePath, opts.siteOwners ?? [opts.defaultUser]);
  const maxRequestBytes = opts.maxRequestBytes ?? SPO_MAX_REQUEST_BYTES;
  const faults = new Faults(parseFaultString(opts.faults));
  const latency = new Latency(parseLatency(opts.latency), opts.sleep);
  const stats = new Stats();
  const env: RouterEnv = { site, sitePath };
  /** Where a request comes from and who sends it: the emulator's stand-in for sign-in (header, cookie, default). */
  const caller = (request: FastifyRequest, headers: Record<string, string>): { origin: string; user: string } => ({
    origin: `${request.protocol}://${headers['host'] ?? 'localhost'}`,
    user: headers['x-emulator-user'] || cookie(headers, 'emulator-user') || opts.defaultUser
  });

  await app.register(async (child) => {
    child.removeAllContentTypeParsers();
    child.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxRequestBytes }, (_req, body, done) => done(null, body));
    child.addHook('onClose', async () => site.close());
    // Fastify stops reading an over-large body (by Content-Length, or as it streams in) and
    // reports it here; answer as SPO does instead of with Fastify's 413.
    child.setErrorHandler(async (error: { code?: string; statusCode?: number }, request, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return send(reply.header('connection', 'close'), errorResponse(Errors.requestTooLarge(maxRequestBytes), headerMap(request).accept));
      }
      throw error;
    });

    const api = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
      const rawUrl = request.raw.url ?? request.url;
      const q = rawUrl.indexOf('?');
      const pathPart = q < 0 ? rawUrl : rawUrl.slice(0, q);
      const headers = headerMap(request);
      stats.count(request.method);

      const fault = faults.check(rawUrl);
      if (fault) {
        stats.countFault();
        return send(reply, fault);
      }

      const marker = pathPart.toLowerCase().indexOf('/_api/');
      const apiPath = marker < 0 ? '' : pathPart.slice(marker + '/_api/'.length);
      const tunnel = headers['x-http-method'];
      const method = request.method === 'POST' && tunnel ? tunnel.toUpperCase() : request.method;
      const isContextInfo = /^contextinfo\/?$/i.test(apiPath);
      if (request.method !== 'GET' && !isContextInfo && !headers['x-requestdigest'] && !headers['authorization']) {
        return send(reply, errorResponse(Errors.securityValidation(), headers['accept']));
      }
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const req = requestWithBytes(
        {
          method,
          apiPath,
          query: q < 0 ? '' : rawUrl.slice(q + 1),
          headers,
          ...caller(request, headers),
        },
        bytes,
      );
      let operations = 1;
      if (/^\$batch\/?$/i.test(apiPath)) {
        try {
          operations = parseBatch(req.body, headers['content-type'] ?? '').length;
          stats.countBatch(operations);
        } catch {
          // the router reports the malformed batch
        }
      }
      const res = await latency.answer(operations, () => {
        const answer = route(req, env);
        site.flush();
        return answer;
      });
      return send(reply, res);
    };

    // A file opened by its own URL, as a browser opens a link to a library file in SharePoint: the same
    // route and checks as `getFileByServerRelativePath(decodedUrl=…)/$value`, with the type by extension.
    const fileByUrl = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
      const rawUrl = request.raw.url ?? request.url;
      const q = rawUrl.indexOf('?');
      let path: string;
      try {
        path = decodeURIComponent(q < 0 ? rawUrl : rawUrl.slice(0, q));
      } catch {
        return reply.code(400).send();
      }
      const headers = headerMap(request);
      const fault = faults.check(rawUrl);
      if (fault) {
        stats.countFault();
        return send(reply, fault);
      }
      const res = await latency.answer(1, () => route(requestWithBytes({
        method: 'GET', apiPath: `web/getFileByServerRelativePath(decodedUrl='${path.replace(/'/g, "''")}')/$value`, query: '', headers,
        ...caller(request, headers)
      }, Buffer.alloc(0)), env));
      if (res.status !== 200) return reply.code(res.status === 400 ? 404 : res.status).type('text/plain; charset=utf-8').send(res.status === 404 || res.status === 400 ? 'Filen finns inte.' : '');
      const type = FILE_TYPES[path.slice(path.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
      const name = path.slice(path.lastIndexOf('/') + 1);
      return reply.code(200).header('content-type', type)
        .header('content-disposition', `${type === 'application/pdf' ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(name)}`)
        .send(res.body);
    };

    const prefixes = [...new Set([sitePath, sitePath.toLowerCase()])];
    for (const prefix of prefixes) {
      child.route({ method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], url: `${prefix}/_api/*`, handler: api });
      child.get(`${prefix}/*`, fileByUrl);

      child.get(`${prefix}/_emulator/faults`, async (_req, reply) => reply.send(faults.current ?? {}));
      child.put(`${prefix}/_emulator/faults`, async (request, reply) => {
        let parsed: unknown = {};
        const text = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : '';
        try {
          parsed = JSON.parse(text !== '' ? text : '{}');
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
      // The latency model at run time: `{"latency": "150ms+10ms/op"}` (or "off").
      child.get(`${prefix}/_emulator/latency`, async (_req, reply) => reply.send({ latency: describeLatency(latency.current), ...latency.current }));
      child.put(`${prefix}/_emulator/latency`, async (request, reply) => {
        try {
          const text = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : '';
          latency.set(parseLatency(String((JSON.parse(text !== '' ? text : '{}') as { latency?: unknown }).latency ?? '')));
        } catch (error) {
          return reply.code(400).send({ error: error instanceof Error ? error.message : 'invalid latency' });
        }
        return reply.send({ latency: describeLatency(latency.current), ...latency.current });
      });
    }
  });
}

export default sharePointEmulator;
