/**
 * From a planned digest to the message a recipient reads: titles in the recipient's language (a chapter
 * named after its document and area), what is asked of each subject, days left, and deep links whose
 * subEntityId is the subject's key.
 */
import { emptyChapter } from '../../model/chapter';
import { MEASURE_DEFAULTS } from '../../model/defaults';
import { FollowUpPeriod, Measure, Plan, SecurityArea } from '../../model/types';
import { subEntityIdOf } from '../delivery';
import { messageContext, messageFor, MessageSources } from '../messages';
import { Digest, DueReminder } from '../types';

const plan = (key: string, kind: Plan['kind'], title: string): Plan => ({ key, title, kind, year: 2026, unitKey: null, state: 'followUp', decisionDate: null, diaryNumber: '' });
const period: FollowUpPeriod = { key: 'sec:year', planKey: 'sec', title: 'Årsrapportering', asOfDate: '2026-12-31', deadline: '2027-01-29', state: 'open', sortOrder: 1 };
const indicator: Measure = { ...MEASURE_DEFAULTS, key: 'ind1', planKey: 'sec', itemKey: 'g1', title: 'Andel utbildade', measureKind: 'indicator', roleKey: 'r1', dueDate: null, method: '', closed: false };
const area: SecurityArea = { key: 'area:fire', title: 'Brandskydd', titleEn: 'Fire safety', ownerRoleKey: 'r1', sortOrder: 1 };
const chapter = emptyChapter('sec', 'area:fire', 'sec:year');
const sources: MessageSources = { plans: [plan('sec', 'securityReport', 'Säkerhetsberättelse 2026')], periods: [period], measures: [indicator], chapters: [chapter], securityAreas: [area] };
const tab = { appId: 'app', entityId: 'tab' };
const owner = { upn: 'fredrik@region.se', objectId: 'f', displayName: 'Fredrik' };

const due = (measureKey: string, requestType: DueReminder['requestType']): DueReminder => ({
  planKey: 'sec', periodKey: 'sec:year', measureKey, requestType, stage: 'd-14', recipient: owner, reason: 'holder', about: null,
  deadline: '2027-01-29', ledgerKey: `${measureKey}|sec:year|d-14|fredrik@region.se`
});
const digest: Digest = { recipient: owner, stage: 'd-14', escalation: false, items: [due(chapter.key, 'chapter'), due('ind1', 'value')] };

describe('reminder messages', () => {
  it('names a chapter after its document and area, and an indicator by its title and kind', () => {
    const message = messageFor(digest, messageContext(sources, 'sv-SE', tab), '2027-01-15');
    expect(message.items.map((i) => [i.measureTitle, i.requestType, i.measureKind, i.daysLeft, i.planTitle, i.periodTitle])).toEqual([
      ['Säkerhetsberättelse: Brandskydd', 'chapter', undefined, 14, 'Säkerhetsberättelse 2026', 'Årsrapportering'],
      ['Andel utbildade', 'value', 'indicator', 14, 'Säkerhetsberättelse 2026', 'Årsrapportering']
    ]);
    expect(message.items.map((i) => subEntityIdOf(i.deepLink))).toEqual([chapter.key, 'ind1']);
  });

  it('names the chapter in English for an English recipient, falling back on the Swedish area name', () => {
    expect(messageFor(digest, messageContext(sources, 'en-US', tab), '2027-01-15').items[0].measureTitle).toBe('Security report: Fire safety');
    const untranslated = { ...sources, securityAreas: [{ ...area, titleEn: '' }] };
    expect(messageFor(digest, messageContext(untranslated, 'en-US', tab), '2027-01-15').items[0].measureTitle).toBe('Security report: Brandskydd');
  });
});
