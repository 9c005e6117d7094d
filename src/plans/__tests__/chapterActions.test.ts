/**
 * The chapter use cases over an in-memory Store: who may save, submit, return and approve; what is
 * checked before anything is written; ETags and the first save raced by two; and what the security
 * report loads, without reading a large list whole.
 */
import { ConcurrencyError } from '../../data/errors';
import { chapterKey, COORDINATOR_ROLES_SETTING, emptyChapter } from '../../model/chapter';
import { Chapter } from '../../model/types';
import {
  approveChapter, ChapterPermissionError, ChapterTransitionError, ChapterValidationError, loadSecurityReport, returnChapter,
  saveChapterDraft, submitChapter
} from '../chapterActions';
import { actor, AREA, people, PLAN, securityStore, TODAY, YEAR } from './securityFixtures';

const now = new Date('2027-01-20T09:30:00Z');
const complete = {
  goalFulfilment: 'Målet är delvis uppfyllt.', followUp: 'Följs upp i arbetsmiljökommittén.', currentState: 'Rutiner finns i alla förvaltningar.',
  improvementOpportunities: 'Bättre återkoppling till den som anmäler.'
};
const fresh = (): Chapter => emptyChapter(PLAN, AREA.work, YEAR);

describe('the area owner', () => {
  it('adds the chapter on the first draft and updates it by ETag after that', async () => {
    const store = securityStore();
    const first = await saveChapterDraft(store, fresh(), { goalFulfilment: 'Påbörjat' }, actor(people.lena), now);
    expect(first).toMatchObject({ key: chapterKey(PLAN, AREA.work), state: 'draft', goalFulfilment: 'Påbörjat', submittedBy: null });
    expect(first.id).toBeDefined();
    const second = await saveChapterDraft(store, first, { followUp: 'Kvartalsvis' }, actor(people.lena), now);
    expect(second.etag).not.toBe(first.etag);
    expect(store.memory.chapters.rows).toHaveLength(1);
    expect(store.memory.chapters.rows[0]).toMatchObject({ goalFulfilment: 'Påbörjat', followUp: 'Kvartalsvis', state: 'draft' });
  });

  it('may be the role’s delegate, and is recorded as the role’s stored person on submitting', async () => {
    const store = securityStore();
    const submitted = await submitChapter(store, fresh(), complete, actor(people.henrik), now);
    expect(submitted).toMatchObject({ state: 'submitted', submittedAt: '2027-01-20T09:30:00Z' });
    expect(submitted.submittedBy).toEqual(people.henrik);
  });

  it('cannot write another area’s chapter, and nothing is written', async () => {
    const store = securityStore();
    const attempt = saveChapterDraft(store, fresh(), { goalFulfilment: 'x' }, actor(people.camilla), now);
    await expect(attempt).rejects.toBeInstanceOf(ChapterPermissionError);
    await expect(saveChapterDraft(store, fresh(), {}, actor(people.camilla), now)).rejects.toMatchObject({ reason: 'notOwner' });
    expect(store.memory.chapters.writes).toBe(0);
  });

  it('cannot write an area whose owner role is vacant or missing', async () => {
    const store = securityStore();
    const it = emptyChapter(PLAN, AREA.it, YEAR);
    await expect(saveChapterDraft(store, it, {}, actor(people.lena), now)).rejects.toMatchObject({ reason: 'notOwner' });
    await expect(saveChapterDraft(store, emptyChapter(PLAN, 'area:okand', YEAR), {}, actor(people.lena), now)).rejects.toMatchObject({ reason: 'unknownArea' });
  });

  it('cannot submit an incomplete chapter: every missing field is named and nothing is written', async () => {
    const store = securityStore();
    const attempt = submitChapter(store, fresh(), { goalFulfilment: 'Bara detta', incidents: [{ kind: 'Hot', count: 3, women: 2, men: 2 }] },
      actor(people.lena), now);
    await expect(attempt).rejects.toBeInstanceOf(ChapterValidationError);
    const error = (await attempt.catch((e: unknown) => e)) as ChapterValidationError;
    expect(error.errors.fields).toEqual({ followUp: 'required', currentState: 'required', improvementOpportunities: 'required' });
    expect(error.errors.incidents).toEqual([{ count: 'splitExceedsCount' }]);
    expect(store.memory.chapters.writes).toBe(0);
  });

  it('cannot change a chapter once submitted, nor move its state, area or stamps through the changes', async () => {
    const store = securityStore();
    const submitted = await submitChapter(store, fresh(), complete, actor(people.lena), now);
    await expect(saveChapterDraft(store, submitted, { followUp: 'ändrat' }, actor(people.lena), now)).rejects.toBeInstanceOf(ChapterTransitionError);
    const sneaky = { ...complete, state: 'approved', areaKey: AREA.fire, decidedBy: people.lena } as unknown as typeof complete;
    const other = securityStore();
    const draft = await saveChapterDraft(other, fresh(), sneaky, actor(people.lena), now);
    expect(draft).toMatchObject({ state: 'draft', areaKey: AREA.work, decidedBy: null });
    expect(other.memory.chapters.rows[0]).toMatchObject({ state: 'draft', areaKey: AREA.work, decidedBy: null });
  });
});

describe('the coordinator', () => {
  async function submitted(store = securityStore()): Promise<{ store: ReturnType<typeof securityStore>; chapter: Chapter }> {
    return { store, chapter: await submitChapter(store, fresh(), complete, actor(people.lena), now) };
  }

  it('returns with a comment; the owner resubmits; the coordinator approves and the comment stays on record', async () => {
    const { store, chapter } = await submitted();
    await expect(returnChapter(store, chapter, '  ', actor(people.tobias), now)).rejects.toBeInstanceOf(ChapterValidationError);
    const returned = await returnChapter(store, chapter, 'Komplettera med antal tillbud.', actor(people.tobias), new Date('2027-01-21T10:00:00Z'));
    expect(returned).toMatchObject({ state: 'returned', returnComment: 'Komplettera med antal tillbud.', decidedBy: people.tobias, decidedAt: '2027-01-21T10:00:00Z' });
    const again = await submitChapter(store, returned, { incidents: [{ kind: 'Tillbud', count: 12, women: null, men: null }] }, actor(people.lena),
      new Date('2027-01-22T08:00:00Z'));
    expect(again).toMatchObject({ state: 'submitted', submittedAt: '2027-01-22T08:00:00Z' });
    const approved = await approveChapter(store, again, actor(people.tobias), new Date('2027-01-23T08:00:00Z'));
    expect(approved).toMatchObject({ state: 'approved', decidedAt: '2027-01-23T08:00:00Z', returnComment: 'Komplettera med antal tillbud.',
      submittedAt: '2027-01-22T08:00:00Z', incidents: [{ kind: 'Tillbud', count: 12, women: null, men: null }] });
    expect(store.memory.chapters.rows[0].state).toBe('approved');
  });

  it('cannot approve a draft, and the owner cannot approve at all', async () => {
    const store = securityStore();
    const draft = await saveChapterDraft(store, fresh(), {}, actor(people.lena), now);
    await expect(approveChapter(store, draft, actor(people.tobias), now)).rejects.toBeInstanceOf(ChapterTransitionError);
    const chapter = await submitChapter(store, draft, complete, actor(people.lena), now);
    await expect(approveChapter(store, chapter, actor(people.lena), now)).rejects.toMatchObject({ reason: 'notCoordinator' });
    expect(store.memory.chapters.rows[0].state).toBe('submitted');
  });

  it('is nobody when the setting is missing or invalid, and the error names the setting', async () => {
    for (const setting of [null, 'not json', '{"roles":[]}', '[]', '[1,2]']) {
      const { store, chapter } = await submitted(securityStore({ coordinatorSetting: setting }));
      const error = (await approveChapter(store, chapter, actor(people.tobias), now).catch((e: unknown) => e)) as ChapterPermissionError;
      expect(error).toBeInstanceOf(ChapterPermissionError);
      expect(error).toMatchObject({ reason: 'noCoordinatorSetting' });
      expect(error.message).toContain(COORDINATOR_ROLES_SETTING);
    }
  });
});

describe('concurrent writes', () => {
  it('refuses a stale ETag and keeps what the first writer saved', async () => {
    const store = securityStore();
    const base = await saveChapterDraft(store, fresh(), { goalFulfilment: 'Första' }, actor(people.lena), now);
    await saveChapterDraft(store, base, { goalFulfilment: 'Lenas nya text' }, actor(people.lena), now);
    await expect(saveChapterDraft(store, base, { goalFulfilment: 'Henriks text' }, actor(people.henrik), now)).rejects.toBeInstanceOf(ConcurrencyError);
    expect(store.memory.chapters.rows[0].goalFulfilment).toBe('Lenas nya text');
  });

  it('does not add a second chapter when two first saves race: the later continues from the stored one', async () => {
    const store = securityStore();
    await saveChapterDraft(store, fresh(), { goalFulfilment: 'Lena först' }, actor(people.lena), now);
    // The editor sends every field; the ones Henrik left as he read them (empty) do not blank Lena's.
    const later = await saveChapterDraft(store, fresh(), { goalFulfilment: '', followUp: 'Henrik sedan', incidents: [] }, actor(people.henrik), now);
    expect(store.memory.chapters.rows).toHaveLength(1);
    expect(later).toMatchObject({ goalFulfilment: 'Lena först', followUp: 'Henrik sedan', state: 'draft' });
  });

  it('refuses the raced first save when the stored chapter was submitted meanwhile', async () => {
    const store = securityStore();
    await submitChapter(store, fresh(), complete, actor(people.lena), now);
    await expect(saveChapterDraft(store, fresh(), { followUp: 'sent' }, actor(people.henrik), now)).rejects.toBeInstanceOf(ChapterTransitionError);
    expect(store.memory.chapters.rows[0].state).toBe('submitted');
  });
});

describe('loadSecurityReport', () => {
  it('gives every area in order with its chapter, goals, indicator readings and the linked risks of the year’s other plans', async () => {
    const store = securityStore();
    await submitChapter(store, fresh(), complete, actor(people.lena), now);
    const report = await loadSecurityReport(store, PLAN, { today: TODAY });
    expect(report.period?.key).toBe(YEAR);
    expect(report.previousPeriod?.title).toBe('Halvår');
    expect(report.areas.map((a) => a.area.title)).toEqual(['Arbetsmiljö', 'Brandsäkerhet', 'IT-säkerhet']);
    const [work, fire] = report.areas;
    expect(work.chapter.state).toBe('submitted');
    expect(fire.chapter).toMatchObject({ state: 'notStarted', key: chapterKey(PLAN, AREA.fire), periodKey: YEAR });
    expect(fire.chapter.id).toBeUndefined();
    expect(work.ownerRole?.holder?.displayName).toBe('Lena Björk');
    expect(work.indicators.map((i) => [i.indicator.key, i.current?.value ?? null, i.previous?.value ?? null])).toEqual([
      ['ind:hot', 519, 553], ['ind:chefer', 84, 80], ['ind:skyddsrond', null, null]
    ]);
    expect(work.risks.map((r) => r.risk.key)).toEqual(['risk:ik-2026:hot', 'risk:ik-2026:passer']);
    expect(work.risks[0].measures[0]).toMatchObject({ latest: { status: 'yellow' }, period: { title: 'Delår augusti' } });
    expect(report.coordinatorRoleKeys).toEqual(['role:sakerhetssamordnare']);
  });

  it('never reads the large lists whole', async () => {
    const store = securityStore();
    await loadSecurityReport(store, PLAN, { today: TODAY });
    expect([store.memory.items.scans, store.memory.measures.scans, store.memory.statusReports.scans, store.memory.chapters.scans]).toEqual([0, 0, 0, 0]);
  });

  it('normalises hand-edited entries of a stored chapter', async () => {
    const store = securityStore();
    store.memory.chapters.seed({ ...fresh(), state: 'draft', riskAnalyses: [{ title: 'Ok', date: 'igår' }, 'skräp'] as never,
      incidents: { kind: 'inte en lista' } as never });
    const report = await loadSecurityReport(store, PLAN, { today: TODAY });
    expect(report.areas[0].chapter).toMatchObject({ riskAnalyses: [{ title: 'Ok', date: null }], incidents: [] });
  });
});
