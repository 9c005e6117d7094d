/**
 * The latency model of both emulators: `150ms+10ms/op` makes a plain request wait 160 ms and a `$batch` of n
 * parts 150 + 10·n ms, through the real PnPjs and Graph clients; it is off by default, changed at run time
 * through the control routes, and a mistyped value is refused with the form it should have. The delays are
 * recorded by an injected sleep, never timed: tests assert counts, not clocks.
 */
import { BatchRequestContent } from '@microsoft/microsoft-graph-client';
import { delayFor, Latency, parseLatency } from '../latency';
import { start as startSharePoint } from '../sharepoint/__tests__/helpers';
import { startEmulator as startGraph } from '../graph/__tests__/harness';

describe('the latency model', () => {
  it('reads the forms people write and refuses the rest', () => {
    expect(parseLatency('150ms+10ms/op')).toEqual({ perRequest: 150, perOperation: 10 });
    expect(parseLatency(' 200 ms + 5 ms / op ')).toEqual({ perRequest: 200, perOperation: 5 });
    expect(parseLatency('120ms')).toEqual({ perRequest: 120, perOperation: 0 });
    expect(parseLatency('80')).toEqual({ perRequest: 80, perOperation: 0 });
    expect(parseLatency(undefined)).toEqual({ perRequest: 0, perOperation: 0 });
    expect(parseLatency('off')).toEqual({ perRequest: 0, perOperation: 0 });
    expect(() => parseLatency('fast')).toThrow('150ms+10ms/op');
    expect(() => parseLatency('150ms+10ms')).toThrow('150ms+10ms/op');
    expect(delayFor({ perRequest: 150, perOperation: 10 }, 1)).toBe(160);
    expect(delayFor({ perRequest: 150, perOperation: 10 }, 20)).toBe(350);
    expect(delayFor({ perRequest: 0, perOperation: 0 }, 20)).toBe(0);
  });

  it("counts the emulator's own work within the modelled time, not on top of it", async () => {
    const order: string[] = [];
    const latency = new Latency(parseLatency('150ms'), async (ms) => {
      order.push(`wait ${ms}`);
      await new Promise((resolve) => setImmediate(resolve));
      order.push('waited');
    });
    expect(await latency.answer(1, () => { order.push('work'); return 'answer'; })).toBe('answer');
    expect(order).toEqual(['wait 150', 'work', 'waited']);
    order.length = 0;
    await expect(latency.answer(1, () => { throw new Error('refused'); })).rejects.toThrow('refused');
    // A refused request is answered no sooner than the others.
    expect(order).toEqual(['wait 150', 'waited']);
  });
});

describe('in the SharePoint emulator', () => {
  it('waits per request and per batched operation, and follows its control route', async () => {
    const waited: number[] = [];
    const h = await startSharePoint({ latency: '150ms+10ms/op', sleep: async (ms) => { waited.push(ms); } });
    try {
      await h.sp.web.select('Title')();
      expect(waited).toEqual([160]);
      waited.length = 0;
      const [batched, execute] = h.sp.batched();
      const reads = [batched.web.select('Title')(), batched.web.lists.select('Title')(), batched.web.select('Url')()];
      await execute();
      await Promise.all(reads);
      // A POST needs a form digest: outside SPFx (which takes it from the page) PnPjs asks contextinfo first.
      expect(waited).toEqual([160, 180]);
      const off = await fetch(`${h.baseUrl}/_emulator/latency`, { method: 'PUT', body: JSON.stringify({ latency: 'off' }) });
      expect(await off.json()).toMatchObject({ latency: 'off' });
      waited.length = 0;
      await h.sp.web.select('Title')();
      expect(waited).toEqual([]);
      const wrong = await fetch(`${h.baseUrl}/_emulator/latency`, { method: 'PUT', body: JSON.stringify({ latency: 'slow' }) });
      expect(wrong.status).toBe(400);
    } finally {
      await h.close();
    }
  });
});

describe('in the Graph emulator', () => {
  it('waits per request and per $batch step, and follows its control route', async () => {
    const waited: number[] = [];
    const h = await startGraph({ latency: '150ms+10ms/op', sleep: async (ms) => { waited.push(ms); } });
    try {
      await h.client.api('/users').top(1).get();
      expect(waited).toEqual([160]);
      waited.length = 0;
      const steps = [1, 2, 3, 4].map((n) => ({ id: String(n), request: new Request(`${h.root}/users?$top=${n}`, { method: 'GET' }) }));
      await h.client.api('/$batch').post(await new BatchRequestContent(steps).getContent());
      expect(waited).toEqual([190]);
      const set = await h.raw('_emulator/latency', { method: 'PUT', body: JSON.stringify({ latency: '100ms' }) });
      expect(await set.json()).toMatchObject({ latency: '100ms+0ms/op', perRequest: 100, perOperation: 0 });
      waited.length = 0;
      await h.client.api('/users').top(1).get();
      expect(waited).toEqual([100]);
    } finally {
      await h.close();
    }
  });
});
