/**
 * How `$filter` / `$orderby` see list items: maps a property path (`Title`, `ID`, `PlanId`,
 * `Plan/Title`, `Responsible/EMail`, `Responsible/Id`, …) to an accessor with the value kind
 * and whether the column is indexed. Unknown columns are refused with SharePoint's
 * "Column 'X' does not exist" (400). In a document library the file-system fields (FileLeafRef,
 * FileRef, FileDirRef, FSObjType, File_x0020_Size, UniqueId, File_x0020_Type) filter too; they
 * count as not indexed ([unknown] for SPO's large libraries).
 */
import { Errors } from '../errors';
import { Accessor, Scalar, ValueKind } from '../odata/filter';
import { DOC_FIELDS, entityPropertyName, isLookupType, isUserType } from '../store/fieldtypes';
import { contentTypeIdOf, docFieldValue } from '../store/library';
import { FieldDef, ItemRecord, SiteUser, StoredValue } from '../store/model';
import { ListState, Site } from '../store/site';

export function kindOf(f: FieldDef): ValueKind {
  switch (f.TypeAsString) {
    case 'Number':
    case 'Currency':
    case 'Integer':
    case 'Counter':
    case 'User':
    case 'UserMulti':
    case 'Lookup':
    case 'LookupMulti':
      return 'number';
    case 'DateTime':
      return 'date';
    case 'Boolean':
    case 'Attachments':
      return 'boolean';
    default:
      return 'text';
  }
}

function scalarOf(v: StoredValue | undefined): Scalar | Scalar[] {
  if (v === undefined) return null;
  if (Array.isArray(v)) return v;
  if (v !== null && typeof v === 'object') return v.Url;
  return v;
}

/** Values of a built-in property that is not stored in `values`. */
function builtinAccessor(list: ListState, site: Site, name: string): Accessor<ItemRecord> | undefined {
  const lower = name.toLowerCase();
  const docField = list.isLibrary ? [...DOC_FIELDS].find((d) => d.toLowerCase() === lower) : undefined;
  if (docField) {
    const numeric = docField === 'FSObjType' || docField === 'File_x0020_Size';
    return {
      kind: numeric ? 'number' : 'text',
      indexed: false,
      get: (r) => {
        const v = docFieldValue(site.sitePath, list, r, docField) ?? null;
        return numeric && v !== null ? Number(v) : v;
      },
    };
  }
  switch (lower) {
    case 'id':
      return { kind: 'number', indexed: true, get: (r) => r.id };
    case 'guid':
      return { kind: 'text', indexed: false, get: (r) => r.guid };
    case 'attachments':
      return { kind: 'boolean', indexed: false, get: () => false };
    case 'filesystemobjecttype':
      return { kind: 'number', indexed: false, get: (r) => (r.doc?.kind === 'folder' ? 1 : 0) };
    case 'contenttypeid':
      return { kind: 'text', indexed: false, get: (r) => contentTypeIdOf(list, r) };
    default:
      return undefined;
  }
}

/** A user's property as `Field/Sub` projections see it (SP.Data.UserInfoItem). */
export function userProp(site: Site, u: SiteUser, sub: string): Scalar | undefined {
  const person = site.personOf(u);
  switch (sub.toLowerCase()) {
    case 'id':
      return u.Id;
    case 'title':
      return u.Title;
    case 'email':
      return u.Email;
    case 'name':
      return u.LoginName;
    case 'username':
      return u.UserPrincipalName;
    case 'firstname':
      return person?.givenName ?? null;
    case 'lastname':
      return person?.surname ?? null;
    case 'jobtitle':
      return person?.jobTitle ?? null;
    case 'department':
      return person?.department ?? null;
    case 'office':
      return person?.officeLocation ?? null;
    case 'sipaddress':
      return u.Email;
    default:
      return undefined;
  }
}

export const USER_PROPS = ['Id', 'Title', 'EMail', 'Name', 'UserName', 'FirstName', 'LastName', 'JobTitle', 'Department', 'Office', 'SipAddress'];

export function findField(list: ListState, name: string): FieldDef | undefined {
  const lower = name.toLowerCase();
  return list.meta.fields.find((f) => entityPropertyName(f) === name) ?? list.meta.fields.find((f) => entityPropertyName(f).toLowerCase() === lower);
}

function ids(v: StoredValue | undefined): number[] {
  if (Array.isArray(v)) return v.filter((x): x is number => typeof x === 'number');
  return typeof v === 'number' ? [v] : [];
}

export function itemResolver(list: ListState, site: Site): (path: string) => Accessor<ItemRecord> {
  return (path: string): Accessor<ItemRecord> => {
    const slash = path.indexOf('/');
    if (slash < 0) {
      const b = builtinAccessor(list, site, path);
      if (b) return b;
      let f = findField(list, path);
      if (!f && /Id$/i.test(path)) {
        const base = findField(list, path.slice(0, -2));
        if (base && (isUserType(base.TypeAsString) || isLookupType(base.TypeAsString))) f = base;
      }
      if (!f) throw Errors.columnNotFound(path);
      const name = f.InternalName;
      return { kind: kindOf(f), indexed: f.Indexed, column: name, get: (r) => scalarOf(r.values[name]) };
    }
    const navName = path.slice(0, slash);
    const sub = path.slice(slash + 1);
    const f = findField(list, navName);
    if (!f) throw Errors.columnNotFound(path);
    const name = f.InternalName;
    if (/^id$/i.test(sub)) return { kind: 'number', indexed: f.Indexed, column: name, get: (r) => scalarOf(r.values[name]) };
    if (isUserType(f.TypeAsString)) {
      if (!USER_PROPS.some((p) => p.toLowerCase() === sub.toLowerCase())) throw Errors.columnNotFound(path);
      const kind: ValueKind = 'text';
      return {
        kind,
        indexed: false,
        get: (r) =>
          ids(r.values[name]).map((id) => {
            const u = site.userById(id);
            return u ? (userProp(site, u, sub) ?? null) : null;
          }),
      };
    }
    if (isLookupType(f.TypeAsString)) {
      const target = f.LookupList ? site.listById(f.LookupList) : undefined;
      if (!target) throw Errors.columnNotFound(path);
      const inner = itemResolver(target, site)(sub);
      return {
        kind: inner.kind,
        indexed: false,
        get: (r) =>
          ids(r.values[name]).flatMap((id) => {
            const t = target.items.get(id);
            if (!t) return [];
            const v = inner.get(t);
            return Array.isArray(v) ? v : [v];
          }),
      };
    }
    throw Errors.columnNotFound(path);
  };
}
