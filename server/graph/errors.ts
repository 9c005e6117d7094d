/**
 * Graph's error shape, in one place: `{"error":{"code","message","innerError":{"date","request-id",
 * "client-request-id"}}}` (graph-wire §1 rule 5, camelCase `innerError`). Handlers throw `GraphHttpError`;
 * the dispatcher turns it into a result so HTTP and `$batch` answer errors the same way.
 */
import type { GraphCall, GraphResult } from './types';

export interface GraphErrorOptions {
  headers?: Record<string, string>;
  /** Extra keys for innerError (the 429 body carries code/message/status there too). */
  inner?: Record<string, string>;
  /** Some Exchange errors (sendMail MIME) have no innerError at all (graph-wire §5). */
  noInnerError?: boolean;
}

export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly options: GraphErrorOptions = {},
  ) {
    super(message);
    this.name = 'GraphHttpError';
  }
}

/** Graph's innerError date: UTC without zone or fraction, e.g. `2025-02-13T10:17:05`. */
export function graphDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 19);
}

export function errorResult(call: Pick<GraphCall, 'requestId' | 'clientRequestId'>, err: GraphHttpError): GraphResult {
  const error: Record<string, unknown> = { code: err.code, message: err.message };
  if (!err.options.noInnerError) {
    error.innerError = {
      ...err.options.inner,
      date: graphDate(),
      'request-id': call.requestId,
      'client-request-id': call.clientRequestId,
    };
  }
  return { status: err.status, headers: err.options.headers, json: { error } };
}

// Frequent errors, with the codes and messages real Graph uses (graph-wire §3, §7).
export const notFound = (resource: string): GraphHttpError =>
  new GraphHttpError(
    404,
    'Request_ResourceNotFound',
    `Resource '${resource}' does not exist or one of its queried reference-property objects are not present.`,
  );

export const badRequest = (message: string, code = 'BadRequest'): GraphHttpError => new GraphHttpError(400, code, message);

export const unsupportedQuery = (message = 'Unsupported Query.'): GraphHttpError =>
  new GraphHttpError(400, 'Request_UnsupportedQuery', message);

export const forbidden = (message: string): GraphHttpError => new GraphHttpError(403, 'Forbidden', message);

/** Parses a JSON request body; Graph answers malformed JSON with 400 BadRequest. */
export function parseJsonBody(call: GraphCall): Record<string, unknown> {
  if (call.body === undefined || call.body.trim() === '') throw badRequest('Empty Payload. JSON content expected.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(call.body);
  } catch {
    throw badRequest('Invalid request body: the JSON could not be parsed.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw badRequest('Invalid request body: a JSON object was expected.');
  }
  return parsed as Record<string, unknown>;
}
