/**
 * `$filter`, `$orderby`, `$top` and `$select` for the small collections (lists, fields, site
 * users), applied to the property bags those entities are answered with.
 */
import { Ctx } from '../context';
import { Errors } from '../errors';
import { Accessor, compareValues, compileFilter, parseFilter, Scalar, ValueKind } from '../odata/filter';
import { Props, PropValue, ShapedRow } from '../odata/format';

function scalar(v: PropValue | undefined): Scalar | Scalar[] {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.filter((x): x is string | number | boolean => typeof x !== 'object' || x === null);
  if (typeof v === 'object') return null;
  return v;
}

function kindOfValue(v: Scalar | Scalar[]): ValueKind {
  const s = Array.isArray(v) ? v[0] : v;
  if (typeof s === 'number') return 'number';
  if (typeof s === 'boolean') return 'boolean';
  return 'text';
}

function propKey(rows: ShapedRow[], name: string): string | undefined {
  const first = rows[0]?.props;
  if (!first) return name;
  if (name in first) return name;
  return Object.keys(first).find((k) => k.toLowerCase() === name.toLowerCase());
}

function resolver(rows: ShapedRow[]): (path: string) => Accessor<ShapedRow> {
  return (path) => {
    const key = propKey(rows, path);
    if (key === undefined) throw Errors.selectNotFound(path);
    const sample = rows.find((r) => r.props[key] !== null && r.props[key] !== undefined);
    return { kind: sample ? kindOfValue(scalar(sample.props[key])) : 'text', indexed: true, get: (r) => scalar(r.props[key]) };
  };
}

export function selectProps(props: Props, select: string[] | null): Props {
  if (select === null || select.includes('*')) return props;
  const out: Props = {};
  for (const s of select) {
    const key = s in props ? s : Object.keys(props).find((k) => k.toLowerCase() === s.toLowerCase());
    if (key === undefined) throw Errors.selectNotFound(s);
    out[key] = props[key];
  }
  return out;
}

export function applyCollectionQuery(ctx: Ctx, rows: ShapedRow[]): ShapedRow[] {
  const q = ctx.query;
  const resolve = resolver(rows);
  let out = rows;
  if (q.filter) {
    const f = compileFilter(parseFilter(q.filter), resolve);
    out = out.filter((r) => f.test(r));
  }
  if (q.orderby.length > 0) {
    const keys = q.orderby.map((o) => ({ acc: resolve(o.field), desc: o.desc }));
    out = [...out].sort((a, b) => {
      for (const k of keys) {
        const c = compareValues(k.acc.get(a), k.acc.get(b), k.acc.kind);
        if (c !== 0) return k.desc ? -c : c;
      }
      return 0;
    });
  }
  if (q.top !== null) out = out.slice(0, q.top);
  return out.map((r) => ({ meta: r.meta, props: selectProps(r.props, q.select) }));
}
