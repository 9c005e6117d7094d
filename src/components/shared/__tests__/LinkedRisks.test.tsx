/**
 * The linked risks table: each risk with its plan and its measures' latest status and the follow-up it
 * was reported in; a confidential risk masked, its measures' titles too, whoever reads; the view's own
 * words where none is linked.
 */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { AppProvider } from '../../app/AppContext';
import type { Store } from '../../../data/stores';
import { ITEM_DEFAULTS, MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../../../model/defaults';
import { Locale } from '../../../model/statusLegend';
import { FollowUpPeriod, Measure, Plan, PlanItem, StatusReport } from '../../../model/types';
import type { LinkedRisk } from '../../../plans/linkedRisks';
import { LinkedRisks } from '../LinkedRisks';

const plan: Plan = { key: 'ik', title: 'Internkontrollplan 2026', kind: 'internalControl', year: 2026, unitKey: null, state: 'followUp', decisionDate: null, diaryNumber: '' };
const t2: FollowUpPeriod = { key: 't2', planKey: 'ik', title: 'Delår augusti', asOfDate: '2026-08-31', deadline: '2026-09-15', state: 'closed', sortOrder: 2 };
const risk = (key: string, title: string, confidential: boolean): PlanItem => ({
  ...ITEM_DEFAULTS, key, planKey: 'ik', title, consequence: '', cause: '', handling: null, strategyKey: null, objectiveKey: null, securityAreaKey: null,
  probability: null, severity: null, residualProbability: null, residualSeverity: null, confidential, sortOrder: 1
});
const measure = (key: string, title: string): Measure =>
  ({ ...MEASURE_DEFAULTS, key, planKey: 'ik', itemKey: 'r', title, measureKind: 'measure', roleKey: null, dueDate: null, method: '', closed: false });
const report = (status: StatusReport['status']): StatusReport =>
  ({ ...REPORT_DEFAULTS, key: 'rep', planKey: 'ik', measureKey: 'm', periodKey: 't2', status, comment: '', reportedBy: null, reportedAt: '2026-09-10T08:00:00Z' });

const risks: LinkedRisk[] = [
  { risk: risk('r-open', 'Hot och våld mot personal', false), plan, measures: [
    { measure: measure('m1', 'Överfallslarm i behandlingsrum'), latest: report('yellow'), period: t2 },
    { measure: measure('m2', 'Utbildning i bemötande'), latest: null, period: null }
  ] },
  { risk: risk('r-secret', 'Obehöriga tar sig in genom passersystemet', true), plan, measures: [
    { measure: measure('m3', 'Byt passerkort med svag kryptering'), latest: report('red'), period: t2 }
  ] }
];

function renderIn(locale: Locale, shown: readonly LinkedRisk[] = risks): void {
  const env = { locale, host: 'sharePoint' as const, today: '2027-01-20', user: { upn: 'a@x', displayName: 'Anna' } };
  render(<AppProvider store={{} as Store} env={env}><LinkedRisks caption="Kopplade risker" risks={shown} empty="Inga risker." /></AppProvider>);
}

describe('the linked risks table', () => {
  it('gives each risk its plan and its measures’ latest status with the follow-up it was reported in', () => {
    renderIn('sv-SE');
    const table = screen.getByRole('table', { name: 'Kopplade risker' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Risk', 'Plan', 'Åtgärder och senaste status']);
    const row = within(table).getByRole('rowheader', { name: 'Hot och våld mot personal' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('Internkontrollplan 2026')).toBeTruthy();
    expect(within(row).getAllByRole('listitem').map((li) => li.textContent))
      .toEqual(['Överfallslarm i behandlingsrumGulDelår augusti', 'Utbildning i bemötandeIngen status']);
  });

  it('masks a confidential risk and its measures’ titles but tells how they stand', () => {
    renderIn('sv-SE');
    expect(screen.queryByText(/passersystemet|passerkort/)).toBeNull();
    const row = screen.getByRole('rowheader', { name: 'Uppgiften omfattas av sekretess' }).closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Uppgiften omfattas av sekretessRödDelår augusti']);
  });

  it('masks in English too', () => {
    renderIn('en-US');
    expect(screen.getAllByText('This information is confidential')).toHaveLength(2);
    expect(screen.getByRole('columnheader', { name: 'Measures and latest status' })).toBeTruthy();
    expect(screen.getByText('No status')).toBeTruthy();
  });

  it('says the view’s own words where no risk is linked', () => {
    renderIn('sv-SE', []);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Inga risker.')).toBeTruthy();
  });
});
