/**
 * The latency model both emulators can apply, so that a person in the workbench and `npm run bench` feel
 * what production costs instead of the emulator's millisecond: every HTTP request is answered `perRequest`, plus
 * `perOperation` for each operation it carries (one for a plain request, one per part of a `$batch`), after it
 * arrived, with the emulator's own work done within that time (`Latency.answer`).
 * Written as `SP_EMULATOR_LATENCY` / `GRAPH_EMULATOR_LATENCY`, e.g. `150ms+10ms/op`; off by default.
 *
 * Where the figures come from (README, Performance): SharePoint Online answers a REST read in roughly
 * 100–300 ms as seen from a browser in the tenant's region (DESIGN.md), and a `$batch` costs more the more it
 * holds, since its parts run one after the other on the server; Graph answers in about the same range.
 * `150ms+10ms/op` is the middle of that range with a modest cost per batched part.
 */

export interface LatencyModel {
  perRequest: number;
  perOperation: number;
}

/** No waiting at all: the default. */
export const NO_LATENCY: LatencyModel = { perRequest: 0, perOperation: 0 };

const MS = '(\\d+(?:\\.\\d+)?)\\s*(?:ms)?';
const FORM = new RegExp(`^${MS}(?:\\s*\\+\\s*${MS}\\s*/\\s*op)?$`, 'i');

/**
 * `"150ms+10ms/op"`, `"150ms"`, `"150"`, `"0"` or empty (off). Anything else is refused with a message that
 * says the form, so a mistyped variable is not silently ignored.
 */
export function parseLatency(text: string | undefined): LatencyModel {
  if (text === undefined || text.trim() === '' || text.trim() === 'off') return NO_LATENCY;
  const match = FORM.exec(text.trim());
  if (!match) throw new Error(`Latency '${text}' is not of the form 150ms+10ms/op (per request, plus per operation)`);
  return { perRequest: Number(match[1]), perOperation: match[2] === undefined ? 0 : Number(match[2]) };
}

export function describeLatency(model: LatencyModel): string {
  return model.perRequest === 0 && model.perOperation === 0 ? 'off' : `${model.perRequest}ms+${model.perOperation}ms/op`;
}

/** How long a request carrying `operations` operations waits under the model. */
export function delayFor(model: LatencyModel, operations: number): number {
  if (model.perRequest === 0 && model.perOperation === 0) return 0;
  return model.perRequest + model.perOperation * Math.max(1, operations);
}

export type Sleep = (ms: number) => Promise<void>;

const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The model in force for an emulator: set at start (the environment variable), changed at run time through
 * the emulator's control route, and applied before a request is answered. Tests pass their own `sleep` to
 * see the delays without waiting for them.
 */
export class Latency {
  private model: LatencyModel;

  public constructor(initial: LatencyModel = NO_LATENCY, private readonly sleep: Sleep = realSleep) {
    this.model = initial;
  }

  public get current(): LatencyModel {
    return this.model;
  }

  public set(model: LatencyModel): void {
    this.model = model;
  }

  /** Waits as the model says for a request with this many operations (1 unless it is a `$batch`). */
  private async wait(operations: number): Promise<void> {
    const ms = delayFor(this.model, operations);
    if (ms > 0) await this.sleep(ms);
  }

  /**
   * Answers a request with this many operations no sooner than the model says after it arrived: the emulator's
   * own work runs inside that time, as SharePoint's does inside the 100–300 ms it takes. The modelled figure is
   * the service's whole answer time, so the emulator's scans of its in-memory lists (where SharePoint uses its
   * indexes) add to it only when they take longer than the model. The bench predicts from counts this way, not
   * from the emulator's speed (`emulatorOnlyMs` in the bench's results says what that is).
   */
  public async answer<T>(operations: number, work: () => T | Promise<T>): Promise<T> {
    const waited = this.wait(operations);
    try {
      return await work();
    } finally {
      await waited;
    }
  }
}
