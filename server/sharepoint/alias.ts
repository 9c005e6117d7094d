/**
 * OData parameter aliases in a path: `web/siteUsers(@v)?@v='i%3A0%23.f%7Cmembership%7Cu%40x.com'`,
 * `getUserEffectivePermissions(@user)?%40user=%27…%27` (PnPjs form-encodes the key), or named as in
 * `checkin(comment=@a2,checkintype=@a3)?@a2=…&@a3=1`.
 *
 * Before routing, every argument inside a segment's parentheses that is exactly `@name` is replaced
 * by the decoded value of the query parameter `@name` (an OData literal such as `'x'` or `5`), and
 * every `@…` parameter is taken out of the query string, so it is never seen as an OData option
 * and never re-emitted in `odata.nextLink`. An alias with no parameter is left as it is.
 */

export interface AliasedRequest {
  apiPath: string;
  query: string;
}

function formDecode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** `@name` (lower-cased, without the `@`) → decoded literal, from the form-encoded query string. */
function aliasValues(query: string): { values: Map<string, string>; rest: string } {
  const values = new Map<string, string>();
  const rest: string[] = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = formDecode(eq < 0 ? part : part.slice(0, eq));
    if (key !== null && key.startsWith('@')) {
      const value = eq < 0 ? '' : formDecode(part.slice(eq + 1));
      if (value !== null) values.set(key.slice(1).toLowerCase(), value);
      continue;
    }
    rest.push(part);
  }
  return { values, rest: rest.join('&') };
}

const ALIAS_AT = /^(?:@|%40)([A-Za-z_]\w*)/i;

/**
 * Scans the still percent-encoded path; quotes (`'` or `%27`) protect their content, and an alias
 * counts only where an argument value starts (after `(`, `,` or `=`) and ends (before `,` or `)`).
 */
function substitute(apiPath: string, values: Map<string, string>): string {
  let out = '';
  let depth = 0;
  let inQuote = false;
  let argStart = false;
  let i = 0;
  while (i < apiPath.length) {
    const rest = apiPath.slice(i);
    const quote = rest.startsWith("'") ? 1 : /^%27/i.test(rest) ? 3 : 0;
    if (quote > 0) {
      inQuote = !inQuote;
      out += apiPath.slice(i, i + quote);
      i += quote;
      argStart = false;
      continue;
    }
    const ch = apiPath[i];
    if (!inQuote && depth > 0 && argStart) {
      const m = ALIAS_AT.exec(rest);
      const after = m ? rest.slice(m[0].length) : '';
      if (m && /^(?:\s|%20)*(?:,|\)|%29|$)/i.test(after) && values.has(m[1].toLowerCase())) {
        out += encodeURIComponent(values.get(m[1].toLowerCase()) ?? '');
        i += m[0].length;
        argStart = false;
        continue;
      }
    }
    if (!inQuote && (ch === '(' || /^%28/i.test(rest))) depth++;
    if (!inQuote && (ch === ')' || /^%29/i.test(rest))) depth = Math.max(0, depth - 1);
    if (!inQuote && (ch === '(' || ch === ',' || ch === '=' || /^%28/i.test(rest))) argStart = true;
    else if (ch !== ' ' && !/^%20/i.test(rest)) argStart = false;
    const step = rest.startsWith('%') ? 3 : 1;
    out += apiPath.slice(i, i + step);
    i += step;
  }
  return out;
}

export function resolveAliases(apiPath: string, query: string): AliasedRequest {
  if (!query.includes('@') && !/%40/i.test(query)) return { apiPath, query };
  const { values, rest } = aliasValues(query);
  return { apiPath: values.size > 0 ? substitute(apiPath, values) : apiPath, query: rest };
}
