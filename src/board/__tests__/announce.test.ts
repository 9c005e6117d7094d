/**
 * The publication message over an in-memory Store: only addresses a link may point to become the card's
 * document links, and a file name that is not valid percent-encoding is shown as written instead of stopping
 * the run. (The whole flow over HTTP, once per recipient and after a crash: tests/integration/publish.test.ts.)
 */
import { announcePublications } from '../announce';
import { BOARD_SECRETARY_ROLES_SETTING } from '../../model/boardSecretaries';
import { OutgoingMessage, PublicationMessage } from '../../reminders/types';
import { createMemoryStore } from '../../plans/__tests__/memoryStore';

const secretary = { upn: 'sara.sekreterare@region.se', objectId: 'o-1', displayName: 'Sara Sekreterare' };

it('links only to site paths and http(s) addresses, and names a file whose name is not valid encoding as written', async () => {
  const store = createMemoryStore();
  await store.settings.add({ key: BOARD_SECRETARY_ROLES_SETTING, value: '["role:sekreterare"]' });
  await store.roles.add({ key: 'role:sekreterare', title: 'Nämndsekreterare', unitKey: null, holder: secretary, delegate: null });
  await store.boardSnapshots.add({
    key: 'snapshot:rs-2026-123:v1', title: 'Uppföljning av internkontrollplanen', planKey: 'plan:ik-2026', periodKey: '', caseKey: 'case:rs-2026-123',
    diaryNumber: 'RS 2026/123', version: 1, board: 'Regionstyrelsen', meetingDate: '2026-12-10', publishedAt: '2026-12-01T08:00:00Z', publishedBy: null,
    sha256: '', contentUrl: '', hasConfidentialAppendix: false,
    documentUrls: ['/sites/ik/Namndhandlingar/RS%202026-123/Tjänsteskrivelse.pdf', '/sites/ik/Namndhandlingar/RS%202026-123/Bilaga%ZZ.pdf',
      'javascript:alert(1)', '//annan.example/fil.pdf', 'https://region.sharepoint.com/sites/ik/Namndhandlingar/Plan.xlsx']
  });
  const sent: OutgoingMessage[] = [];
  const result = await announcePublications({ store, delivery: { send: async (m) => { sent.push(m); return { ok: true, channel: 'chat' }; } } }, {
    now: new Date('2026-12-01T10:00:00Z'), dryRun: false, channel: 'chat', locale: 'sv-SE',
    boardPageUrl: 'https://region.sharepoint.com/sites/ik/SitePages/Namnd.aspx', siteUrl: 'https://region.sharepoint.com/sites/ik'
  });
  expect(result).toMatchObject({ sent: 1, failed: 0, problems: [] });
  const message = sent[0] as PublicationMessage;
  expect(message.ledgerKey).toBe('snapshot:rs-2026-123:v1|plan:ik-2026|published|sara.sekreterare@region.se');
  expect(message.documents).toEqual([
    { title: 'Tjänsteskrivelse.pdf', url: 'https://region.sharepoint.com/sites/ik/Namndhandlingar/RS%202026-123/Tj%C3%A4nsteskrivelse.pdf' },
    { title: 'Bilaga%ZZ.pdf', url: 'https://region.sharepoint.com/sites/ik/Namndhandlingar/RS%202026-123/Bilaga%ZZ.pdf' },
    { title: 'Plan.xlsx', url: 'https://region.sharepoint.com/sites/ik/Namndhandlingar/Plan.xlsx' }
  ]);
});
