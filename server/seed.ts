/**
 * Puts the product's lists and the demo region into a SharePoint site through PnPjs, the same way
 * production provisioning does: first the schema (idempotent), then the demo entities by natural key
 * (a rerun adds only what is missing), referenced lists before those that refer to them.
 */
import { SPFI } from '@pnp/sp';
import { provision, ProvisioningReport } from '../src/data/provisioning';
import { PermissionsReport, provisionPermissions } from '../src/security/sitePermissions';
import { PRODUCT_GROUPS, ProductGroup } from '../src/security/roles';
import { addGroupMembers } from '../src/security/groupSync';
import { createStore, Store } from '../src/data/stores';
import { ListName } from '../src/model/schema';
import { withDerivedKeys } from '../src/model/derivedKeys';
import { repairDerivedKeys } from '../src/plans/derivedKeyWrites';
import { buildDemoRegion, DemoRegion } from './demo/demoRegion';
import { DirectoryPerson } from './directory/types';
import { personas } from './directory/demoDirectory';

export interface SeedReport {
  provisioning: ProvisioningReport;
  permissions: PermissionsReport;
  added: Partial<Record<ListName, number>>;
}

/** Every demo list, in seeding order; each is a list of the schema under the same name. */
const ORDER: ReadonlyArray<keyof DemoRegion & ListName> = [
  'orgUnits', 'categories', 'roles', 'plans', 'items', 'measures', 'periods', 'statusReports', 'securityAreas', 'chapters', 'links', 'settings'
];

async function ensure<L extends keyof DemoRegion & ListName>(store: Store, list: L, entities: DemoRegion[L]): Promise<number> {
  // The repository's entity type and the demo's are the same per list; TypeScript cannot pair them through the key.
  return (store[list].ensureAll as (e: readonly unknown[]) => Promise<number>)(entities);
}

/**
 * The demo's people in the groups a site owner puts them in (SECURITY.md): the coordinator and the security
 * coordinator coordinate, the board secretary reads the board papers. The reporters and area groups follow the
 * roles (sitePermissions.ts), so the demo's holders are in them without being named here.
 */
export const DEMO_GROUP_MEMBERS: Partial<Record<ProductGroup, ReadonlyArray<keyof typeof personas>>> = {
  coordinators: ['coordinator', 'securityCoordinator'],
  boardSecretaries: ['boardSecretary']
};

export async function seedDemo(sp: SPFI, today: string, directory: DirectoryPerson[]): Promise<SeedReport> {
  const report = await seedRegion(sp, buildDemoRegion(today, directory));
  for (const [group, members] of Object.entries(DEMO_GROUP_MEMBERS) as Array<[ProductGroup, ReadonlyArray<keyof typeof personas>]>) {
    await addGroupMembers(sp, PRODUCT_GROUPS[group].title, members.map((persona) => personas[persona]));
  }
  return report;
}

/**
 * Seeds any region shaped like the demo's (the bench's scale region too): the schema, the entities list by
 * list with the keys they copy from each other, then the copies that span lists (goals' plans on threat links,
 * the answer index). `onList` hears how each list went, for a progress log.
 */
export async function seedRegion(sp: SPFI, built: DemoRegion, onList: (list: ListName, added: number, of: number, ms: number) => void = () => undefined):
  Promise<SeedReport> {
  const provisioning = await provision(sp);
  const store = createStore(sp);
  const derived = withDerivedKeys({ items: built.items, measures: built.measures, reports: built.statusReports });
  const region: DemoRegion = { ...built, measures: derived.measures, statusReports: derived.reports ?? [] };
  const added: Partial<Record<ListName, number>> = {};
  for (const list of ORDER) {
    const start = Date.now();
    added[list] = await ensure(store, list, region[list]);
    onList(list, added[list] ?? 0, region[list].length, Date.now() - start);
  }
  await repairDerivedKeys(store);
  // Who may do what, once the roles and areas it follows are in.
  const permissions = await provisionPermissions(sp, store);
  return { provisioning, permissions, added };
}
