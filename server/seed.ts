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
import { createSp } from '../src/data/spClient';
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

/** How many reporters' reports are written at once. */
const REPORTERS_AT_ONCE = 8;

/**
 * The status reports, each written by its reporter: SharePoint names a report's writer itself (Created By),
 * and a report counts only from the measure's holder or delegate (reportAuthority.ts). The emulator's sign-in
 * stand-in acts as each reporter; a report without one is written by the seeding person. Reruns add only
 * the keys not stored yet.
 */
async function ensureReportsByReporters(sp: SPFI, store: Store, reports: DemoRegion['statusReports']): Promise<number> {
  if (reports.length === 0) return 0;
  const stored = new Set((await store.statusReports.all()).map((r) => r.key.toLowerCase()));
  const byWriter = new Map<string, DemoRegion['statusReports']>();
  for (const report of reports) {
    if (stored.has(report.key.toLowerCase())) continue;
    const writer = report.reportedBy?.upn.toLowerCase() ?? '';
    byWriter.set(writer, [...(byWriter.get(writer) ?? []), report]);
  }
  const siteUrl = sp.web.toUrl().replace(/\/_api\/web\/?$/i, '');
  const writers = [...byWriter.entries()];
  let added = 0;
  for (let at = 0; at < writers.length; at += REPORTERS_AT_ONCE) {
    const counts = await Promise.all(writers.slice(at, at + REPORTERS_AT_ONCE).map(([writer, own]) =>
      (writer ? createStore(createSp(siteUrl, { emulatorUser: writer })) : store).statusReports.addAll(own)));
    added += counts.reduce((a, b) => a + b, 0);
  }
  return added;
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
    added[list] = list === 'statusReports' ? await ensureReportsByReporters(sp, store, region.statusReports) : await ensure(store, list, region[list]);
    onList(list, added[list] ?? 0, region[list].length, Date.now() - start);
  }
  await repairDerivedKeys(store);
  // Who may do what, once the roles and areas it follows are in.
  const permissions = await provisionPermissions(sp, store);
  return { provisioning, permissions, added };
}
