/**
 * The service's own throttling on a fake clock: activity notifications go out at least 250 ms apart, chat
 * messages 500 ms apart, a recipient gets at most 10 Teams messages a minute, and one busy recipient does
 * not hold up the others.
 */
import { Clock, DeliveryLimiter, SlidingWindowLimiter, SpacingLimiter } from '../delivery';

/** Virtual time: sleeps resolve only when the test advances the clock past them. */
class FakeClock implements Clock {
  private t = 0;
  private timers: Array<{ at: number; resolve: () => void }> = [];

  public now(): number {
    return this.t;
  }

  public sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.timers.push({ at: this.t + ms, resolve }));
  }

  /** Moves time forward, firing due sleeps in order and letting their continuations run. */
  public async advance(ms: number): Promise<void> {
    const target = this.t + ms;
    for (;;) {
      await flush();
      const due = this.timers.filter((timer) => timer.at <= target).sort((a, b) => a.at - b.at)[0];
      if (due === undefined) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.t = due.at;
      due.resolve();
    }
    this.t = target;
    await flush();
  }
}

async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/** Starts all acquisitions at once and records when each one is granted. */
function track(acquisitions: Array<() => Promise<void>>, clock: FakeClock): Array<number | null> {
  const granted: Array<number | null> = acquisitions.map(() => null);
  acquisitions.forEach((acquire, i) => {
    void acquire().then(() => {
      granted[i] = clock.now();
    });
  });
  return granted;
}

const gaps = (times: number[]): number[] => times.slice(1).map((t, i) => t - times[i]);

describe('delivery rate limits', () => {
  it('spaces 10 activity notifications at least 250 ms apart', async () => {
    const clock = new FakeClock();
    const limiter = new DeliveryLimiter({}, clock);
    const granted = track(Array.from({ length: 10 }, (_, i) => () => limiter.acquire('activity', `person${i}@region.se`, 'mail@region.se')), clock);
    await clock.advance(10000);
    const times = granted as number[];
    expect(times.every((t) => t !== null)).toBe(true);
    expect(times[0]).toBe(0);
    expect(Math.min(...gaps(times))).toBeGreaterThanOrEqual(250);
    expect(times[9]).toBe(2250); // no slower than needed: 4 a second
  });

  it('spaces chat messages at least 500 ms apart', async () => {
    const clock = new FakeClock();
    const limiter = new DeliveryLimiter({}, clock);
    const granted = track(Array.from({ length: 5 }, (_, i) => () => limiter.acquire('chat', `person${i}@region.se`, 'mail@region.se')), clock);
    await clock.advance(10000);
    expect(gaps(granted as number[])).toEqual([500, 500, 500, 500]);
  });

  it('holds the 11th message to one recipient until a minute after the first', async () => {
    const clock = new FakeClock();
    const limiter = new DeliveryLimiter({ activityIntervalMs: 100 }, clock);
    const granted = track(Array.from({ length: 11 }, () => () => limiter.acquire('activity', 'Anna@Region.se', 'mail@region.se')), clock);
    await clock.advance(30000);
    expect(granted.slice(0, 10).every((t) => t !== null)).toBe(true);
    expect(granted[10]).toBeNull();
    await clock.advance(29999);
    expect(granted[10]).toBeNull();
    await clock.advance(1);
    expect(granted[10]).toBe(60000);
  });

  it('counts a recipient case-insensitively and lets others pass while one waits', async () => {
    const clock = new FakeClock();
    const limiter = new DeliveryLimiter({ activityIntervalMs: 100 }, clock);
    const busy = track(Array.from({ length: 11 }, (_, i) => () => limiter.acquire('activity', i % 2 === 0 ? 'anna@region.se' : 'ANNA@region.se', 'm@region.se')), clock);
    const other = track([() => limiter.acquire('activity', 'bo@region.se', 'm@region.se')], clock);
    await clock.advance(5000);
    expect(busy[10]).toBeNull();
    expect(other[0]).toBe(1000); // after the ten before it, not after Anna's minute
  });

  it('keeps mail from one mailbox within 30 a minute', async () => {
    const clock = new FakeClock();
    const limiter = new DeliveryLimiter({}, clock);
    const granted = track(Array.from({ length: 31 }, (_, i) => () => limiter.acquire('mail', `p${i}@region.se`, 'Sender@region.se')), clock);
    await clock.advance(59999);
    expect(granted.filter((t) => t !== null)).toHaveLength(30);
    await clock.advance(1);
    expect(granted[30]).toBe(60000);
  });
});

describe('limiter building blocks', () => {
  it('a spacing limiter grants immediately when idle and books slots in order', async () => {
    const clock = new FakeClock();
    const spacing = new SpacingLimiter(250, clock);
    expect(spacing.reserve(0)).toBe(0);
    expect(spacing.reserve(0)).toBe(250);
    expect(spacing.reserve(1000)).toBe(1000);
  });

  it('a sliding window frees a slot exactly when the oldest grant leaves it', () => {
    const clock = new FakeClock();
    const window = new SlidingWindowLimiter(2, 60000, clock);
    window.record('a', 0);
    window.record('a', 10000);
    expect(window.earliest('a', 20000)).toBe(60000);
    expect(window.earliest('a', 60001)).toBe(60001);
    expect(window.earliest('b', 20000)).toBe(20000);
  });
});
