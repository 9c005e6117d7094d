/**
 * The emulator's internal request/response model. Fastify requests and the inner requests of a
 * `$batch` are both turned into an `EmuRequest`, so one router serves both paths the same way.
 */

export interface EmuRequest {
  /** Effective method, upper case, after `X-HTTP-Method` tunnelling (MERGE, DELETE, …). */
  method: string;
  /** Path below `<sitePath>/_api/`, still percent-encoded (e.g. `web/lists/getByTitle('A%20B')/items`). */
  apiPath: string;
  /** Raw query string without `?` (form-encoded). */
  query: string;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: string;
  /** `http://host:port` of the request, for absolute URLs in responses. */
  origin: string;
  /** UPN of the calling user. */
  user: string;
}

export interface EmuResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** JSON values as they appear in request bodies. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
