/**
 * Early loads: what a host starts before its view draws is handed to the view once, never started twice, and a
 * load nobody takes fails quietly.
 */
import { EarlyLoads, takeEarly, whenEarlyReadsSent } from '../earlyLoads';

describe('early loads', () => {
  it('hands a started load to the first take of its key, and loads afresh after that', async () => {
    const early = new EarlyLoads();
    let loads = 0;
    const load = (): Promise<number> => Promise.resolve(++loads);
    early.start('a', load);
    expect(loads).toBe(1);
    await expect(early.take('a', load)).resolves.toBe(1);
    await expect(early.take('a', load)).resolves.toBe(2);
  });

  it('starts nothing the view has taken already, nor a key twice', () => {
    const early = new EarlyLoads();
    let loads = 0;
    const load = (): number => ++loads;
    early.start('a', load);
    early.start('a', load);
    expect(loads).toBe(1);
    early.take('b', load);
    early.start('b', load);
    expect(loads).toBe(2);
  });

  it('lets a failed load that nobody takes go without an unhandled rejection, and hands it over when taken', async () => {
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const early = new EarlyLoads();
      early.start('a', () => Promise.reject(new Error('HTTP 503')));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(early.take('a', () => Promise.resolve('fresh'))).rejects.toThrow('HTTP 503');
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('waits for the started reads to be on the wire, and no longer than its limit', async () => {
    let onTheWire: () => void = () => undefined;
    const early = new EarlyLoads(() => new Promise<void>((resolve) => { onTheWire = resolve; }));
    early.start('a', () => 1);
    let drawn = false;
    const drawing = whenEarlyReadsSent(5_000).then(() => { drawn = true; });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(drawn).toBe(false);
    onTheWire();
    await drawing;
    expect(drawn).toBe(true);
    const stuck = new EarlyLoads(() => new Promise<void>(() => undefined));
    stuck.start('b', () => 1);
    await expect(whenEarlyReadsSent(30)).resolves.toBeUndefined();
  });

  it('loads at once for a Store without early loads', () => {
    expect(takeEarly({}, 'a', () => 'now')).toBe('now');
  });
});
