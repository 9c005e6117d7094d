/**
 * The board secretary's message when papers are published: a valid Adaptive Card 1.4 in Swedish and
 * English with the facts (board, meeting, Dnr, version, when in Stockholm time, by whom), each paper as a
 * link, the notice of a confidential appendix and a button to the snapshot's board page; user text cannot
 * inject markdown or HTML; the activity notification is the notifier app's declared `papersPublished`
 * type with the parameters its template names; the mail escapes everything and links only https.
 */
import notifierManifest from '../../../teams/notifier/manifest.json';
import notifierEnglish from '../../../teams/notifier/en-us.json';
import { publicationCard } from '../delivery/card';
import { publicationNotification } from '../delivery/channels/activity';
import { publicationMail } from '../delivery/channels/mail';
import { PAPERS_PUBLISHED_ACTIVITY } from '../delivery/publication';
import { PublicationMessage } from '../types';
import { cardProblems, openUrls, texts } from './cardSupport';

const site = 'https://region.sharepoint.com/sites/internkontroll';
const boardPage = `${site}/SitePages/Namndsida.aspx?snapshot=snapshot%3Ars-2026-123%3Av1`;

function message(overrides: Partial<PublicationMessage> = {}): PublicationMessage {
  return {
    kind: 'publication',
    recipient: { objectId: 'e1', upn: 'elin.forsberg@region.se', displayName: 'Elin Forsberg' },
    locale: 'sv-SE',
    planTitle: 'Internkontrollplan 2026',
    periodTitle: 'Uppföljning november',
    board: 'Regionstyrelsen',
    meetingDate: '2026-12-15',
    diaryNumber: 'RS 2026/123',
    version: 1,
    publishedAt: '2026-12-01T09:05:00Z',
    publishedBy: 'Maria Lindqvist',
    boardPageUrl: boardPage,
    libraryUrl: `${site}/Namndhandlingar`,
    documents: [
      { title: 'Tjänsteskrivelse RS 2026-123.pdf', url: `${site}/Namndhandlingar/RS 2026-123 v1/Tjänsteskrivelse RS 2026-123.pdf` },
      { title: 'Bilaga 1 Internkontrollplan 2026 (uppföljning).pdf', url: `${site}/Namndhandlingar/RS 2026-123 v1/Bilaga 1 Internkontrollplan 2026 (uppföljning).pdf` }
    ],
    hasConfidentialAppendix: true,
    ...overrides
  };
}

describe('the publication card', () => {
  it('is a valid Adaptive Card 1.4 that says who published what for which meeting, in Swedish', () => {
    const card = publicationCard(message());
    expect(cardProblems(card)).toEqual([]);
    const lines = texts(card);
    expect(lines[0]).toBe('Nämndhandlingar har publicerats');
    expect(lines[1]).toBe('Internkontrollplan 2026 – Uppföljning november');
    expect(lines[2]).toContain('Maria Lindqvist har publicerat handlingarna i ärendet Internkontrollplan 2026 – Uppföljning november till Regionstyrelsen inför sammanträdet 15 december 2026.');
    expect(lines).toEqual(expect.arrayContaining([
      'Nämnd: Regionstyrelsen', 'Sammanträde: 15 december 2026', 'Dnr: RS 2026/123', 'Version: 1',
      'Publicerad: 1 december 2026 kl. 10.05', 'Publicerad av: Maria Lindqvist', 'Handlingar',
      'Det finns en sekretessbilaga. Den visas bara för den som är behörig att läsa den.'
    ]));
    expect(openUrls(card)).toEqual([
      { title: 'Öppna nämndsidan', url: boardPage },
      { title: 'Öppna Nämndhandlingar', url: `${site}/Namndhandlingar` }
    ]);
  });

  it('links each paper with its name, the URL encoded so that spaces and brackets cannot break the link', () => {
    const links = texts(publicationCard(message())).filter((t) => t.startsWith('['));
    expect(links).toEqual([
      `[Tjänsteskrivelse RS 2026-123.pdf](${site}/Namndhandlingar/RS%202026-123%20v1/Tj%C3%A4nsteskrivelse%20RS%202026-123.pdf)`,
      `[Bilaga 1 Internkontrollplan 2026 (uppföljning).pdf](${site}/Namndhandlingar/RS%202026-123%20v1/Bilaga%201%20Internkontrollplan%202026%20%28uppf%C3%B6ljning%29.pdf)`
    ]);
  });

  it('speaks English to en-US recipients and leaves out what is not known', () => {
    const card = publicationCard(message({ locale: 'en-US', meetingDate: null, publishedBy: '', hasConfidentialAppendix: false, periodTitle: null }));
    expect(cardProblems(card)).toEqual([]);
    const lines = texts(card);
    expect(lines[0]).toBe('Board papers have been published');
    expect(lines).toContain('Published: December 1, 2026 at 10:05');
    expect(lines.some((l) => l.startsWith('Meeting') || l.startsWith('Published by'))).toBe(false);
    expect(lines.join('\n')).not.toContain('confidential');
    expect(openUrls(card)[0].title).toBe('Open the board page');
  });

  it('keeps user text inert', () => {
    const card = publicationCard(message({ planTitle: 'Plan [klicka](https://evil.example) *viktigt*', board: '# Nämnd {{DATE(2026)}}' }));
    const lines = texts(card).join('\n');
    expect(lines).toContain('Plan \\[klicka\\](https://evil.example) \\*viktigt\\*');
    expect(lines).toContain('\\# Nämnd \\{\\{DATE(2026)\\}\\}');
  });
});

describe('the publication notification and mail', () => {
  it('is the notifier app\'s declared activity type, whose template parameters it fills, opening the board page', () => {
    const body = publicationNotification(message());
    expect(body.activityType).toBe(PAPERS_PUBLISHED_ACTIVITY);
    expect(body.topic).toEqual({ source: 'text', value: 'Internkontrollplan 2026 – Uppföljning november', webUrl: boardPage });
    expect(body.previewText.content).toBe('Dnr RS 2026/123, version 1: Internkontrollplan 2026 – Uppföljning november till Regionstyrelsen 15 december 2026.');
    const declared = notifierManifest.activities.activityTypes.find((t) => t.type === PAPERS_PUBLISHED_ACTIVITY);
    expect(declared).toBeDefined();
    const index = notifierManifest.activities.activityTypes.indexOf(declared!);
    const english = (notifierEnglish as Record<string, string>)[`activities.activityTypes[${index}].templateText`];
    for (const template of [declared!.templateText, english]) {
      const named = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(named).toEqual(body.templateParameters.map((p) => p.name).sort());
    }
  });

  it('mails the same in escaped HTML, linking only https addresses', () => {
    const mail = publicationMail(message({ planTitle: '<script>alert(1)</script>', boardPageUrl: 'http://localhost:4321/?view=board&snapshot=x' }));
    const html = mail.message.body.content;
    expect(mail.message.subject).toBe('Internkontroll 365: Nämndhandlingar publicerade, Dnr RS 2026/123');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain(`<a href="${site}/Namndhandlingar/RS 2026-123 v1/Tjänsteskrivelse RS 2026-123.pdf">Tjänsteskrivelse RS 2026-123.pdf</a>`);
    expect(html).not.toContain('href="http://localhost');
    expect(html).toContain('<th scope="row" style="text-align:left">Dnr</th><td>RS 2026/123</td>');
    expect(mail.message.toRecipients).toEqual([{ emailAddress: { address: 'elin.forsberg@region.se', name: 'Elin Forsberg' } }]);
  });
});
