/**
 * An item's history from SharePoint's own versions (`items(id)/versions`): who changed what, when, and from
 * what to what. SharePoint keeps a version for every change on every list (provisioning turns versioning on),
 * and the versions name their editor themselves, so the history is the service's record, not the product's.
 *
 * A version carries every field by internal name with SharePoint's quirks (permissions-versions-files.md §3):
 * each `_` written `_x005f_`, person fields as `{LookupId, LookupValue, Email}`, `Created` (the version's time)
 * without its `Z`. Pure: the repository reads, this compares.
 */
import { isoInstant, stockholmDate } from '../model/calendar';
import { FieldDef, fieldsOf, ListDef } from '../model/schema';
import { IsoDateTime } from '../model/types';
import { personColumns, splitKeys } from './itemMapping';

/** One field's change in one version. `from` and `to` are as SharePoint holds them, in words ('' = empty). */
export interface FieldChange {
  property: string;
  /** The column's name in SharePoint's own views (Swedish), for a view without words of its own for it. */
  label: string;
  from: string;
  to: string;
}

export interface ItemVersion {
  /** "3.0". */
  label: string;
  at: IsoDateTime;
  /** Who made it, as SharePoint names them. */
  editor: string;
  /** The first version: the item was created. */
  created: boolean;
  /** What this version changed from the one before (empty for the first). */
  changes: FieldChange[];
}

export type RawVersion = Record<string, unknown>;

/** A field's name in a version: each `_` as `_x005f_`, a leading `_` behind `OData_`. */
export function versionFieldName(internalName: string): string {
  const escaped = internalName.replace(/_/g, '_x005f_');
  return internalName.startsWith('_') ? `OData_${escaped}` : escaped;
}

function personName(raw: unknown): string {
  const value = raw as { LookupValue?: unknown } | null | undefined;
  return typeof value?.LookupValue === 'string' ? value.LookupValue : '';
}

/** A field's value in a version, in words that compare and show alike. */
function valueText(version: RawVersion, def: FieldDef): string {
  if (def.kind === 'user') {
    const name = personName(version[versionFieldName(personColumns(def).user)]);
    return name || String(version[versionFieldName(personColumns(def).upn)] ?? '');
  }
  if (def.kind === 'author') return personName(version[versionFieldName(def.internalName)]);
  const raw = version[versionFieldName(def.internalName)];
  if (raw === null || raw === undefined || raw === '') return '';
  switch (def.kind) {
    case 'boolean':
      return raw === true || raw === 1 || raw === '1' ? 'true' : 'false';
    case 'dateOnly':
      return typeof raw === 'string' ? stockholmDate(new Date(raw)) : String(raw);
    case 'dateTime':
      return typeof raw === 'string' ? isoInstant(new Date(raw)) : String(raw);
    case 'keys':
      return typeof raw === 'string' ? splitKeys(raw).join('; ') : String(raw);
    default:
      return String(raw);
  }
}

/** The version's time: SharePoint writes it without the `Z`, in UTC. */
function versionTime(raw: unknown): IsoDateTime {
  const text = typeof raw === 'string' ? raw : '';
  const date = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`);
  return Number.isNaN(date.getTime()) ? '' : isoInstant(date);
}

/**
 * The versions, newest first as SharePoint lists them, each with what it changed from the one before in the
 * list's own fields (SharePoint's bookkeeping fields are left out). A version that changed none of them
 * (a permission or a system update) is left out too, except the first.
 */
export function historyOf<T>(list: ListDef<T>, versions: readonly RawVersion[]): ItemVersion[] {
  const fields = fieldsOf(list).filter(([, def]) => def.kind !== 'author');
  const ordered = [...versions].sort((a, b) => Number(a.VersionId ?? 0) - Number(b.VersionId ?? 0));
  const out: ItemVersion[] = [];
  ordered.forEach((version, index) => {
    const before = index > 0 ? ordered[index - 1] : null;
    const changes: FieldChange[] = [];
    for (const [property, def] of fields) {
      const to = valueText(version, def);
      const from = before ? valueText(before, def) : '';
      if (before && from !== to) changes.push({ property, label: def.displayName, from, to });
    }
    if (before && changes.length === 0) return;
    out.push({
      label: String(version.VersionLabel ?? ''), at: versionTime(version.Created), editor: personName(version.Editor),
      created: before === null && String(version.VersionLabel ?? '') === '1.0', changes
    });
  });
  return out.reverse();
}
