/**
 * Creates the PnPjs instance outside SPFx: in the local workbench (browser) and in Node tools and
 * tests. Same behaviours as SPFx's own pipeline (JSON light, request digest), with the product's retry on 429/503
 * (throttleRetry.ts, as in the web parts), so the
 * same Store code runs everywhere.
 */
import { DefaultHeaders, DefaultInit, RequestDigest, spfi, SPBrowser, SPFI } from '@pnp/sp';
import { DefaultParse, InjectHeaders } from '@pnp/queryable';
import { ThrottleRetry } from './throttleRetry';

export interface SpClientOptions {
  /** The emulator's stand-in for sign-in: whom to act as (UPN). Never sent to a real tenant. */
  emulatorUser?: string;
  /**
   * The form digest the page was served with, as a SharePoint page carries it and SPFx hands it to PnPjs: writes
   * and `$batch`es to this site then need no `contextinfo` round trip. The workbench passes it.
   */
  pageDigest?: { value: string; timeoutSeconds: number };
}

export function createSp(siteUrl: string, options: SpClientOptions = {}): SPFI {
  const digest = options.pageDigest;
  const sp = digest
    ? spfi(siteUrl).using(DefaultHeaders(), DefaultInit(), ThrottleRetry(), DefaultParse(), RequestDigest((url) => {
      if (!url.toLowerCase().startsWith(siteUrl.toLowerCase())) return null;
      // A digest is good for its timeout from when it was issued ("0x…,<date>"); renew a little before.
      const issued = new Date(digest.value.slice(digest.value.indexOf(',') + 1));
      const expiration = new Date((Number.isNaN(issued.getTime()) ? Date.now() : issued.getTime()) + (digest.timeoutSeconds - 15) * 1000);
      return expiration.getTime() > Date.now() ? { value: digest.value, expiration } : null;
    }))
    // SPBrowser's own sending (three attempts) is replaced: SharePoint throttles in bursts (throttleRetry.ts).
    : spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), ThrottleRetry());
  return options.emulatorUser ? sp.using(InjectHeaders({ 'X-Emulator-User': options.emulatorUser })) : sp;
}
