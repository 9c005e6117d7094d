/**
 * OData query options for the users collection: `$filter` (eq, ne, in, startswith, endswith, not, and/or,
 * parentheses), `$search` ("prop:term" clauses joined by AND/OR), `$orderby` and `$select`. It also decides
 * whether a query is an "advanced query" that Entra ID only accepts with `ConsistencyLevel: eventual`
 * (graph-wire §3): that decision is the part the product can get wrong, so it is made here explicitly.
 */
import { badRequest, unsupportedQuery } from './errors';
import { USER_PROPERTIES } from './people';

export type UserJson = Record<string, unknown>;
export type UserPredicate = (user: UserJson) => boolean;

export interface ParsedFilter {
  predicate: UserPredicate;
  /** ne, not, endswith or a null comparison: only allowed as an advanced query. */
  advanced: boolean;
}

// ---------- tokenizer ----------

type Token =
  | { kind: 'ident'; value: string }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'punct'; value: '(' | ')' | ',' };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: 'punct', value: ch });
      i += 1;
    } else if (ch === "'") {
      // OData escapes a quote inside a string by doubling it.
      let value = '';
      i += 1;
      for (;;) {
        if (i >= text.length) throw badRequest(`Invalid filter clause: unterminated string literal.`, 'Request_BadRequest');
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += text[i];
        i += 1;
      }
      tokens.push({ kind: 'string', value });
    } else if (/[0-9-]/.test(ch)) {
      const m = /^-?\d+(\.\d+)?/.exec(text.slice(i));
      if (!m) throw badRequest(`Invalid filter clause: syntax error at position ${i}.`, 'Request_BadRequest');
      tokens.push({ kind: 'number', value: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_$]/.test(ch)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_$./]*/.exec(text.slice(i));
      tokens.push({ kind: 'ident', value: m![0] });
      i += m![0].length;
    } else {
      throw badRequest(`Invalid filter clause: syntax error at position ${i} in '${text}'.`, 'Request_BadRequest');
    }
  }
  return tokens;
}

// ---------- parser: recursive descent over the token list ----------

type Literal = string | number | boolean | null;

function canonicalProperty(name: string): string {
  const canonical = USER_PROPERTIES.get(name.toLowerCase());
  if (!canonical) {
    throw badRequest(`Property '${name}' does not exist as a declared property or extension property.`, 'Request_BadRequest');
  }
  return canonical;
}

/** Directory string comparisons are case-insensitive. */
function norm(v: unknown): unknown {
  return typeof v === 'string' ? v.toLowerCase() : v;
}

class FilterParser {
  private pos = 0;
  advanced = false;

  constructor(private readonly tokens: Token[], private readonly source: string) {}

  parse(): UserPredicate {
    const predicate = this.orExpr();
    if (this.pos < this.tokens.length) this.fail();
    return predicate;
  }

  private fail(): never {
    throw badRequest(`Invalid filter clause: syntax error in '${this.source}'.`, 'Request_BadRequest');
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isKeyword(word: string): boolean {
    const t = this.peek();
    return t?.kind === 'ident' && t.value.toLowerCase() === word;
  }

  private expectPunct(value: '(' | ')' | ','): void {
    const t = this.tokens[this.pos++];
    if (t?.kind !== 'punct' || t.value !== value) this.fail();
  }

  private orExpr(): UserPredicate {
    let left = this.andExpr();
    while (this.isKeyword('or')) {
      this.pos += 1;
      const l = left;
      const r = this.andExpr();
      left = (u) => l(u) || r(u);
    }
    return left;
  }

  private andExpr(): UserPredicate {
    let left = this.unary();
    while (this.isKeyword('and')) {
      this.pos += 1;
      const l = left;
      const r = this.unary();
      left = (u) => l(u) && r(u);
    }
    return left;
  }

  private unary(): UserPredicate {
    if (this.isKeyword('not')) {
      this.pos += 1;
      this.advanced = true;
      const inner = this.unary();
      return (u) => !inner(u);
    }
    return this.primary();
  }

  private literal(): Literal {
    const t = this.tokens[this.pos++];
    if (!t) this.fail();
    if (t.kind === 'string' || t.kind === 'number') return t.value;
    if (t.kind === 'ident') {
      const word = t.value.toLowerCase();
      if (word === 'null') return null;
      if (word === 'true') return true;
      if (word === 'false') return false;
    }
    return this.fail();
  }

  private primary(): UserPredicate {
    const t = this.peek();
    if (!t) this.fail();
    if (t.kind === 'punct' && t.value === '(') {
      this.pos += 1;
      const inner = this.orExpr();
      this.expectPunct(')');
      return inner;
    }
    if (t.kind !== 'ident') this.fail();
    this.pos += 1;
    const next = this.peek();
    const word = t.value.toLowerCase();
    if ((word === 'startswith' || word === 'endswith') && next?.kind === 'punct' && next.value === '(') {
      this.pos += 1;
      const prop = this.propertyToken();
      this.expectPunct(',');
      const value = this.literal();
      this.expectPunct(')');
      if (typeof value !== 'string') this.fail();
      const needle = value.toLowerCase();
      if (word === 'endswith') {
        this.advanced = true;
        return (u) => typeof u[prop] === 'string' && (u[prop] as string).toLowerCase().endsWith(needle);
      }
      return (u) => typeof u[prop] === 'string' && (u[prop] as string).toLowerCase().startsWith(needle);
    }
    const prop = canonicalProperty(t.value);
    const op = this.tokens[this.pos++];
    if (op?.kind !== 'ident') this.fail();
    const opWord = op.value.toLowerCase();
    if (opWord === 'in') {
      this.expectPunct('(');
      const values: Literal[] = [this.literal()];
      while (this.peek()?.kind === 'punct' && (this.peek() as { value: string }).value === ',') {
        this.pos += 1;
        values.push(this.literal());
      }
      this.expectPunct(')');
      const set = new Set(values.map(norm));
      return (u) => set.has(norm(u[prop] ?? null));
    }
    if (opWord === 'eq' || opWord === 'ne') {
      const value = this.literal();
      if (opWord === 'ne' || value === null) this.advanced = true;
      const wanted = norm(value);
      const eq: UserPredicate = (u) => norm(u[prop] ?? null) === wanted;
      return opWord === 'eq' ? eq : (u) => !eq(u);
    }
    throw unsupportedQuery(`Unsupported or invalid query filter clause specified for property '${prop}' of resource 'User'.`);
  }

  private propertyToken(): string {
    const t = this.tokens[this.pos++];
    if (t?.kind !== 'ident') this.fail();
    return canonicalProperty(t.value);
  }
}

export function parseUserFilter(text: string): ParsedFilter {
  const parser = new FilterParser(tokenize(text), text);
  const predicate = parser.parse();
  return { predicate, advanced: parser.advanced };
}

// ---------- $search ----------

/** Does some word of `value` (or the whole value) start with `term`? That is how directory $search matches. */
function searchMatches(value: unknown, term: string): boolean {
  if (typeof value !== 'string') return false;
  const v = value.toLowerCase();
  const t = term.toLowerCase();
  if (v.startsWith(t)) return true;
  return v.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(t)) || v.includes(` ${t}`);
}

/**
 * Parses `"displayName:ann"` or `"displayName:ann" OR "mail:ann"`. Each clause must be quoted, as Graph
 * requires; AND binds tighter than OR.
 */
export function parseUserSearch(text: string): UserPredicate {
  const clauses = text.trim();
  const re = /\s*"([^":]+):([^"]*)"\s*(AND|OR)?/gy;
  const groups: UserPredicate[][] = [[]];
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(clauses)) !== null && m[0] !== '') {
    const prop = canonicalProperty(m[1].trim());
    const term = m[2];
    groups[groups.length - 1].push((u) => searchMatches(u[prop], term));
    if (m[3] === 'OR') groups.push([]);
    consumed = re.lastIndex;
  }
  if (consumed !== clauses.length || groups.some((g) => g.length === 0)) {
    throw badRequest(`Syntax error: invalid $search clause '${text}'. Use "property:term".`, 'Request_UnsupportedQuery');
  }
  return (u) => groups.some((g) => g.every((p) => p(u)));
}

// ---------- $orderby and $select ----------

export interface OrderBy {
  property: string;
  descending: boolean;
}

export function parseOrderBy(text: string): OrderBy[] {
  return text.split(',').map((part) => {
    const [name, dir, ...rest] = part.trim().split(/\s+/);
    if (!name || rest.length > 0 || (dir !== undefined && !/^(asc|desc)$/i.test(dir))) {
      throw badRequest(`Invalid $orderby clause '${text}'.`, 'Request_BadRequest');
    }
    return { property: canonicalProperty(name), descending: dir?.toLowerCase() === 'desc' };
  });
}

const collator = new Intl.Collator('sv-SE', { sensitivity: 'base' });

export function compareUsers(order: OrderBy[]): (a: UserJson, b: UserJson) => number {
  return (a, b) => {
    for (const { property, descending } of order) {
      const c = collator.compare(String(a[property] ?? ''), String(b[property] ?? ''));
      if (c !== 0) return descending ? -c : c;
    }
    return 0;
  };
}

/** Parses `$select`; unknown properties are a 400 as in Graph. Returns canonical names. */
export function parseSelect(text: string): string[] {
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return names.map((n) => {
    const canonical = USER_PROPERTIES.get(n.toLowerCase());
    if (!canonical) {
      throw badRequest(
        `Parsing OData Select and Expand failed: Could not find a property named '${n}' on type 'microsoft.graph.user'.`,
      );
    }
    return canonical;
  });
}
