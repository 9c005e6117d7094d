/**
 * Kills a real reminder run at chosen moments: the run (`tools/reminders.ts` in a child process) talks to the
 * emulators through this HTTP proxy, which sees every request it makes and, when a request matches the armed
 * trigger, kills the child with SIGKILL — before forwarding the request (the emulators never see it) or after the
 * emulators answered it (the change is made, the child never hears of it). Used by `npm run faults:reminders`
 * and tests/integration/reminderKill.test.ts.
 */
import { ChildProcess, spawn } from 'child_process';
import { createServer, IncomingMessage, request, Server, ServerResponse } from 'http';
import { AddressInfo } from 'net';
import { join } from 'path';

/** A request the child made, as the proxy saw it (its number counts every request of the current child from 1). */
export interface SeenRequest {
  number: number;
  method: string;
  path: string;
  body: string;
}

export interface Trigger {
  /** Whether this is the request to kill at. */
  matches(seen: SeenRequest): boolean;
  /** Before the emulators get the request, or after they answered it. */
  when: 'before' | 'after';
  /** What the kill stands for, for the report. */
  label: string;
}

/** Counts the requests that match, and fires on the n-th. */
export function nth(n: number, label: string, when: Trigger['when'], test: (seen: SeenRequest) => boolean): Trigger {
  let seen = 0;
  return { label, when, matches: (r) => test(r) && ++seen === n };
}

export class KillProxy {
  private server: Server | null = null;
  private child: ChildProcess | null = null;
  private trigger: Trigger | null = null;
  private count = 0;
  /** The trigger that fired for the current child, if any. */
  public fired: Trigger | null = null;

  public constructor(private readonly upstream: URL) {}

  public async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  public async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The child the next requests come from, and when to kill it (null: never). */
  public watch(child: ChildProcess, trigger: Trigger | null): void {
    this.child = child;
    this.trigger = trigger;
    this.fired = null;
    this.count = 0;
  }

  private kill(trigger: Trigger): void {
    this.fired = trigger;
    this.trigger = null;
    this.child?.kill('SIGKILL');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const seen: SeenRequest = { number: ++this.count, method: req.method ?? 'GET', path: req.url ?? '/', body: body.toString('utf8') };
    const trigger = this.trigger && this.trigger.matches(seen) ? this.trigger : null;
    if (trigger?.when === 'before') {
      this.kill(trigger);
      res.destroy();
      return;
    }
    const upstream = request({ host: this.upstream.hostname, port: this.upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      const parts: Buffer[] = [];
      answer.on('data', (c: Buffer) => parts.push(c));
      answer.on('end', () => {
        if (trigger) {
          this.kill(trigger);
          res.destroy();
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        res.end(Buffer.concat(parts));
      });
    });
    upstream.on('error', () => res.destroy());
    upstream.end(body);
  }
}

export interface ChildRun {
  /** Exit code, null when killed. */
  code: number | null;
  killed: boolean;
  stdout: string;
  stderr: string;
}

/** `tools/reminders.ts --now <now> --json` on this Node (one process, so SIGKILL leaves nothing behind), through the proxy. */
export function runReminderChild(proxy: KillProxy, origin: string, sitePath: string, now: Date, trigger: Trigger | null,
  env: Record<string, string> = {}): Promise<ChildRun> {
  const root = join(__dirname, '..');
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tools', 'reminders.ts'), '--now', now.toISOString(), '--json'], {
    cwd: root,
    env: { ...process.env, SP_SITE_URL: `${origin}${sitePath}`, GRAPH_BASE_URL: `${origin}/graph/`, IK_REMINDER_CHANNEL: 'chat', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  proxy.watch(child, trigger);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, killed: signal === 'SIGKILL', stdout, stderr })));
}
