/**
 * Reads the OData system query options of a request (`$select`, `$filter`, `$orderby`, `$top`,
 * `$expand`, `$skiptoken`) with form semantics (`+` is space, `%24` is `$`; README §0.2), and
 * re-encodes them for `odata.nextLink` the way SharePoint does (README §1).
 */
import { Errors } from '../errors';

export interface OrderKey {
  field: string;
  desc: boolean;
}

export interface QueryOptions {
  select: string[] | null;
  filter: string | null;
  orderby: OrderKey[];
  top: number | null;
  expand: string[];
  skiptoken: string | null;
  /** All decoded parameters in request order, to re-emit in nextLink. */
  params: Array<[string, string]>;
}

function formDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    throw Errors.badQuery(`Invalid URL encoding: ${s}`);
  }
}

function splitList(v: string): string[] {
  return v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function parseQuery(raw: string): QueryOptions {
  const params: Array<[string, string]> = [];
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const k = formDecode(eq < 0 ? part : part.slice(0, eq));
    const v = eq < 0 ? '' : formDecode(part.slice(eq + 1));
    params.push([k, v]);
  }
  const get = (name: string): string | null => {
    const hit = params.find(([k]) => k.toLowerCase() === name);
    return hit ? hit[1] : null;
  };
  const select = get('$select');
  const top = get('$top');
  const orderby = get('$orderby');
  let topN: number | null = null;
  if (top !== null) {
    if (!/^\s*\d+\s*$/.test(top)) throw Errors.badQuery(`Invalid $top value: '${top}'.`);
    topN = parseInt(top, 10);
  }
  return {
    select: select === null ? null : splitList(select),
    filter: get('$filter'),
    orderby:
      orderby === null
        ? []
        : splitList(orderby).map((s) => {
            const [field, dir] = s.split(/\s+/);
            const d = (dir ?? 'asc').toLowerCase();
            if (d !== 'asc' && d !== 'desc') throw Errors.badQuery(`Invalid $orderby: '${s}'.`);
            return { field, desc: d === 'desc' };
          }),
    top: topN,
    expand: splitList(get('$expand') ?? ''),
    skiptoken: get('$skiptoken'),
    params,
  };
}

/** Parses `Paged=TRUE&p_ID=100&p_Title=x` into a map (keys without the `p_` prefix). */
export function parseSkiptoken(token: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of token.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const k = decodeURIComponent(part.slice(0, eq));
    const v = decodeURIComponent(part.slice(eq + 1));
    if (k.startsWith('p_')) out.set(k.slice(2), v);
  }
  return out;
}

/** encodeURIComponent with lower-case hex escapes, as SharePoint writes `%3d`, `%26`, `%2c`. */
export function spEncode(s: string): string {
  return encodeURIComponent(s)
    .replace(/'/g, '%27')
    .replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
}

/** Builds `?%24skiptoken=…&<other options>` for the next page, skiptoken first (README §1). */
export function nextLinkQuery(params: Array<[string, string]>, skiptoken: string): string {
  const parts = [`%24skiptoken=${spEncode(skiptoken)}`];
  for (const [k, v] of params) {
    if (k.toLowerCase() === '$skiptoken') continue;
    parts.push(`${spEncode(k)}=${spEncode(v)}`);
  }
  return '?' + parts.join('&');
}
