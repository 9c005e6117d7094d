/**
 * `$filter`: parsing and evaluation.
 *
 * Parsing is two-layered. The boolean structure (`and`, `or`, `not`, parentheses) is parsed here
 * with OData precedence (`and` binds tighter than `or`), because odata-parser 1.4.1 gives `and` and
 * `or` equal, right-associative precedence (`A and B or C` comes back as `A and (B or C)`) and
 * drops the parentheses from its tree. Each single condition (`Title eq 'x'`,
 * `startswith(Title,'a')`, `Due lt datetime'…'`) is parsed by odata-parser's `cond` rule, after
 * normalising what its grammar rejects (trailing `Z` in `datetime'…'`, runs of spaces).
 *
 * Evaluation is generic: a `Resolver` maps a property path to an `Accessor` (value getter, value
 * kind, whether the column is indexed), so the same code filters list items, lists, fields and
 * users. The compiled tree keeps its leaves so the threshold check can inspect them.
 */
import { parse as parseOData, type ODataNode } from 'odata-parser';
import { Errors } from '../errors';

export type Scalar = string | number | boolean | null;
export type ValueKind = 'text' | 'number' | 'date' | 'boolean';

export interface Accessor<R> {
  kind: ValueKind;
  /** Scalar, or an array for multi-valued columns (then `eq` matches any element). */
  get(rec: R): Scalar | Scalar[];
  /** For the list view threshold: is this column indexed? */
  indexed: boolean;
  /**
   * The stored column this accessor reads as it is (no projection through a lookup or person): equality on it
   * can be answered from the list's equality index (ListState.equalityIndex) instead of a scan.
   */
  column?: string;
}

export type Resolver<R> = (path: string) => Accessor<R>;

export type CmpOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type FilterAst =
  | { kind: 'and'; items: FilterAst[] }
  | { kind: 'or'; items: FilterAst[] }
  | { kind: 'not'; item: FilterAst }
  | { kind: 'cmp'; op: CmpOp; prop: string; value: LiteralValue }
  | { kind: 'func'; func: 'startswith' | 'substringof' | 'endswith'; prop: string; value: string };

export type LiteralValue =
  | { t: 'string'; v: string }
  | { t: 'number'; v: number }
  | { t: 'boolean'; v: boolean }
  | { t: 'date'; v: string }
  | { t: 'null' };

// ---------------------------------------------------------------------------------------------
// Tokenising the boolean structure

type Token = { t: '(' } | { t: ')' } | { t: 'and' } | { t: 'or' } | { t: 'not' } | { t: 'leaf'; text: string };

const OP_WORD = /^(and|or|not)(?=[\s(]|$)/i;

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(') {
      tokens.push({ t: '(' });
      i++;
      continue;
    }
    if (c === ')') {
      tokens.push({ t: ')' });
      i++;
      continue;
    }
    const word = OP_WORD.exec(src.slice(i));
    if (word) {
      tokens.push({ t: word[1].toLowerCase() as 'and' | 'or' | 'not' });
      i += word[1].length;
      continue;
    }
    // A leaf condition: runs until a top-level `and`/`or` or a closing group parenthesis.
    // Parentheses opened inside a leaf belong to a function call (`startswith(…)`).
    const start = i;
    let depth = 0;
    let inQuote = false;
    while (i < n) {
      const ch = src[i];
      if (inQuote) {
        if (ch === "'") {
          if (src[i + 1] === "'") {
            i += 2;
            continue;
          }
          inQuote = false;
        }
        i++;
        continue;
      }
      if (ch === "'") inQuote = true;
      else if (ch === '(') depth++;
      else if (ch === ')') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && /\s/.test(ch)) {
        const rest = src.slice(i).replace(/^\s+/, '');
        if (/^(and|or)(?=[\s(])/i.test(rest)) break;
      }
      i++;
    }
    if (inQuote) throw Errors.badQuery('Unterminated string literal in $filter.');
    tokens.push({ t: 'leaf', text: src.slice(start, i).trim() });
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Recursive descent over the tokens

class TokenStream {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}
  peek(): Token | undefined {
    return this.tokens[this.pos];
  }
  next(): Token | undefined {
    return this.tokens[this.pos++];
  }
  done(): boolean {
    return this.pos >= this.tokens.length;
  }
}

function parseOr(ts: TokenStream): FilterAst {
  const items = [parseAnd(ts)];
  while (ts.peek()?.t === 'or') {
    ts.next();
    items.push(parseAnd(ts));
  }
  return items.length === 1 ? items[0] : { kind: 'or', items };
}

function parseAnd(ts: TokenStream): FilterAst {
  const items = [parseUnary(ts)];
  while (ts.peek()?.t === 'and') {
    ts.next();
    items.push(parseUnary(ts));
  }
  return items.length === 1 ? items[0] : { kind: 'and', items };
}

function parseUnary(ts: TokenStream): FilterAst {
  const tok = ts.next();
  if (!tok) throw Errors.badQuery('Unexpected end of $filter expression.');
  if (tok.t === 'not') return { kind: 'not', item: parseUnary(ts) };
  if (tok.t === '(') {
    const inner = parseOr(ts);
    if (ts.next()?.t !== ')') throw Errors.badQuery("')' expected in $filter expression.");
    return inner;
  }
  if (tok.t === 'leaf') return parseLeaf(tok.text);
  throw Errors.badQuery(`Syntax error in $filter at '${tok.t}'.`);
}

// ---------------------------------------------------------------------------------------------
// Single conditions, through odata-parser

/** The index of the quote that closes the string literal opening at `start` (`''` inside is an escaped quote). */
function literalEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== "'") continue;
    if (text[i + 1] !== "'") return i;
    i++;
  }
  throw Errors.badQuery('Unterminated string literal in $filter.');
}

/**
 * datetime'2026-01-01T00:00:00Z' → datetimeoffset'…Z' (the grammar's datetime rejects a zone; a zone-less
 * value is read as UTC, not as the server's local time).
 */
function datetimeOffset(body: string): string {
  let b = body.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(b)) b += 'T00:00:00';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(b)) b += ':00';
  if (!/(Z|[+-]\d{2}(:?\d{2})?)$/i.test(b)) b += 'Z';
  return `datetimeoffset'${b.replace(/z$/, 'Z')}'`;
}

/**
 * Makes a condition acceptable to odata-parser's grammar without changing its meaning. String literals are
 * copied as they are: only a literal right after the word `datetime` is a date, so a value that merely
 * contains `datetime'…'` (escaped as `datetime''…''`) stays the text it is.
 */
function normaliseLeaf(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      const end = literalEnd(text, i);
      const literal = text.slice(i, end + 1);
      out = /datetime$/i.test(out) ? `${out.slice(0, -'datetime'.length)}${datetimeOffset(literal.slice(1, -1))}` : out + literal;
      i = end;
    } else if (/\s/.test(ch)) {
      // single spaces only, and none next to parentheses or commas
      const prev = out[out.length - 1];
      const nextNonSpace = text.slice(i).replace(/^\s+/, '')[0];
      if (prev === ' ' || prev === '(' || prev === ',' || nextNonSpace === ')' || nextNonSpace === ',') continue;
      out += ' ';
    } else out += ch;
  }
  return out;
}

function toLiteral(node: ODataNode, rawText: string): LiteralValue {
  if (node.type !== 'literal') throw Errors.badQuery(`A literal value is expected in '${rawText}'.`);
  const v = node.value;
  if (Array.isArray(v) && v[0] === 'null') return { t: 'null' };
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw Errors.badQuery(`Invalid datetime in '${rawText}'.`);
    return { t: 'date', v: isoSeconds(v) };
  }
  if (typeof v === 'number') return { t: 'number', v };
  if (typeof v === 'boolean') return { t: 'boolean', v };
  if (typeof v === 'string') {
    // decimals come back from the grammar as unquoted strings; the raw text tells them apart
    const rhs = rawText.slice(rawText.lastIndexOf(' ') + 1);
    if (!rawText.includes("'") && /^[+-]?\d+(\.\d+)?[mMdDfF]?$/.test(rhs)) return { t: 'number', v: parseFloat(rhs) };
    return { t: 'string', v };
  }
  throw Errors.badQuery(`Unsupported literal in '${rawText}'.`);
}

function parseLeaf(text: string): FilterAst {
  const norm = normaliseLeaf(text);
  let node: ODataNode;
  try {
    node = parseOData(norm, 'cond') as ODataNode;
  } catch {
    throw Errors.badQuery(`The expression "${text}" is not valid.`);
  }
  if (node.type === 'functioncall') {
    const func = node.func.toLowerCase();
    if (func !== 'startswith' && func !== 'substringof' && func !== 'endswith') {
      throw Errors.badQuery(`Function '${node.func}' is not supported in $filter.`);
    }
    // substringof('x', Field) takes the literal first; startswith(Field, 'x') takes it second
    const [a, b] = node.args;
    const prop = a?.type === 'property' ? a : b;
    const lit = a?.type === 'literal' ? a : b;
    if (prop?.type !== 'property' || lit?.type !== 'literal' || typeof lit.value !== 'string') {
      throw Errors.badQuery(`The expression "${text}" is not valid.`);
    }
    return { kind: 'func', func, prop: prop.name, value: lit.value };
  }
  if (node.type === 'eq' || node.type === 'ne' || node.type === 'lt' || node.type === 'le' || node.type === 'gt' || node.type === 'ge') {
    let op: CmpOp = node.type;
    let { left, right } = node;
    if (left.type === 'literal' && right.type === 'property') {
      [left, right] = [right, left];
      const flip: Record<CmpOp, CmpOp> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };
      op = flip[op];
    }
    if (left.type !== 'property') throw Errors.badQuery(`The expression "${text}" is not valid.`);
    return { kind: 'cmp', op, prop: left.name, value: toLiteral(right, norm) };
  }
  throw Errors.badQuery(`The expression "${text}" is not valid.`);
}

export function parseFilter(src: string): FilterAst {
  const ts = new TokenStream(tokenize(src));
  if (ts.done()) throw Errors.badQuery('The $filter expression is empty.');
  const ast = parseOr(ts);
  if (!ts.done()) throw Errors.badQuery(`Syntax error in $filter: '${src}'.`);
  return ast;
}

// ---------------------------------------------------------------------------------------------
// Compilation to predicates

/** `2026-01-01T00:00:00Z`: SharePoint's date format (no milliseconds). */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function coerceLiteral(lit: LiteralValue, kind: ValueKind, text: string): Scalar {
  if (lit.t === 'null') return null;
  switch (kind) {
    case 'text':
      return String(lit.v).toLowerCase();
    case 'number': {
      const n = typeof lit.v === 'boolean' ? (lit.v ? 1 : 0) : Number(lit.v);
      if (Number.isNaN(n)) throw Errors.badQuery(`The expression "${text}" is not valid.`);
      return n;
    }
    case 'boolean':
      if (lit.t === 'boolean') return lit.v;
      if (lit.t === 'number') return lit.v !== 0;
      return /^(1|true|yes)$/i.test(String(lit.v));
    case 'date': {
      const d = new Date(String(lit.v));
      if (Number.isNaN(d.getTime())) throw Errors.badQuery(`The expression "${text}" is not valid.`);
      return isoSeconds(d);
    }
  }
}

export function normaliseValue(v: Scalar, kind: ValueKind): Scalar {
  if (v === null || v === '') return null;
  if (kind === 'text' && typeof v === 'string') return v.toLowerCase();
  return v;
}

function compare(a: Scalar, b: Scalar): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A compiled node; leaves keep their accessor so the threshold rule can look at them. */
export type Compiled<R> =
  | { kind: 'and' | 'or'; items: Compiled<R>[]; test: (r: R) => boolean }
  | { kind: 'not'; item: Compiled<R>; test: (r: R) => boolean }
  | { kind: 'leaf'; op: CmpOp | 'func'; accessor: Accessor<R>; test: (r: R) => boolean; literal?: Scalar };

export function compileFilter<R>(ast: FilterAst, resolve: Resolver<R>): Compiled<R> {
  switch (ast.kind) {
    case 'and': {
      const items = ast.items.map((a) => compileFilter(a, resolve));
      const tests = items.map((c) => c.test);
      return { kind: 'and', items, test: (r) => tests.every((t) => t(r)) };
    }
    case 'or': {
      const items = ast.items.map((a) => compileFilter(a, resolve));
      const tests = items.map((c) => c.test);
      return { kind: 'or', items, test: (r) => tests.some((t) => t(r)) };
    }
    case 'not': {
      const item = compileFilter(ast.item, resolve);
      return { kind: 'not', item, test: (r) => !item.test(r) };
    }
    case 'func': {
      const acc = resolve(ast.prop);
      const needle = ast.value.toLowerCase();
      const match =
        ast.func === 'startswith'
          ? (s: string) => s.startsWith(needle)
          : ast.func === 'endswith'
            ? (s: string) => s.endsWith(needle)
            : (s: string) => s.includes(needle);
      const test = (r: R): boolean => {
        const v = acc.get(r);
        const arr = Array.isArray(v) ? v : [v];
        return arr.some((x) => x !== null && match(String(x).toLowerCase()));
      };
      return { kind: 'leaf', op: 'func', accessor: acc, test };
    }
    case 'cmp': {
      const acc = resolve(ast.prop);
      const lit = coerceLiteral(ast.value, acc.kind, ast.prop);
      const kind = acc.kind;
      const op = ast.op;
      const test = (r: R): boolean => {
        const raw = acc.get(r);
        const arr = (Array.isArray(raw) ? raw : [raw]).map((x) => normaliseValue(x, kind)).filter((x) => x !== null);
        if (lit === null) return op === 'eq' ? arr.length === 0 : op === 'ne' ? arr.length > 0 : false;
        switch (op) {
          case 'eq':
            return arr.some((x) => x === lit);
          case 'ne':
            // like CAML <Neq>, empty values do not match
            return arr.length > 0 && !arr.some((x) => x === lit);
          case 'lt':
            return arr.some((x) => compare(x, lit) < 0);
          case 'le':
            return arr.some((x) => compare(x, lit) <= 0);
          case 'gt':
            return arr.some((x) => compare(x, lit) > 0);
          case 'ge':
            return arr.some((x) => compare(x, lit) >= 0);
        }
      };
      return { kind: 'leaf', op, accessor: acc, test, literal: lit };
    }
  }
}

/** Finds the rows whose column holds a normalised value, or says it cannot (null): no index for that column. */
export type EqualityLookup<R> = (accessor: Accessor<R>, literal: Scalar) => readonly R[] | null;

/** The rows an equality on an indexed column matches, looked up; null for any other condition (it needs a scan). */
export function indexedMatches<R>(leaf: Extract<Compiled<R>, { kind: 'leaf' }>, lookup: EqualityLookup<R>): readonly R[] | null {
  return leaf.op === 'eq' && leaf.accessor.indexed && leaf.literal !== undefined && leaf.literal !== null ? lookup(leaf.accessor, leaf.literal) : null;
}

/**
 * The rows that can match a filter, found through equality indexes where SharePoint would use its column
 * indexes: an equality on an indexed column, the narrowest such clause of an AND, every branch of an OR.
 * A superset in ID order (`idOf`), still to be tested with the whole filter; null when a scan is needed.
 */
export function indexedCandidates<R>(node: Compiled<R>, lookup: EqualityLookup<R>, idOf: (r: R) => number): readonly R[] | null {
  switch (node.kind) {
    case 'leaf':
      return indexedMatches(node, lookup);
    case 'and': {
      let best: readonly R[] | null = null;
      for (const item of node.items) {
        const found = indexedCandidates(item, lookup, idOf);
        if (found && (!best || found.length < best.length)) best = found;
      }
      return best;
    }
    case 'or': {
      const union = new Set<R>();
      for (const item of node.items) {
        const found = indexedCandidates(item, lookup, idOf);
        if (!found) return null;
        for (const r of found) union.add(r);
      }
      return [...union].sort((a, b) => idOf(a) - idOf(b));
    }
    case 'not':
      return null;
  }
}

/** Orders values the way SharePoint sorts: empty first ascending, text case-insensitively. */
export function compareValues(a: Scalar | Scalar[], b: Scalar | Scalar[], kind: ValueKind): number {
  const first = (v: Scalar | Scalar[]): Scalar => normaliseValue(Array.isArray(v) ? (v[0] ?? null) : v, kind);
  return compare(first(a), first(b));
}
