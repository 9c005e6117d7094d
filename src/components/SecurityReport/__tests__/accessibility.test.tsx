/**
 * axe-core over the security report's overview, a chapter as its owner (the editor, with validation
 * messages showing) and as a reader: no serious or critical findings. Contrast is left to the browser
 * tests (jsdom has no layout to measure it).
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import axe from 'axe-core';
import { AppProvider } from '../../app/AppContext';
import { SecurityReportView } from '../SecurityReportView';
import { emptyChapter } from '../../../model/chapter';
import { PersonRef } from '../../../model/types';
import { submitChapter } from '../../../plans/chapterActions';
import { actor, AREA, people, PLAN, securityStore, TODAY, YEAR } from '../../../plans/__tests__/securityFixtures';

setIconOptions({ disableWarnings: true });
// Fluent UI in jsdom is slow on a loaded machine (the project's testTimeout is not read by this Jest version).
jest.setTimeout(60_000);

async function findings(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function renderAs(who: PersonRef, areaKey?: string, locale: 'sv-SE' | 'en-US' = 'sv-SE'): ReturnType<typeof securityStore> {
  const store = securityStore();
  const env = { locale, host: 'sharePoint' as const, today: TODAY, user: { upn: who.upn, displayName: who.displayName } };
  render(<AppProvider store={store} env={env}><SecurityReportView areaKey={areaKey} /></AppProvider>);
  return store;
}

describe('accessibility of the security report', () => {
  it('has no serious or critical findings in the overview', async () => {
    renderAs(people.elin);
    await screen.findByRole('table', { name: 'Säkerhetsberättelse 2026' });
    expect(await findings()).toEqual([]);
  });

  it('has none in the owner’s editor, with rows and validation messages showing', async () => {
    renderAs(people.lena, AREA.work, 'en-US');
    fireEvent.click(await screen.findByRole('button', { name: 'Add risk analysis' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add kind of incident' }));
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await screen.findByText('The chapter is not saved. Correct the marked fields.');
    expect(await findings()).toEqual([]);
  });

  it('has none in a submitted chapter read by the coordinator', async () => {
    const store = securityStore();
    await submitChapter(store, emptyChapter(PLAN, AREA.work, YEAR), {
      goalFulfilment: 'Delvis', followUp: 'Kvartalsvis', currentState: 'Bra', improvementOpportunities: 'Återkoppling',
      riskAnalyses: [{ title: 'Hot och våld', date: '2026-03-01' }], incidents: [{ kind: 'Hot', count: 5, women: 3, men: 2 }]
    }, actor(people.lena), new Date());
    const env = { locale: 'sv-SE' as const, host: 'sharePoint' as const, today: TODAY, user: { upn: people.tobias.upn, displayName: people.tobias.displayName } };
    render(<AppProvider store={store} env={env}><SecurityReportView areaKey={AREA.work} /></AppProvider>);
    await screen.findByRole('button', { name: 'Godkänn' });
    expect(await findings()).toEqual([]);
  });
});
