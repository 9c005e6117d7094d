/**
 * The service throttles itself below Graph's limits (DESIGN.md, "Delivery into Teams"), so that a large run
 * is not answered with 429s: activity notifications at most 4 a second (Graph: 5 per app per tenant), chat
 * messages at most 2 a second (the lower of the documented limits), at most 10 Teams messages a minute to
 * one person, and at most 30 mails a minute from the sender's mailbox (Exchange Online's rate limit).
 * Reservations are taken synchronously, so concurrent sends are spaced correctly too.
 */
import { ChannelName } from '../types';

/** Time source and sleep, injectable so tests run on a fake clock. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms))
};

function wait(clock: Clock, at: number, now: number): Promise<void> {
  return at > now ? clock.sleep(at - now) : Promise.resolve();
}

/** Grants that are at least `intervalMs` apart (a token bucket of size one). */
export class SpacingLimiter {
  private nextFree: number = Number.NEGATIVE_INFINITY;

  public constructor(private readonly intervalMs: number, private readonly clock: Clock) {}

  /** Books the first free slot at or after `earliest`; returns its time. */
  public reserve(earliest: number): number {
    const at = Math.max(earliest, this.nextFree);
    this.nextFree = at + this.intervalMs;
    return at;
  }

  public acquire(): Promise<void> {
    const now = this.clock.now();
    return wait(this.clock, this.reserve(now), now);
  }
}

/** At most `max` grants per key in any window of `windowMs` (a sliding log per key). */
export class SlidingWindowLimiter {
  private readonly grants: Map<string, number[]> = new Map();

  public constructor(private readonly max: number, private readonly windowMs: number, private readonly clock: Clock) {}

  /** The earliest time at or after `now` when one more grant for `key` fits the window. */
  public earliest(key: string, now: number): number {
    const times = (this.grants.get(key) ?? []).filter((t) => t > now - this.windowMs);
    this.grants.set(key, times);
    // The log is in time order, so the grant `max` back must leave the window first.
    return times.length >= this.max ? Math.max(now, times[times.length - this.max] + this.windowMs) : now;
  }

  /** Books a grant at `at`, keeping the log in time order. */
  public record(key: string, at: number): void {
    const times = this.grants.get(key) ?? [];
    let i = times.length;
    while (i > 0 && times[i - 1] > at) i -= 1;
    times.splice(i, 0, at);
    this.grants.set(key, times);
  }

  public acquire(key: string): Promise<void> {
    const now = this.clock.now();
    const at = this.earliest(key, now);
    this.record(key, at);
    return wait(this.clock, at, now);
  }
}

export interface DeliveryLimits {
  activityIntervalMs: number;
  chatIntervalMs: number;
  perRecipientPerMinute: number;
  mailPerMinute: number;
}

export const defaultDeliveryLimits: Readonly<DeliveryLimits> = {
  activityIntervalMs: 250,
  chatIntervalMs: 500,
  perRecipientPerMinute: 10,
  mailPerMinute: 30
};

const MINUTE = 60000;

/**
 * The limits of one delivery (one run). A Teams message first waits, on its own, for room in the
 * recipient's window (so one busy recipient never holds up the others), then books the channel's next slot;
 * the window records that slot, the time the message really goes out.
 */
export class DeliveryLimiter {
  private readonly activity: SpacingLimiter;
  private readonly chat: SpacingLimiter;
  private readonly perRecipient: SlidingWindowLimiter;
  private readonly mail: SlidingWindowLimiter;

  public constructor(limits: Partial<DeliveryLimits> = {}, private readonly clock: Clock = systemClock) {
    const l: DeliveryLimits = { ...defaultDeliveryLimits, ...limits };
    this.activity = new SpacingLimiter(l.activityIntervalMs, clock);
    this.chat = new SpacingLimiter(l.chatIntervalMs, clock);
    this.perRecipient = new SlidingWindowLimiter(l.perRecipientPerMinute, MINUTE, clock);
    this.mail = new SlidingWindowLimiter(l.mailPerMinute, MINUTE, clock);
  }

  /** Resolves when a message on `channel` to `recipientUpn` (from `mailSender`, for mail) may go out. */
  public async acquire(channel: ChannelName, recipientUpn: string, mailSender: string): Promise<void> {
    if (channel === 'mail') return this.mail.acquire(mailSender.toLowerCase());
    const recipient = recipientUpn.toLowerCase();
    const spacing = channel === 'chat' ? this.chat : this.activity;
    for (;;) {
      const now = this.clock.now();
      const room = this.perRecipient.earliest(recipient, now);
      if (room > now) {
        await this.clock.sleep(room - now);
        continue;
      }
      // No await between the check and the booking: concurrent sends cannot overfill the window.
      const at = spacing.reserve(now);
      this.perRecipient.record(recipient, at);
      return wait(this.clock, at, now);
    }
  }
}
