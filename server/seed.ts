/**
 * Puts the product's lists and the demo region into a SharePoint site through PnPjs, the same way
 * production provisioning does: first the schema (idempotent), then the demo entities by natural key
 * (a rerun adds only what is missing).
 */
import { SPFI } from '@pnp/sp';
import { provision, ProvisioningReport } from '../src/data/provisioning';
import { createStore } from '../src/data/stores';
import { ListName } from '../src/model/schema';
import { buildDemoRegion, DemoRegion } from './demo/demoRegion';
import { DirectoryPerson } from './directory/types';

export interface SeedReport {
  provisioning: ProvisioningReport;
  added: Partial<Record<ListName, number>>;
}

export async function seedDemo(sp: SPFI, today: string, directory: DirectoryPerson[]): Promise<SeedReport> {
  const provisioning = await provision(sp);
  const store = createStore(sp);
  const region: DemoRegion = buildDemoRegion(today, directory);
  const added: Partial<Record<ListName, number>> = {};
  const order: Array<[ListName, keyof DemoRegion]> = [
    ['orgUnits', 'orgUnits'], ['categories', 'categories'], ['roles', 'roles'], ['plans', 'plans'], ['items', 'items'],
    ['measures', 'measures'], ['periods', 'periods'], ['statusReports', 'statusReports'], ['securityAreas', 'securityAreas'],
    ['indicators', 'indicators'], ['indicatorValues', 'indicatorValues']
  ];
  for (const [list, part] of order) {
    added[list] = await (store[list].ensureAll as (e: unknown[]) => Promise<number>)(region[part] as unknown[]);
  }
  return { provisioning, added };
}
