/**
 * The wizard's list source: the site's lists (loaded when the user picks this source), the chosen list
 * read once, and the user's field choices per column. The result is re-read in memory from the list as
 * read, so changing a column's field updates the preview, the errors and the plan kind at once.
 */
import * as React from 'react';
import { ListData, parseListData, readSiteList } from '../../import/importList';
import { SiteList, SiteListSource } from '../../import/siteLists';
import { ImportField, ImportResult, MappingOverrides, ParseOptions } from '../../import/types';
import { failureText } from '../i18n/failureText';

export interface ListImportModel {
  /** False when there is no way to read the site's lists (no source). */
  available: boolean;
  lists: SiteList[] | null;
  loading: boolean;
  selectedId: string;
  select: (listId: string) => void;
  reading: boolean;
  data: ListData | null;
  overrides: MappingOverrides;
  setField: (internalName: string, field: ImportField | null) => void;
  /** Reads the chosen list; false when it could not be read (the failure is reported). */
  read: () => Promise<boolean>;
  clear: () => void;
}

export function useListImport(source: SiteListSource | null, active: boolean, onFailure: (message: string) => void): ListImportModel {
  const [lists, setLists] = React.useState<SiteList[] | null>(null);
  const [loading, setLoading] = React.useState(false);
  const [selectedId, setSelectedId] = React.useState('');
  const [reading, setReading] = React.useState(false);
  const [data, setData] = React.useState<ListData | null>(null);
  const [overrides, setOverrides] = React.useState<MappingOverrides>({});

  React.useEffect(() => {
    if (!active || !source || lists !== null) return undefined;
    let current = true;
    setLoading(true);
    source.lists()
      .then((found) => { if (current) setLists(found); })
      .catch((error: unknown) => { if (current) onFailure(failureText(error)); })
      .then(() => { if (current) setLoading(false); }, () => undefined);
    return () => { current = false; };
  }, [active, source, lists, onFailure]);

  const read = React.useCallback(async (): Promise<boolean> => {
    const list = lists?.find((l) => l.id === selectedId);
    if (!source || !list) return false;
    setReading(true);
    try {
      setOverrides({});
      setData(await readSiteList(source, list));
      return true;
    } catch (error) {
      onFailure(failureText(error));
      return false;
    } finally {
      setReading(false);
    }
  }, [source, lists, selectedId, onFailure]);

  const setField = React.useCallback((internalName: string, field: ImportField | null): void => {
    setOverrides((o) => ({ ...o, [internalName]: field }));
  }, []);

  const clear = React.useCallback((): void => {
    setData(null);
    setOverrides({});
  }, []);

  return { available: source !== null, lists, loading, selectedId, select: setSelectedId, reading, data, overrides, setField, read, clear };
}

/** The list as read, with the user's field choices and plan edits. */
export function listResult(data: ListData, overrides: MappingOverrides, options: ParseOptions): ImportResult {
  return parseListData(data, { ...options, mapping: overrides });
}
