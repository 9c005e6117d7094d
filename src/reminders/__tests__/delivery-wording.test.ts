/**
 * Wording per kind of request: a digest of status requests, indicator values, chapters or a mix reads
 * right in Swedish and English, in the card (still a valid Adaptive Card 1.4), the activity notification
 * and the mail; each row says what is asked of it.
 */
import { activityNotification, reminderCard, reminderMail, tabDeepLink } from '../delivery';
import { askedGroups } from '../delivery/summary';
import { ReminderMessage } from '../types';
import { cardProblems } from './cardSupport';

type Item = ReminderMessage['items'][number];
const tab = { appId: 'da03f6ed-f3f3-49f5-a75b-e577d6de6b5f', entityId: 'minauppfoljningar' };

function item(measureKey: string, requestType: Item['requestType'], overrides: Partial<Item> = {}): Item {
  return {
    measureKey, measureTitle: `Titel ${measureKey}`, requestType, planTitle: 'Plan 2026', periodTitle: 'Tertial 3', deadline: '2026-11-30',
    daysLeft: 14, responsible: null, deepLink: tabDeepLink({ ...tab, measureKey }), ...overrides
  };
}

const status = (key: string, overrides: Partial<Item> = {}): Item => item(key, 'status', { measureKind: 'measure', ...overrides });
const value = (key: string, overrides: Partial<Item> = {}): Item => item(key, 'value', { measureKind: 'indicator', ...overrides });
const chapter = (key: string, overrides: Partial<Item> = {}): Item => item(key, 'chapter', { measureTitle: 'Säkerhetsberättelse: Brandskydd', ...overrides });

function message(items: Item[], overrides: Partial<ReminderMessage> = {}): ReminderMessage {
  return { recipient: { objectId: 'x', upn: 'fredrik@region.se', displayName: 'Fredrik' }, locale: 'sv-SE', stage: 'd-14', escalation: false, items, ...overrides };
}

interface Node { type?: string; text?: string; items?: Node[]; body?: Node[] }

/** Heading, intro, and per container its text blocks. */
function read(card: ReturnType<typeof reminderCard>): { heading: string; intro: string; rows: string[][] } {
  const blocks = (nodes: Node[] = []): string[] => nodes.filter((n) => n.type === 'TextBlock').map((n) => n.text as string);
  const [heading, intro] = blocks(card.body as Node[]);
  const rows = (card.body as Node[]).filter((n) => n.type === 'Container').map((c) => blocks(c.items));
  return { heading, intro, rows };
}

const pick = ({ heading, intro }: { heading: string; intro: string }): { heading: string; intro: string } => ({ heading, intro });

const mix = [status('M-1'), status('M-2'), value('I-1'), chapter('C-1')];

describe('a digest of one kind or a mix, in Swedish', () => {
  it('counts a mixed digest the way a person would say it, and each row says what is asked', () => {
    const card = reminderCard(message(mix));
    expect(cardProblems(card)).toEqual([]);
    const { heading, intro, rows } = read(card);
    expect(heading).toBe('Dags för uppföljning');
    expect(intro).toBe('Du har 2 åtgärder att lämna status för, 1 indikator att rapportera utfall för och 1 kapitel att skriva.');
    expect(rows).toEqual([
      ['Titel M-1', 'Lämna status'], ['Titel M-2', 'Lämna status'], ['Titel I-1', 'Rapportera utfall för indikatorn'],
      ['Säkerhetsberättelse: Brandskydd', 'Skriv och lämna in kapitlet']
    ]);
  });

  it('heads and introduces a digest of one kind with that kind’s words', () => {
    const say = (items: Item[], stage: string, escalation = false): { heading: string; intro: string } =>
      pick(read(reminderCard(message(items, { stage, escalation }))));
    expect(say([value('I-1')], 'd-14')).toEqual({ heading: 'Dags att rapportera utfall', intro: 'Du har 1 indikator att rapportera utfall för.' });
    expect(say([value('I-1'), value('I-2')], 'd-1')).toEqual({
      heading: 'Påminnelse: utfallen ska rapporteras senast 30 november 2026', intro: 'Du har fortfarande 2 indikatorer att rapportera utfall för.'
    });
    expect(say([chapter('C-1')], 'd-7')).toEqual({ heading: 'Dags att skriva ditt kapitel i säkerhetsberättelsen', intro: 'Du har 1 kapitel att skriva.' });
    expect(say([chapter('C-1', { daysLeft: -3 })], 'd+3')).toEqual({
      heading: 'Kapitlet är försenat', intro: 'Sista dagen har passerat och du har fortfarande 1 kapitel att skriva. Svara så snart som möjligt.'
    });
    expect(say([status('M-1')], 'd-14')).toEqual({ heading: 'Dags att lämna status', intro: 'Du har 1 åtgärd att lämna status för.' });
  });

  it('names activities, assignments and control steps by their kind', () => {
    const items = [status('A-1', { measureKind: 'activity' }), status('A-2', { measureKind: 'activity' }), status('U-1', { measureKind: 'assignment' }), status('M-1')];
    expect(read(reminderCard(message(items))).intro).toBe('Du har 1 åtgärd, 2 aktiviteter och 1 uppdrag att lämna status för.');
    expect(askedGroups([status('M-1', { measureKind: undefined }), item('I-9', 'value')])).toEqual([
      { requestType: 'status', measureKind: 'measure', count: 1 }, { requestType: 'value', measureKind: 'indicator', count: 1 }
    ]);
  });

  it('tells the manager what is missing in an escalation', () => {
    const late = mix.map((i) => ({ ...i, daysLeft: -7, responsible: 'Fredrik Nyberg' }));
    const card = reminderCard(message(late, { stage: 'esc+7', escalation: true }));
    expect(cardProblems(card)).toEqual([]);
    const { heading, intro, rows } = read(card);
    expect(heading).toBe('Eskalering: Fredrik Nyberg har inte svarat');
    expect(intro).toBe('Du får det här som chef: sista dagen har passerat, men 2 åtgärder saknar status, 1 indikator saknar utfall och 1 kapitel har inte lämnats in.');
    expect(rows.map((r) => r[1])).toEqual(['Status saknas', 'Status saknas', 'Utfall saknas', 'Kapitlet är inte inlämnat']);
    expect(read(reminderCard(message([late[3]], { stage: 'esc+7', escalation: true }))).heading).toBe('Eskalering: Fredrik Nyberg har inte lämnat in kapitlet');
  });
});

describe('in English', () => {
  it('counts and asks in English', () => {
    const card = reminderCard(message(mix, { locale: 'en-US' }));
    expect(cardProblems(card)).toEqual([]);
    const { heading, intro, rows } = read(card);
    expect(heading).toBe('Time for the follow-up');
    expect(intro).toBe('You have 2 measures to report status for, 1 indicator to report a value for and 1 chapter to write.');
    expect(rows.map((r) => r[1])).toEqual(['Report status', 'Report status', 'Report the indicator’s value', 'Write and submit the chapter']);
  });

  it('heads one kind with its words and agrees in number', () => {
    const say = (items: Item[], stage: string, escalation = false): { heading: string; intro: string } =>
      pick(read(reminderCard(message(items, { stage, escalation, locale: 'en-US' }))));
    expect(say([value('I-1'), value('I-2')], 'd-1')).toEqual({
      heading: 'Reminder: the values are due by November 30, 2026', intro: 'You still have 2 indicators to report values for.'
    });
    expect(say([chapter('C-1')], 'd-14').heading).toBe('Time to write your chapter of the security report');
    const late = [status('M-1', { daysLeft: -7, responsible: 'Erik' }), value('I-1', { daysLeft: -7, responsible: 'Erik' })];
    expect(say(late, 'esc+7', true)).toEqual({
      heading: 'Escalation: no answers from Erik',
      intro: 'You receive this as the manager: the deadline has passed, but 1 measure has no status and 1 indicator has no value.'
    });
  });
});

describe('notification and mail', () => {
  it('previews a chapter, an indicator and a mix in the activity feed', () => {
    expect(activityNotification(message([chapter('C-1')])).previewText.content)
      .toBe('Skriv och lämna in Säkerhetsberättelse: Brandskydd senast 30 november 2026.');
    expect(activityNotification(message([value('I-1')], { stage: 'd-1' })).previewText.content)
      .toBe('Påminnelse: utfall för Titel I-1 ska rapporteras senast 30 november 2026.');
    expect(activityNotification(message(mix)).previewText.content).toBe('Följ upp 2 åtgärder, 1 indikator och 1 kapitel senast 30 november 2026.');
    expect(activityNotification(message(mix, { locale: 'en-US' })).previewText.content).toBe('Please follow up 2 measures, 1 indicator and 1 chapter by November 30, 2026.');
    expect(activityNotification(message(mix)).templateParameters).toContainEqual({ name: 'measureTitle', value: 'Titel M-1 och 3 till' });
  });

  it('says in the mail what each row asks and heads it by kind', () => {
    const mail = reminderMail(message([chapter('C-1'), value('I-1')]));
    expect(mail.message.subject).toBe('Internkontroll 365: Dags för uppföljning');
    expect(mail.message.body.content).toContain('Skriv och lämna in kapitlet<br>');
    expect(mail.message.body.content).toContain('Rapportera utfall för indikatorn<br>');
    expect(mail.message.body.content).toContain('<p>Du har 1 indikator att rapportera utfall för och 1 kapitel att skriva.</p>');
  });
});
