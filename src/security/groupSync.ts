/**
 * Keeps the reporters' group in step when a coordinator gives a role a new holder or delegate, so that the new
 * person can answer at once (SECURITY.md: a status report can be added by a responsible person). Adding is done
 * here, as the coordinator (who owns the group); removing someone who no longer holds any role, and the areas'
 * groups, are left to `syncPermissions` (run by provisioning), which sees every role at once.
 */
import '@pnp/sp/site-groups/web';
import { SPFI } from '@pnp/sp';
import { isNotFound } from '../data/errors';
import { loginOf } from '../data/people';
import { odataPathArgument } from '../data/query';
import type { Store } from '../data/stores';
import { PRODUCT_GROUPS } from './roles';

/**
 * Adds the people to the group unless they are in it. A site whose permissions have not been provisioned has no
 * such group: then there is nothing to keep in step.
 */
export async function addGroupMembers(sp: SPFI, groupTitle: string, upns: ReadonlyArray<string | undefined>): Promise<void> {
  const wanted = [...new Set(upns.filter((u): u is string => Boolean(u)).map((u) => u.trim().toLowerCase()))];
  if (wanted.length === 0) return;
  const users = sp.web.siteGroups.getByName(odataPathArgument(groupTitle)).users;
  let members: Array<{ UserPrincipalName: string | null }>;
  try {
    members = await users.select('UserPrincipalName')();
  } catch (error) {
    if (isNotFound(error)) return;
    throw error;
  }
  const have = new Set(members.map((m) => (m.UserPrincipalName ?? '').toLowerCase()));
  for (const upn of wanted) if (!have.has(upn)) await users.add(loginOf(upn));
}

/** Adds the people to the reporters' group; does nothing without a SharePoint site (test fakes). */
export async function ensureReporters(store: Store, upns: ReadonlyArray<string | undefined>): Promise<void> {
  if (store.sp) await addGroupMembers(store.sp, PRODUCT_GROUPS.reporters.title, upns);
}
