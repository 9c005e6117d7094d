/**
 * `npm run provision`: applies the list schema and the permissions (SECURITY.md) to a SharePoint site (default:
 * the local emulator), idempotently, and prints what changed. It must run as a site owner (Full Control). Against a real tenant, run it with SP_ACCESS_TOKEN set to a
 * token for the site (e.g. from `m365 util accesstoken get --resource https://<tenant>.sharepoint.com`).
 * `--repair` then puts every copied key right (src/plans/derivedKeyWrites.ts): run it once after an upgrade
 * that adds such keys, before people use the views (the nightly reminder run does it too).
 */
import { spfi, SPBrowser } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { createSp } from '../src/data/spClient';
import { provision } from '../src/data/provisioning';
import { createStore } from '../src/data/stores';
import { repairDerivedKeys } from '../src/plans/derivedKeyWrites';
import { provisionPermissions } from '../src/security/sitePermissions';

async function main(): Promise<void> {
  const siteUrl = process.env.SP_SITE_URL ?? `http://localhost:${process.env.PORT ?? 4321}/sites/internkontroll`;
  const token = process.env.SP_ACCESS_TOKEN;
  const sp = token
    ? spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ Authorization: `Bearer ${token}` }))
    : createSp(siteUrl, { emulatorUser: process.env.SP_EMULATOR_USER });
  const report = await provision(sp);
  const store = createStore(sp);
  const repair = process.argv.includes('--repair') ? await repairDerivedKeys(store) : undefined;
  // Who may do what (SECURITY.md): the groups, the level, each list's and item's permissions, the groups' members.
  const permissions = await provisionPermissions(sp, store);
  console.log(JSON.stringify({ siteUrl, ...report, ...(repair ? { repair } : {}), permissions }, null, 2));
}

main().catch((error: unknown) => {
  console.error('Provisioning failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
