/**
 * Graph-side routing, independent of HTTP: runs a `GraphCall` through faults, `/me` aliasing, the route
 * table, the granted permissions (permissions.ts) and error handling. Graph matches resource names
 * case-insensitively and accepts key syntax (`users('x')`), which is why this is done here and not with
 * the HTTP framework's router.
 */
import { splitSegments } from './calls';
import { graphRoutes } from './routes';
import { badRequest, errorResult, GraphHttpError } from './errors';
import type { EmulatorContext, GraphCall, GraphResult } from './types';

function match(pattern: string[], segments: string[]): string[] | null {
  if (pattern.length !== segments.length) return null;
  const params: string[] = [];
  for (let i = 0; i < pattern.length; i += 1) {
    if (pattern[i].startsWith(':')) params.push(segments[i]);
    else if (pattern[i].toLowerCase() !== segments[i].toLowerCase()) return null;
  }
  return params;
}

/** Runs one call: faults first, then the matching route; every failure becomes a Graph error result. */
export async function dispatch(call: GraphCall, ctx: EmulatorContext): Promise<GraphResult> {
  try {
    const fault = ctx.faults.check(call.path);
    if (fault) throw fault;
    let segments = splitSegments(call.path);
    // `/me` is an alias of `/users/{signed-in user}` for every path below it.
    const viaMe = segments[0]?.toLowerCase() === 'me';
    if (viaMe) segments = ['users', ctx.me(call).id, ...segments.slice(1)];
    call.segments = segments;

    let pathMatched = false;
    for (const route of graphRoutes) {
      const params = match(route.pattern, segments);
      if (params === null) continue;
      pathMatched = true;
      if (route.method !== call.method) continue;
      ctx.permissions.check(`${route.method} ${route.pattern.join('/')}`, viaMe);
      return await route.handler(call, params, ctx);
    }
    if (pathMatched) throw new GraphHttpError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
    throw badRequest(`Resource not found for the segment '${segments[segments.length - 1] ?? ''}'.`);
  } catch (err) {
    if (err instanceof GraphHttpError) return errorResult(call, err);
    // A bug in the emulator: answer like Graph's generic failure, and keep the cause visible in the message.
    return errorResult(call, new GraphHttpError(500, 'generalException', `Emulator error: ${(err as Error).message}`));
  }
}
