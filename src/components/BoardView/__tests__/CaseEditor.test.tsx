/**
 * The tjänsteskrivelse editor on the live board page: a new draft prefilled from the data, publication
 * refused with every missing part named in Swedish next to its field (and nothing written), a draft saved
 * and saved again by its ETag, someone else's save met without losing the typed text, a Dnr published
 * before asking for a new version (a second call with newVersion), progress and failures shown, and a real
 * publication through publishCase that the page then shows as the published paper.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { caseKey, equalityText, planReportTitle } from '../../../board/caseDocument';
import { collectBoardData, maskConfidential } from '../../../board/boardData';
import { PublishResult } from '../../../board/publish';
import { BoardSnapshotRecord, PlanKind } from '../../../model/types';
import { PublishFn } from '../BoardView';
import { BoardStore, demoStore, ignorePageStyleParsing, planOf, renderBoard, RenderedBoard, secretary } from './boardFixtures';

jest.setTimeout(90_000);
ignorePageStyleParsing();

const field = (name: string): HTMLInputElement => screen.getByLabelText(name, { selector: 'input,textarea' }) as HTMLInputElement;
const type = (name: string, value: string): void => { fireEvent.change(field(name), { target: { value } }); };
const proposal = (n: number): HTMLTextAreaElement => screen.getByRole('textbox', { name: `Förslag till beslut, punkt ${n}` }) as HTMLTextAreaElement;

async function openEditor(store: BoardStore, kind: PlanKind, publish?: PublishFn): Promise<RenderedBoard> {
  const board = renderBoard(store, { planKey: planOf(store, kind).key }, publish ? { publish } : {});
  fireEvent.click(await screen.findByRole('button', { name: 'Skriv tjänsteskrivelse' }, { timeout: 20_000 }));
  await screen.findByLabelText('Nämnd', { selector: 'input' }, { timeout: 20_000 });
  return board;
}

function fillRequired(): void {
  type('Nämnd', 'Regionstyrelsen');
  type('Sammanträdesdatum', '2026-12-15');
  type('Dnr', 'RS 2026/123');
  type('Sammanfattning', 'Uppföljningen visar att arbetet i huvudsak går enligt plan.');
}

async function theCase(store: BoardStore, kind: PlanKind): Promise<{ key: string; planKey: string; periodKey: string }> {
  const plan = planOf(store, kind);
  const period = store.memory.periods.rows.find((p) => p.planKey === plan.key && p.state === 'open');
  if (!period) throw new Error('no open period');
  return { key: caseKey(plan.key, period.key), planKey: plan.key, periodKey: period.key };
}

function record(version: number, publishedAt: string, c: { key: string; planKey: string; periodKey: string }): BoardSnapshotRecord {
  return {
    key: `snapshot:rs-2026-123:v${version}`, title: 't', planKey: c.planKey, periodKey: c.periodKey, caseKey: c.key, diaryNumber: 'RS 2026/123',
    version, board: 'Regionstyrelsen', meetingDate: '2026-12-15', publishedAt, publishedBy: null, sha256: '0'.repeat(64),
    contentUrl: '/x/snapshot.json', documentUrls: [], hasConfidentialAppendix: false
  };
}

describe('a new tjänsteskrivelse', () => {
  it('is prefilled from the data: the heading, a first proposal and the figures by sex', async () => {
    const store = demoStore();
    await openEditor(store, 'scorecard');
    const plan = planOf(store, 'scorecard');
    const c = await theCase(store, 'scorecard');
    const data = maskConfidential(await collectBoardData(store, plan.key, c.periodKey)).published;
    expect(field('Ärende').value).toBe(planReportTitle(data, 'sv-SE'));
    expect(proposal(1).value).toBe(`godkänna ${planReportTitle(data, 'sv-SE').replace(/^S/, 's')}`);
    expect(field('Beslutsförslagets påverkan avseende jämställdhet').value).toBe(equalityText(data, 'sv-SE'));
    expect(field('Beslutsförslagets påverkan avseende jämställdhet').value).toContain('kvinnor');
    expect(screen.getByText('Nämnden beslutar att')).toBeTruthy();
    type('Nämnd', 'Regionstyrelsen');
    expect(screen.getByText('Regionstyrelsen beslutar att')).toBeTruthy();

    type('Beslutsförslagets påverkan avseende jämställdhet', 'Egen text');
    fireEvent.click(screen.getByRole('button', { name: 'Hämta siffrorna per kön ur underlaget igen' }));
    expect(field('Beslutsförslagets påverkan avseende jämställdhet').value).toBe(equalityText(data, 'sv-SE'));
    expect(screen.getByText(/Texten har ersatts med siffrorna ur underlaget/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ångra' }));
    expect(field('Beslutsförslagets påverkan avseende jämställdhet').value).toBe('Egen text');
  });
});

describe('publication refused', () => {
  it('names every missing part next to its field in Swedish, focuses the first, and writes nothing', async () => {
    const store = demoStore();
    const publish = jest.fn<Promise<PublishResult>, Parameters<PublishFn>>();
    await openEditor(store, 'internalControl', publish);
    fireEvent.change(proposal(1), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publicera för nämnden' }));
    expect(await screen.findByText('Tjänsteskrivelsen kan inte publiceras ännu. Rätta de markerade fälten.')).toBeTruthy();
    const expected: Array<[string, string]> = [
      ['Nämnd', 'Ange vilken nämnd som ska behandla ärendet'], ['Sammanträdesdatum', 'Ange sammanträdesdatum'],
      ['Dnr', 'Ange diarienummer (Dnr)'], ['Sammanfattning', 'Skriv en sammanfattning av ärendet']
    ];
    for (const [label, message] of expected) {
      const input = field(label);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      const described = document.getElementById(input.getAttribute('aria-describedby') ?? '');
      expect(described?.textContent).toContain(message);
    }
    expect(proposal(1).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Punkten är tom. Skriv vad nämnden ska besluta, eller ta bort punkten')).toBeTruthy();
    expect(document.activeElement).toBe(field('Nämnd'));

    fireEvent.click(screen.getByRole('button', { name: 'Ta bort punkt 1' }));
    type('Dnr', '2026-123');
    fireEvent.click(screen.getByRole('button', { name: 'Publicera för nämnden' }));
    expect(await screen.findByText('Skriv minst ett förslag till beslut')).toBeTruthy();
    expect(screen.getByText('Diarienumret ser inte ut som ett diarienummer, t.ex. RS 2026/123')).toBeTruthy();

    expect(publish).not.toHaveBeenCalled();
    expect(store.memory.cases.rows).toEqual([]);
  });
});

describe('saving the draft', () => {
  it('adds the draft, then saves changes with its ETag', async () => {
    const store = demoStore();
    await openEditor(store, 'patientSafety');
    const c = await theCase(store, 'patientSafety');
    type('Nämnd', 'Hälso- och sjukvårdsnämnden');
    type('Bilagor', 'Protokollsutdrag\n\nPatientsäkerhetsberättelse 2025\n');
    fireEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    expect(await screen.findByText(/^Utkastet sparades kl\. \d\d:\d\d\.$/)).toBeTruthy();
    expect(store.memory.cases.rows).toHaveLength(1);
    expect(store.memory.cases.rows[0]).toMatchObject({ key: c.key, board: 'Hälso- och sjukvårdsnämnden', attachments: ['Protokollsutdrag', 'Patientsäkerhetsberättelse 2025'], state: 'draft' });

    fireEvent.click(screen.getByRole('button', { name: 'Lägg till punkt' }));
    expect(document.activeElement).toBe(proposal(2));
    fireEvent.change(proposal(2), { target: { value: 'lägga rapporten till handlingarna' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    await waitFor(() => expect(store.memory.cases.rows[0].etag).toBe('"2"'));
    expect(store.memory.cases.rows).toHaveLength(1);
    expect(store.memory.cases.rows[0].proposals[1]).toBe('lägga rapporten till handlingarna');
  });

  it('keeps the typed text when someone else saved first, and saves it over theirs on request', async () => {
    const store = demoStore();
    await openEditor(store, 'internalControl');
    const c = await theCase(store, 'internalControl');
    type('Nämnd', 'Regionstyrelsen');
    fireEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    await screen.findByText(/Utkastet sparades/);
    const theirs = await store.cases.byKey(c.key);
    if (!theirs) throw new Error('no draft');
    await store.cases.update(theirs, { summary: 'En kollegas sammanfattning.' });

    type('Sammanfattning', 'Min sammanfattning.');
    fireEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    const conflict = await screen.findByText(/Någon annan har sparat utkastet efter att du öppnade det/);
    expect(conflict.closest('[role="alert"]')).toBeTruthy();
    expect(field('Sammanfattning').value).toBe('Min sammanfattning.');
    expect(store.memory.cases.rows[0].summary).toBe('En kollegas sammanfattning.');

    fireEvent.click(screen.getByRole('button', { name: 'Spara min text' }));
    await waitFor(() => expect(store.memory.cases.rows[0].summary).toBe('Min sammanfattning.'));
    expect(await screen.findByText(/Utkastet sparades/)).toBeTruthy();
  });
});

describe('publishing', () => {
  it('asks before publishing a Dnr again, then publishes a new version and leads to it', async () => {
    const store = demoStore();
    const c = await theCase(store, 'internalControl');
    const v1 = record(1, '2026-12-01T09:30:00Z', c);
    const v2 = record(2, '2026-12-03T14:00:00Z', c);
    const publish = jest.fn<Promise<PublishResult>, Parameters<PublishFn>>()
      .mockResolvedValueOnce({ status: 'needsNewVersion', existing: [v1] })
      .mockResolvedValueOnce({ status: 'published', record: v2, resumed: false });
    const board = await openEditor(store, 'internalControl', publish);
    fillRequired();
    fireEvent.click(screen.getByRole('button', { name: 'Publicera för nämnden' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Publicera en ny version?' });
    expect(within(dialog).getByText('Dnr RS 2026/123 är redan publicerat (version 1, 2026-12-01). Vill du publicera en ny version? Båda versionerna sparas.')).toBeTruthy();
    expect(store.memory.cases.rows[0]).toMatchObject({ key: c.key, diaryNumber: 'RS 2026/123', board: 'Regionstyrelsen' });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Publicera ny version' }));
    const shown = await screen.findByRole('button', { name: 'Visa den publicerade handlingen' });
    expect(screen.getByText('Handlingarna är publicerade för nämnden: Dnr RS 2026/123, version 2.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(shown));
    expect(publish).toHaveBeenCalledTimes(2);
    const [deps, first] = publish.mock.calls[0];
    expect(first).toEqual({ caseKey: c.key, publisher: { objectId: '', ...secretary }, locale: 'sv-SE', organisation: 'Region Norrvik' });
    expect(publish.mock.calls[1][1]).toEqual({ ...first, newVersion: true });
    expect(deps.store).toBe(store);
    expect(deps.files).toBe(store.boardFiles);
    expect(deps.now()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    fireEvent.click(shown);
    expect(board.navigations[board.navigations.length - 1]).toEqual({ planKey: c.planKey, periodKey: c.periodKey, snapshotKey: v2.key });
    await waitFor(() => expect(screen.queryByLabelText('Nämnd', { selector: 'input' })).toBeNull());
  });

  it('publishes nothing when the new version is declined', async () => {
    const store = demoStore();
    const c = await theCase(store, 'internalControl');
    const publish = jest.fn<Promise<PublishResult>, Parameters<PublishFn>>().mockResolvedValue({ status: 'needsNewVersion', existing: [record(1, '2026-12-01T09:30:00Z', c)] });
    await openEditor(store, 'internalControl', publish);
    fillRequired();
    fireEvent.click(screen.getByRole('button', { name: 'Publicera för nämnden' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', { name: 'Publicera en ny version?' })).toBeNull());
    expect(publish).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Publicera för nämnden' })).toHaveProperty('disabled', false);
  });

  it('shows the progress while publishing, and a failure with its reason', async () => {
    const store = demoStore();
    let fail: (error: Error) => void = () => undefined;
    const publish = jest.fn<Promise<PublishResult>, Parameters<PublishFn>>(() => new Promise((_resolve, reject) => { fail = reject; }));
    await openEditor(store, 'scorecard', publish);
    fillRequired();
    fireEvent.click(screen.getByRole('button', { name: 'Publicera för nämnden' }));
    expect(await screen.findByText('Underlaget fryses och handlingarna skapas och sparas i Nämndhandlingar. Det kan ta en stund.')).toBeTruthy();
    await waitFor(() => expect(publish).toHaveBeenCalled());
    expect(screen.getByRole('button', { name: 'Publicerar …' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Spara utkast' })).toHaveProperty('disabled', true);
    fail(new Error('Biblioteket svarar inte (HTTP 503).'));
    const failure = await screen.findByText(/Publiceringen blev inte klar\..*Biblioteket svarar inte \(HTTP 503\)\./);
    expect(failure.closest('[role="alert"]')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Publicera för nämnden' })).toHaveProperty('disabled', false);
  });

  it('publishes through publishCase, and the page then shows the published paper', async () => {
    const store = demoStore();
    const c = await theCase(store, 'securityReport');
    await openEditor(store, 'securityReport');
    fillRequired();
    fireEvent.click(screen.getByRole('button', { name: 'Publicera för nämnden' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Visa den publicerade handlingen' }, { timeout: 30_000 }));
    const banner = await screen.findByRole('heading', { level: 2, name: 'Publicerad nämndhandling' }, { timeout: 20_000 });
    await waitFor(() => expect(document.activeElement).toBe(banner));
    expect(within(banner.closest('section') as HTMLElement).getByText('Dnr RS 2026/123, version 1.')).toBeTruthy();
    const [published] = await store.boardSnapshots.where({ planKey: c.planKey });
    expect(published).toMatchObject({ caseKey: c.key, diaryNumber: 'RS 2026/123', version: 1 });
    expect(store.boardFiles.files.has(published.contentUrl)).toBe(true);
    expect(store.memory.cases.rows[0]).toMatchObject({ state: 'published', lastSnapshotKey: published.key, publishingKey: '' });
    fireEvent.click(screen.getByRole('tab', { name: 'Tjänsteskrivelse' }));
    expect(await screen.findByText('Uppföljningen visar att arbetet i huvudsak går enligt plan.')).toBeTruthy();
  });
});
