/**
 * The coordinator's period overview over a fake Store: headline share, per responsible and per unit
 * (rolled up), whom to remind with a Swedish mail subject, and tables that sort by late and unanswered.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { AppProvider } from '../../app/AppContext';
import { PeriodOverview } from '../PeriodOverview';
import type { Store } from '../../../data/stores';
import { FollowUpPeriod, Measure, OrgUnit, Plan, Role, StatusReport } from '../../../model/types';

setIconOptions({ disableWarnings: true });

const env = { locale: 'sv-SE' as const, host: 'sharePoint' as const, today: '2026-12-20', user: { upn: 'a@x', displayName: 'Anna' } };
const plan: Plan = { key: 'p', title: 'Internkontrollplan 2026', kind: 'internalControl', year: 2026, unitKey: 'region', state: 'followUp', decisionDate: null, diaryNumber: '' };
const period: FollowUpPeriod = { key: 't3', planKey: 'p', title: 'Årsbokslut', asOfDate: '2026-12-01', deadline: '2026-12-15', state: 'open', sortOrder: 3 };
const units: OrgUnit[] = [
  { key: 'region', title: 'Region Norrvik', level: 'region', parentKey: null },
  { key: 'hr', title: 'HR-staben', level: 'administration', parentKey: 'region' },
  { key: 'lon', title: 'Löneenheten', level: 'unit', parentKey: 'hr' }
];
const person = (upn: string, displayName: string): Role['holder'] => ({ upn, objectId: upn, displayName });
const roles: Role[] = [
  { key: 'hrdir', title: 'HR-direktör', unitKey: 'hr', holder: person('karin@norrvik.se', 'Karin Sjöberg'), delegate: person('elsa@norrvik.se', 'Elsa Ström') },
  { key: 'eclon', title: 'Enhetschef Löneenheten', unitKey: 'lon', holder: person('marie@norrvik.se', 'Marie Gustafsson'), delegate: null }
];
const measure = (key: string, roleKey: string): Measure =>
  ({ key, planKey: 'p', itemKey: 'i', title: `Åtgärd ${key}`, measureKind: 'measure', roleKeys: [], roleKey, dueDate: null, method: '', closed: false });
const measures = [measure('a', 'hrdir'), measure('b', 'hrdir'), measure('c', 'eclon'), measure('d', 'eclon'), measure('e', 'eclon'), measure('f', 'hrdir')];
const reports: StatusReport[] = [{ key: 'r', planKey: 'p', measureKey: 'c', periodKey: 't3', status: 'yellow', comment: '', reportedBy: null, reportedAt: '2026-12-10T08:00:00Z' }];
const store = {
  plans: { all: async () => [plan] },
  roles: { all: async () => roles },
  categories: { all: async () => [] },
  orgUnits: { all: async () => units },
  settings: { byKey: async () => null },
  securityAreas: { all: async () => [] },
  loadPlan: async () => ({ plan, periods: [period], items: [], measures, reports, links: [], chapters: [] })
} as unknown as Store;

describe('PeriodOverview', () => {
  beforeEach(async () => {
    render(<AppProvider store={store} env={env}><PeriodOverview /></AppProvider>);
    await screen.findByText('Per organisationsenhet');
    await screen.findByText('Löneenheten');
  });

  it('shows the share answered and the late count', () => {
    expect(screen.getByText(/17 % · 1 av 6 åtgärder besvarade/)).toBeTruthy();
    expect(screen.getByText('Försenade', { selector: 'dt' }).nextElementSibling?.textContent).toBe('5');
  });

  it('rolls the units up the tree: the region counts its administrations and units', () => {
    const table = screen.getByRole('table', { name: 'Per organisationsenhet' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => Array.from(r.children).map((c) => c.textContent));
    expect(rows).toEqual([
      ['Region Norrvik · Region', '1', '5', '5', '17 %'],
      ['HR-staben · Förvaltning', '1', '5', '5', '17 %'],
      ['Löneenheten · Enhet', '1', '2', '2', '33 %']
    ]);
  });

  it('sorts the responsible table by unanswered, most first, then the other way', () => {
    const table = screen.getByRole('table', { name: 'Per ansvarig' });
    const header = within(table).getByRole('button', { name: 'Ej besvarade' });
    fireEvent.click(header);
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    const first = (): string | null => within(table).getAllByRole('row')[1].querySelector('th')?.textContent ?? null;
    expect(first()).toBe('HR-direktör');
    fireEvent.click(header);
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    expect(first()).toBe('Enhetschef Löneenheten');
  });

  it('lists whom to remind, late first, with a mail link in Swedish and the delegate on copy', () => {
    const link = screen.getByRole('link', { name: 'Skicka påminnelse till Karin Sjöberg' });
    const href = link.getAttribute('href') ?? '';
    expect(href.startsWith('mailto:karin%40norrvik.se?cc=elsa%40norrvik.se&subject=')).toBe(true);
    expect(decodeURIComponent(/subject=([^&]*)/.exec(href)?.[1] ?? '')).toBe('Påminnelse: lämna status för Årsbokslut – Internkontrollplan 2026');
    expect(screen.getByText('Ersättare: Elsa Ström')).toBeTruthy();
    expect(screen.getAllByText(/Försenad:/).length).toBe(5);
  });
});
