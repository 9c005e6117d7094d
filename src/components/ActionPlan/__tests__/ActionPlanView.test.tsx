/**
 * The action plan view over a fake Store: foundations with their strategies, focus areas with purpose,
 * overarching goals and the activity table (every responsible body, the lead first), each activity's
 * status in the chosen follow-up with who answered (the latest report counts), the period's summary,
 * plans of this kind only in the picker, and English under en-US.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { AppProvider } from '../../app/AppContext';
import { ActionPlanView } from '../ActionPlanView';
import type { Store } from '../../../data/stores';
import { ITEM_DEFAULTS, MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../../../model/defaults';
import { Category, FollowUpPeriod, Measure, Plan, PlanItem, Role, StatusReport } from '../../../model/types';

setIconOptions({ disableWarnings: true });
// Fluent UI in jsdom is slow on a loaded machine, and this Jest version does not read the project's testTimeout.
jest.setTimeout(60_000);

const env = (locale: 'sv-SE' | 'en-US' = 'sv-SE') =>
  ({ locale, host: 'sharePoint' as const, today: '2026-09-20', user: { upn: 'a@x', displayName: 'Anna' } });
const plan: Plan = { key: 'ps', title: 'Handlingsplan för patientsäkerhet 2026', kind: 'patientSafety', year: 2026, unitKey: null,
  state: 'followUp', decisionDate: '2026-01-20', diaryNumber: 'RS 2026-0042' };
const otherKind: Plan = { ...plan, key: 'ik', title: 'Internkontrollplan 2026', kind: 'internalControl' };
const periods: FollowUpPeriod[] = [
  { key: 't1', planKey: 'ps', title: 'Tertial 1', asOfDate: '2026-04-30', deadline: '2026-05-15', state: 'closed', sortOrder: 1 },
  { key: 't2', planKey: 'ps', title: 'Tertial 2', asOfDate: '2026-08-31', deadline: '2026-09-30', state: 'open', sortOrder: 2 }
];
const person = (name: string) => ({ upn: `${name}@x`, objectId: name, displayName: name });
const roles: Role[] = [
  { key: 'lsg', title: 'LSG-patientsäkerhet', unitKey: null, holder: person('Karin Sjöberg'), delegate: null },
  { key: 'team', title: 'Patientsäkerhetsteamet', unitKey: null, holder: person('Amir Haddad'), delegate: null },
  { key: 'hr', title: 'HR', unitKey: null, holder: person('Lena Ek'), delegate: null }
];
const category = (key: string, categoryType: Category['categoryType'], title: string, titleEn: string, sortOrder: number): Category =>
  ({ key, title, titleEn, categoryType, code: '', sortOrder });
const categories: Category[] = [
  category('f:1', 'foundation', 'Engagerad ledning och tydlig styrning', 'Committed leadership', 1),
  category('f:2', 'foundation', 'En god säkerhetskultur', 'A good safety culture', 2),
  category('fa:1', 'focusArea', 'Ökad kunskap om inträffade vårdskador', 'Better knowledge of adverse events', 1),
  category('fa:2', 'focusArea', 'Tillförlitliga och säkra system och processer', 'Reliable systems', 2)
];
const item = (key: string, strategyKey: string, title: string, sortOrder: number, extra: Partial<PlanItem> = {}): PlanItem => ({
  ...ITEM_DEFAULTS, key, planKey: 'ps', title, consequence: '', cause: '', handling: null, strategyKey, objectiveKey: null, securityAreaKey: null,
  probability: null, severity: null, residualProbability: null, residualSeverity: null, confidential: false, sortOrder, ...extra
});
const items: PlanItem[] = [
  // Stored out of order: the view orders by the categories.
  item('fa2', 'fa:2', 'Fokusområde 2 – Tillförlitliga och säkra system och processer', 2, {
    purpose: 'Skapa en säker, sammanhållen och jämlik vård.', goals: 'Tillförlitliga och säkra processer och system finns.'
  }),
  item('kultur', 'f:2', 'En god säkerhetskultur', 2, { goals: '• Ledningen arbetar aktivt med säkerhetskulturen.\n• Alla för en öppen dialog om risker.' }),
  item('ledning', 'f:1', 'Engagerad ledning och tydlig styrning', 1, { goals: 'Ledningen efterfrågar resultat.\n\nLedningen ger återkoppling.' }),
  item('fa1', 'fa:1', 'Fokusområde 1 – Ökad kunskap om inträffade vårdskador', 1, {
    purpose: 'Öka kunskapen om förekomst av vårdskador.\nGe underlag till analys på systemnivå.',
    goals: 'Kunskap om patientsäkerhet och vårdskador ska finnas hos alla medarbetare.'
  })
];
const activity = (key: string, itemKey: string, title: string, roleKeys: string[], extra: Partial<Measure> = {}): Measure => ({
  ...MEASURE_DEFAULTS, key, planKey: 'ps', itemKey, title, measureKind: 'activity', roleKey: roleKeys[0] ?? null, roleKeys,
  dueDate: null, method: '', closed: false, ...extra
});
const measures: Measure[] = [
  activity('a1', 'fa1', 'Ta fram analysresultat av vårdskadeläget', ['lsg', 'team'],
    { goal: 'Alla verksamheter följer upp och utreder händelser.', method: 'Avvikelserapportering\nMarkörbaserad journalgranskning' }),
  activity('a2', 'fa1', 'Patientsäkerhetsutbildning för alla', ['hr'], { goal: 'Alla medarbetare har gått utbildningen.' }),
  activity('a3', 'fa2', 'Ta fram kvalitetsledningssystem', ['team']),
  // Older data: only the lead in roleKey.
  { ...activity('a4', 'fa2', 'Uppföljningsmodell för privata vårdgivare', []), roleKey: 'lsg' }
];
const report = (measureKey: string, periodKey: string, status: StatusReport['status'], reportedAt: string, by: string | null, comment = ''): StatusReport =>
  ({ ...REPORT_DEFAULTS, key: `${measureKey}:${periodKey}:${reportedAt}`, planKey: 'ps', measureKey, periodKey, status, comment,
    reportedBy: by ? person(by) : null, reportedAt });
const reports: StatusReport[] = [
  report('a1', 't2', 'red', '2026-09-02T08:00:00Z', 'Karin Sjöberg', 'Försenad'),
  // The second responsible answered later: that answer counts.
  report('a1', 't2', 'yellow', '2026-09-05T08:00:00Z', 'Amir Haddad', 'Analysen pågår'),
  report('a2', 't2', 'green', '2026-09-03T08:00:00Z', 'Lena Ek'),
  report('a3', 't1', 'green', '2026-05-10T08:00:00Z', 'Amir Haddad')
];

/** Lists the view does not read here (the Store grows as others build): empty, so a new read does not break the test. */
const emptyList = { all: async () => [], where: async () => [], whereAny: async () => [], byKey: async () => null };

function fakeStore(): Store {
  const lists: Record<string, unknown> = {
    plans: { all: async () => [otherKind, plan] },
    roles: { all: async () => roles },
    categories: { all: async () => categories },
    loadPlan: async () => ({ plan, periods, items, measures, reports, links: [], chapters: [] })
  };
  return new Proxy(lists, { get: (target, name: string) => (name in target ? target[name] : emptyList) }) as unknown as Store;
}

function renderView(locale: 'sv-SE' | 'en-US' = 'sv-SE', props: React.ComponentProps<typeof ActionPlanView> = {}): ReturnType<typeof render> {
  return render(<AppProvider store={fakeStore()} env={env(locale)}><ActionPlanView {...props} /></AppProvider>);
}

describe('ActionPlanView', () => {
  it('shows the plan with the foundations and their strategies first, then the focus areas in order', async () => {
    renderView();
    expect(await screen.findByRole('heading', { level: 1, name: 'Handlingsplan för patientsäkerhet 2026' })).toBeTruthy();
    const headings = screen.getAllByRole('heading').map((h) => `${h.tagName}:${h.textContent}`);
    const at = (text: string): number => headings.indexOf(text);
    expect(at('H2:Grundläggande förutsättningar')).toBeLessThan(at('H3:Engagerad ledning och tydlig styrning'));
    expect(at('H3:Engagerad ledning och tydlig styrning')).toBeLessThan(at('H3:En god säkerhetskultur'));
    expect(at('H3:En god säkerhetskultur')).toBeLessThan(at('H2:Fokusområden'));
    expect(at('H2:Fokusområden')).toBeLessThan(at('H3:Fokusområde 1 – Ökad kunskap om inträffade vårdskador'));
    expect(at('H3:Fokusområde 1 – Ökad kunskap om inträffade vårdskador')).toBeLessThan(at('H3:Fokusområde 2 – Tillförlitliga och säkra system och processer'));
    const culture = screen.getByRole('region', { name: 'En god säkerhetskultur' });
    expect(within(culture).getByRole('heading', { name: 'Strategier' })).toBeTruthy();
    expect(within(culture).getAllByRole('listitem').map((li) => li.textContent))
      .toEqual(['Ledningen arbetar aktivt med säkerhetskulturen.', 'Alla för en öppen dialog om risker.']);
    const leadership = screen.getByRole('region', { name: 'Engagerad ledning och tydlig styrning' });
    expect(within(leadership).getAllByRole('listitem')).toHaveLength(2);
  });

  it('gives each focus area its purpose, overarching goals and activity table with the seed’s columns', async () => {
    renderView();
    const area = await screen.findByRole('region', { name: 'Fokusområde 1 – Ökad kunskap om inträffade vårdskador' });
    expect(within(area).getByRole('heading', { level: 4, name: 'Fokusområdet syftar till att' })).toBeTruthy();
    expect(within(area).getByText('Ge underlag till analys på systemnivå.')).toBeTruthy();
    expect(within(area).getByRole('heading', { level: 4, name: 'Övergripande mål' })).toBeTruthy();
    const table = within(area).getByRole('table', { name: 'Aktiviteter inom Fokusområde 1 – Ökad kunskap om inträffade vårdskador' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent))
      .toEqual(['Aktivitet', 'Mål', 'Metod/Datakälla', 'Ansvarig', 'Status, Tertial 2']);
    const row = within(table).getByRole('row', { name: /Ta fram analysresultat/ });
    expect(within(row).getByRole('rowheader').textContent).toBe('Ta fram analysresultat av vårdskadeläget');
    expect(within(row).getByText('LSG-patientsäkerhet (leder), Patientsäkerhetsteamet')).toBeTruthy();
    expect(within(row).getByText(/Avvikelserapportering/)).toBeTruthy();
    expect(within(table).getByText('HR')).toBeTruthy();
  });

  it('shows the latest answer in the period with who answered and when, and Ej besvarad where none', async () => {
    renderView();
    const area = await screen.findByRole('region', { name: /^Fokusområde 1/ });
    const row = within(area).getByRole('row', { name: /Ta fram analysresultat/ });
    expect(within(row).getByText('Gul')).toBeTruthy();
    expect(within(row).getByText('Besvarad av Amir Haddad 2026-09-05')).toBeTruthy();
    expect(within(row).getByText('Analysen pågår')).toBeTruthy();
    expect(within(row).queryByText('Röd')).toBeNull();
    const other = screen.getByRole('region', { name: /^Fokusområde 2/ });
    // a3 answered only in Tertial 1, a4 (lead in roleKey only) never.
    expect(within(other).getAllByText('Ej besvarad')).toHaveLength(2);
    expect(within(other).getByText('LSG-patientsäkerhet')).toBeTruthy();
  });

  it('sums up the period: answered, unanswered and the count per colour, each colour with its word', async () => {
    renderView();
    const summary = await screen.findByRole('region', { name: 'Uppföljning: Tertial 2' });
    expect(within(summary).getByText('2 av 4 besvarade')).toBeTruthy();
    expect(within(summary).getByText('2 ej besvarade')).toBeTruthy();
    const counts = within(summary).getByRole('list', { name: 'Antal per status' });
    expect(within(counts).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Grön1', 'Gul1', 'Röd0']);
  });

  it('offers only plans of this kind and navigates to another period', async () => {
    const onNavigate = jest.fn();
    renderView('sv-SE', { onNavigate });
    await screen.findByRole('heading', { level: 1 });
    fireEvent.click(screen.getByRole('combobox', { name: /^Uppföljning/ }));
    fireEvent.click(screen.getByRole('option', { name: /Tertial 1/ }));
    expect(onNavigate).toHaveBeenCalledWith({ planKey: 'ps', periodKey: 't1' });
    fireEvent.click(screen.getByRole('combobox', { name: /^Plan/ }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Handlingsplan för patientsäkerhet 2026 (under uppföljning)']);
  });

  it('shows the status of the period asked for', async () => {
    renderView('sv-SE', { periodKey: 't1' });
    const other = await screen.findByRole('region', { name: /^Fokusområde 2/ });
    const row = within(other).getByRole('row', { name: /kvalitetsledningssystem/ });
    expect(within(row).getByText('Grön')).toBeTruthy();
    expect(within(other).getAllByRole('columnheader').pop()?.textContent).toBe('Status, Tertial 1');
  });

  it('speaks English under en-US', async () => {
    renderView('en-US');
    expect(await screen.findByRole('heading', { level: 2, name: 'Foundations' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Focus areas' })).toBeTruthy();
    const area = screen.getByRole('region', { name: /^Fokusområde 1/ });
    expect(within(area).getByRole('heading', { name: 'The focus area aims to' })).toBeTruthy();
    const table = within(area).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent))
      .toEqual(['Activity', 'Goal', 'Method/Data source', 'Responsible', 'Status, Tertial 2']);
    expect(within(table).getByText('LSG-patientsäkerhet (leads), Patientsäkerhetsteamet')).toBeTruthy();
    expect(within(table).getByText('Answered by Amir Haddad on 2026-09-05')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Follow-up: Tertial 2' })).toBeTruthy();
    expect(screen.getAllByText('Not answered').length).toBeGreaterThan(0);
  });
});
