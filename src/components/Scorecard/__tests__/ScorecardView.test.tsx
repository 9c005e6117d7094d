/**
 * The scorecard view over a fake Store shaped like seed 003: perspectives from the region's categories
 * in their order, the board's strategic goals, the goal/indicator table with target, value, fulfilment
 * (word, or why it cannot be judged) and trend in words; women and men only where split; an indicator
 * opens onto its analyses and its chart with a table of the same figures; assignments; the risks linked
 * to a goal with confidential ones masked; the region's thresholds; English under en-US.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { AppProvider } from '../../app/AppContext';
import { ScorecardView } from '../ScorecardView';
import type { Store } from '../../../data/stores';
import { FULFILMENT_SETTING } from '../../../model/fulfilment';
import { env, fakeStore } from './fixtures';

setIconOptions({ disableWarnings: true });
// Fluent UI in jsdom is slow on a loaded machine, and this Jest version does not read the project's testTimeout.
jest.setTimeout(60_000);

function renderView(options: { locale?: 'sv-SE' | 'en-US'; store?: Store; props?: React.ComponentProps<typeof ScorecardView> } = {}):
  ReturnType<typeof render> {
  return render(<AppProvider store={options.store ?? fakeStore()} env={env(options.locale)}><ScorecardView {...options.props} /></AppProvider>);
}

/** The table row of an indicator, found by its row header (a goal's header spans its rows as a row group). */
function rowOf(indicator: string | RegExp): HTMLElement {
  const header = screen.getAllByRole('rowheader', { name: indicator }).find((h) => h.getAttribute('scope') === 'row');
  if (!header) throw new Error(`No indicator row ${String(indicator)}`);
  return header.closest('tr') as HTMLElement;
}

const cellTexts = (row: HTMLElement): string[] => within(row).getAllByRole('cell').map((c) => c.textContent ?? '');

describe('ScorecardView', () => {
  it('lists the region’s perspectives in their order with the board’s strategic goals under them', async () => {
    renderView();
    expect(await screen.findByRole('heading', { level: 1, name: 'Styrkort Länsteknik 2018' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent))
      .toEqual(['Måluppfyllelse, 2018', 'Medborgare', 'Verksamhet', 'Kunskap och förnyelse', 'Medarbetare', 'Ekonomi']);
    const staff = screen.getByRole('region', { name: 'Medarbetare' });
    expect(within(staff).getAllByRole('heading', { level: 3 }).map((h) => h.textContent))
      .toEqual(['Regionstyrelsens strategiska mål: Attraktiv arbetsgivare', 'Regionstyrelsens strategiska mål: Aktivt medarbetarskap']);
    expect(within(screen.getByRole('region', { name: 'Kunskap och förnyelse' })).getByText('Inga mål under perspektivet.')).toBeTruthy();
  });

  it('shows the seed’s columns, the goal as the header of its indicators, and the target as the boards write it', async () => {
    renderView();
    const citizens = await screen.findByRole('region', { name: 'Medborgare' });
    const table = within(citizens).getByRole('table', { name: 'Mål och styrmått under Nöjda medborgare' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent))
      .toEqual(['Mål/framgångsfaktor', 'Styrmått', 'Mått för måluppfyllelse', 'Utfall, 2018', 'Måluppfyllelse', 'Utveckling']);
    const goal = within(table).getByRole('rowheader', { name: 'Tillgänglig, stabil och säker teknisk infrastruktur' });
    expect(goal.getAttribute('scope')).toBe('rowgroup');
    expect(goal.getAttribute('rowspan')).toBe('2');
    expect(cellTexts(rowOf(/^Antal driftavbrott/))).toEqual(['Minska', '14', 'Grön', '↓Minskar, bättre2017: 16']);
    expect(cellTexts(rowOf(/^Sjukfrånvaro/)).slice(0, 2)).toEqual(['≤ 3 %', '3,8 %']);
    expect(cellTexts(rowOf(/^Ekonomi i balans/)).slice(0, 3)).toEqual(['≥ 100 %', '100 %', 'Grön']);
  });

  it('gives the fulfilment as colour and word, set by hand with its reason, or why it cannot be judged', async () => {
    renderView();
    await screen.findByRole('region', { name: 'Medarbetare' });
    expect(within(rowOf(/^Sjukfrånvaro/)).getByText('Röd')).toBeTruthy();
    expect(within(rowOf(/^Sjukfrånvaro/)).getByText('Röd').querySelector('.ik-status__dot, [aria-hidden]')).toBeTruthy();
    expect(within(rowOf(/^Kundnöjdhet/)).getByText('Gul')).toBeTruthy();
    const manual = rowOf(/^Vet du var/);
    expect(within(manual).getByText('Gul')).toBeTruthy();
    expect(within(manual).getByText('Satt för hand: Enkäten följs upp under 2019')).toBeTruthy();
    expect(within(rowOf('JÄMIX')).getAllByText('Inget tidigare värde')).toHaveLength(2);
    // The target column says it too; the fulfilment column gives it as the reason.
    expect(cellTexts(rowOf(/^Personalomsättning/)).slice(0, 3)).toEqual(['Målvärde saknas', '8 %', 'Målvärde saknas']);
    expect(within(rowOf(/^Möjlighet att mäta/)).getAllByText('Inget utfall').length).toBeGreaterThan(0);
  });

  it('gives the trend in words, better or worse by the rule, with the previous value', async () => {
    renderView();
    await screen.findByRole('region', { name: 'Medarbetare' });
    const sick = within(rowOf(/^Sjukfrånvaro/));
    expect(sick.getByText('Ökar, sämre', { exact: false })).toBeTruthy();
    expect(sick.getByText('2017: 3,4 %')).toBeTruthy();
    expect(within(rowOf(/^Kundnöjdhet/)).getByText('Oförändrad', { exact: false })).toBeTruthy();
    expect(within(rowOf(/^Antal driftavbrott/)).getByText('Minskar, bättre', { exact: false })).toBeTruthy();
  });

  it('has women and men columns only in tables with an indicator split by sex, with both figures', async () => {
    renderView();
    const staff = await screen.findByRole('region', { name: 'Medarbetare' });
    const split = within(staff).getByRole('table', { name: 'Mål och styrmått under Aktivt medarbetarskap' });
    expect(within(split).getAllByRole('columnheader').map((h) => h.textContent))
      .toEqual(['Mål/framgångsfaktor', 'Styrmått', 'Mått för måluppfyllelse', 'Utfall, 2018', 'Kvinnor', 'Män', 'Måluppfyllelse', 'Utveckling']);
    expect(cellTexts(rowOf(/^Sjukfrånvaro/)).slice(1, 4)).toEqual(['3,8 %', '2,07 %', '4,47 %']);
    const notSplit = within(staff).getByRole('table', { name: 'Mål och styrmått under Attraktiv arbetsgivare' });
    expect(within(notSplit).queryByRole('columnheader', { name: 'Kvinnor' })).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Medborgare' })).queryByRole('columnheader', { name: 'Män' })).toBeNull();
  });

  it('opens an indicator onto its analyses and a chart whose table holds the same figures', async () => {
    renderView();
    await screen.findByRole('region', { name: 'Medarbetare' });
    const toggle = within(rowOf(/^Sjukfrånvaro/)).getByRole('button', { name: 'Sjukfrånvaro' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('title')).toBe('Utfall över tid och analys');
    expect(screen.queryByRole('img', { name: /Sjukfrånvaro/ })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(toggle.getAttribute('aria-controls') as string) as HTMLElement;
    expect(within(details).getByText('Korttidssjukfrånvaron har ökat.')).toBeTruthy();
    expect(within(details).getByText('Sjukfrånvaron ligger över målet.')).toBeTruthy();
    expect(within(details).getByText('Besvarad av Eva Berg 2019-01-12')).toBeTruthy();
    const chart = within(details).getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe('Diagram över Sjukfrånvaro. Målvärde: ≤ 3 %. Totalt: från 3,4 % (2017) till 3,8 % (2018). '
      + 'Kvinnor: från 2,3 % (2017) till 2,07 % (2018). Män: från 4,1 % (2017) till 4,47 % (2018). Samma siffror finns i tabellen under diagrammet.');
    expect(chart.querySelectorAll('circle')).toHaveLength(2);
    expect(chart.querySelectorAll('rect')).toHaveLength(2);
    expect(chart.querySelectorAll('polygon')).toHaveLength(2);
    expect(within(within(details).getByRole('list', { name: 'Teckenförklaring' })).getAllByRole('listitem').map((li) => li.textContent))
      .toEqual(['Totalt', 'Kvinnor', 'Män', 'Målvärde: ≤ 3 %']);
    expect(chart.querySelector('.ik-chart__target text')?.textContent).toBe('Målvärde: ≤ 3 %');
    const table = within(details).getByRole('table', { name: 'Sjukfrånvaro: utfall per uppföljning' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Uppföljning', 'Totalt', 'Kvinnor', 'Män']);
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['20173,4 %2,3 %4,1 %', '20183,8 %2,07 %4,47 %']);
    fireEvent.click(toggle);
    expect(screen.queryByRole('table', { name: 'Sjukfrånvaro: utfall per uppföljning' })).toBeNull();
  });

  it('charts an indicator that is not split as one series, and says so when nothing is reported', async () => {
    renderView();
    await screen.findByRole('region', { name: 'Medborgare' });
    fireEvent.click(within(rowOf(/^Antal driftavbrott/)).getByRole('button'));
    const table = screen.getByRole('table', { name: 'Antal driftavbrott som Länsteknik kan påverka: utfall per uppföljning' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Uppföljning', 'Totalt']);
    expect(within(table).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['201716', '201814']);
    fireEvent.click(within(rowOf(/^Möjlighet att mäta/)).getByRole('button'));
    expect(screen.getByText('Inga utfall är rapporterade ännu.')).toBeTruthy();
    const empty = screen.getByRole('table', { name: /^Möjlighet att mäta.*utfall per uppföljning$/ });
    expect(within(empty).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['2017Inget utfall', '2018Inget utfall']);
  });

  it('opens and closes every indicator at once', async () => {
    renderView();
    await screen.findByRole('region', { name: 'Medborgare' });
    fireEvent.click(screen.getByRole('button', { name: 'Visa utfall och analys för alla styrmått' }));
    expect(screen.getAllByRole('table', { name: /utfall per uppföljning$/ })).toHaveLength(8);
    fireEvent.click(screen.getByRole('button', { name: 'Dölj utfall och analys för alla styrmått' }));
    expect(screen.queryAllByRole('table', { name: /utfall per uppföljning$/ })).toHaveLength(0);
  });

  it('lists each goal’s assignments with status, current state and who answered', async () => {
    renderView();
    const goal = await screen.findByRole('region', { name: 'Rätt kvalitet, vid rätt tid och plats' });
    const table = within(goal).getByRole('table', { name: 'Uppdrag: Rätt kvalitet, vid rätt tid och plats' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Uppdrag', 'Status', 'Nuläge', 'Besvarad']);
    const mobility = within(table).getByRole('rowheader', { name: 'Uppdrag: Mobilitet' }).closest('tr') as HTMLElement;
    expect(cellTexts(mobility)).toEqual(['Grön', 'Uppdraget är slutfört. Nu- och nyläge är dokumenterat.', 'Besvarad av Lars Nord 2019-01-11']);
    const architecture = within(table).getByRole('rowheader', { name: 'Uppdrag: Arkitektur' }).closest('tr') as HTMLElement;
    expect(cellTexts(architecture)[0]).toBe('Ej besvarad');
  });

  it('lists the risks that threaten a goal with their open measures’ latest status, confidential ones masked', async () => {
    renderView();
    const goal = await screen.findByRole('region', { name: 'Tillgänglig, stabil och säker teknisk infrastruktur' });
    const table = await within(goal).findByRole('table', { name: /^Risker som hotar målet/ });
    const risks = within(table).getAllByRole('rowheader').map((h) => h.textContent);
    expect(risks).toEqual(['Driftstörning i nätet slår ut journalsystemet', 'Uppgiften omfattas av sekretess']);
    expect(screen.queryByText(/VPN/)).toBeNull();
    const net = within(table).getByRole('rowheader', { name: /^Driftstörning/ }).closest('tr') as HTMLElement;
    expect(within(net).getByText('Internkontrollplan Länsteknik 2018')).toBeTruthy();
    const items = within(net).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Redundant nätverksväg till datahallenGulTertial 3', 'Övning i reservrutinerIngen status']);
    const secret = within(table).getByRole('rowheader', { name: 'Uppgiften omfattas av sekretess' }).closest('tr') as HTMLElement;
    expect(within(secret).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Uppgiften omfattas av sekretessGrönTertial 3']);
    expect(within(screen.getByRole('region', { name: 'Ekonomi i balans' })).getByText('Inga risker är kopplade till målet.')).toBeTruthy();
  });

  it('sums up the follow-up: values reported, count per fulfilment, and how many cannot be judged', async () => {
    renderView();
    const summary = await screen.findByRole('region', { name: 'Måluppfyllelse, 2018' });
    expect(within(summary).getByText('6 av 8 styrmått har utfall')).toBeTruthy();
    expect(within(within(summary).getByRole('list')).getAllByRole('listitem').map((li) => li.textContent))
      .toEqual(['Grön2', 'Gul2', 'Röd1', '3 kan inte bedömas']);
  });

  it('judges by the region’s own thresholds', async () => {
    renderView({ store: fakeStore({ settings: { key: FULFILMENT_SETTING, value: '{"relativeTolerance":0.3}' } }) });
    await screen.findByRole('region', { name: 'Medarbetare' });
    // 3.8 % is within 30 % of the 3 % target.
    expect(within(rowOf(/^Sjukfrånvaro/)).getByText('Gul')).toBeTruthy();
  });

  it('shows an earlier period, judged against the one before it', async () => {
    renderView({ props: { periodKey: 'y17' } });
    await screen.findByRole('region', { name: 'Medarbetare' });
    expect(cellTexts(rowOf(/^Sjukfrånvaro/)).slice(1)).toEqual(['3,4 %', '2,3 %', '4,1 %', 'Röd', 'Inget tidigare värde']);
    expect(screen.getAllByRole('columnheader', { name: 'Utfall, 2017' }).length).toBeGreaterThan(0);
  });

  it('offers only scorecards in the plan picker', async () => {
    renderView();
    await screen.findByRole('region', { name: 'Medborgare' });
    fireEvent.click(screen.getByRole('combobox', { name: /^Plan/ }));
    expect(screen.getAllByRole('option').map((o) => o.textContent?.replace(/ \(.*\)$/, '')))
      .toEqual(['Styrkort Länsteknik 2018', 'Styrkort Länsteknik 2017']);
  });

  it('speaks English under en-US', async () => {
    renderView({ locale: 'en-US' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Citizens' })).toBeTruthy();
    const staff = screen.getByRole('region', { name: 'Employees' });
    expect(within(staff).getByRole('heading', { name: 'The board’s strategic goal: Aktivt medarbetarskap' })).toBeTruthy();
    const table = within(staff).getByRole('table', { name: 'Goals and indicators under Aktivt medarbetarskap' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent))
      .toEqual(['Goal/success factor', 'Indicator', 'Target', 'Value, 2018', 'Women', 'Men', 'Fulfilment', 'Trend']);
    expect(cellTexts(rowOf(/^Sjukfrånvaro/)).slice(0, 5)).toEqual(['≤ 3%', '3.8%', '2.07%', '4.47%', 'Red']);
    expect(within(rowOf(/^Sjukfrånvaro/)).getByText('Rising, worse', { exact: false })).toBeTruthy();
    expect(within(rowOf('JÄMIX')).getAllByText('No previous value').length).toBeGreaterThan(0);
    expect(cellTexts(rowOf(/^Personalomsättning/))[2]).toBe('No target value');
    fireEvent.click(within(rowOf(/^Sjukfrånvaro/)).getByRole('button', { name: 'Sjukfrånvaro' }));
    expect(screen.getByRole('table', { name: 'Sjukfrånvaro: values per follow-up' })).toBeTruthy();
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^Chart of Sjukfrånvaro\. Target: ≤ 3%\. Total: from 3\.4% \(2017\) to 3\.8% \(2018\)/);
    expect((await screen.findAllByText('This information is confidential')).length).toBeGreaterThan(0);
  });
});
