/**
 * The reminder service's Microsoft Graph client. The Graph client's own RetryHandler gives up after three
 * retries; Graph throttles in bursts, as SharePoint does, so this client waits as Graph asks within the same
 * written bound as the product's SharePoint clients (src/data/throttleRetry.ts: `Retry-After` or doubling from
 * 0.5 s, at most 60 s a wait, 12 attempts and 5 minutes of waiting in all).
 *
 * What is sent again is decided by what Graph said:
 * - a read (GET, or a `$batch` whose steps all read) after 429, 503 or 504, or after no answer at all;
 * - a write (a POST that sends a message, creates a chat, sends mail) only after 429 or 503, by which Graph says it
 *   did nothing. After a gateway timeout (504) or no answer the message may have gone out: the error goes back
 *   to the channel, which reports the delivery as in doubt, and the ledger decides (src/reminders/sendOnce.ts).
 * When the bound is reached the last answer is returned, its message saying how long Graph was asked.
 */
import {
  AuthenticationHandler, AuthenticationProvider, Client, Context, HTTPMessageHandler, Middleware, RedirectHandler, RedirectHandlerOptions,
  TelemetryHandler
} from '@microsoft/microsoft-graph-client';
import { sendWithRetry, ThrottleRetryOptions } from '../../data/throttleRetry';

/** Statuses after which Graph has done nothing with a request, so that even a write may be sent again. */
const WRITES_RESENT_AFTER = [429, 503];

type HeaderBag = Headers | Record<string, string> | undefined;

function methodOf(context: Context): string {
  const fromRequest = typeof context.request === 'string' ? undefined : context.request.method;
  return (context.options?.method ?? fromRequest ?? 'GET').toUpperCase();
}

/** A GET, or a `$batch` whose steps are all GETs (the directory look-ups): sending it again does nothing twice. */
export function onlyReads(context: Context): boolean {
  const method = methodOf(context);
  if (method === 'GET') return true;
  const url = typeof context.request === 'string' ? context.request : context.request.url;
  if (method !== 'POST' || !/\/\$batch(\?|$)/.test(url) || typeof context.options?.body !== 'string') return false;
  try {
    const steps = (JSON.parse(context.options.body) as { requests?: Array<{ method?: string }> }).requests;
    return Array.isArray(steps) && steps.every((s) => (s.method ?? 'GET').toUpperCase() === 'GET');
  } catch {
    return false;
  }
}

function setHeader(context: Context, name: string, value: string): void {
  const options = (context.options ??= {});
  const headers = options.headers as HeaderBag;
  if (headers instanceof Headers) headers.set(name, value);
  else options.headers = { ...(headers ?? {}), [name]: value };
}

/** The last throttled answer, its error message saying that the bound was reached (the Graph client turns it into a GraphError). */
async function graphGaveUp(response: Response, attempts: number, waitedMs: number): Promise<Response> {
  let error: Record<string, unknown> = {};
  try {
    error = ((await response.clone().json()) as { error?: Record<string, unknown> }).error ?? {};
  } catch {
    // A throttled answer without a JSON body: the status alone says enough.
  }
  const said = typeof error.message === 'string' && error.message !== '' ? `: ${error.message}` : '';
  const message = `Graph was still busy after ${attempts} attempts and ${Math.round(waitedMs / 1000)} s of waiting ` +
    `(${response.status}${said}); nothing more was sent.`;
  const headers = new Headers(response.headers);
  headers.set('Content-Type', 'application/json');
  headers.delete('Content-Length');
  return new Response(JSON.stringify({ error: { code: error.code ?? 'TooManyRequests', ...error, message } }),
    { status: response.status, statusText: response.statusText, headers });
}

/** The Graph middleware that replaces the Graph client's RetryHandler. */
export class GraphThrottleRetry implements Middleware {
  private next: Middleware | undefined;

  public constructor(private readonly options: ThrottleRetryOptions = {}) {}

  public async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new Error('GraphThrottleRetry must not be the last middleware');
    let attempt = 0;
    const response = await sendWithRetry(async () => {
      attempt += 1;
      if (attempt > 1) setHeader(context, 'Retry-Attempt', String(attempt - 1));
      await next.execute(context);
      if (!context.response) throw new Error('The Graph middleware chain returned no response');
      return context.response;
    }, methodOf(context), { resendWritesAfter: WRITES_RESENT_AFTER, giveUp: graphGaveUp, reads: onlyReads(context), ...this.options });
    // The chain's own answer, or the last throttled one rewritten to say the bound was reached. One request owns its
    // context, and the attempts above ran one after another: nothing else writes it meanwhile.
    // eslint-disable-next-line require-atomic-updates -- see above
    context.response = response;
  }

  public setNext(next: Middleware): void {
    this.next = next;
  }
}

export interface GraphClientOptions {
  baseUrl: string;
  /** The access token for each request (the emulators take any). */
  token: () => Promise<string>;
  /** Headers on every request (the emulator's `X-Emulator-User`). */
  headers?: Record<string, string>;
  /** For tests: the retry's sleep or policy. */
  retry?: ThrottleRetryOptions;
}

/** The Graph client's default chain (authentication, retry, redirects, telemetry, fetch) with the product's retry in place of Graph's. */
export function createGraphClient(options: GraphClientOptions): Client {
  const auth: AuthenticationProvider = { getAccessToken: options.token };
  return Client.initWithMiddleware({
    baseUrl: options.baseUrl,
    defaultVersion: 'v1.0',
    ...(options.headers ? { fetchOptions: { headers: options.headers } } : {}),
    middleware: [new AuthenticationHandler(auth), new GraphThrottleRetry(options.retry), new RedirectHandler(new RedirectHandlerOptions()),
      new TelemetryHandler(), new HTTPMessageHandler()]
  });
}
