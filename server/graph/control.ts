/**
 * The emulator's own control endpoints under `/_emulator` (never faulted, not part of Graph):
 * deliveries (list, filter by recipient, clear), faults (get/set/clear), Teams-blocked users, and reset.
 * The workbench shows deliveries from here; tests use it to check what the product sent.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseFaultRule } from './faults';
import { describeLatency, parseLatency } from '../latency';
import type { EmulatorContext } from './types';

function jsonBody(req: FastifyRequest): unknown {
  const raw = req.body;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  return JSON.parse(raw) as unknown;
}

function badInput(reply: FastifyReply, message: string): FastifyReply {
  return reply.code(400).header('content-type', 'application/json').send(JSON.stringify({ error: { code: 'BadRequest', message } }));
}

function json(reply: FastifyReply, value: unknown): FastifyReply {
  return reply.header('content-type', 'application/json').send(JSON.stringify(value));
}

export function registerControlRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  app.get('/_emulator/deliveries', async (req, reply) => {
    const { to, kind } = req.query as { to?: string; kind?: string };
    let list = [...ctx.store.deliveries()];
    if (to) {
      const person = ctx.people.find(to);
      const wanted = new Set([to.toLowerCase(), person?.userPrincipalName.toLowerCase(), person?.id.toLowerCase()].filter(Boolean));
      list = list.filter((d) => d.to.some((t) => wanted.has(t.toLowerCase())) || (d.recipientId !== null && wanted.has(d.recipientId.toLowerCase())));
    }
    if (kind) list = list.filter((d) => d.kind === kind);
    return json(reply, list);
  });

  app.delete('/_emulator/deliveries', async (_req, reply) => {
    ctx.store.clearDeliveries();
    return reply.code(204).send();
  });

  app.get('/_emulator/faults', async (_req, reply) => json(reply, ctx.faults.list()));

  // The latency model at run time: `{"latency": "150ms+10ms/op"}` (or "off").
  app.get('/_emulator/latency', async (_req, reply) => json(reply, { latency: describeLatency(ctx.latency.current), ...ctx.latency.current }));
  app.put('/_emulator/latency', async (req, reply) => {
    try {
      const body = jsonBody(req) as { latency?: unknown } | undefined;
      ctx.latency.set(parseLatency(String(body?.latency ?? '')));
    } catch (err) {
      return badInput(reply, err instanceof Error ? err.message : 'invalid latency');
    }
    return json(reply, { latency: describeLatency(ctx.latency.current), ...ctx.latency.current });
  });

  app.put('/_emulator/faults', async (req, reply) => {
    try {
      const body = jsonBody(req);
      const rules = (Array.isArray(body) ? body : [body]).map(parseFaultRule);
      ctx.faults.set(rules);
      return json(reply, ctx.faults.list());
    } catch (err) {
      return badInput(reply, (err as Error).message);
    }
  });

  app.delete('/_emulator/faults', async (_req, reply) => {
    ctx.faults.clear();
    return reply.code(204).send();
  });

  app.get('/_emulator/teams-blocked', async (_req, reply) => json(reply, { users: ctx.faults.teamsBlockedUsers() }));

  app.put('/_emulator/teams-blocked', async (req, reply) => {
    let body: unknown;
    try {
      body = jsonBody(req);
    } catch (err) {
      return badInput(reply, (err as Error).message);
    }
    const users = (body as { users?: unknown } | undefined)?.users;
    if (!Array.isArray(users) || !users.every((u) => typeof u === 'string')) return badInput(reply, 'Expected {"users":["upn", …]}.');
    ctx.faults.setTeamsBlocked(users.map((u: string) => ctx.people.find(u)?.userPrincipalName ?? u));
    return json(reply, { users: ctx.faults.teamsBlockedUsers() });
  });

  app.delete('/_emulator/teams-blocked', async (_req, reply) => {
    ctx.faults.setTeamsBlocked([]);
    return reply.code(204).send();
  });

  /** Forgets chats, messages, deliveries and installations, and clears faults and blocks. */
  app.post('/_emulator/reset', async (_req, reply) => {
    ctx.store.reset();
    ctx.faults.clear();
    ctx.faults.setTeamsBlocked([]);
    return reply.code(204).send();
  });
}
