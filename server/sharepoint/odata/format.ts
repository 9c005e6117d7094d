/**
 * Shapes entities and collections into SharePoint's three JSON flavours, chosen by the Accept
 * header: minimal metadata (`application/json`), `odata=nometadata` and `odata=verbose`.
 * Handlers build plain property bags; this module adds `odata.*` keys or `__metadata`, turns
 * arrays into verbose `{results:[…]}` and picks the response Content-Type (README §1).
 */

export type MetadataLevel = 'minimal' | 'none' | 'verbose';

export function metadataLevel(accept: string | undefined): MetadataLevel {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose')) return 'verbose';
  if (a.includes('odata=nometadata')) return 'none';
  return 'minimal';
}

export function contentTypeFor(level: MetadataLevel): string {
  switch (level) {
    case 'verbose':
      return 'application/json;odata=verbose;charset=utf-8';
    case 'none':
      return 'application/json;odata=nometadata;streaming=true;charset=utf-8';
    default:
      return 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
  }
}

/** Where an entity lives; drives `odata.*` (minimal) and `__metadata` (verbose). */
export interface EntityMeta {
  /** e.g. `SP.Data.TasksListItem`, `SP.List`, `SP.FieldText`. */
  type: string;
  /** `odata.id` / `__metadata.id` (a GUID for items, an absolute URL for most others). */
  id: string;
  /** Absolute URI (`__metadata.uri`). */
  uri: string;
  /** Relative edit link (`odata.editLink`), e.g. `Web/Lists(guid'…')/Items(3)`. */
  editLink?: string;
  /** Version counter; emitted as `"\"n\""`. Users have none. */
  etag?: number;
}

/** A property value that is itself an entity (expanded user or lookup target). */
export class NestedEntity {
  constructor(
    readonly meta: EntityMeta,
    readonly props: Props,
  ) {}
}

/** A complex value (e.g. `SP.FieldUrlValue`, `SP.UserIdInfo`): verbose adds `__metadata.type`. */
export class ComplexValue {
  constructor(
    readonly type: string,
    readonly props: Props,
  ) {}
}

/** A navigation property that was not expanded: verbose emits `__deferred`. */
export class Deferred {
  constructor(readonly uri: string) {}
}

export type PropValue =
  | string
  | number
  | boolean
  | null
  | PropValue[]
  | NestedEntity
  | ComplexValue
  | Deferred
  | { [key: string]: PropValue };
export type Props = { [key: string]: PropValue };

export interface Shaped {
  [key: string]: unknown;
}

function edmOf(values: PropValue[]): string {
  if (values.length > 0 && typeof values[0] === 'number') return 'Collection(Edm.Int32)';
  return 'Collection(Edm.String)';
}

function shapeValue(v: PropValue, level: MetadataLevel): unknown {
  if (v instanceof NestedEntity) return shapeEntityBody(v.meta, v.props, level);
  if (v instanceof ComplexValue) {
    const inner = shapeProps(v.props, level);
    return level === 'verbose' ? { __metadata: { type: v.type }, ...inner } : inner;
  }
  if (v instanceof Deferred) return level === 'verbose' ? { __deferred: { uri: v.uri } } : undefined;
  if (Array.isArray(v)) {
    const arr = v.map((x) => shapeValue(x, level));
    if (level !== 'verbose') return arr;
    const primitive = v.every((x) => typeof x !== 'object' || x === null);
    return primitive ? { __metadata: { type: edmOf(v) }, results: arr } : { results: arr };
  }
  if (typeof v === 'object' && v !== null) return shapeProps(v, level);
  return v;
}

function shapeProps(props: Props, level: MetadataLevel): Shaped {
  const out: Shaped = {};
  for (const [k, v] of Object.entries(props)) {
    const s = shapeValue(v, level);
    if (s !== undefined) out[k] = s;
  }
  return out;
}

function etagString(n: number): string {
  return `"${n}"`;
}

/** The entity object without the outer `{d:…}` wrapper or `odata.metadata`. */
export function shapeEntityBody(meta: EntityMeta, props: Props, level: MetadataLevel): Shaped {
  const body = shapeProps(props, level);
  if (level === 'none') return body;
  if (level === 'verbose') {
    const m: Shaped = { id: meta.id, uri: meta.uri };
    if (meta.etag !== undefined) m.etag = etagString(meta.etag);
    m.type = meta.type;
    return { __metadata: m, ...body };
  }
  const head: Shaped = { 'odata.type': meta.type, 'odata.id': meta.id };
  if (meta.etag !== undefined) head['odata.etag'] = etagString(meta.etag);
  if (meta.editLink !== undefined) head['odata.editLink'] = meta.editLink;
  return { ...head, ...body };
}

/** A single-entity response body. `metadataUrl` is the `odata.metadata` value (minimal only). */
export function shapeEntity(meta: EntityMeta, props: Props, level: MetadataLevel, metadataUrl: string): Shaped {
  const body = shapeEntityBody(meta, props, level);
  if (level === 'verbose') return { d: body };
  if (level === 'minimal') return { 'odata.metadata': metadataUrl, ...body };
  return body;
}

export interface ShapedRow {
  meta: EntityMeta;
  props: Props;
}

/** A collection response body; `nextLink` only when more pages exist. */
export function shapeCollection(rows: ShapedRow[], level: MetadataLevel, metadataUrl: string, nextLink?: string): Shaped {
  const value = rows.map((r) => shapeEntityBody(r.meta, r.props, level));
  if (level === 'verbose') {
    const d: Shaped = { results: value };
    if (nextLink) d.__next = nextLink;
    return { d };
  }
  const out: Shaped = {};
  if (level === 'minimal') out['odata.metadata'] = metadataUrl;
  if (nextLink) out['odata.nextLink'] = nextLink;
  out.value = value;
  return out;
}

/** The value of a function returning a primitive, e.g. recycle → GUID, people picker → string. */
export function shapePrimitive(name: string, value: string | number | boolean, level: MetadataLevel, metadataUrl: string): Shaped {
  if (level === 'verbose') return { d: { [name]: value } };
  if (level === 'minimal') return { 'odata.metadata': metadataUrl, value };
  return { value };
}

/** The error body in the flavour the client asked for (README §2). */
export function shapeError(code: string, message: string, level: MetadataLevel): Shaped {
  const inner = { code, message: { lang: 'en-US', value: message } };
  return level === 'verbose' ? { error: inner } : { 'odata.error': inner };
}
