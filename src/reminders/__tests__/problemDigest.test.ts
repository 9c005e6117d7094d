/**
 * The coordinators' problem digest, pure parts: planning's problems grouped into notices by what fixes them, in
 * the names people know; the words in Swedish (first) and English; the card and the mail, with user text made
 * inert; the ledger key that makes it once a day for the same problems; and the ledger's retention setting.
 */
import { ledgerKeysInCard, problemCard } from '../delivery/card';
import { problemMail } from '../delivery/channels/mail';
import { problemSections } from '../delivery/wording/problems';
import { chainIdOf } from '../fingerprint';
import { noticeNames, publicationNotices, reminderNotices } from '../notices';
import { digestSubjectKey } from '../problemDigest';
import { DEFAULT_RETENTION_DAYS, parseRetention } from '../retention';
import { CoordinatorNotice, Problem, ProblemDigestMessage } from '../types';
import { cardProblems } from './cardSupport';

const names = noticeNames({
  subjects: new Map([['m1', 'Kontroll av attestordning'], ['m2', 'Läkemedelsförråd'], ['m3', 'Riskanalys <b>IT</b>']]),
  plans: new Map([['p', 'Internkontrollplan 2026']]),
  roles: [{ key: 'r1', title: 'Kanslichef', unitKey: null, holder: null, delegate: { upn: 'viktor@r.se', objectId: '', displayName: 'Viktor Ahlgren' } }],
  people: new Map([['hanna@r.se', 'Hanna Carlsson']])
});
const problem = (kind: Problem['kind'], measureKey: string, roleKey: string | null, upn: string | null = null): Problem =>
  ({ kind, planKey: 'p', periodKey: 't3', measureKey, roleKey, upn });

const digest = (notices: CoordinatorNotice[], locale: 'sv-SE' | 'en-US' = 'sv-SE'): ProblemDigestMessage =>
  ({ kind: 'problems', recipient: { upn: 'anna@r.se', objectId: '', displayName: 'Anna Karlsson' }, locale, date: '2026-11-30', notices,
    ledgerKey: 'problems:abc|2026-11-30|problems|anna@r.se' });

describe('notices for the coordinators', () => {
  it('groups problems by what fixes them, naming each subject once with its plan', () => {
    const notices = reminderNotices({
      problems: [problem('roleWithoutHolder', 'm1', 'r1'), problem('roleWithoutHolder', 'm2', 'r1'), problem('roleWithoutHolder', 'm1', 'r1'),
        problem('disabledAccount', 'm2', 'r2', 'hanna@r.se'), problem('noHolder', 'm3', null)],
      missing: [{ permission: 'Chat.Create', use: 'chat', detail: '403' }], held: new Map([['chat', 4]]),
      undelivered: [{ upn: 'okand@r.se', subjects: 2, error: '400 ErrorInvalidRecipients' }], settingProblems: []
    }, names);
    expect(notices).toEqual([
      { kind: 'missingPermission', permission: 'Chat.Create', use: 'chat', held: 4 },
      { kind: 'undelivered', person: 'okand@r.se', subjects: 2, error: '400 ErrorInvalidRecipients' },
      { kind: 'noHolder', role: null, subjects: [{ title: 'Riskanalys <b>IT</b>', plan: 'Internkontrollplan 2026' }] },
      { kind: 'roleWithoutHolder', role: 'Kanslichef', subjects: [{ title: 'Kontroll av attestordning', plan: 'Internkontrollplan 2026' },
        { title: 'Läkemedelsförråd', plan: 'Internkontrollplan 2026' }] },
      { kind: 'disabledAccount', person: 'Hanna Carlsson', subjects: [{ title: 'Läkemedelsförråd', plan: 'Internkontrollplan 2026' }] }
    ]);
  });

  it('names a publication problem once per board and role', () => {
    const problems = [{ kind: 'noBoardSecretary' as const, snapshotKey: 's1', board: 'Regionstyrelsen', roleKey: 'r1' },
      { kind: 'noBoardSecretary' as const, snapshotKey: 's2', board: 'Regionstyrelsen', roleKey: 'r1' }];
    expect(publicationNotices(problems, (k) => (k === 'r1' ? 'Nämndsekreterare' : k)))
      .toEqual([{ kind: 'publication', problem: 'noBoardSecretary', board: 'Regionstyrelsen', role: 'Nämndsekreterare' }]);
  });
});

describe('the digest’s words, card and mail', () => {
  const notices: CoordinatorNotice[] = [
    { kind: 'roleWithoutHolder', role: 'Kanslichef', subjects: [{ title: 'Riskanalys <b>IT</b> [länk](https://x.se)', plan: 'Plan' }] },
    { kind: 'missingPermission', permission: 'TeamsActivity.Send', use: 'activity', held: 1 }
  ];

  it('speaks Swedish first, the permission first, and says what to do', () => {
    const [permission, roles] = problemSections(digest(notices));
    expect(permission).toEqual({ title: 'Behörighet saknas i Microsoft Graph', lines: ['Tjänsten saknar behörigheten TeamsActivity.Send i Microsoft Graph '
      + 'för aviseringar i Teams aktivitetsflöde. 1 påminnelse skickades inte och ligger kvar; den skickas en gång vid nästa körning när en '
      + 'administratör har gett behörigheten i Microsoft Entra ID.'] });
    expect(roles).toEqual({ title: 'Roller utan innehavare', lines: ['Rollen Kanslichef saknar innehavare. Det gäller Riskanalys <b>IT</b> [länk](https://x.se) '
      + '(Plan). Övriga ansvariga har fått påminnelsen.'] });
    const [english] = problemSections(digest(notices, 'en-US'));
    expect(english.title).toBe('Missing Microsoft Graph permissions');
    expect(english.lines[0]).toBe('The service lacks the Microsoft Graph permission TeamsActivity.Send for notifications in the Teams activity feed. '
      + '1 reminder was not sent and is kept; it is sent once on the next run after an administrator has granted the permission in Microsoft Entra ID.');
  });

  it('lists at most ten problems of a kind and five subjects in one, and counts the rest', () => {
    const many = Array.from({ length: 13 }, (_, i): CoordinatorNotice => ({ kind: 'disabledAccount', person: `Person ${i}`,
      subjects: Array.from({ length: 7 }, (_v, j) => ({ title: `Uppgift ${j}`, plan: 'Plan' })) }));
    const [section] = problemSections(digest(many));
    expect(section.lines).toHaveLength(11);
    expect(section.lines[10]).toBe('… och 3 till.');
    expect(section.lines[0]).toContain('Uppgift 4 (Plan) och 2 till.');
  });

  it('draws user text inert in the card and the mail, and marks the card with its ledger key', () => {
    const card = problemCard(digest(notices));
    expect(cardProblems(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('Riskanalys \\\\<b\\\\>IT\\\\</b\\\\> \\\\[länk\\\\](https://x.se)');
    expect(ledgerKeysInCard(card)).toEqual(['problems:abc|2026-11-30|problems|anna@r.se']);
    const mail = problemMail(digest(notices));
    expect(mail.message.subject).toBe('Internkontroll 365: Att åtgärda efter påminnelserna 30 november 2026');
    expect(mail.message.body.content).toContain('Riskanalys &lt;b&gt;IT&lt;/b&gt;');
    expect(mail.message.body.content).not.toContain('<b>IT');
  });
});

describe('once a day for the same problems', () => {
  it('keys the digest by the problems, not their order or the counts that move during a run', () => {
    const a: CoordinatorNotice = { kind: 'missingPermission', permission: 'Chat.Create', use: 'chat', held: 4 };
    const b: CoordinatorNotice = { kind: 'noManager', person: 'Margareta Holm', subjects: [{ title: 'Riskanalys', plan: 'Plan' }] };
    expect(digestSubjectKey([a, b])).toBe(digestSubjectKey([b, { ...a, held: 9 }]));
    expect(digestSubjectKey([a, b])).not.toBe(digestSubjectKey([a]));
    expect(digestSubjectKey([a])).toMatch(/^problems:[0-9a-f]{16}$/);
  });

  it('gives an activity notification the same chainId for the same ledger keys in any order', () => {
    expect(chainIdOf(['x', 'y'])).toBe(chainIdOf(['y', 'x']));
    expect(chainIdOf(['x'])).not.toBe(chainIdOf(['y']));
    expect(Number.isSafeInteger(chainIdOf(['x', 'y']))).toBe(true);
  });
});

describe('the ledger’s retention setting', () => {
  it('is two years unless a whole number of at least 30 days is set', () => {
    expect(parseRetention(undefined)).toEqual({ days: DEFAULT_RETENTION_DAYS, problem: null });
    expect(DEFAULT_RETENTION_DAYS).toBe(730);
    expect(parseRetention('365')).toEqual({ days: 365, problem: null });
    for (const bad of ['7', '"två år"', '400.5', '{']) {
      const parsed = parseRetention(bad);
      expect(parsed.days).toBe(DEFAULT_RETENTION_DAYS);
      expect(parsed.problem).toContain('setting:reminderLedgerRetentionDays');
    }
  });
});
