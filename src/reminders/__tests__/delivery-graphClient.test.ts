/**
 * The reminder service's Graph retry (graphClient.ts) on its own, with a scripted next middleware: it follows
 * Retry-After through a burst longer than the Graph client's three retries, within the product's bound
 * (RETRY_POLICY, shared with SharePoint), resends a write only when Graph said it did nothing with it (429, 503),
 * resends reads (a `$batch` of GETs included) after a gateway timeout or no answer, and at the bound hands back
 * Graph's answer saying how long it tried.
 */
import { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { RETRY_POLICY } from '../../data/throttleRetry';
import { GraphThrottleRetry, onlyReads } from '../delivery/graphClient';

type Step = number | [number, string] | Error;

/** A next middleware that answers the steps in turn, counting what it was sent. */
function scripted(steps: Step[]): Middleware & { sent: number; attempts: string[] } {
  const next = {
    sent: 0,
    attempts: [] as string[],
    execute: async (context: Context): Promise<void> => {
      const step = steps[Math.min(next.sent++, steps.length - 1)];
      next.attempts.push(String((context.options?.headers as Record<string, string> | undefined)?.['Retry-Attempt'] ?? ''));
      if (step instanceof Error) throw step;
      const [status, retryAfter] = Array.isArray(step) ? step : [step, undefined];
      const body = status === 200 ? '{}' : JSON.stringify({ error: { code: status === 429 ? 'TooManyRequests' : 'serviceNotAvailable', message: 'Please retry again later.' } });
      context.response = new Response(body, { status, headers: { 'Content-Type': 'application/json', ...(retryAfter === undefined ? {} : { 'Retry-After': retryAfter }) } });
    }
  };
  return next;
}

function retried(steps: Step[]): { retry: GraphThrottleRetry; next: ReturnType<typeof scripted>; waits: number[] } {
  const waits: number[] = [];
  const retry = new GraphThrottleRetry({ sleep: async (ms) => { waits.push(ms); } });
  const next = scripted(steps);
  retry.setNext(next);
  return { retry, next, waits };
}

const post = (url = 'https://graph.microsoft.com/v1.0/chats/19:x/messages', body = '{"body":{"content":"x"}}'): Context =>
  ({ request: url, options: { method: 'POST', body, headers: {} } });
const get = (): Context => ({ request: 'https://graph.microsoft.com/v1.0/users/a', options: { method: 'GET', headers: {} } });

describe('the Graph client’s retry', () => {
  it('follows Retry-After through a burst longer than three retries, numbering each retry', async () => {
    const { retry, next, waits } = retried([[429, '2'], [429, '1'], [503, '3'], [429, '0.5'], [429, '1'], 200]);
    const context = post();
    await retry.execute(context);
    expect(context.response?.status).toBe(200);
    expect(next.sent).toBe(6);
    expect(waits).toEqual([2000, 1000, 3000, 500, 1000]);
    expect(next.attempts).toEqual(['', '1', '2', '3', '4', '5']);
  });

  it('stops at the product’s bound and hands back Graph’s answer, saying how long it tried', async () => {
    const { retry, next } = retried([[429, '0']]);
    const context = get();
    await retry.execute(context);
    expect(next.sent).toBe(RETRY_POLICY.maxAttempts);
    expect(context.response?.status).toBe(429);
    const body = await context.response?.json() as { error: { code: string; message: string } };
    expect(body.error.code).toBe('TooManyRequests');
    expect(body.error.message).toMatch(/^Graph was still busy after 12 attempts and 0 s of waiting \(429: Please retry again later\.\); nothing more was sent\.$/);
  });

  it('waits no longer than a minute at a time and five minutes in all', async () => {
    const { retry, waits } = retried([[429, '600']]);
    await retry.execute(get());
    expect(Math.max(...waits)).toBe(RETRY_POLICY.maxWaitMs);
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(RETRY_POLICY.maxTotalWaitMs);
  });

  it('sends a message again after 429 and 503, never after a gateway timeout or no answer', async () => {
    const throttled = retried([[503, '0'], 201]);
    await throttled.retry.execute(post());
    expect(throttled.next.sent).toBe(2);
    const timedOut = retried([[504, '0'], 201]);
    const context = post();
    await timedOut.retry.execute(context);
    expect(timedOut.next.sent).toBe(1);
    expect(context.response?.status).toBe(504);
    const unanswered = retried([new TypeError('fetch failed'), 201]);
    await expect(unanswered.retry.execute(post())).rejects.toThrow('fetch failed');
    expect(unanswered.next.sent).toBe(1);
  });

  it('reads again after a gateway timeout or no answer, a $batch of GETs included', async () => {
    const read = retried([new TypeError('fetch failed'), [504, '0'], 200]);
    await read.retry.execute(get());
    expect(read.next.sent).toBe(3);
    const lookups = post('https://graph.microsoft.com/v1.0/$batch', JSON.stringify({ requests: [{ id: '1', method: 'GET', url: '/users/a' }] }));
    expect(onlyReads(lookups)).toBe(true);
    const batch = retried([new TypeError('fetch failed'), 200]);
    await batch.retry.execute(lookups);
    expect(batch.next.sent).toBe(2);
    expect(onlyReads(post('https://graph.microsoft.com/v1.0/$batch', JSON.stringify({ requests: [{ id: '1', method: 'POST', url: '/chats' }] })))).toBe(false);
  });

  it('returns any other answer at once, refusals included', async () => {
    for (const status of [200, 400, 403, 404, 409]) {
      const { retry, next } = retried([status]);
      const context = post();
      await retry.execute(context);
      expect(context.response?.status).toBe(status);
      expect(next.sent).toBe(1);
    }
  });
});
