/**
 * Fields of a list: the collection (GET with query options), creation through every PnPjs v4
 * route (`fields` POST with a verbose body, `fields/addfield`, `fields/createfieldasxml`), one
 * field by internal name/title/id (GET, MERGE, DELETE). Internal names are fixed at creation.
 */
import { Ctx, empty, json, metadataUrl } from '../context';
import { Errors } from '../errors';
import { EntityMeta, shapeCollection, shapeEntity } from '../odata/format';
import { applyFieldProps, fieldOdataType, fieldProps, newField } from '../store/fieldtypes';
import { parseFieldXml } from '../store/fieldxml';
import { rootFolderUrl } from '../store/library';
import { FieldDef } from '../store/model';
import { internalNameFor } from '../store/naming';
import { ListState } from '../store/site';
import { EmuResponse, isJsonObject, JsonObject } from '../types';
import { jsonBody, withoutMetadata } from './body';
import { applyCollectionQuery, selectProps } from './collection';

function fieldMeta(ctx: Ctx, l: ListState, f: FieldDef): EntityMeta {
  const editLink = `Web/Lists(guid'${l.meta.Id}')/Fields(guid'${f.Id}')`;
  return { type: fieldOdataType(f), id: `${ctx.webUrl}/_api/${editLink}`, uri: `${ctx.webUrl}/_api/${editLink}`, editLink };
}

/** A field's Scope is its list's root folder (`/sites/x/Shared Documents` for a library; recorded). */
function scope(ctx: Ctx, l: ListState): string {
  return rootFolderUrl(ctx.sitePath, l);
}

function fieldResponse(ctx: Ctx, l: ListState, f: FieldDef, status: number): EmuResponse {
  const props = selectProps(fieldProps(f, scope(ctx, l)), status === 200 ? ctx.query.select : null);
  return json(ctx, status, shapeEntity(fieldMeta(ctx, l, f), props, ctx.level, metadataUrl(ctx, 'SP.ApiData.Fields/@Element')));
}

export function getFields(ctx: Ctx, l: ListState): EmuResponse {
  const rows = l.meta.fields.map((f) => ({ meta: fieldMeta(ctx, l, f), props: fieldProps(f, scope(ctx, l)) }));
  return json(ctx, 200, shapeCollection(applyCollectionQuery(ctx, rows), ctx.level, metadataUrl(ctx, 'SP.ApiData.Fields')));
}

export function findFieldByKey(l: ListState, how: 'nameOrTitle' | 'title' | 'id', key: string): FieldDef {
  const k = key.toLowerCase();
  let f: FieldDef | undefined;
  if (how === 'id') f = l.meta.fields.find((x) => x.Id === key.replace(/[{}]/g, '').toLowerCase());
  else if (how === 'title') f = l.meta.fields.find((x) => x.Title.toLowerCase() === k);
  else f = l.meta.fields.find((x) => x.InternalName.toLowerCase() === k) ?? l.meta.fields.find((x) => x.Title.toLowerCase() === k);
  if (!f) throw Errors.fieldNotFound(key);
  return f;
}

function create(ctx: Ctx, l: ListState, body: JsonObject, nameSource: string, status: number): EmuResponse {
  const taken = (n: string): boolean => l.meta.fields.some((x) => x.InternalName.toLowerCase() === n.toLowerCase());
  const f = newField(body, internalNameFor(nameSource, taken));
  l.meta.fields.push(f);
  l.rebuildUnique();
  ctx.site.saveList(l);
  return fieldResponse(ctx, l, f, status);
}

/** POST fields: `fields.add*` (verbose body with __metadata). */
export function addField(ctx: Ctx, l: ListState): EmuResponse {
  const body = withoutMetadata(jsonBody(ctx.req.body));
  if (typeof body.Title !== 'string' || body.Title === '') throw Errors.badQuery('The field title is required.');
  return create(ctx, l, body, body.Title, 201);
}

/** POST fields/addfield: `{parameters:{Title, FieldTypeKind, LookupListId, LookupFieldName, …}}`. */
export function addFieldByParameters(ctx: Ctx, l: ListState): EmuResponse {
  const raw = jsonBody(ctx.req.body).parameters;
  if (!isJsonObject(raw)) throw Errors.badQuery('The parameters object is required.');
  const body = withoutMetadata(raw);
  if (typeof body.Title !== 'string' || body.Title === '') throw Errors.badQuery('The field title is required.');
  return create(ctx, l, body, body.Title, 200);
}

/** POST fields/createfieldasxml: `{parameters:{SchemaXml, Options?}}`. */
export function createFieldAsXml(ctx: Ctx, l: ListState): EmuResponse {
  const params = jsonBody(ctx.req.body).parameters;
  if (!isJsonObject(params) || typeof params.SchemaXml !== 'string') throw Errors.badQuery('parameters.SchemaXml is required.');
  const spec = parseFieldXml(params.SchemaXml, typeof params.Options === 'number' ? params.Options : 0);
  return create(ctx, l, spec.body, spec.nameSource, 200);
}

export function getField(ctx: Ctx, l: ListState, f: FieldDef): EmuResponse {
  return fieldResponse(ctx, l, f, 200);
}

/** MERGE a field: `field.update(props)` sends a JSON-light body of the changed properties. */
export function updateField(ctx: Ctx, l: ListState, f: FieldDef): EmuResponse {
  const body = withoutMetadata(jsonBody(ctx.req.body));
  const before: FieldDef = { ...f, extra: { ...f.extra } };
  try {
    applyFieldProps(f, body, false);
    f.InternalName = before.InternalName;
    f.TypeAsString = before.TypeAsString === 'User' || before.TypeAsString === 'UserMulti' || before.TypeAsString === 'Lookup' || before.TypeAsString === 'LookupMulti' ? f.TypeAsString : before.TypeAsString;
    if (f.EnforceUniqueValues) l.rebuildUnique();
  } catch (e) {
    Object.assign(f, before);
    l.rebuildUnique();
    throw e;
  }
  l.rebuildUnique();
  ctx.site.saveList(l);
  return empty(ctx, 204);
}

export function deleteField(ctx: Ctx, l: ListState, f: FieldDef): EmuResponse {
  if (f.FromBaseType) throw Errors.badQuery('You cannot delete this column because it is a required part of the list.');
  l.meta.fields = l.meta.fields.filter((x) => x !== f);
  l.rebuildUnique();
  ctx.site.saveList(l);
  return empty(ctx, 200);
}
