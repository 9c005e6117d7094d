/**
 * The register in jsdom over a fake Store: 5,000 risks render only a window of rows (virtualised), the
 * filters, grouping and sorting change what is listed, and the optional editing hooks appear when given.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { AppProvider } from '../../app/AppContext';
import { PlanRegister } from '../PlanRegister';
import type { Store } from '../../../data/stores';
import { Category, FollowUpPeriod, Measure, Plan, PlanItem, Role, StatusReport } from '../../../model/types';

const env = { locale: 'sv-SE' as const, host: 'sharePoint' as const, today: '2026-11-23', user: { upn: 'a@x', displayName: 'Anna' } };
const plan: Plan = { key: 'p', title: 'Internkontrollplan 2026', kind: 'internalControl', year: 2026, unitKey: null, state: 'followUp', decisionDate: null, diaryNumber: '' };
const periods: FollowUpPeriod[] = [
  { key: 't1', planKey: 'p', title: 'Tertial 1', asOfDate: '2026-04-30', deadline: '2026-05-15', state: 'closed', sortOrder: 1 },
  { key: 't2', planKey: 'p', title: 'Tertial 2', asOfDate: '2026-08-31', deadline: '2026-12-15', state: 'open', sortOrder: 2 }
];
const roles: Role[] = [
  { key: 'hr', title: 'HR-direktör', unitKey: null, holder: { upn: 'karin@x', objectId: 'k', displayName: 'Karin Sjöberg' }, delegate: null },
  { key: 'it', title: 'IT- och e-hälsochef', unitKey: null, holder: { upn: 'amir@x', objectId: 'a', displayName: 'Amir Haddad' }, delegate: null }
];
const categories: Category[] = [{ key: 's1', title: 'Strategi för vård', titleEn: 'Care', categoryType: 'strategy', code: '', sortOrder: 1 }];

function planOf(size: number): { items: PlanItem[]; measures: Measure[]; reports: StatusReport[] } {
  const items: PlanItem[] = [];
  const measures: Measure[] = [];
  const reports: StatusReport[] = [];
  for (let i = 0; i < size; i++) {
    const key = `risk-${String(i).padStart(4, '0')}`;
    items.push({ key, planKey: 'p', title: `Risk nummer ${i}`, consequence: 'Konsekvens', cause: 'Orsak', handling: i % 2 ? 'reduce' : 'accept',
      strategyKey: i % 3 ? 's1' : null, objectiveKey: null, securityAreaKey: null, probability: (i % 4) + 1, severity: ((i >> 2) % 4) + 1,
      residualProbability: 1, residualSeverity: 1, confidential: false, sortOrder: i });
    measures.push({ key: `m-${i}`, planKey: 'p', itemKey: key, title: `Åtgärd ${i}`, measureKind: 'measure', roleKeys: [], roleKey: i % 2 ? 'hr' : 'it', dueDate: null, method: '', closed: false });
    reports.push({ key: `r1-${i}`, planKey: 'p', measureKey: `m-${i}`, periodKey: 't1', status: 'red', comment: '', reportedBy: null, reportedAt: '2026-05-01T08:00:00Z' });
    if (i % 5 === 0) {
      reports.push({ key: `r2-${i}`, planKey: 'p', measureKey: `m-${i}`, periodKey: 't2', status: 'green', comment: 'Klart', reportedBy: null, reportedAt: '2026-09-01T08:00:00Z' });
    }
  }
  return { items, measures, reports };
}

function fakeStore(size: number, loads: { count: number } = { count: 0 }): Store {
  const data = planOf(size);
  return {
    plans: { all: async () => [plan] },
    roles: { all: async () => roles },
    categories: { all: async () => categories },
    settings: { byKey: async () => null },
    securityAreas: { all: async () => [] },
    loadPlan: async () => { loads.count++; return { plan, periods, links: [], chapters: [], ...data }; }
  } as unknown as Store;
}

function renderRegister(store: Store, props: React.ComponentProps<typeof PlanRegister> = {}): ReturnType<typeof render> {
  return render(<AppProvider store={store} env={env}><PlanRegister {...props} /></AppProvider>);
}

// Icons are registered by the host (initializeIcons); here they would only warn.
setIconOptions({ disableWarnings: true });

describe('PlanRegister', () => {
  it('draws a large plan\'s first rows while the rest of it loads, then the whole register', async () => {
    const data = planOf(60);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    const large = { ...plan, large: true };
    const asked: Array<[string, number]> = [];
    const store = {
      ...fakeStore(60),
      plans: { all: async () => [large] },
      items: { firstInPlan: async (planKey: string, upTo: number) => { asked.push([planKey, upTo]); return data.items.filter((i) => i.sortOrder <= upTo); } },
      loadPlan: async () => { await held; return { plan: large, periods, links: [], chapters: [], ...data }; }
    } as unknown as Store;
    renderRegister(store, { planKey: 'p' });
    expect(await screen.findByText(/^Visar planens första 41 risker\. Resten av planen/)).toBeTruthy();
    expect(asked).toEqual([['p', 40]]);
    expect(screen.getAllByText('Åtgärder och status läses in …').length).toBeGreaterThan(0);
    expect(screen.queryByText('Riskkarta')).toBeNull();
    expect(screen.queryByRole('searchbox')).toBeNull();
    await act(async () => { release(); await held; });
    expect(await screen.findByText('Visar 60 av 60 risker')).toBeTruthy();
    expect(screen.queryByText('Åtgärder och status läses in …')).toBeNull();
    expect(screen.getByText('Riskkarta')).toBeTruthy();
  });

  it('renders 5,000 risks with only a small window of rows in the DOM', async () => {
    renderRegister(fakeStore(5000));
    expect(await screen.findByText('Visar 5000 av 5000 risker')).toBeTruthy();
    const rows = document.querySelectorAll('.ms-DetailsRow');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
  });

  it('filters by free text and status, and shows the change since the previous period in words', async () => {
    renderRegister(fakeStore(20));
    await screen.findByText('Visar 20 av 20 risker');
    expect(screen.getAllByText('Bättre').length).toBeGreaterThan(0);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'nummer 15' } });
    expect(screen.getByText('Visar 1 av 20 risker')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('combobox', { name: /^Status/ }));
    fireEvent.click(screen.getByRole('option', { name: 'Grön' }));
    expect(screen.getByText('Visar 4 av 20 risker')).toBeTruthy();
  });

  it('sorts on a header click and tells assistive technology through aria-sort', async () => {
    renderRegister(fakeStore(10));
    await screen.findByText('Visar 10 av 10 risker');
    const header = (): HTMLElement => screen.getAllByRole('columnheader').find((h) => h.textContent?.includes('Riskvärde')) as HTMLElement;
    expect(header().getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(header()).getByText('Riskvärde'));
    expect(header().getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(within(header()).getByText('Riskvärde'));
    expect(header().getAttribute('aria-sort')).toBe('ascending');
  });

  it('groups by responsible with a count per group, collapsible', async () => {
    renderRegister(fakeStore(10));
    await screen.findByText('Visar 10 av 10 risker');
    fireEvent.click(screen.getByRole('combobox', { name: /^Gruppera efter/ }));
    fireEvent.click(screen.getByRole('option', { name: 'Ansvarig' }));
    const hr = await screen.findByRole('button', { name: 'HR-direktör (5)' });
    expect(screen.getByRole('button', { name: 'IT- och e-hälsochef (5)' })).toBeTruthy();
    expect(hr.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(hr);
    expect(screen.getByRole('button', { name: 'HR-direktör (5)' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('makes titles buttons when editing hooks are given, shows the toolbar, and reloads on a new token', async () => {
    const onOpenItem = jest.fn();
    const onOpenMeasure = jest.fn();
    const loads = { count: 0 };
    const store = fakeStore(3, loads);
    const view = renderRegister(store, { onOpenItem, onOpenMeasure, toolbar: <button type="button">Ny risk</button>, reloadToken: 1 });
    await screen.findByText('Visar 3 av 3 risker');
    expect(screen.getByRole('button', { name: 'Ny risk' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Risk nummer 1' }));
    expect(onOpenItem).toHaveBeenCalledWith('risk-0001');
    fireEvent.click(screen.getByRole('button', { name: 'Åtgärd 2' }));
    expect(onOpenMeasure).toHaveBeenCalledWith('m-2');
    expect(loads.count).toBe(1);
    await act(async () => {
      view.rerender(<AppProvider store={store} env={env}><PlanRegister onOpenItem={onOpenItem} reloadToken={2} /></AppProvider>);
    });
    await waitFor(() => expect(loads.count).toBe(2));
  });

  it('switches the heat map between the inherent and the residual assessment', async () => {
    renderRegister(fakeStore(8));
    await screen.findByText('Visar 8 av 8 risker');
    expect(screen.getByText('Bedömning före åtgärder')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Efter åtgärder' }));
    expect(screen.getByText('Bedömning efter åtgärder (kvarvarande risk)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^8 risker med sannolikhet Osannolik och konsekvens Försumbar/ }));
    expect(screen.getByText('Visar 8 av 8 risker')).toBeTruthy();
  });
});
