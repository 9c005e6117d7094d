/**
 * The emulator's own control endpoints under `/_emulator` (never faulted, not part of Graph):
 * deliveries (list, filter by recipient, clear), faults (get/set/clear, stats), Teams-blocked users, disabled
 * accounts, the Graph permissions taken away from the product (get/set/clear), and reset.
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

  // How many calls (requests and `$batch` steps) were checked, and how many answered with an injected fault.
  app.get('/_emulator/stats', async (_req, reply) => json(reply, ctx.faults.stats()));

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

  /** A list of people the emulator treats specially, read, set (`{"users": ["upn or id", …]}`) and cleared over its control routes. */
  const peopleRoute = (path: string, read: () => string[], write: (users: string[]) => void): void => {
    app.get(path, async (_req, reply) => json(reply, { users: read() }));
    app.put(path, async (req, reply) => {
      let body: unknown;
      try {
        body = jsonBody(req);
      } catch (err) {
        return badInput(reply, (err as Error).message);
      }
      const users = (body as { users?: unknown } | undefined)?.users;
      if (!Array.isArray(users) || !users.every((u) => typeof u === 'string')) return badInput(reply, 'Expected {"users":["upn", …]}.');
      write(users as string[]);
      return json(reply, { users: read() });
    });
    app.delete(path, async (_req, reply) => {
      write([]);
      return reply.code(204).send();
    });
  };
  peopleRoute('/_emulator/teams-blocked', () => ctx.faults.teamsBlockedUsers(),
    (users) => ctx.faults.setTeamsBlocked(users.map((u) => ctx.people.find(u)?.userPrincipalName ?? u)));
  // Accounts an administrator has disabled (Graph then says accountEnabled false).
  peopleRoute('/_emulator/disabled-accounts', () => ctx.people.disabledUpns(), (users) => ctx.people.setDisabled(users));

  // The permissions an administrator has not consented to: `{"missing": ["Chat.Create", …]}`.
  const permissionState = (): Record<string, unknown> => ({
    missing: ctx.permissions.missingList(),
    granted: { application: ctx.permissions.granted('application'), delegated: ctx.permissions.granted('delegated') }
  });
  app.get('/_emulator/permissions', async (_req, reply) => json(reply, permissionState()));

  app.put('/_emulator/permissions', async (req, reply) => {
    let body: unknown;
    try {
      body = jsonBody(req);
    } catch (err) {
      return badInput(reply, (err as Error).message);
    }
    const missing = (body as { missing?: unknown } | undefined)?.missing;
    if (!Array.isArray(missing) || !missing.every((p) => typeof p === 'string' && p.trim() !== '')) {
      return badInput(reply, 'Expected {"missing":["Permission.Name", …]}.');
    }
    ctx.permissions.setMissing(missing as string[]);
    return json(reply, permissionState());
  });

  app.delete('/_emulator/permissions', async (_req, reply) => {
    ctx.permissions.setMissing([]);
    return reply.code(204).send();
  });

  /** Forgets chats, messages, deliveries and installations, and clears faults, blocks, disabled accounts and missing permissions. */
  app.post('/_emulator/reset', async (_req, reply) => {
    ctx.store.reset();
    ctx.faults.clear();
    ctx.faults.resetStats();
    ctx.faults.setTeamsBlocked([]);
    ctx.permissions.setMissing([]);
    ctx.people.setDisabled([]);
    return reply.code(204).send();
  });
}
