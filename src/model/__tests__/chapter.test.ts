/**
 * The chapter's rules: which actor may do what in which state, when the owner edits and when the chapter
 * counts as answered, what a draft, a submission and a return must hold, the coordinator setting and who
 * acts as what, and that hand-edited JSON never reaches a view in a shape it cannot show.
 */
import {
  actorOf, chapterActions, chapterActorsOf, chapterAnswered, chapterContentOf, chapterKey, chapterTarget, emptyChapter, hasChapterErrors,
  normaliseChapter, normaliseIncidents, normaliseRiskAnalyses, ownerMayEdit, parseCoordinatorRoles, validateChapter
} from '../chapter';
import { Chapter, CHAPTER_STATES, Role } from '../types';

const chapter = (changes: Partial<Chapter> = {}): Chapter => ({ ...emptyChapter('plan:sak-2026', 'area:brand', 'period:sak-2026:helar'), ...changes });
const complete: Partial<Chapter> = { goalFulfilment: 'Uppfyllt', followUp: 'Kvartalsvis', currentState: 'Fungerar', improvementOpportunities: 'Utbildning' };

describe('transitions', () => {
  it('lets the owner save and submit while the chapter is with them, and the coordinator return or approve after', () => {
    const table = Object.fromEntries(CHAPTER_STATES.map((s) => [s, { owner: chapterActions(s, 'owner'), coordinator: chapterActions(s, 'coordinator') }]));
    expect(table).toEqual({
      notStarted: { owner: ['save', 'submit'], coordinator: [] },
      draft: { owner: ['save', 'submit'], coordinator: [] },
      submitted: { owner: [], coordinator: ['return', 'approve'] },
      returned: { owner: ['save', 'submit'], coordinator: [] },
      approved: { owner: [], coordinator: ['return'] }
    });
  });

  it('names each action’s target state and actor', () => {
    expect(['save', 'submit', 'return', 'approve'].map((a) => [chapterTarget(a as never), actorOf(a as never)])).toEqual([
      ['draft', 'owner'], ['submitted', 'owner'], ['returned', 'coordinator'], ['approved', 'coordinator']
    ]);
  });

  it('lets the owner edit only before submission or after a return, and counts a submitted or approved chapter as answered', () => {
    expect(CHAPTER_STATES.filter(ownerMayEdit)).toEqual(['notStarted', 'draft', 'returned']);
    expect(CHAPTER_STATES.filter(chapterAnswered)).toEqual(['submitted', 'approved']);
  });
});

describe('validateChapter', () => {
  it('accepts an empty draft but not an empty submission, which names every missing text (improvements are optional)', () => {
    expect(hasChapterErrors(validateChapter(chapter(), 'save'))).toBe(false);
    expect(validateChapter(chapter(), 'submit').fields).toEqual({
      goalFulfilment: 'required', followUp: 'required', currentState: 'required', improvementOpportunities: 'required'
    });
    expect(hasChapterErrors(validateChapter(chapter({ ...complete, followUp: '   ' }), 'submit'))).toBe(true);
    expect(hasChapterErrors(validateChapter(chapter(complete), 'submit'))).toBe(false);
  });

  it('refuses a text past the limit even in a draft', () => {
    expect(validateChapter(chapter({ improvements: 'x'.repeat(20_001) }), 'save').fields).toEqual({ improvements: 'tooLong' });
  });

  it('needs a comment to return, and only to return', () => {
    expect(validateChapter(chapter({ ...complete, state: 'submitted' }), 'return').fields).toEqual({ returnComment: 'commentRequired' });
    expect(validateChapter(chapter({ ...complete, returnComment: 'Komplettera' }), 'return').fields).toEqual({});
    expect(validateChapter(chapter(complete), 'approve').fields).toEqual({});
  });

  it('checks every risk-analysis row: a title and, if given, a real date', () => {
    const errors = validateChapter(chapter({ riskAnalyses: [{ title: 'Brandskyddsrond', date: '2026-03-01' }, { title: ' ', date: '2026-02-30' },
      { title: 'y'.repeat(256), date: null }] }), 'save');
    expect(errors.riskAnalyses).toEqual([{}, { title: 'required', date: 'invalidDate' }, { title: 'tooLong' }]);
  });

  it('checks incident rows: a kind, whole non-negative counts, and women and men together within the count', () => {
    const errors = validateChapter(chapter({ incidents: [
      { kind: 'Hot och våld', count: 504, women: 398, men: 106 },
      { kind: 'Tillbud', count: 10, women: null, men: null },
      { kind: 'Brand', count: 5, women: 4, men: 3 },
      { kind: '', count: 1.5, women: -1, men: null },
      { kind: 'Stöld', count: Number.NaN, women: null, men: null },
      { kind: 'Skada', count: 3, women: 2.5, men: 1 }
    ] }), 'save');
    expect(errors.incidents).toEqual([
      {}, {}, { count: 'splitExceedsCount' }, { kind: 'required', count: 'notWholeNumber', women: 'notWholeNumber' },
      { count: 'notWholeNumber' }, { women: 'notWholeNumber' }
    ]);
  });
});

describe('the coordinator setting and who acts', () => {
  it('reads a JSON array of role keys; anything else is missing or invalid', () => {
    expect(parseCoordinatorRoles('["role:sak", " role:chef ", "role:sak"]')).toEqual({ roleKeys: ['role:sak', 'role:chef'], problem: null });
    expect(parseCoordinatorRoles(undefined).problem).toBe('missing');
    expect(parseCoordinatorRoles('   ').problem).toBe('missing');
    expect(parseCoordinatorRoles('[]').problem).toBe('missing');
    for (const bad of ['{', '"role:sak"', '{"roles":["a"]}', '[1]', '["a", ""]', 'null', '[null]']) {
      expect(parseCoordinatorRoles(bad)).toEqual({ roleKeys: [], problem: 'invalid' });
    }
  });

  it('makes the holder or delegate of the area’s owner role its owner, and of a coordinating role a coordinator (case-insensitive)', () => {
    const p = (upn: string): Role['holder'] => ({ upn, objectId: upn, displayName: upn });
    const roles: Role[] = [
      { key: 'role:omr:brand', title: 'Ägare', unitKey: null, holder: p('camilla@x.se'), delegate: p('nils@x.se') },
      { key: 'role:sak', title: 'Säkerhetssamordnare', unitKey: null, holder: p('tobias@x.se'), delegate: p('camilla@x.se') }
    ];
    const area = { ownerRoleKey: 'role:omr:brand' };
    expect(chapterActorsOf('Camilla@X.se', area, roles, ['role:sak'])).toEqual(['owner', 'coordinator']);
    expect(chapterActorsOf('nils@x.se', area, roles, ['role:sak'])).toEqual(['owner']);
    expect(chapterActorsOf('tobias@x.se', area, roles, ['role:sak'])).toEqual(['coordinator']);
    expect(chapterActorsOf('tobias@x.se', area, roles, [])).toEqual([]);
    expect(chapterActorsOf('camilla@x.se', { ownerRoleKey: null }, roles, [])).toEqual([]);
  });

  it('keeps only the content of the owner’s changes', () => {
    expect(chapterContentOf({ followUp: 'a', state: 'approved', areaKey: 'x', submittedBy: null } as never)).toEqual({ followUp: 'a' });
  });
});

describe('entries as stored', () => {
  it('drops risk analyses of the wrong shape and dates that are not dates', () => {
    expect(normaliseRiskAnalyses([{ title: 'Ok', date: '2026-05-04' }, { title: 'Utan datum', date: '4 maj' }, { title: 7 }, null, 'text', [],
      { date: '2026-01-01' }, { title: 'Extra', date: 20260101, evil: '<script>' }])).toEqual([
      { title: 'Ok', date: '2026-05-04' }, { title: 'Utan datum', date: null }, { title: 'Extra', date: null }
    ]);
    for (const notAList of [null, undefined, 'x', 5, { title: 'a' }]) expect(normaliseRiskAnalyses(notAList)).toEqual([]);
  });

  it('drops incidents without a kind or a finite count and reads a missing split as not split', () => {
    expect(normaliseIncidents([{ kind: 'Hot', count: 504, women: 398, men: 106 }, { kind: 'Brand', count: '5' }, { kind: 'Tillbud', count: 3, women: '2' },
      { count: 1 }, { kind: 'Oändligt', count: Infinity }, 0, [{ kind: 'x', count: 1 }], JSON.parse('{"__proto__": {"count": 1}, "kind": "P"}')])).toEqual([
      { kind: 'Hot', count: 504, women: 398, men: 106 }, { kind: 'Tillbud', count: 3, women: null, men: null }
    ]);
    expect(normaliseIncidents('[{"kind":"x","count":1}]')).toEqual([]);
  });

  it('normalises a whole chapter as read', () => {
    const raw = chapter({ riskAnalyses: [{ title: 'a', date: null }, 1] as never, incidents: null as never });
    expect(normaliseChapter(raw)).toMatchObject({ riskAnalyses: [{ title: 'a', date: null }], incidents: [] });
  });

  it('keys a chapter by plan and area', () => {
    expect(chapterKey('plan:sak-2026', 'area:brand')).toBe('chapter:sak-2026:brand');
    expect(emptyChapter('plan:sak-2026', 'area:brand', 'p')).toMatchObject({ key: 'chapter:sak-2026:brand', state: 'notStarted', periodKey: 'p' });
  });
});
