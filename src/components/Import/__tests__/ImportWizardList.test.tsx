/**
 * The import wizard from a list of the site: the user picks "Från en lista på webbplatsen", chooses one of
 * the site's lists, sees each column's proposed field (choice and person columns by their content), an
 * error named by the item's ID and column, corrects a column's field in its dropdown, and imports. The
 * lists come from a fake of the small SiteListSource interface; the Store is a fake that records writes.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AppProvider } from '../../app/AppContext';
import { ImportWizard } from '../ImportWizard';
import type { Store } from '../../../data/stores';
import type { SiteField, SiteListSource } from '../../../import/siteLists';
import { defaultRiskMatrix } from '../../../model/riskMatrix';

const env = { locale: 'sv-SE' as const, host: 'sharePoint' as const, today: '2026-11-23', user: { upn: 'anna@x', displayName: 'Anna' } };

const FIELDS: SiteField[] = [
  { title: 'Riskbeskrivning', internalName: 'Title', propertyName: 'Title', type: 'Text', choices: [] },
  { title: 'Åtgärd', internalName: '_x00c5_tg_x00e4_rd', propertyName: 'OData__x00c5_tg_x00e4_rd', type: 'Note', choices: [] },
  { title: 'Riskägare', internalName: 'Risk_x00e4_gare', propertyName: 'Risk_x00e4_gare', type: 'User', choices: [] },
  { title: 'Läge', internalName: 'L_x00e4_ge', propertyName: 'L_x00e4_ge', type: 'Choice', choices: ['Grön', 'Gul', 'Röd'] },
  { title: 'Anteckning', internalName: 'Anteckning', propertyName: 'Anteckning', type: 'Note', choices: [] }
];

const eva = { upn: 'eva.ek@norrvik.se', objectId: '', displayName: 'Eva Ek', siteUserId: 12 };

function fakeSource(): SiteListSource {
  const lists = [{ id: 'list-1', title: 'Riskregister', itemCount: 2 }, { id: 'list-2', title: 'Kontakter', itemCount: 5 }];
  return {
    lists: async () => lists,
    findList: async (title) => lists.find((l) => l.title.toLowerCase() === title.toLowerCase()) ?? null,
    fields: async () => FIELDS,
    rows: async () => ({
      tooMany: false,
      rows: [
        { id: 3, cells: { Title: { value: 'Brand i arkivet' }, _x00c5_tg_x00e4_rd: { value: 'Översyn av brandskyddet' },
          Risk_x00e4_gare: { value: 'Eva Ek', people: [eva] }, L_x00e4_ge: { value: 'Gul' }, Anteckning: { value: 'Pågår sedan maj' } } },
        { id: 7, cells: { Title: { value: 'Dataintrång' }, _x00c5_tg_x00e4_rd: { value: 'Tvåstegsverifiering' },
          Risk_x00e4_gare: { value: null, people: [] }, L_x00e4_ge: { value: 'Lila' }, Anteckning: { value: null } } }
      ]
    })
  };
}

function fakeStore(): { store: Store; written: Record<string, unknown[]> } {
  const written: Record<string, unknown[]> = {};
  const repo = (name: string): unknown => ({
    all: async () => [],
    where: async () => [],
    whereAny: async () => [],
    update: async (entity: unknown) => entity,
    remove: async () => undefined,
    ensureAll: async (entities: unknown[]) => { written[name] = [...(written[name] ?? []), ...entities]; return entities.length; }
  });
  const names = ['roles', 'categories', 'plans', 'items', 'measures', 'links', 'periods', 'statusReports', 'answerIndex'];
  const store = { ...Object.fromEntries(names.map((n) => [n, repo(n)])), riskMatrix: async () => defaultRiskMatrix } as unknown as Store;
  return { store, written };
}

/** A Fluent dropdown by its label (by label rather than by role: role queries over Fluent's DOM are slow in jsdom). */
function dropdown(label: string): HTMLElement {
  return screen.getByLabelText(label, { selector: '[role="combobox"]' });
}

function choose(label: string, option: string): void {
  fireEvent.click(dropdown(label));
  fireEvent.click(screen.getByText(option, { selector: '[role="option"] *' }));
}

describe('ImportWizard from a list of the site', () => {
  it('proposes the mapping, names errors by item ID and column, lets a column\'s field be changed, and imports', async () => {
    const { store, written } = fakeStore();
    const onDone = jest.fn();
    render(<AppProvider store={store} env={env}><ImportWizard onDone={onDone} onCancel={jest.fn()} listSource={fakeSource()} /></AppProvider>);

    fireEvent.click(screen.getByLabelText('Från en lista på webbplatsen'));
    await screen.findByText('Lista på webbplatsen');
    choose('Lista på webbplatsen', 'Riskregister (2 poster)');
    fireEvent.click(screen.getByText('Läs listan', { selector: 'button *' }));
    await screen.findByText('Så tolkas kolumnerna', undefined, { timeout: 5000 });

    // Proposed by display name, by the person column and by the choice column's values.
    expect(dropdown('Fält för kolumnen Riskbeskrivning').textContent).toBe('Risk');
    expect(dropdown('Fält för kolumnen Åtgärd').textContent).toBe('Åtgärd');
    expect(dropdown('Fält för kolumnen Riskägare').textContent).toBe('Ansvarig');
    expect(dropdown('Fält för kolumnen Läge').textContent).toBe('Status');
    expect(dropdown('Fält för kolumnen Anteckning').textContent).toBe('Importeras inte');
    expect(screen.getByDisplayValue('Riskregister')).toBeTruthy();
    expect(screen.getByDisplayValue('2026')).toBeTruthy();

    // The error is announced, with the item's ID and the column; confirm waits until it is gone.
    const error = await screen.findByText(/Post med ID 7, kolumn "Läge": Okänd status "Lila"/);
    expect(error.closest('[role="alert"]')).not.toBeNull();
    const confirm = (): HTMLButtonElement => screen.getByText('Importera', { selector: 'button *' }).closest('button') as HTMLButtonElement;
    expect(confirm().disabled || confirm().getAttribute('aria-disabled') === 'true').toBe(true);

    choose('Fält för kolumnen Läge', 'Importeras inte');
    choose('Fält för kolumnen Anteckning', 'Kommentar');
    await waitFor(() => expect(screen.queryByText(/Okänd status "Lila"/)).toBeNull());
    expect(dropdown('Fält för kolumnen Anteckning').textContent).toBe('Kommentar');
    expect(screen.getByText('Brand i arkivet')).toBeTruthy();

    fireEvent.click(confirm());
    await screen.findByText(/Planen är importerad: 2 risker, 2 åtgärder, 1 nya ansvarsroller och 0 statusar/);
    expect(written.plans).toEqual([expect.objectContaining({ key: 'plan:list-list-1', title: 'Riskregister', year: 2026, kind: 'internalControl' })]);
    expect((written.items as Array<{ key: string }>).map((i) => i.key)).toEqual(['risk:list-list-1-3', 'risk:list-list-1-7']);
    expect(written.roles).toEqual([expect.objectContaining({ title: 'Ansvarig: Eva Ek', holder: eva })]);
    fireEvent.click(screen.getByText('Öppna planen', { selector: 'button *' }));
    expect(onDone).toHaveBeenCalledWith('plan:list-list-1');
  });
});
