/**
 * What lets a run that takes over from a dead one tell whether a message already went out (sendOnce.ts): every
 * chat card carries the ledger keys of what it is about as element ids Teams does not show (a reminder's items,
 * a publication notice, the problem digest), and still renders as a valid card; an activity notification carries
 * a chainId made from the same keys, so a notification sent again replaces the first.
 */
import { ledgerKeysInCard, ledgerMark, problemCard, publicationCard, reminderCard } from '../delivery/card';
import { activityNotification, publicationNotification } from '../delivery/channels/activity';
import { PublicationMessage, ReminderMessage } from '../types';
import { cardProblems } from './cardSupport';

const item = (measureKey: string, ledgerKey?: string): ReminderMessage['items'][number] => ({
  measureKey, measureTitle: `Åtgärd ${measureKey}`, requestType: 'status', planTitle: 'Internkontrollplan 2026', periodTitle: 'Tertial 3',
  deadline: '2026-12-07', daysLeft: 14, responsible: null, deepLink: `https://teams.microsoft.com/l/entity/a/b?context=${measureKey}`,
  ...(ledgerKey ? { ledgerKey } : {})
});
const reminder = (items: ReminderMessage['items']): ReminderMessage => ({
  recipient: { objectId: 'x', upn: 'helena.dahl@r.se', displayName: 'Helena Dahl' }, locale: 'sv-SE', stage: 'd-14', escalation: false, items
});

describe('ledger keys in what is sent', () => {
  it('marks each item of a reminder card with its key, in lower case, and the card stays valid', () => {
    const card = reminderCard(reminder([item('M-1', 'M-1|t3|d-14|Helena.Dahl@r.se'), item('M-2', 'M-2|t3|d-14|helena.dahl@r.se')]));
    expect(ledgerKeysInCard(card)).toEqual(['m-1|t3|d-14|helena.dahl@r.se', 'm-2|t3|d-14|helena.dahl@r.se']);
    expect(cardProblems(card)).toEqual([]);
    expect(ledgerKeysInCard(reminderCard(reminder([item('M-1')])))).toEqual([]);
  });

  it('marks a publication notice and a problem digest as a whole, and reads no other ids', () => {
    const publication = { kind: 'publication', recipient: { objectId: '', upn: 'elin@r.se', displayName: 'Elin' }, locale: 'sv-SE', planTitle: 'Plan',
      periodTitle: null, board: 'Regionstyrelsen', meetingDate: null, diaryNumber: 'RS 1', version: 1, publishedAt: '2026-12-01T09:00:00Z', publishedBy: '',
      boardPageUrl: 'https://x.se/b', libraryUrl: 'https://x.se/l', documents: [], hasConfidentialAppendix: false, ledgerKey: 's1|p|published|elin@r.se' } as PublicationMessage;
    expect(ledgerKeysInCard(publicationCard(publication))).toEqual(['s1|p|published|elin@r.se']);
    const digest = problemCard({ kind: 'problems', recipient: publication.recipient, locale: 'sv-SE', date: '2026-12-01',
      notices: [{ kind: 'setting', detail: 'x' }], ledgerKey: 'problems:ab|2026-12-01|problems|elin@r.se' });
    expect(ledgerKeysInCard(digest)).toEqual(['problems:ab|2026-12-01|problems|elin@r.se']);
    expect(ledgerKeysInCard({ body: [{ type: 'TextBlock', id: 'heading' }, { id: ledgerMark('K') }] })).toEqual(['k']);
  });

  it('gives a reminder’s notification a chainId from its items’ keys, and none without them', () => {
    const a = activityNotification(reminder([item('M-1', 'M-1|t3|d-14|h@r.se'), item('M-2', 'M-2|t3|d-14|h@r.se')]));
    const b = activityNotification(reminder([item('M-2', 'M-2|t3|d-14|H@r.se'), item('M-1', 'm-1|t3|d-14|h@r.se')]));
    expect(a.chainId).toBeDefined();
    expect(b.chainId).toBe(a.chainId);
    expect(activityNotification(reminder([item('M-1')])).chainId).toBeUndefined();
    const notice = publicationNotification({ kind: 'publication', recipient: { objectId: '', upn: 'e@r.se', displayName: 'E' }, locale: 'sv-SE', planTitle: 'P',
      periodTitle: null, board: 'RS', meetingDate: null, diaryNumber: '1', version: 1, publishedAt: '2026-12-01T09:00:00Z', publishedBy: '',
      boardPageUrl: 'https://x.se/b', libraryUrl: 'https://x.se/l', documents: [], hasConfidentialAppendix: false, ledgerKey: 's1|p|published|e@r.se' });
    expect(Number.isSafeInteger(notice.chainId)).toBe(true);
  });
});
