/**
 * axe-core over the board page: the live paper, a publication (the plan report and the tjänsteskrivelse
 * tab), and the tjänsteskrivelse editor with its validation messages showing and with the new-version
 * question open: no serious or critical findings. Contrast is left to the browser tests (jsdom has no
 * layout to measure it).
 */
import { fireEvent, screen } from '@testing-library/react';
import axe from 'axe-core';
import { collectBoardData, maskConfidential } from '../../../board/boardData';
import { caseKey, newCase } from '../../../board/caseDocument';
import { publishCase, PublishResult } from '../../../board/publish';
import { PlanKind } from '../../../model/types';
import { PublishFn } from '../BoardView';
import { BoardStore, demoStore, ignorePageStyleParsing, planOf, renderBoard, secretary, textRenderers, TODAY } from './boardFixtures';

jest.setTimeout(120_000);
ignorePageStyleParsing();

async function findings(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function published(store: BoardStore, kind: PlanKind): Promise<string> {
  const plan = planOf(store, kind);
  const period = store.memory.periods.rows.find((p) => p.planKey === plan.key && p.state === 'open');
  if (!period) throw new Error('no open period');
  const data = maskConfidential(await collectBoardData(store, plan.key, period.key)).published;
  await store.cases.add({
    ...newCase(data, TODAY, 'sv-SE'), board: 'Regionstyrelsen', meetingDate: '2026-12-15', diaryNumber: 'RS 2026/123',
    summary: 'Uppföljningen visar att arbetet i huvudsak går enligt plan.', distribution: ['Regiondirektören'], signatories: ['Anna Berg, regiondirektör']
  });
  const result = await publishCase({ store, files: store.boardFiles, renderers: textRenderers(), now: () => `${TODAY}T09:30:00Z` },
    { caseKey: caseKey(plan.key, period.key), publisher: { objectId: '', ...secretary }, locale: 'sv-SE', organisation: 'Region Norrvik' });
  if (result.status !== 'published') throw new Error('not published');
  return result.record.key;
}

describe('accessibility of the board page', () => {
  it.each(['internalControl', 'securityReport'] as const)('has no serious or critical findings on the live %s paper', async (kind) => {
    const store = demoStore();
    renderBoard(store, { planKey: planOf(store, kind).key });
    await screen.findByRole('heading', { level: 3, name: 'Sammanställning' }, { timeout: 20_000 });
    expect(await findings()).toEqual([]);
  });

  it('has none on a publication, on either tab', async () => {
    const store = demoStore();
    const key = await published(store, 'internalControl');
    renderBoard(store, { planKey: planOf(store, 'internalControl').key, snapshotKey: key });
    await screen.findByRole('heading', { level: 2, name: 'Publicerad nämndhandling' }, { timeout: 20_000 });
    expect(await findings()).toEqual([]);
    fireEvent.click(screen.getByRole('tab', { name: 'Tjänsteskrivelse' }));
    await screen.findByText('Uppföljningen visar att arbetet i huvudsak går enligt plan.');
    expect(await findings()).toEqual([]);
  });

  it('has none in the editor with its validation messages, nor with the new-version question open', async () => {
    const store = demoStore();
    const publish = jest.fn<Promise<PublishResult>, Parameters<PublishFn>>(async (_deps, request) => ({
      status: 'needsNewVersion', existing: [{
        key: 'snapshot:rs-2026-123:v1', title: 't', planKey: '', periodKey: '', caseKey: request.caseKey, diaryNumber: 'RS 2026/123', version: 1,
        board: 'Regionstyrelsen', meetingDate: '2026-12-15', publishedAt: `${TODAY}T09:30:00Z`, publishedBy: null, sha256: '0'.repeat(64),
        contentUrl: '', documentUrls: [], hasConfidentialAppendix: false
      }]
    }));
    renderBoard(store, { planKey: planOf(store, 'scorecard').key }, { publish });
    fireEvent.click(await screen.findByRole('button', { name: 'Skriv tjänsteskrivelse' }, { timeout: 20_000 }));
    await screen.findByLabelText('Nämnd', { selector: 'input' }, { timeout: 20_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till punkt' }));
    fireEvent.click(screen.getByRole('button', { name: 'Publicera för nämnden' }));
    await screen.findByText('Ange diarienummer (Dnr)');
    expect(await findings()).toEqual([]);

    const type = (label: string, value: string): void => {
      fireEvent.change(screen.getByLabelText(label, { selector: 'input,textarea' }), { target: { value } });
    };
    type('Nämnd', 'Regionstyrelsen');
    type('Sammanträdesdatum', '2026-12-15');
    type('Dnr', 'RS 2026/123');
    type('Sammanfattning', 'Uppföljningen visar att arbetet går enligt plan.');
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort punkt 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Publicera för nämnden' }));
    await screen.findByRole('alertdialog', { name: 'Publicera en ny version?' });
    expect(await findings()).toEqual([]);
  });
});
