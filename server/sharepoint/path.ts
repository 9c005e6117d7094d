/**
 * Splits an `_api` path into segments such as `web`, `lists`, `getbytitle('Tasks')`,
 * `items(5)`, `lists(guid'…')`, `files/AddUsingPath(decodedurl='a.docx',Overwrite=true)`, the way
 * SharePoint reads them: names case-insensitively, arguments as OData literals (`'x'` with `''`
 * escapes, `guid'…'`, numbers), named arguments also by their lower-cased name.
 */
import { Errors } from './errors';

export interface Segment {
  /** Lower-cased name (`getbytitle`, `items`, `sp.ui.applicationpages…`). */
  name: string;
  /** Parsed arguments in parentheses; `null` when the segment has no parentheses. */
  args: string[] | null;
  /** The `name=value` arguments by lower-cased name (`decodedurl`, `overwrite`, `fileoffset`, …). */
  named: Record<string, string>;
}

interface Arg {
  name: string | null;
  value: string;
}

function parseArg(raw: string): Arg {
  const s = raw.trim();
  const named = /^([A-Za-z_]\w*)\s*=\s*([\s\S]*)$/.exec(s);
  const v = named ? named[2].trim() : s;
  const q = /^(?:guid)?'([\s\S]*)'$/i.exec(v);
  return { name: named ? named[1].toLowerCase() : null, value: q ? q[1].replace(/''/g, "'") : v };
}

function splitArgs(s: string): Arg[] {
  const out: string[] = [];
  let cur = '';
  let inQ = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "'") {
      if (inQ && s[i + 1] === "'") {
        cur += "''";
        i++;
        continue;
      }
      inQ = !inQ;
    }
    if (ch === ',' && !inQ) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim() !== '' || out.length > 0) out.push(cur);
  return out.map(parseArg);
}

/** Splits on `/` outside quotes and parentheses (getList('/sites/x/Lists/Y') keeps its slashes). */
function splitTopLevel(path: string): string[] {
  const decodedQuotes = path.replace(/%27/gi, "'").replace(/%28/gi, '(').replace(/%29/gi, ')');
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  let inQ = false;
  for (const ch of decodedQuotes) {
    if (ch === "'") inQ = !inQ;
    else if (!inQ && ch === '(') depth++;
    else if (!inQ && ch === ')') depth--;
    if (ch === '/' && depth === 0 && !inQ) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function parsePath(apiPath: string): Segment[] {
  const segments: Segment[] = [];
  for (const rawPart of splitTopLevel(apiPath)) {
    if (rawPart === '') continue;
    let part: string;
    try {
      part = decodeURIComponent(rawPart);
    } catch {
      throw Errors.badPath(rawPart);
    }
    const m = /^([^()]+?)\s*(?:\(([\s\S]*)\))?$/.exec(part);
    if (!m) throw Errors.badPath(part);
    const args = m[2] === undefined ? null : splitArgs(m[2]);
    const named: Record<string, string> = {};
    for (const a of args ?? []) if (a.name !== null) named[a.name] = a.value;
    segments.push({ name: m[1].toLowerCase(), args: args === null ? null : args.map((a) => a.value), named });
  }
  return segments;
}
