/**
 * An item's history from SharePoint's versions, in SharePoint Online's recorded shape
 * (permissions-versions-files.md §3): fields by internal name with `_` as `_x005f_`, people as
 * `{LookupId, LookupValue, Email}`, `Created` without its `Z`, newest first.
 */
import { measureList, roleList } from '../../model/schema';
import { historyOf, versionFieldName } from '../itemHistory';

const editor = (name: string) => ({ LookupId: 7, LookupValue: name, Email: '' });

describe('an item\'s history', () => {
  it('names fields as SharePoint writes them in versions', () => {
    expect(versionFieldName('IkDueDate')).toBe('IkDueDate');
    expect(versionFieldName('_UIVersionString')).toBe('OData__x005f_UIVersionString');
    expect(versionFieldName('Last_x0020_Modified')).toBe('Last_x005f_x0020_x005f_Modified');
  });

  it('says who changed which of the list\'s fields, when, from what to what, newest first', () => {
    const v1 = { VersionId: 512, VersionLabel: '1.0', Created: '2026-03-01T09:00:00', Editor: editor('Cecilia Samordnare'),
      Title: 'Rutin för kassahantering', IkDueDate: '2026-06-30T12:00:00Z', IkClosed: false, IkRoleKey: 'role:a', IkRoleKeys: 'role:a', OData__x005f_UIVersionString: '1.0' };
    const v2 = { ...v1, VersionId: 1024, VersionLabel: '2.0', Created: '2026-04-01T09:00:00', OData__x005f_UIVersionString: '2.0', Modified: 'x' };
    const v3 = { ...v2, VersionId: 1536, VersionLabel: '3.0', Created: '2026-05-02T10:30:00', Editor: editor('Dan Controller'),
      IkDueDate: '2026-09-30T12:00:00Z', IkClosed: true, IkRoleKeys: 'role:a;role:b' };
    const history = historyOf(measureList, [v3, v2, v1]);
    // The second version changed none of the list's fields (only SharePoint's bookkeeping): left out.
    expect(history.map((v) => v.label)).toEqual(['3.0', '1.0']);
    expect(history[0]).toEqual({ label: '3.0', at: '2026-05-02T10:30:00Z', editor: 'Dan Controller', created: false, changes: [
      { property: 'roleKeys', label: 'Ansvariga roller', from: 'role:a', to: 'role:a; role:b' },
      { property: 'dueDate', label: 'Klart senast', from: '2026-06-30', to: '2026-09-30' },
      { property: 'closed', label: 'Avslutad', from: 'false', to: 'true' }
    ] });
    expect(history[1]).toMatchObject({ label: '1.0', created: true, changes: [], editor: 'Cecilia Samordnare' });
  });

  it('shows a person by name, and the oldest version kept when older ones are gone', () => {
    const older = { VersionId: 2560, VersionLabel: '5.0', Created: '2026-01-01T00:00:00', Editor: editor('A'), Title: 'Chef',
      IkHolder: { LookupId: 1, LookupValue: 'Anna Ek', Email: 'anna@x' }, IkHolderUpn: 'anna@x', IkTenures: '[]' };
    const newer = { ...older, VersionId: 3072, VersionLabel: '6.0', Created: '2026-02-01T00:00:00', IkHolder: { LookupId: 2, LookupValue: 'Bo Ek', Email: 'bo@x' },
      IkHolderUpn: 'bo@x' };
    const history = historyOf(roleList, [newer, older]);
    expect(history[0].changes).toEqual([{ property: 'holder', label: 'Innehavare', from: 'Anna Ek', to: 'Bo Ek' }]);
    expect(history[1]).toMatchObject({ label: '5.0', created: false });
  });
});
