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
  /** The body as text (decoded from `bytes` as UTF-8 when first read). */
  body: string;
  /**
   * The body as it came. File uploads (`files/AddUsingPath`, `$value` PUT, chunked uploads) read
   * only these raw bytes: PnPjs labels them `application/json` but they are the file.
   */
  bytes: Buffer;
  /** `http://host:port` of the request, for absolute URLs in responses. */
  origin: string;
  /** UPN of the calling user. */
  user: string;
}

export interface EmuResponse {
  status: number;
  headers: Record<string, string>;
  /** Text, or the bytes of a file (`$value`). */
  body: string | Buffer;
}

/** A request object whose `body` text is decoded from `bytes` only if a handler asks for it. */
export function requestWithBytes(base: Omit<EmuRequest, 'body' | 'bytes'>, bytes: Buffer): EmuRequest {
  let text: string | null = null;
  return {
    ...base,
    bytes,
    get body(): string {
      if (text === null) text = bytes.toString('utf8');
      return text;
    },
  };
}

/** JSON values as they appear in request bodies. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The same request aimed at another path and query (the body is not read, so not decoded). */
export function retarget(req: EmuRequest, apiPath: string, query: string): EmuRequest {
  return {
    method: req.method,
    apiPath,
    query,
    headers: req.headers,
    origin: req.origin,
    user: req.user,
    bytes: req.bytes,
    get body(): string {
      return req.body;
    },
  };
}
