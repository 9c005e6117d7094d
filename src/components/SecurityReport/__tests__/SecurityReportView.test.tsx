/**
 * The security report in jsdom over an in-memory Store with a fixture of our own: the overview of every
 * area, one area's chapter as its owner (the editor, validation before writing, submitting, a concurrent
 * change explained), as the coordinator (return with a comment, approve), as anyone else (read only),
 * confidential risks masked, and the English strings.
 */
import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { AppProvider } from '../../app/AppContext';
import { SecurityReportView } from '../SecurityReportView';
import { emptyChapter } from '../../../model/chapter';
import { Locale } from '../../../model/statusLegend';
import { PersonRef } from '../../../model/types';
import { submitChapter } from '../../../plans/chapterActions';
import { MemoryStore } from '../../../plans/__tests__/memoryStore';
import { actor, AREA, people, PLAN, securityStore, TODAY, YEAR } from '../../../plans/__tests__/securityFixtures';

setIconOptions({ disableWarnings: true });
// Fluent UI in jsdom is slow on a loaded machine (the project's testTimeout is not read by this Jest version).
jest.setTimeout(60_000);

const complete = {
  goalFulfilment: 'Målet är delvis uppfyllt.', followUp: 'Följs upp i arbetsmiljökommittén.', currentState: 'Rutiner finns.',
  improvementOpportunities: 'Snabbare återkoppling.', incidents: [{ kind: 'Hot och våld', count: 504, women: 398, men: 106 }]
};

function Harness(props: { initialArea?: string }): React.ReactElement {
  const [area, setArea] = React.useState<string | undefined>(props.initialArea);
  return <SecurityReportView areaKey={area} onNavigate={(to) => setArea(to.areaKey)} />;
}

function renderAs(store: MemoryStore, who: PersonRef, options: { area?: string; locale?: Locale; today?: string } = {}): void {
  const env = { locale: options.locale ?? 'sv-SE', host: 'sharePoint' as const, today: options.today ?? TODAY, user: { upn: who.upn, displayName: who.displayName } };
  render(<AppProvider store={store} env={env}><Harness initialArea={options.area} /></AppProvider>);
}

async function submitted(store: MemoryStore): Promise<void> {
  await submitChapter(store, emptyChapter(PLAN, AREA.work, YEAR), complete, actor(people.lena), new Date('2027-01-18T09:00:00Z'));
}

describe('the overview', () => {
  it('lists every configured area with state, owner, fulfilment, incidents and lateness, and counts the states', async () => {
    const store = securityStore();
    await submitted(store);
    renderAs(store, people.elin, { today: '2027-02-16' });
    const table = await screen.findByRole('table', { name: 'Säkerhetsberättelse 2026' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Arbetsmiljö', 'Brandsäkerhet', 'IT-säkerhet']);
    const work = rows[0];
    expect(within(work).getByText('Inlämnad')).toBeTruthy();
    expect(within(work).getByText('Funktionsområdesansvarig arbetsmiljö: Lena Björk')).toBeTruthy();
    expect(within(work).getByRole('list', { name: '1 gröna, 1 gula, 0 röda, 1 ej bedömda' })).toBeTruthy();
    expect(within(work).getByText('504 totalt')).toBeTruthy();
    expect(within(work).getByText('varav 398 kvinnor och 106 män')).toBeTruthy();
    expect(within(work).queryByText('Försenad')).toBeNull();
    expect(within(rows[1]).getByText('Ej påbörjad')).toBeTruthy();
    expect(within(rows[1]).getByText('Försenad')).toBeTruthy();
    expect(within(rows[2]).getByText('Funktionsområdesansvarig IT-säkerhet: vakant')).toBeTruthy();
    const counts = screen.getByRole('list', { name: 'Kapitlens läge' });
    expect(within(counts).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Ej påbörjad2', 'Utkast0', 'Inlämnad1', 'Returnerad0', 'Godkänd0']);
  });

  it('opens an area’s chapter from its name', async () => {
    renderAs(securityStore(), people.elin);
    fireEvent.click(await screen.findByRole('button', { name: 'Brandsäkerhet' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Brandsäkerhet – Säkerhetsberättelse 2026' })).toBeTruthy();
  });

  it('warns when nobody coordinates because the setting is missing', async () => {
    renderAs(securityStore({ coordinatorSetting: null }), people.elin);
    expect(await screen.findByText(/Inställningen setting:coordinatorRoles:securityReport saknas/)).toBeTruthy();
  });

  it('speaks English under en-US', async () => {
    renderAs(securityStore(), people.elin, { locale: 'en-US' });
    const table = await screen.findByRole('table', { name: 'Säkerhetsberättelse 2026' });
    expect(within(table).getByRole('columnheader', { name: 'Security area' })).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'Work environment' })).toBeTruthy();
    expect(within(table).getAllByText('Not started')).toHaveLength(3);
  });
});

describe('one area’s chapter', () => {
  it('gives the owner the editor and names the missing fields on an empty submission, writing nothing', async () => {
    const store = securityStore();
    renderAs(store, people.lena, { area: AREA.work });
    fireEvent.click(await screen.findByRole('button', { name: 'Lämna in' }));
    expect(await screen.findByText('Kapitlet är inte sparat. Rätta de markerade uppgifterna.')).toBeTruthy();
    expect(screen.getAllByText('Uppgiften måste fyllas i.')).toHaveLength(4);
    expect(store.memory.chapters.writes).toBe(0);
  });

  it('lets the owner add an incident row, see a split that exceeds the count, then submit', async () => {
    const store = securityStore();
    renderAs(store, people.lena, { area: AREA.work });
    fireEvent.click(await screen.findByRole('button', { name: 'Lägg till typ av händelse' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Typ av händelse 1' }), { target: { value: 'Hot och våld' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Antal, händelse 1' }), { target: { value: '10' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Varav kvinnor, händelse 1' }), { target: { value: '8' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Varav män, händelse 1' }), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    expect(await screen.findByText('Kvinnor och män är tillsammans fler än antalet.')).toBeTruthy();
    expect(store.memory.chapters.writes).toBe(0);
    fireEvent.change(screen.getByRole('textbox', { name: 'Varav män, händelse 1' }), { target: { value: '2' } });
    for (const [label, value] of [['Måluppfyllelse', 'Delvis'], ['Uppföljning', 'Kvartalsvis'], ['Så fungerar området i dag', 'Bra'],
      ['Viktigaste förbättringsmöjligheter', 'Återkoppling']]) {
      fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });
    }
    fireEvent.click(screen.getByRole('button', { name: 'Lämna in' }));
    expect(await screen.findByText('Kapitlet är inlämnat till säkerhetssamordnaren.')).toBeTruthy();
    expect(store.memory.chapters.rows[0]).toMatchObject({ state: 'submitted', incidents: [{ kind: 'Hot och våld', count: 10, women: 8, men: 2 }] });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Lämna in' })).toBeNull());
    expect(screen.getByText(/Inlämnat av Lena Björk/)).toBeTruthy();
    expect(screen.getByText('Kapitlet är inlämnat. Du kan ändra det igen om säkerhetssamordnaren returnerar det.')).toBeTruthy();
  });

  it('explains a concurrent change without losing the owner’s text, and saves it on request', async () => {
    const store = securityStore();
    store.memory.chapters.seed({ ...emptyChapter(PLAN, AREA.work, YEAR), state: 'draft', goalFulfilment: 'Från början' });
    renderAs(store, people.lena, { area: AREA.work });
    const field = await screen.findByRole('textbox', { name: 'Måluppfyllelse' });
    const row = store.memory.chapters.rows[0];
    store.memory.chapters.rows[0] = { ...row, goalFulfilment: 'Henriks ändring', etag: '"2"' };
    fireEvent.change(field, { target: { value: 'Lenas text' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    expect(await screen.findByText(/Någon annan har ändrat kapitlet sedan du öppnade det/)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Måluppfyllelse' }) as HTMLTextAreaElement).value).toBe('Lenas text');
    expect(store.memory.chapters.rows[0].goalFulfilment).toBe('Henriks ändring');
    expect(document.body.textContent).not.toMatch(/at .*\.tsx?:\d+/);
    fireEvent.click(screen.getByRole('button', { name: 'Spara min version' }));
    expect(await screen.findByText(/Utkastet är sparat/)).toBeTruthy();
    expect(store.memory.chapters.rows[0].goalFulfilment).toBe('Lenas text');
  });

  it('gives the coordinator Return and Approve on a submitted chapter; returning needs a comment', async () => {
    const store = securityStore();
    await submitted(store);
    renderAs(store, people.tobias, { area: AREA.work });
    expect(await screen.findByRole('button', { name: 'Godkänn' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lämna in' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Returnera' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Returnera kapitlet' }));
    expect(await within(dialog).findByText('Skriv varför kapitlet returneras.')).toBeTruthy();
    expect(store.memory.chapters.rows[0].state).toBe('submitted');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Kommentar till funktionsområdesansvarig' }), { target: { value: 'Lägg till tillbud.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Returnera kapitlet' }));
    expect(await screen.findByText('Kapitlet är returnerat till funktionsområdesansvarig.')).toBeTruthy();
    expect(store.memory.chapters.rows[0]).toMatchObject({ state: 'returned', returnComment: 'Lägg till tillbud.' });
    expect(await screen.findByText(/Returnerat av Tobias Lindgren/)).toBeTruthy();
    expect(screen.getByText('Lägg till tillbud.')).toBeTruthy();
  });

  it('lets the coordinator approve', async () => {
    const store = securityStore();
    await submitted(store);
    renderAs(store, people.tobias, { area: AREA.work });
    fireEvent.click(await screen.findByRole('button', { name: 'Godkänn' }));
    expect(await screen.findByText('Kapitlet är godkänt.')).toBeTruthy();
    expect(store.memory.chapters.rows[0].state).toBe('approved');
    expect(await screen.findByText(/Godkänt av Tobias Lindgren/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Returnera' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Godkänn' })).toBeNull();
  });

  it('offers the owner\'s editor and the coordinator\'s decisions only where SharePoint allows them, and says why not', async () => {
    // SharePoint lets this person only read the chapters: the list (View Items, bit 1) and each stored chapter.
    const readOnly = { high: 0, low: 1 };
    const limit = (store: MemoryStore): MemoryStore => Object.assign(store, {
      listPermissions: async () => new Map([['ikchapters', readOnly]]),
      chapters: Object.assign(store.chapters, { permissionsWhere: async () => new Map(store.memory.chapters.rows.map((c) => [c.key, readOnly])) })
    });
    const notPermitted = 'Du är ansvarig för kapitlet, men SharePoint ger dig ännu inte behörighet att ändra det. Be samordnaren se till att behörigheterna uppdateras, och öppna sedan sidan igen.';
    renderAs(limit(securityStore()), people.lena, { area: AREA.work });
    expect(await screen.findByText(notPermitted)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lämna in' })).toBeNull();

    const submittedStore = securityStore();
    await submitted(submittedStore);
    cleanup();
    renderAs(limit(submittedStore), people.tobias, { area: AREA.work });
    expect(await screen.findByText(/^Du samordnar säkerhetsberättelsen, men SharePoint ger dig ännu inte behörighet att godkänna eller returnera kapitlet\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Godkänn' })).toBeNull();
  });

  it('is read only for everyone else, shows the figures as written and masks confidential risks', async () => {
    const store = securityStore();
    await submitted(store);
    renderAs(store, people.camilla, { area: AREA.work });
    expect(await screen.findByText('Kapitlet skrivs av områdets funktionsområdesansvarig.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Lämna in|Spara utkast|Godkänn|Returnera/ })).toBeNull();
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    const incidents = screen.getByRole('table', { name: 'Händelser' });
    expect(within(incidents).getAllByRole('row')[1].textContent).toBe('Hot och våld504398106');
    const indicators = screen.getByRole('table', { name: 'Indikatorer' });
    const hot = within(indicators).getByRole('row', { name: /Anmälda händelser/ });
    expect(hot.textContent).toContain('519');
    expect(hot.textContent).toContain('kvinnor 402, män 117');
    expect(hot.textContent).toContain('Minskar, bättre');
    expect(hot.textContent).toContain('Halvår: 553');
    expect(within(indicators).getByRole('row', { name: /Skyddsronder/ }).textContent).toContain('Inget utfall');
    expect(screen.getByText('Hot och våld mot personal på akutmottagningen')).toBeTruthy();
    expect(screen.getAllByText('Uppgiften omfattas av sekretess')).toHaveLength(2);
    expect(screen.queryByText('Obehöriga tar sig in genom passersystemet')).toBeNull();
    expect(screen.queryByText('Förra årets risk om hot')).toBeNull();
    const headings = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    expect(headings[0]).toBe(1);
    expect(headings.every((level, i) => i === 0 || level <= headings[i - 1] + 1)).toBe(true);
  });

  it('gives the owner’s editor in English under en-US', async () => {
    renderAs(securityStore(), people.lena, { area: AREA.work, locale: 'en-US' });
    fireEvent.click(await screen.findByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('The chapter is not saved. Correct the marked fields.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Work environment – Säkerhetsberättelse 2026' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save draft' })).toBeTruthy();
  });
});
