/** Unit tests of the $filter parser: OData precedence and the literals SharePoint accepts. */
import { parseFilter } from '../odata/filter';

it('binds and tighter than or, left to right', () => {
  const ast = parseFilter("A eq 1 and B eq 2 or C eq 3");
  expect(ast.kind).toBe('or');
  if (ast.kind !== 'or') return;
  expect(ast.items[0].kind).toBe('and');
});

it('keeps parentheses and function calls apart', () => {
  const ast = parseFilter("(startswith(Title,'a (b)') or substringof('x', Title)) and ID gt 5");
  expect(ast.kind).toBe('and');
  if (ast.kind !== 'and') return;
  expect(ast.items[0].kind).toBe('or');
  expect(ast.items[1]).toEqual({ kind: 'cmp', op: 'gt', prop: 'ID', value: { t: 'number', v: 5 } });
});

it('reads SharePoint literals', () => {
  expect(parseFilter("Due lt datetime'2026-01-01T00:00:00Z'")).toEqual({ kind: 'cmp', op: 'lt', prop: 'Due', value: { t: 'date', v: '2026-01-01T00:00:00Z' } });
  expect(parseFilter("Due lt datetime'2026-01-01T00:00:00'")).toMatchObject({ value: { t: 'date', v: '2026-01-01T00:00:00Z' } });
  expect(parseFilter("Title eq 'it''s'")).toMatchObject({ value: { t: 'string', v: "it's" } });
  expect(parseFilter('Cost ge 1.5')).toMatchObject({ value: { t: 'number', v: 1.5 } });
  expect(parseFilter('Done eq true')).toMatchObject({ value: { t: 'boolean', v: true } });
  expect(parseFilter('Plan/Title eq null')).toMatchObject({ prop: 'Plan/Title', value: { t: 'null' } });
  expect(parseFilter("Title  eq   'a  b'")).toMatchObject({ value: { t: 'string', v: 'a  b' } });
});

it('rejects malformed filters with a 400', () => {
  expect(() => parseFilter("Title eq 'x")).toThrow(expect.objectContaining({ status: 400 }));
  expect(() => parseFilter('Title eq')).toThrow(expect.objectContaining({ status: 400 }));
  expect(() => parseFilter('(A eq 1')).toThrow(expect.objectContaining({ status: 400 }));
});

it('reads a string literal with escaped quotes as one value, whatever it holds', () => {
  const texts = ["' or 1 eq 1 or IkKey eq '", "''", "a datetime'2026-01-01' b", "x) or (ID gt 0", 'and or not'];
  for (const text of texts) {
    const escaped = text.replace(/'/g, "''");
    expect(parseFilter(`IkKey eq '${escaped}'`)).toEqual({ kind: 'cmp', op: 'eq', prop: 'IkKey', value: { t: 'string', v: text } });
    expect(parseFilter(`(IkKey eq '${escaped}') or (IkKey eq 'b')`)).toMatchObject({ kind: 'or', items: [{ value: { v: text } }, { value: { v: 'b' } }] });
  }
});
