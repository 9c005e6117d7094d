/**
 * The import wizard: a chosen file is previewed with its column mapping (unknown columns flagged) and
 * risks; confirm stays disabled while the file has errors; a good file is written through the Store
 * and the plan can be opened.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AppProvider } from '../app/AppContext';
import { ImportWizard } from '../Import/ImportWizard';
import type { Store } from '../../data/stores';
import { defaultRiskMatrix } from '../../model/riskMatrix';
import type * as Fixtures from '../../import/__tests__/fixtures';

// In jsdom, Jest resolves exceljs's dependencies by their browser builds (ES modules it does not
// transform); use exceljs's own prebuilt browser bundle, which is what the browser bundles load too.
// (Required after the mock: the esbuild transform does not hoist jest.mock above imports.)
jest.mock('exceljs', () => jest.requireActual('exceljs/dist/exceljs.min.js'));
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { xlsx } = require('../../import/__tests__/fixtures') as typeof Fixtures;

const env = { locale: 'sv-SE' as const, host: 'sharePoint' as const, today: '2026-11-23', user: { upn: 'a@x', displayName: 'Anna' } };

function fakeStore(): { store: Store; written: Record<string, unknown[]> } {
  const written: Record<string, unknown[]> = {};
  const repo = (name: string): unknown => ({
    all: async () => [],
    whereAny: async () => [],
    byKey: async () => null,
    ensureAll: async (entities: unknown[]) => { if (entities.length) written[name] = entities; return entities.length; }
  });
  const store = { roles: repo('roles'), plans: repo('plans'), items: repo('items'), measures: repo('measures'), periods: repo('periods'),
    statusReports: repo('statusReports'), links: repo('links'), answerIndex: repo('answerIndex'), categories: repo('categories'), riskMatrix: async () => defaultRiskMatrix } as unknown as Store;
  return { store, written };
}

async function choose(bytes: Uint8Array, name: string): Promise<void> {
  const file = new File([bytes], name);
  fireEvent.change(screen.getByLabelText('Fil att importera (.xlsx eller .csv)'), { target: { files: [file] } });
  await screen.findByText('Så tolkas kolumnerna', undefined, { timeout: 5000 });
}

describe('ImportWizard', () => {
  it('previews the mapping, flags unknown columns and imports on confirmation', async () => {
    const { store, written } = fakeStore();
    const onDone = jest.fn();
    render(<AppProvider store={store} env={env}><ImportWizard onDone={onDone} onCancel={jest.fn()} /></AppProvider>);
    await choose(await xlsx({ rows: [
      ['Internkontrollplan 2026 Regionstyrelsen'],
      ['Risk', 'Åtgärd', 'Ansvarig', 'Status', 'Budget'],
      ['Kompetensbrist', 'Rekrytering', 'HR-direktör', 'gul', '10']
    ] }), 'plan.xlsx');
    expect(screen.getByText('Okänd – importeras inte')).toBeTruthy();
    expect(screen.getByDisplayValue('Internkontrollplan 2026 Regionstyrelsen')).toBeTruthy();
    expect(screen.getByText('Kompetensbrist')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Importera' }));
    await screen.findByText(/Planen är importerad: 1 risker, 1 åtgärder, 1 nya ansvarsroller och 1 statusar/);
    expect(written.plans).toEqual([expect.objectContaining({ key: 'plan:internkontrollplan-2026-regionstyrelsen-2026', state: 'draft' })]);
    fireEvent.click(screen.getByRole('button', { name: 'Öppna planen' }));
    expect(onDone).toHaveBeenCalledWith('plan:internkontrollplan-2026-regionstyrelsen-2026');
  });

  it('lists errors with row and column and keeps confirm disabled', async () => {
    const { store, written } = fakeStore();
    render(<AppProvider store={store} env={env}><ImportWizard onDone={jest.fn()} onCancel={jest.fn()} /></AppProvider>);
    await choose(await xlsx({ rows: [
      ['Internkontrollplan 2026'],
      ['Risk', 'Sannolikhet', 'Konsekvensgrad', 'Åtgärd'],
      ['Kompetensbrist', 7, 2, 'Rekrytering']
    ] }), 'fel.xlsx');
    expect(screen.getByText(/Rad 3, kolumn "Sannolikhet": 7 ligger utanför riskmatrisens skala 1–4/)).toBeTruthy();
    const confirm = screen.getByRole('button', { name: 'Importera' });
    expect((confirm as HTMLButtonElement).disabled || confirm.getAttribute('aria-disabled') === 'true').toBe(true);
    fireEvent.click(confirm);
    await waitFor(() => expect(written).toEqual({}));
  });
});
