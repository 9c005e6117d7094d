/**
 * `POST /$batch`: JSON batching (graph-wire §6). Up to 20 steps with unique ids; `dependsOn` orders steps
 * and a failed dependency yields 424; every step runs through the same dispatcher as a plain request
 * (faults included, so a throttled step answers 429 inside a 200 batch). Sub-request URLs are accepted as
 * `/users/x`, `users/x`, `/v1.0/users/x` and `/graph/v1.0/users/x` (what graph-js sends with our base URL).
 * Sub-response header keys are exactly "Content-Type" and 204 steps have no body (graph-wire §1 rules 7–8).
 */
import { makeCall } from './calls';
import { badRequest, errorResult, GraphHttpError, parseJsonBody } from './errors';
import { ODATA_JSON } from './http';
import type { GraphCall, GraphHandler, GraphResult } from './types';

export const BATCH_LIMIT = 20;
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

interface Step {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

/** Headers the outer request lends to every step: who is signed in, and the caller's correlation id. */
const INHERITED_HEADERS = ['x-emulator-user', 'cookie', 'client-request-id', 'authorization'];

function readSteps(raw: unknown): Step[] {
  if (!Array.isArray(raw)) throw badRequest("Invalid batch payload format: 'requests' must be an array.");
  if (raw.length === 0) throw badRequest('Invalid batch payload format: the batch has no requests.');
  if (raw.length > BATCH_LIMIT) throw badRequest(`Invalid batch payload format: the number of requests (${raw.length}) exceeds the limit of ${BATCH_LIMIT}.`);
  const seen = new Set<string>();
  const steps = raw.map((item: unknown, index): Step => {
    const r = (item ?? {}) as Record<string, unknown>;
    const id = typeof r.id === 'string' ? r.id : typeof r.id === 'number' ? String(r.id) : '';
    if (id === '') throw badRequest(`Invalid batch payload format: request ${index} has no id.`);
    // Ids are case-insensitive and must be unique; a duplicate fails the whole batch (D-batch).
    if (seen.has(id.toLowerCase())) throw badRequest(`Invalid batch payload format: request id '${id}' is duplicated.`);
    seen.add(id.toLowerCase());
    const method = typeof r.method === 'string' ? r.method.toUpperCase() : '';
    if (!METHODS.has(method)) throw badRequest(`Invalid batch payload format: request '${id}' has an invalid method '${String(r.method)}'.`);
    if (typeof r.url !== 'string' || r.url === '') throw badRequest(`Invalid batch payload format: request '${id}' has no url.`);
    const headers: Record<string, string> = {};
    if (r.headers && typeof r.headers === 'object') {
      for (const [k, v] of Object.entries(r.headers as Record<string, unknown>)) headers[k.toLowerCase()] = String(v);
    }
    if (r.body !== undefined && r.body !== null && !headers['content-type']) {
      throw badRequest(`Invalid batch payload format: request '${id}' has a body but no Content-Type header.`);
    }
    const dependsOn = r.dependsOn === undefined ? [] : r.dependsOn;
    if (!Array.isArray(dependsOn) || !dependsOn.every((d) => typeof d === 'string')) {
      throw badRequest(`Invalid batch payload format: request '${id}' has an invalid dependsOn.`);
    }
    return { id, method, url: r.url, headers, body: r.body, dependsOn: dependsOn as string[] };
  });
  for (const s of steps) {
    for (const d of s.dependsOn) {
      if (!seen.has(d.toLowerCase())) throw badRequest(`Invalid batch payload format: request '${s.id}' depends on unknown request '${d}'.`);
    }
  }
  return steps;
}

/** An order in which every step comes after its dependencies; a cycle is a malformed batch. */
function executionOrder(steps: Step[]): Step[] {
  const byId = new Map(steps.map((s) => [s.id.toLowerCase(), s]));
  const order: Step[] = [];
  const state = new Map<Step, 'visiting' | 'done'>();
  const visit = (s: Step): void => {
    if (state.get(s) === 'done') return;
    if (state.get(s) === 'visiting') throw badRequest(`Invalid batch payload format: circular dependsOn at request '${s.id}'.`);
    state.set(s, 'visiting');
    for (const d of s.dependsOn) visit(byId.get(d.toLowerCase()) as Step);
    state.set(s, 'done');
    order.push(s);
  };
  steps.forEach(visit);
  return order;
}

/** `/graph/v1.0/users/x`, `/v1.0/users/x`, `/users/x` and `users/x` all mean `users/x`. */
function relativeUrl(url: string, serviceRoot: string): string {
  const rootPath = new URL(serviceRoot).pathname.replace(/\/+$/, ''); // e.g. /graph/v1.0
  let u = url.trim();
  if (u.toLowerCase().startsWith(`${rootPath.toLowerCase()}/`)) u = u.slice(rootPath.length);
  else u = u.replace(/^\/?v1\.0\//i, '/');
  return u.replace(/^\/+/, '');
}

function stepResponse(id: string, result: GraphResult): Record<string, unknown> {
  const headers: Record<string, string> = { 'Cache-Control': 'no-cache', ...result.headers };
  const out: Record<string, unknown> = { id, status: result.status, headers };
  if (result.json !== undefined) {
    // BatchResponseContent reads only the exact key "Content-Type" (graph-wire §8).
    headers['OData-Version'] = '4.0';
    headers['Content-Type'] = result.status >= 400 ? 'application/json' : ODATA_JSON;
    out.body = result.json;
  } else if (result.text !== undefined) {
    headers['Content-Type'] = 'text/plain';
    out.body = result.text;
  }
  return out;
}

export const batch: GraphHandler = async (call, _params, ctx) => {
  if (call.inBatch) throw badRequest('A $batch request cannot contain another $batch request.');
  const body = parseJsonBody(call);
  const steps = executionOrder(readSteps(body.requests));
  const results = new Map<Step, GraphResult>();

  for (const step of steps) {
    const failed = step.dependsOn.find((d) => (results.get(steps.find((s) => s.id.toLowerCase() === d.toLowerCase()) as Step)?.status ?? 0) >= 400);
    const stepCall: GraphCall = makeCall({
      method: step.method,
      url: relativeUrl(step.url, call.serviceRoot),
      headers: {
        ...Object.fromEntries(INHERITED_HEADERS.filter((h) => call.headers[h] !== undefined).map((h) => [h, call.headers[h]])),
        ...step.headers,
      },
      body: step.body === undefined || step.body === null ? undefined : typeof step.body === 'string' ? step.body : JSON.stringify(step.body),
      serviceRoot: call.serviceRoot,
      inBatch: true,
    });
    if (failed !== undefined) {
      results.set(step, errorResult(stepCall, new GraphHttpError(424, 'FailedDependency', `The request '${step.id}' depends on request '${failed}', which failed.`)));
      continue;
    }
    results.set(step, await ctx.dispatch(stepCall));
  }
  // Answer in the order the caller sent (Graph may reorder; callers must match by id anyway).
  const original = readStepsOrder(body.requests);
  return {
    status: 200,
    json: { responses: original.map((id) => stepResponse(id, results.get(steps.find((s) => s.id === id) as Step) as GraphResult)) },
  };
};

function readStepsOrder(raw: unknown): string[] {
  return (raw as Array<{ id: string | number }>).map((r) => String(r.id));
}
