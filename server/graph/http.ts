/**
 * Writing a `GraphResult` onto an HTTP reply, with Graph's wire rules: JSON bodies carry the OData JSON
 * content type, bodiless 201/202/204 carry no content type at all (graph-js would try to parse them,
 * graph-wire §1 rules 2–4).
 */
import type { FastifyReply } from 'fastify';
import type { GraphResult } from './types';

export const ODATA_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export function sendResult(reply: FastifyReply, result: GraphResult): FastifyReply {
  reply.code(result.status);
  for (const [k, v] of Object.entries(result.headers ?? {})) reply.header(k, v);
  if (result.json !== undefined) {
    reply.header('content-type', result.status >= 400 ? 'application/json' : ODATA_JSON);
    return reply.send(JSON.stringify(result.json));
  }
  if (result.text !== undefined) {
    reply.header('content-type', 'text/plain');
    return reply.send(result.text);
  }
  reply.removeHeader('content-type');
  return reply.send();
}
