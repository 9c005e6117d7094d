/**
 * The board page over the demo region: the live plan report of every plan kind, marked as the live state
 * and without any confidential text; a publication shown from its snapshot with its Dnr, version and
 * checksum even after the live data has changed, its tjänsteskrivelse a tab away; a publication that fails
 * its hash or has lost its file shown as an error, never as the live state; the choice of publication and
 * the downloads of the shown document.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { maskConfidential, collectBoardData } from '../../../board/boardData';
import { caseKey, newCase, planReportTitle } from '../../../board/caseDocument';
import { publishCase } from '../../../board/publish';
import { reportStrings } from '../../../board/report/reportStrings';
import { BoardSnapshotRecord, PlanKind } from '../../../model/types';
import { BoardStore, demoStore, ignorePageStyleParsing, KINDS, planOf, renderBoard, secretary, textRenderers, TODAY } from './boardFixtures';

// Fluent UI in jsdom is slow on a loaded machine.
jest.setTimeout(90_000);
ignorePageStyleParsing();

const KIND_HEADING: Record<PlanKind, string> = {
  internalControl: 'Riskkarta', patientSafety: 'Grundläggande förutsättningar', scorecard: 'Medarbetare',
  securityReport: 'Säkerhetsområdena i sammanfattning'
};

/** Publishes the plan's current period as the board secretary would, straight through the use case. */
async function publish(store: BoardStore, kind: PlanKind, at = `${TODAY}T09:30:00Z`): Promise<BoardSnapshotRecord> {
  const plan = planOf(store, kind);
  const periods = store.memory.periods.rows.filter((p) => p.planKey === plan.key && p.state === 'open');
  const data = maskConfidential(await collectBoardData(store, plan.key, periods[0].key)).published;
  const key = caseKey(plan.key, periods[0].key);
  if (!(await store.cases.byKey(key))) {
    await store.cases.add({
      ...newCase(data, TODAY, 'sv-SE'), board: 'Regionstyrelsen', meetingDate: '2026-12-15', diaryNumber: 'RS 2026/123',
      summary: 'Uppföljningen visar att arbetet i huvudsak går enligt plan.'
    });
  }
  const result = await publishCase({ store, files: store.boardFiles, renderers: textRenderers(), now: () => at },
    { caseKey: key, publisher: { objectId: '', ...secretary }, locale: 'sv-SE', organisation: 'Region Norrvik', newVersion: true });
  if (result.status !== 'published') throw new Error('not published');
  return result.record;
}

describe('the live board page', () => {
  it.each(KINDS)('shows the plan report of the %s plan as the live state, confidential text masked', async (kind) => {
    const store = demoStore();
    const plan = planOf(store, kind);
    renderBoard(store, { planKey: plan.key });
    expect(await screen.findByRole('heading', { level: 1, name: plan.title })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 3, name: 'Sammanställning' }, { timeout: 20_000 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: KIND_HEADING[kind] })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Aktuellt läge' })).toBeTruthy();
    expect(screen.getByText(reportStrings['sv-SE'].liveNotice)).toBeTruthy();
    const page = document.body.textContent ?? '';
    const secret = store.memory.items.rows.filter((i) => i.planKey === plan.key && i.confidential).map((i) => i.title);
    for (const title of secret) expect(page).not.toContain(title);
    expect(screen.getByRole('button', { name: 'Skriv tjänsteskrivelse' })).toBeTruthy();
  });

  it('lists the plan’s publications newest first and opens the one chosen', async () => {
    const store = demoStore();
    const first = await publish(store, 'internalControl', '2026-12-01T09:30:00Z');
    const second = await publish(store, 'internalControl', '2026-12-03T14:00:00Z');
    const plan = planOf(store, 'internalControl');
    const board = renderBoard(store, { planKey: plan.key });
    await screen.findByRole('heading', { level: 3, name: 'Sammanställning' }, { timeout: 20_000 });
    fireEvent.click(screen.getByRole('combobox', { name: /^Visa/ }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Aktuellt läge', 'Dnr RS 2026/123, version 2, publicerad 2026-12-03', 'Dnr RS 2026/123, version 1, publicerad 2026-12-01']);
    fireEvent.click(screen.getByRole('option', { name: 'Dnr RS 2026/123, version 1, publicerad 2026-12-01' }));
    expect(board.navigations[board.navigations.length - 1]).toEqual({ planKey: plan.key, periodKey: first.periodKey, snapshotKey: first.key });
    expect(await screen.findByText('Dnr RS 2026/123, version 1.')).toBeTruthy();
    expect(second.version).toBe(2);
  });

  it('downloads the shown paper as Word, named after it', async () => {
    const store = demoStore();
    const calls: string[] = [];
    const plan = planOf(store, 'scorecard');
    const created = jest.fn(() => 'blob:paper');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const clicked: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this.download); });
    renderBoard(store, { planKey: plan.key }, { renderers: textRenderers(calls) });
    await screen.findByRole('heading', { level: 3, name: 'Sammanställning' }, { timeout: 20_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Ladda ner Word' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    const period = store.memory.periods.rows.find((p) => p.planKey === plan.key && p.state === 'open');
    const title = planReportTitle(maskConfidential(await collectBoardData(store, plan.key, period?.key ?? null)).published, 'sv-SE');
    expect(screen.getByRole('heading', { level: 2, name: title })).toBeTruthy();
    expect(calls).toEqual([`docx:${title}`]);
    expect(clicked[0]).toBe(`${title} (aktuellt läge ${TODAY}).docx`);
    expect(created).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });
});

describe('a publication on the board page', () => {
  it('shows the published paper with Dnr, version and checksum, not the live data that has changed since', async () => {
    const store = demoStore();
    const record = await publish(store, 'internalControl');
    const plan = planOf(store, 'internalControl');
    const changed = store.memory.items.rows.find((i) => i.planKey === plan.key && !i.confidential);
    if (!changed) throw new Error('no item');
    const published = changed.title;
    changed.title = 'En risk som lades till efter publiceringen';
    renderBoard(store, { planKey: plan.key, snapshotKey: record.key });
    const banner = (await screen.findByRole('heading', { level: 2, name: 'Publicerad nämndhandling' }, { timeout: 20_000 })).closest('section') as HTMLElement;
    expect(within(banner).getByText('Dnr RS 2026/123, version 1.')).toBeTruthy();
    expect(banner.textContent).toContain('Publicerad 2026-12-01 kl. 10:30 av Maria Lindqvist.');
    expect(banner.textContent).toContain('Regionstyrelsen, sammanträde 2026-12-15');
    expect(banner.textContent).toContain('Innehållet är kontrollerat');
    expect(banner.textContent).toContain(`Kontrollsumma (SHA-256): ${record.sha256.slice(0, 12)}…${record.sha256.slice(-4)}`);
    expect(within(banner).getByText(record.sha256)).toBeTruthy();
    expect(within(banner).getAllByRole('link').map((l) => l.textContent)).toEqual(record.documentUrls.map((u) => u.slice(u.lastIndexOf('/') + 1)));
    const page = document.body.textContent ?? '';
    expect(page).toContain(published);
    expect(page).not.toContain('En risk som lades till efter publiceringen');
    expect(screen.queryByRole('heading', { name: 'Aktuellt läge' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Skriv tjänsteskrivelse' })).toBeNull();

    fireEvent.click(screen.getByRole('tab', { name: 'Tjänsteskrivelse' }));
    expect(await screen.findByText('Uppföljningen visar att arbetet i huvudsak går enligt plan.')).toBeTruthy();
    expect(screen.getByText('Regionstyrelsen beslutar att')).toBeTruthy();
  });

  it('opens from a link with the publication only, on its plan', async () => {
    const store = demoStore();
    const record = await publish(store, 'securityReport');
    renderBoard(store, { snapshotKey: record.key });
    expect(await screen.findByRole('heading', { level: 1, name: planOf(store, 'securityReport').title }, { timeout: 20_000 })).toBeTruthy();
    expect(await screen.findByText('Dnr RS 2026/123, version 1.')).toBeTruthy();
  });

  it('refuses a snapshot whose content does not match its checksum, and shows no live paper instead', async () => {
    const store = demoStore();
    const record = await publish(store, 'internalControl');
    const file = store.boardFiles.files.get(record.contentUrl);
    if (!file) throw new Error('no snapshot file');
    file.bytes = new TextEncoder().encode(new TextDecoder().decode(file.bytes).replace('Regionstyrelsen', 'Regionfullmäktige'));
    const board = renderBoard(store, { planKey: record.planKey, snapshotKey: record.key });
    const alert = await screen.findByText(/Innehållet stämmer inte med kontrollsumman/, {}, { timeout: 20_000 });
    expect(alert.closest('[role="alert"]')?.textContent).toContain('Den publicerade handlingen kan inte visas');
    expect(screen.queryByRole('heading', { name: 'Aktuellt läge' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Sammanställning' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Visa aktuellt läge' }));
    expect(board.navigations[board.navigations.length - 1]).toEqual({ planKey: record.planKey, periodKey: record.periodKey });
    expect(await screen.findByRole('heading', { level: 2, name: 'Aktuellt läge' }, { timeout: 20_000 })).toBeTruthy();
  });

  it('says the file is missing when the snapshot file is gone', async () => {
    const store = demoStore();
    const record = await publish(store, 'patientSafety');
    store.boardFiles.files.delete(record.contentUrl);
    renderBoard(store, { planKey: record.planKey, snapshotKey: record.key });
    expect(await screen.findByText(/saknas i biblioteket Nämndhandlingar/, {}, { timeout: 20_000 })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Aktuellt läge' })).toBeNull();
  });
});
