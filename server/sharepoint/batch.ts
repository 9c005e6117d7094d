/**
 * `POST _api/$batch`: parses the multipart/mixed body leniently (LF or CRLF, any header case,
 * changesets with quoted boundaries; README §4), runs every inner request in order through the
 * same router with the outer request's user, and answers flat: one `--batchresponse_<guid>`
 * part per request, CRLF line endings, a reason phrase on every status line, upper-case inner
 * header names, closing boundary plus CRLF. Changesets are not atomic, as in SharePoint.
 */
import { randomUUID } from 'node:crypto';
import { Errors } from './errors';
import { EmuRequest, EmuResponse } from './types';

export const MAX_BATCH_OPERATIONS = 100;

interface InnerRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? 'Unknown';
}

function boundaryOf(contentType: string): string | null {
  const m = /boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m ? (m[1] ?? m[2]) : null;
}

/** Splits at the first blank line into [head, rest]. */
function splitAtBlank(s: string): [string, string] {
  const i = s.indexOf('\n\n');
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 2)];
}

function parseHeaders(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of block.split('\n')) {
    const c = line.indexOf(':');
    if (c > 0) out[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
  }
  return out;
}

function splitParts(text: string, boundary: string): string[] {
  const parts: string[] = [];
  let cur: string[] | null = null;
  for (const line of text.split('\n')) {
    const t = line.trimEnd();
    if (t === `--${boundary}--`) {
      if (cur) parts.push(cur.join('\n'));
      cur = null;
      break;
    }
    if (t === `--${boundary}`) {
      if (cur) parts.push(cur.join('\n'));
      cur = [];
      continue;
    }
    if (cur) cur.push(line);
  }
  if (cur) parts.push(cur.join('\n'));
  return parts;
}

function parsePart(part: string): InnerRequest[] {
  const [head, rest] = splitAtBlank(part.replace(/^\n+/, ''));
  const headers = parseHeaders(head);
  const ct = headers['content-type'] ?? '';
  if (/multipart\/mixed/i.test(ct)) {
    const b = boundaryOf(ct);
    if (!b) throw Errors.badQuery('A changeset has no boundary.');
    return splitParts(rest, b).flatMap(parsePart);
  }
  const [reqHead, body] = splitAtBlank(rest.replace(/^\n+/, ''));
  const lines = reqHead.split('\n');
  const m = /^([A-Za-z]+)\s+(\S+)(?:\s+HTTP\/[\d.]+)?\s*$/.exec(lines[0]?.trim() ?? '');
  if (!m) throw Errors.badQuery(`Invalid request line in batch: '${lines[0] ?? ''}'.`);
  return [{ method: m[1].toUpperCase(), url: m[2], headers: parseHeaders(lines.slice(1).join('\n')), body: body.replace(/\s+$/, '') }];
}

export function parseBatch(body: string, contentType: string): InnerRequest[] {
  const text = body.replace(/\r\n/g, '\n');
  const boundary = boundaryOf(contentType) ?? /^--(\S+)/m.exec(text)?.[1] ?? null;
  if (!boundary) throw Errors.badQuery('The batch request has no boundary.');
  return splitParts(text, boundary).flatMap(parsePart);
}

function toEmuRequest(outer: EmuRequest, inner: InnerRequest): EmuRequest | EmuResponse {
  let url: URL;
  try {
    url = new URL(inner.url, outer.origin);
  } catch {
    return { status: 400, headers: {}, body: '' };
  }
  const marker = url.pathname.toLowerCase().indexOf('/_api/');
  const tunnel = inner.headers['x-http-method'];
  return {
    method: (tunnel ?? inner.method).toUpperCase(),
    apiPath: marker < 0 ? '' : url.pathname.slice(marker + '/_api/'.length),
    query: url.search.replace(/^\?/, ''),
    headers: inner.headers,
    body: inner.body,
    bytes: Buffer.from(inner.body, 'utf8'),
    origin: url.origin,
    user: outer.user,
  };
}

export function runBatch(outer: EmuRequest, handle: (r: EmuRequest) => EmuResponse): EmuResponse {
  const inner = parseBatch(outer.body, outer.headers['content-type'] ?? '');
  if (inner.length > MAX_BATCH_OPERATIONS) throw Errors.batchTooLarge();
  const boundary = `batchresponse_${randomUUID()}`;
  let out = '';
  for (const r of inner) {
    const req = toEmuRequest(outer, r);
    const res = 'apiPath' in req ? handle(req) : req;
    out += `--${boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n`;
    out += `HTTP/1.1 ${res.status} ${reasonPhrase(res.status)}\r\n`;
    for (const [k, v] of Object.entries(res.headers)) out += `${k.toUpperCase()}: ${v}\r\n`;
    out += `\r\n${res.body}\r\n`;
  }
  out += `--${boundary}--\r\n`;
  return { status: 200, headers: { 'content-type': `multipart/mixed; boundary=${boundary}` }, body: out };
}
