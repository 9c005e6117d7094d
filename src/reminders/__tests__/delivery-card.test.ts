/**
 * The reminder card and deep links: cards are valid Adaptive Cards 1.4 (checked with the `adaptivecards`
 * library) in Swedish and English and for escalations; user text cannot inject markdown; deep links open
 * the My follow-ups tab on the measure and round-trip.
 */
import tabManifest from '../../../teams/my-follow-ups/manifest.json';
import { escapeCardMarkdown, reminderCard, subEntityIdOf, tabDeepLink } from '../delivery';
import { ReminderMessage } from '../types';
import { cardProblems, openUrls, texts } from './cardSupport';

const tab = { appId: tabManifest.id, entityId: tabManifest.staticTabs[0].entityId };

type Item = ReminderMessage['items'][number];

function item(measureKey: string, overrides: Partial<Item> = {}): Item {
  return {
    measureKey,
    measureTitle: `Åtgärd ${measureKey}`,
    requestType: 'status',
    planTitle: 'Internkontrollplan 2026',
    periodTitle: 'Uppföljning november',
    deadline: '2026-11-30',
    daysLeft: 14,
    responsible: null,
    deepLink: tabDeepLink({ ...tab, measureKey }),
    ...overrides
  };
}

function message(overrides: Partial<ReminderMessage> = {}): ReminderMessage {
  return {
    recipient: { objectId: 'b1c2', upn: 'johan.ekstrom@regionnorrvik.onmicrosoft.com', displayName: 'Johan Ekström' },
    locale: 'sv-SE',
    stage: 'd-14',
    escalation: false,
    items: [item('M-1'), item('M-2', { deadline: '2026-12-15', daysLeft: 29 })],
    ...overrides
  };
}

describe('reminder card', () => {
  it('is a valid Adaptive Card 1.4 in Swedish, with one container and one "Öppna i Teams" link per measure', () => {
    const card = reminderCard(message());
    expect(card.version).toBe('1.4');
    expect(cardProblems(card)).toEqual([]);
    const lines = texts(card);
    expect(lines[0]).toBe('Dags att lämna status');
    expect(lines).toContain('Senast: 30 november 2026 (14 dagar kvar)');
    expect(lines).toContain('Senast: 15 december 2026 (29 dagar kvar)');
    expect(lines).toContain('Plan: Internkontrollplan 2026');
    expect(card.body.filter((e) => e.type === 'Container')).toHaveLength(2);
    expect(openUrls(card)).toEqual([
      { title: 'Öppna i Teams', url: tabDeepLink({ ...tab, measureKey: 'M-1' }) },
      { title: 'Öppna i Teams', url: tabDeepLink({ ...tab, measureKey: 'M-2' }) }
    ]);
  });

  it('speaks English to en-US recipients and names the deadline in a reminder', () => {
    const card = reminderCard(message({ locale: 'en-US', stage: 'd-1', items: [item('M-1', { daysLeft: 1 })] }));
    expect(cardProblems(card)).toEqual([]);
    const lines = texts(card);
    expect(lines[0]).toBe('Reminder: status is due by November 30, 2026');
    expect(lines).toContain('Due: November 30, 2026 (1 day left)');
    expect(openUrls(card)[0].title).toBe('Open in Teams');
  });

  it('heads each stage as the stage demands', () => {
    const heading = (m: Partial<ReminderMessage>): string => texts(reminderCard(message(m)))[0];
    expect(heading({ stage: 'd-7' })).toBe('Dags att lämna status');
    expect(heading({ stage: 'd-1' })).toBe('Påminnelse: statusen ska lämnas senast 30 november 2026');
    expect(heading({ stage: 'd0' })).toBe('Påminnelse: statusen ska lämnas senast 30 november 2026');
    expect(heading({ stage: 'd+3', items: [item('M-1', { daysLeft: -3 })] })).toBe('Statusen är försenad');
    expect(heading({ stage: 'custom', offsetDays: 2, items: [item('M-1', { daysLeft: -2 })] })).toBe('Statusen är försenad');
  });

  it('is valid for an escalation and names who has not answered', () => {
    const card = reminderCard(message({
      stage: 'esc+7',
      escalation: true,
      items: [item('M-1', { daysLeft: -7, responsible: 'Erik Berg' }), item('M-2', { daysLeft: -1, responsible: 'Sara Lind' })]
    }));
    expect(cardProblems(card)).toEqual([]);
    const lines = texts(card);
    expect(lines[0]).toBe('Eskalering: Erik Berg och Sara Lind har inte lämnat status');
    expect(lines).toContain('Ansvarig: Erik Berg');
    expect(lines).toContain('Senast: 30 november 2026 (7 dagar sen)');
    expect(lines).toContain('Senast: 30 november 2026 (1 dag sen)');
  });

  it('escapes markdown and card functions in titles so they show as typed', () => {
    const title = '**Viktigt** [klicka här](https://evil.example) _snart_ {{DATE(2026-01-01T00:00:00Z)}}';
    const card = reminderCard(message({ items: [item('M-1', { measureTitle: title, planTitle: '# Plan\n- med lista' })] }));
    expect(cardProblems(card)).toEqual([]);
    const lines = texts(card);
    expect(lines).toContain('\\*\\*Viktigt\\*\\* \\[klicka här\\](https://evil.example) \\_snart\\_ \\{\\{DATE(2026-01-01T00:00:00Z)\\}\\}');
    expect(lines).toContain('Plan: \\# Plan - med lista');
    // Nothing markdown-active is left unescaped anywhere in the card's text.
    for (const line of lines) expect(line).not.toMatch(/(^|[^\\])[*_[\]{}`~]/);
  });
});

describe('the card check itself', () => {
  it('reports features newer than 1.4, bad values and missing urls', () => {
    const card = (element: object): object => ({ type: 'AdaptiveCard', version: '1.4', body: [element] });
    expect(cardProblems(card({ type: 'TextBlock', text: 'x', style: 'heading' }))).toHaveLength(1);
    expect(cardProblems(card({ type: 'TextBlock', text: 'x', size: 'Huge' }))).toHaveLength(1);
    expect(cardProblems(card({ type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: 'x' }] }))).toHaveLength(1);
  });
});

describe('escapeCardMarkdown', () => {
  it('escapes inline syntax everywhere and block syntax at the start', () => {
    expect(escapeCardMarkdown('a*b_c[d]e`f~g<h>i{j}k|l\\m')).toBe('a\\*b\\_c\\[d\\]e\\`f\\~g\\<h\\>i\\{j\\}k\\|l\\\\m');
    expect(escapeCardMarkdown('1. punkt')).toBe('1\\. punkt');
    expect(escapeCardMarkdown('12) punkt')).toBe('12\\) punkt');
    expect(escapeCardMarkdown('> citat')).toBe('\\> citat');
    expect(escapeCardMarkdown('+ plus')).toBe('\\+ plus');
    expect(escapeCardMarkdown('rad ett\r\n- rad två')).toBe('rad ett - rad två');
    expect(escapeCardMarkdown('Brandskydd - rond 2. kvartalet')).toBe('Brandskydd - rond 2. kvartalet');
  });
});

describe('tab deep link', () => {
  it('has the documented format with the URI-encoded context', () => {
    expect(tabDeepLink({ ...tab, measureKey: 'M-42' })).toBe(
      `https://teams.microsoft.com/l/entity/${tab.appId}/${tab.entityId}?context=%7B%22subEntityId%22%3A%22M-42%22%7D`
    );
  });

  it('round-trips measure keys, including awkward characters', () => {
    for (const key of ['M-1', 'plan 2026/åtgärd #3', 'a+b&c=d?"quoted"', '{"x":1}']) {
      expect(subEntityIdOf(tabDeepLink({ ...tab, measureKey: key }))).toBe(key);
    }
    expect(subEntityIdOf('https://teams.microsoft.com/l/entity/x/y')).toBeNull();
    expect(subEntityIdOf('not a url')).toBeNull();
  });
});
