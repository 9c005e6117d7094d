/**
 * Loads a host starts before its view has drawn, handed to the view when it asks for the same thing.
 *
 * A web part (or the workbench) knows what its view will read as soon as it knows the page: the person, the
 * plan, the follow-up. Left to the view, the reads go out only after React has rendered and committed the
 * view (its effects run after the first paint), which on a page that also starts Fluent UI is a few hundred
 * milliseconds in which the network could already have been working. So the host starts the view's first
 * load at once (`start`), and the view's first `take` of the same key gets that load instead of a new one.
 *
 * Each key is handed over once: a reload (after an edit, or "Försök igen") reads afresh. A key the view has
 * already taken is not started again, so a host that starts late never sends a read twice.
 */
/** Every early load's first requests, until they are on the wire (whenEarlyReadsSent). */
const sending = new Set<Promise<void>>();

/**
 * Settles once the reads every host has started early are on their way to SharePoint, or after `limitMs`.
 * A host draws its view after this: React's first render is synchronous, and the reads, which PnPjs sends a few
 * timer turns after they are asked for, would otherwise wait for it. The limit keeps a host from waiting on a
 * read that never signals.
 */
export function whenEarlyReadsSent(limitMs = 250): Promise<void> {
  if (sending.size === 0) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, limitMs);
    Promise.all([...sending]).then(() => { clearTimeout(timer); resolve(); }, () => undefined);
  });
}

export class EarlyLoads {
  private readonly started = new Map<string, unknown>();
  private readonly taken = new Set<string>();

  /** `sent`: settles when the reads asked for so far are on the wire (the Store's ReadWaves.sent). */
  public constructor(private readonly sent: () => Promise<void> = () => Promise.resolve()) {}

  /** Starts `load` now unless it is already started or the view has asked for it already. */
  public start<T>(key: string, load: () => T): void {
    if (this.started.has(key) || this.taken.has(key)) return;
    const value = load();
    // Not handled yet: the view handles the outcome when it takes it, and a load no view takes must not be an unhandled rejection.
    if (value instanceof Promise) value.catch(() => undefined);
    this.started.set(key, value);
    // Asked at the end of this turn: a load may ask for its reads only after a few promise steps.
    const onTheWire = new Promise<void>((resolve) => { setTimeout(resolve, 0); }).then(() => this.sent());
    sending.add(onTheWire);
    onTheWire.then(() => sending.delete(onTheWire), () => sending.delete(onTheWire));
  }

  /** The started load of `key` the first time it is asked for, else `load()`. */
  public take<T>(key: string, load: () => T): T {
    this.taken.add(key);
    if (this.started.has(key)) {
      const value = this.started.get(key) as T;
      this.started.delete(key);
      return value;
    }
    return load();
  }
}

/** A Store's early load of `key`, else `load()`: a Store without early loads (a test's fake) loads at once. */
export function takeEarly<T>(store: { readonly early?: EarlyLoads }, key: string, load: () => T): T {
  return store.early instanceof EarlyLoads ? store.early.take(key, load) : load();
}
