/**
 * Builds a `GraphCall` from a relative Graph URL, headers and body: splits key syntax (`users('x')`) into
 * segments, percent-decodes query values and normalizes system query option names (graph-wire §1 rule 9).
 * Both the HTTP entry point and `$batch` steps use it, so they cannot drift apart.
 */
import { randomUUID } from 'node:crypto';
import { badRequest } from './errors';
import type { GraphCall } from './types';

/** OData system query options; Graph accepts them with or without `$`, in any case. */
const SYSTEM_OPTIONS = new Set(['select', 'filter', 'top', 'skiptoken', 'count', 'search', 'orderby', 'expand', 'skip', 'format']);

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw badRequest(`Invalid percent-encoding in '${text}'.`);
  }
}

/** `users('a@b')/manager` → ['users', 'a@b', 'manager']. */
export function splitSegments(path: string): string[] {
  const out: string[] = [];
  for (const raw of path.split('/')) {
    if (raw === '') continue;
    const seg = decode(raw);
    const key = /^([^(]+)\((.*)\)$/.exec(seg);
    if (key) {
      out.push(key[1], key[2].replace(/^'(.*)'$/, '$1').replace(/''/g, "'"));
    } else {
      out.push(seg);
    }
  }
  return out;
}

export function parseQuery(queryString: string): { query: Map<string, string>; pairs: Array<[string, string]> } {
  const query = new Map<string, string>();
  const pairs: Array<[string, string]> = [];
  for (const part of queryString.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? '' : decode(part.slice(eq + 1));
    pairs.push([key, value]);
    const bare = key.replace(/^\$/, '').toLowerCase();
    query.set(SYSTEM_OPTIONS.has(bare) ? bare : key, value);
  }
  return { query, pairs };
}

export interface CallInput {
  method: string;
  /** Path and query after the version, e.g. `users?$top=5` (no leading slash needed). */
  url: string;
  /** Header names in any case. */
  headers: Record<string, string | string[] | undefined>;
  body: string | undefined;
  serviceRoot: string;
  inBatch: boolean;
}

export function makeCall(input: CallInput): GraphCall {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(input.headers)) {
    if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  const q = input.url.indexOf('?');
  const path = (q < 0 ? input.url : input.url.slice(0, q)).replace(/^\/+/, '');
  const { query, pairs } = parseQuery(q < 0 ? '' : input.url.slice(q + 1));
  const requestId = randomUUID();
  return {
    method: input.method.toUpperCase(),
    path,
    segments: [], // filled by dispatch, where a bad path can become a Graph error
    query,
    queryPairs: pairs,
    headers,
    body: input.body,
    contentType: (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase(),
    serviceRoot: input.serviceRoot,
    requestId,
    // Graph echoes the caller's id, or repeats request-id when none was sent (graph-wire §1 rule 10).
    clientRequestId: headers['client-request-id'] ?? requestId,
    inBatch: input.inBatch,
  };
}
