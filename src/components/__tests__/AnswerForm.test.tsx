/**
 * The one-step answer: nothing is sent until a colour and a comment are given, the legend's meanings
 * are shown with the plan's year, and the answer is handed over trimmed.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AppProvider } from '../app/AppContext';
import { AnswerForm } from '../MyFollowUps/AnswerForm';
import type { Store } from '../../data/stores';

const env = { locale: 'sv-SE' as const, host: 'teams' as const, today: '2026-11-23', user: { upn: 'a@x', displayName: 'Anna' } };

function renderForm(onSend: jest.Mock): void {
  render(<AppProvider store={{} as Store} env={env}><AnswerForm idPrefix="t" year={2026} noun="åtgärden" onSend={onSend} /></AppProvider>);
}

describe('AnswerForm', () => {
  it('asks for a colour and a comment before sending anything', async () => {
    const onSend = jest.fn().mockResolvedValue(undefined);
    renderForm(onSend);
    fireEvent.click(screen.getByRole('button', { name: 'Skicka status' }));
    expect(screen.getByText('Välj en färg.')).toBeTruthy();
    expect(await screen.findByText('Skriv en kommentar till statusen.')).toBeTruthy();
    expect(onSend).not.toHaveBeenCalled();
  });

  it("shows the legend's meaning with the year and sends the chosen status and comment", async () => {
    const onSend = jest.fn().mockResolvedValue(undefined);
    renderForm(onSend);
    const yellow = screen.getByLabelText(/Gul: Åtgärden är delvis genomförd och beräknas vara helt genomförd under 2026/);
    fireEvent.click(yellow);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '  Pågår enligt plan.  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka status' }));
    await waitFor(() => expect(onSend).toHaveBeenCalledWith('yellow', 'Pågår enligt plan.'));
  });
});
