/**
 * What a handler needs to answer one (possibly batched) request: the site state, the parsed
 * query options, the response flavour, absolute URLs, and small response builders.
 */
import { contentTypeFor, MetadataLevel, metadataLevel, Shaped } from './odata/format';
import { parseQuery, QueryOptions } from './odata/query';
import { SiteUser } from './store/model';
import { Site } from './store/site';
import { EmuRequest, EmuResponse } from './types';

export interface Ctx {
  req: EmuRequest;
  site: Site;
  level: MetadataLevel;
  query: QueryOptions;
  /** Absolute web URL, no trailing slash: `http://localhost:4321/sites/internkontroll`. */
  webUrl: string;
  sitePath: string;
  /** The calling user (added to the site on first use). */
  user: SiteUser;
}

export function makeCtx(req: EmuRequest, site: Site, sitePath: string): Ctx {
  return {
    req,
    site,
    level: metadataLevel(req.headers['accept']),
    query: parseQuery(req.query),
    webUrl: req.origin + sitePath,
    sitePath,
    user: site.ensureUser(req.user, false),
  };
}

export function json(ctx: Ctx, status: number, body: Shaped, headers: Record<string, string> = {}): EmuResponse {
  return {
    status,
    headers: { 'content-type': contentTypeFor(ctx.level), ...headers },
    body: JSON.stringify(body),
  };
}

export function empty(ctx: Ctx, status: number, headers: Record<string, string> = {}): EmuResponse {
  return { status, headers: { 'content-type': contentTypeFor(ctx.level), ...headers }, body: '' };
}

/** `$metadata#<what>` URL used in `odata.metadata`. */
export function metadataUrl(ctx: Ctx, what: string): string {
  return `${ctx.webUrl}/_api/$metadata#${what}`;
}
