/**
 * Creates the PnPjs instance outside SPFx: in the local workbench (browser) and in Node tools and
 * tests. Same behaviours as SPFx's own pipeline (JSON light, request digest, retry on 429/503), so the
 * same Store code runs everywhere.
 */
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';

export interface SpClientOptions {
  /** The emulator's stand-in for sign-in: whom to act as (UPN). Never sent to a real tenant. */
  emulatorUser?: string;
}

export function createSp(siteUrl: string, options: SpClientOptions = {}): SPFI {
  const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }));
  return options.emulatorUser ? sp.using(InjectHeaders({ 'X-Emulator-User': options.emulatorUser })) : sp;
}
