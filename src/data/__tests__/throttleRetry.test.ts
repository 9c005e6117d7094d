/** How the product waits when SharePoint is busy: as long as it asks, within the written bound (throttleRetry.ts). */
import { RETRY_POLICY, retryAfterMs, sendWithRetry } from '../throttleRetry';

const answer = (status: number, retryAfter?: string): Response =>
  new Response(status === 204 ? null : status === 200 ? '{}' : 'busy', { status, headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter } });

/** A send that answers the given statuses in turn, and the waits it was made to take. */
function scripted(statuses: Array<number | [number, string] | Error>): { send: () => Promise<Response>; sent: () => number; waits: number[]; sleep: (ms: number) => Promise<void> } {
  let i = 0;
  const waits: number[] = [];
  return {
    send: async () => {
      const next = statuses[Math.min(i++, statuses.length - 1)];
      if (next instanceof Error) throw next;
      return Array.isArray(next) ? answer(next[0], next[1]) : answer(next);
    },
    sent: () => i,
    waits,
    sleep: async (ms) => { waits.push(ms); }
  };
}

describe('retrying throttled requests', () => {
  it('follows Retry-After through a burst of throttling longer than PnPjs\'s three attempts', async () => {
    const s = scripted([[429, '2'], [429, '2'], [503, '1'], [429, '3'], [429, '1'], 200]);
    const response = await sendWithRetry(s.send, 'POST', { sleep: s.sleep });
    expect(response.status).toBe(200);
    expect(s.sent()).toBe(6);
    expect(s.waits).toEqual([2000, 2000, 1000, 3000, 1000]);
  });

  it('doubles its wait from half a second when SharePoint gives no Retry-After, up to a minute a wait', async () => {
    const s = scripted([503, 503, 504, 503, 503, 503, 503, 503, 200]);
    await sendWithRetry(s.send, 'GET', { sleep: s.sleep });
    expect(s.waits).toEqual([500, 1000, 2000, 4000, 8000, 16000, 32000, 60000]);
  });

  it('gives up after its bound with an error that says so, and sends nothing more', async () => {
    const s = scripted([[429, '10']]);
    await expect(sendWithRetry(s.send, 'GET', { sleep: s.sleep })).rejects.toThrow(/still busy after 12 attempts/);
    expect(s.sent()).toBe(RETRY_POLICY.maxAttempts);
    const long = scripted([[429, '120']]);
    await expect(sendWithRetry(long.send, 'GET', { sleep: long.sleep })).rejects.toThrow(/still busy/);
    expect(long.waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(RETRY_POLICY.maxTotalWaitMs);
  });

  it('sends a read again after a network failure, but never a write', async () => {
    const read = scripted([new TypeError('fetch failed'), 200]);
    expect((await sendWithRetry(read.send, 'GET', { sleep: read.sleep })).status).toBe(200);
    const write = scripted([new TypeError('fetch failed'), 200]);
    await expect(sendWithRetry(write.send, 'POST', { sleep: write.sleep })).rejects.toThrow('fetch failed');
    expect(write.sent()).toBe(1);
  });

  it('returns every other answer at once, refusals included', async () => {
    for (const status of [200, 201, 204, 400, 403, 404, 412, 500]) {
      const s = scripted([status === 200 ? 200 : status]);
      expect((await sendWithRetry(s.send, 'GET', { sleep: s.sleep })).status).toBe(status);
      expect(s.waits).toEqual([]);
    }
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('5')).toBe(5000);
    expect(retryAfterMs(new Date(Date.UTC(2026, 11, 7, 12, 0, 30)).toUTCString(), Date.UTC(2026, 11, 7, 12, 0, 0))).toBe(30000);
    expect(retryAfterMs('soon')).toBeNull();
    expect(retryAfterMs(null)).toBeNull();
  });
});
