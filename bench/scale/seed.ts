/**
 * Puts the scale region into a SharePoint site the way `npm start` puts the demo there (server/seed.ts):
 * provisioning from the schema, then every list through the Store's `ensureAll` (batched, idempotent by
 * natural key), referenced lists before those that refer to them, with the keys the views read by copied
 * (model/derivedKeys.ts) and the answer index written from what was just stored, as seedDemo does.
 * Nothing writes emulator internals.
 */
import { SPFI } from '@pnp/sp';
import type { DemoRegion } from '../../server/demo/demoRegion';
import { provision, ProvisioningReport } from '../../src/data/provisioning';
import { createStore, Store } from '../../src/data/stores';
import { withDerivedKeys } from '../../src/model/derivedKeys';
import { ListName } from '../../src/model/schema';
import { repairDerivedKeys } from '../../src/plans/derivedKeyWrites';

/** Seeding order, as server/seed.ts has it. */
export const SEED_ORDER: ReadonlyArray<keyof DemoRegion & ListName> = [
  'orgUnits', 'categories', 'roles', 'plans', 'items', 'measures', 'periods', 'statusReports', 'securityAreas', 'chapters', 'links', 'settings'
];

export interface ScaleSeedReport {
  provisioning: ProvisioningReport;
  added: Partial<Record<ListName, number>>;
  /** Milliseconds per list. */
  ms: Partial<Record<ListName, number>>;
}

async function ensure<L extends keyof DemoRegion & ListName>(store: Store, list: L, entities: DemoRegion[L]): Promise<number> {
  // The repository's entity type and the region's are the same per list; TypeScript cannot pair them through the key.
  return (store[list].ensureAll as (e: readonly unknown[]) => Promise<number>)(entities);
}

export async function seedScaleRegion(sp: SPFI, built: DemoRegion, log: (line: string) => void = () => undefined): Promise<ScaleSeedReport> {
  const provisioning = await provision(sp);
  const store = createStore(sp);
  const derived = withDerivedKeys({ items: built.items, measures: built.measures, reports: built.statusReports });
  const region: DemoRegion = { ...built, measures: derived.measures, statusReports: derived.reports ?? [] };
  const added: Partial<Record<ListName, number>> = {};
  const ms: Partial<Record<ListName, number>> = {};
  for (const list of SEED_ORDER) {
    const start = Date.now();
    added[list] = await ensure(store, list, region[list]);
    ms[list] = Date.now() - start;
    log(`  ${list}: ${added[list]} added of ${region[list].length} (${ms[list]} ms)`);
  }
  const start = Date.now();
  const repaired = await repairDerivedKeys(store);
  log(`  derived keys: answer index ${repaired.answerIndex.added} added, ${repaired.answerIndex.changed} changed (${Date.now() - start} ms)`);
  return { provisioning, added, ms };
}
