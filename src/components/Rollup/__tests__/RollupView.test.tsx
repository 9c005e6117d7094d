/**
 * The roll-up over a unit: the heat map counts the risks of every plan of the unit and the units below
 * it for the chosen year, switches to the residual assessment, and lists the plans included.
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { AppProvider } from '../../app/AppContext';
import { RollupView } from '../RollupView';
import type { Store } from '../../../data/stores';
import { OrgUnit, Plan, PlanItem } from '../../../model/types';

setIconOptions({ disableWarnings: true });

const env = { locale: 'sv-SE' as const, host: 'sharePoint' as const, today: '2026-11-23', user: { upn: 'a@x', displayName: 'Anna' } };
const units: OrgUnit[] = [
  { key: 'region', title: 'Region Norrvik', level: 'region', parentKey: null },
  { key: 'hsf', title: 'Hälso- och sjukvårdsförvaltningen', level: 'administration', parentKey: 'region' },
  { key: 'rs', title: 'Regionstaben', level: 'administration', parentKey: 'region' }
];
const plan = (key: string, unitKey: string, year: number): Plan =>
  ({ key, title: `Plan ${key}`, kind: 'internalControl', year, unitKey, state: 'followUp', decisionDate: null, diaryNumber: '' });
const plans = [plan('hsf26', 'hsf', 2026), plan('rs26', 'rs', 2026), plan('hsf25', 'hsf', 2025)];
const item = (key: string, planKey: string, p: number, c: number): PlanItem => ({ key, planKey, title: key, consequence: '', cause: '', handling: null,
  strategyKey: null, objectiveKey: null, securityAreaKey: null, probability: p, severity: c, residualProbability: 1, residualSeverity: 1, confidential: false, sortOrder: 0 });
const items: Record<string, PlanItem[]> = {
  hsf26: [item('a', 'hsf26', 4, 4), item('b', 'hsf26', 4, 4)], rs26: [item('c', 'rs26', 4, 4)], hsf25: [item('d', 'hsf25', 4, 4)]
};
const store = {
  orgUnits: { all: async () => units },
  plans: { all: async () => plans },
  items: { where: async (c: { planKey: string }) => items[c.planKey] ?? [] }
} as unknown as Store;

describe('RollupView', () => {
  it('counts the risks of the unit’s and its sub-units’ plans of the year, before or after measures', async () => {
    render(<AppProvider store={store} env={env}><RollupView unitKey="hsf" /></AppProvider>);
    expect(await screen.findByText('1 plan ingår')).toBeTruthy();
    expect(await screen.findByText('2 risker med sannolikhet Sannolik och konsekvens Allvarlig')).toBeTruthy();
    expect(screen.getByText('Plan hsf26')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Efter åtgärder' }));
    expect(screen.getByText('2 risker med sannolikhet Osannolik och konsekvens Försumbar')).toBeTruthy();
  });

  it('starts at the top of the tree and includes every plan below it', async () => {
    render(<AppProvider store={store} env={env}><RollupView /></AppProvider>);
    expect(await screen.findByText('2 planer ingår')).toBeTruthy();
    expect(await screen.findByText('3 risker med sannolikhet Sannolik och konsekvens Allvarlig')).toBeTruthy();
    expect(screen.getByText('Region Norrvik med underliggande enheter, 2026')).toBeTruthy();
  });
});
