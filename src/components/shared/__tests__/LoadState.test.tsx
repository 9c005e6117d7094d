/**
 * The load state every view shows, with Fluent UI's parts and with the Teams tab's lighter ones: a failed
 * load is announced as an alert with what went wrong and a retry button that retries, with no serious or
 * critical axe-core findings; while loading, a spinner says so.
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import axe from 'axe-core';
import { AppProvider } from '../../app/AppContext';
import { LightLoadState } from '../LightLoadState';
import { LoadState } from '../LoadState';
import type { Store } from '../../../data/stores';

setIconOptions({ disableWarnings: true });

const env = { locale: 'sv-SE' as const, host: 'teams' as const, today: '2026-11-23', user: { upn: 'a@x', displayName: 'Anna' } };

describe.each([['LoadState', LoadState], ['LightLoadState', LightLoadState]])('%s', (_name, LoadState) => {
  it('announces a failed load as an alert and retries from its button', async () => {
    const onRetry = jest.fn();
    render(<AppProvider store={{} as Store} env={env}><LoadState loading={false} error={new Error('HTTP 503')} onRetry={onRetry} /></AppProvider>);
    // The text appears a moment after the alert region, so that screen readers announce it.
    await screen.findByText('Något gick fel när uppgifterna skulle hämtas. HTTP 503');
    expect(screen.getByRole('alert').textContent).toBe('Något gick fel när uppgifterna skulle hämtas. HTTP 503');
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('says it is loading while the data is on its way', () => {
    render(<AppProvider store={{} as Store} env={env}><LoadState loading onRetry={() => undefined} /></AppProvider>);
    expect(screen.getByText('Hämtar uppgifter …')).toBeTruthy();
  });
});
