/**
 * Puts the scale region into a SharePoint site the way `npm start` puts the demo there: through
 * server/seed.ts's `seedRegion` (provisioning, every list through the Store's batched, idempotent
 * `ensureAll`, the copied keys and the answer index), timing each list for the bench's log. Nothing writes
 * emulator internals.
 */
import { SPFI } from '@pnp/sp';
import type { DemoRegion } from '../../server/demo/demoRegion';
import { seedRegion, SeedReport } from '../../server/seed';
import { ListName } from '../../src/model/schema';

export interface ScaleSeedReport extends SeedReport {
  /** Milliseconds per list. */
  ms: Partial<Record<ListName, number>>;
}

export async function seedScaleRegion(sp: SPFI, built: DemoRegion, log: (line: string) => void = () => undefined): Promise<ScaleSeedReport> {
  const ms: Partial<Record<ListName, number>> = {};
  const report = await seedRegion(sp, built, (list, added, of, took) => {
    ms[list] = took;
    log(`  ${list}: ${added} added of ${of} (${took} ms)`);
  });
  return { ...report, ms };
}
