/** Reads a JSON request body (empty → `{}`); verbose bodies keep their `__metadata`, callers drop it. */
import { Errors } from '../errors';
import { isJsonObject, JsonObject } from '../types';

export function jsonBody(body: string): JsonObject {
  if (body.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw Errors.badQuery('Invalid JSON. A token was not recognized in the JSON content.');
  }
  if (!isJsonObject(parsed)) throw Errors.badQuery('The request body must be a JSON object.');
  return parsed;
}

/** Drops `__metadata` (verbose bodies) from a write body. */
export function withoutMetadata(o: JsonObject): JsonObject {
  const { __metadata: _ignored, ...rest } = o;
  return rest;
}
