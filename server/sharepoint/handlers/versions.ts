/**
 * A list item's versions (`items(id)/versions`, `versions(id)`), newest first, as SharePoint Online answers them
 * (permissions-versions-files.md §3, recorded): every field by internal name with each `_` written `_x005f_` and a
 * leading `_` behind `OData_`; person fields as `{LookupId, LookupValue, Email}`; `Created` the version's time
 * without the `Z`; `VersionId` 512 × major; `VersionLabel` "n.0"; `IsCurrentVersion` on the newest. Reading them
 * needs ViewVersions.
 */
import { Ctx, json, metadataUrl } from '../context';
import { Errors } from '../errors';
import { ComplexValue, EntityMeta, Props, PropValue, shapeCollection, shapeEntity } from '../odata/format';
import { Segment } from '../path';
import { FieldDef, ItemRecord, ItemVersionRecord, SiteUser, StoredValue } from '../store/model';
import { ListState } from '../store/site';
import { EmuResponse } from '../types';
import { applyCollectionQuery } from './collection';
import { demand } from './security';

const versionName = (internal: string): string => {
  const escaped = internal.replace(/_/g, '_x005f_');
  return internal.startsWith('_') ? `OData_${escaped}` : escaped;
};

function ids(v: StoredValue | undefined): number[] {
  if (Array.isArray(v)) return v.filter((x): x is number => typeof x === 'number');
  return typeof v === 'number' ? [v] : [];
}

function fieldValue(ctx: Ctx, f: FieldDef, v: StoredValue | undefined): PropValue {
  const type = f.TypeAsString;
  if (type === 'User' || type === 'UserMulti') {
    const people: PropValue[] = ids(v).map((id) => ctx.site.userById(id)).filter((u): u is SiteUser => u !== undefined)
      .map((u) => new ComplexValue('SP.FieldUserValue', { LookupId: u.Id, LookupValue: u.Title, Email: u.Email }));
    return type === 'UserMulti' ? people : people[0] ?? null;
  }
  if (type === 'Lookup' || type === 'LookupMulti') {
    const refs: PropValue[] = ids(v).map((id) => new ComplexValue('SP.FieldLookupValue', { LookupId: id, LookupValue: String(id) }));
    return type === 'LookupMulti' ? refs : refs[0] ?? null;
  }
  if (v === undefined) return null;
  if (Array.isArray(v)) return [...v];
  if (v !== null && typeof v === 'object') return new ComplexValue('SP.FieldUrlValue', { Description: v.Description, Url: v.Url });
  return v;
}

function versionRow(ctx: Ctx, list: ListState, item: ItemRecord, version: ItemVersionRecord, current: boolean): { meta: EntityMeta; props: Props } {
  const modified = typeof version.values.Modified === 'string' ? version.values.Modified : '';
  const props: Props = {
    Created: modified.replace(/Z$/, ''),
    IsCurrentVersion: current,
    VersionId: 512 * version.version,
    VersionLabel: `${version.version}.0`,
    ID: item.id,
    Modified: modified,
    OData__x005f_UIVersionString: `${version.version}.0`,
    GUID: item.guid,
    Attachments: false
  };
  for (const f of list.meta.fields) {
    if (f.Hidden && f.InternalName !== 'Author' && f.InternalName !== 'Editor') continue;
    if (['ID', 'Modified', 'Created', 'GUID', 'Attachments', 'ContentTypeId', 'FileSystemObjectType', '_UIVersionString'].includes(f.InternalName)) continue;
    props[versionName(f.InternalName)] = fieldValue(ctx, f, version.values[f.InternalName]);
  }
  const editLink = `Web/Lists(guid'${list.meta.Id}')/Items(${item.id})/Versions(${512 * version.version})`;
  return { meta: { type: 'SP.ListItemVersion', id: `${ctx.webUrl}/_api/${editLink}`, uri: `${ctx.webUrl}/_api/${editLink}`, editLink }, props };
}

/** `GET items(id)/versions` and `versions(id)`. */
export function versionsRoute(ctx: Ctx, list: ListState, item: ItemRecord, seg: Segment, rest: Segment[]): EmuResponse {
  if (ctx.req.method !== 'GET' || rest.length > 0) throw Errors.methodNotAllowed();
  if (list.isLibrary) throw Errors.notSupported('Item versions of a library item (use the file\'s versions)');
  demand(ctx, ctx.site.scopeChain(list, item.id), 'ViewVersions');
  const all = [...(item.history ?? []).map((v) => ({ v, current: false })), { v: { version: item.version, values: item.values }, current: true }].reverse();
  const rows = all.map(({ v, current }) => versionRow(ctx, list, item, v, current));
  if (seg.args !== null) {
    const wanted = Number(seg.args[0]);
    const row = rows.find((r) => r.props.VersionId === wanted);
    if (!row) throw Errors.itemNotFound();
    return json(ctx, 200, shapeEntity(row.meta, row.props, ctx.level, metadataUrl(ctx, 'SP.ListItemVersion/@Element')));
  }
  return json(ctx, 200, shapeCollection(applyCollectionQuery(ctx, rows), ctx.level, metadataUrl(ctx, 'SP.ApiData.ListItemVersions')));
}
