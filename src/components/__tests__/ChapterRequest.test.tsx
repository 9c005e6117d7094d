/**
 * A chapter request in the Teams tab: the editor's code arrives on demand, so the card says in Swedish that
 * the chapter is opening until the editor is there; a returned chapter's comment shows
 * at once.
 */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { AppProvider } from '../app/AppContext';
import { ChapterRequest } from '../MyFollowUps/ChapterRequest';
import { emptyChapter } from '../../model/chapter';
import { AREA, areas, PLAN, securityStore, TODAY, YEAR } from '../../plans/__tests__/securityFixtures';

setIconOptions({ disableWarnings: true });
jest.setTimeout(60_000);

const env = { locale: 'sv-SE' as const, host: 'teams' as const, today: TODAY, user: { upn: 'lena@region.se', displayName: 'Lena' } };

describe('ChapterRequest', () => {
  it('says the chapter is opening until the editor has loaded, and shows the coordinator\'s comment at once', async () => {
    const chapter = { ...emptyChapter(PLAN, AREA.work, YEAR), state: 'returned' as const, returnComment: 'Komplettera incidenterna.' };
    render(<AppProvider store={securityStore()} env={env}>
      <ChapterRequest chapter={chapter} area={areas.find((a) => a.key === AREA.work)} onDone={() => undefined} />
    </AppProvider>);
    expect(screen.getByText('Öppnar kapitlet …')).toBeTruthy();
    expect(await screen.findByText('Kapitlet är returnerat med kommentaren: Komplettera incidenterna.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Lämna in' })).toBeTruthy();
    expect(screen.queryByText('Öppnar kapitlet …')).toBeNull();
  });
});
