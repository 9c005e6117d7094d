/**
 * @jest-environment jsdom
 *
 * What the tab keeps between visits is keys only, per person, and anything else found in storage is ignored.
 */
import { parseRemembered, recallSubjects, rememberSubjects } from '../rememberedSubjects';

const keys = { measures: ['m:1', 'm:2'], chapters: [], plans: ['plan:1'], items: ['risk:1'], roles: ['role:a'] };

describe('remembered subjects', () => {
  beforeEach(() => window.localStorage.clear());

  it('gives back what it kept, for the same person only (the UPN in any case)', () => {
    rememberSubjects('Maria.Berg@region.se', keys);
    expect(recallSubjects('maria.berg@region.se')).toEqual(keys);
    expect(recallSubjects('someone.else@region.se')).toBeNull();
  });

  it('ignores what it did not write: not JSON, another version, wrong shapes, too many or too long keys', () => {
    for (const text of ['{', '[]', 'null', JSON.stringify({ v: 2, ...keys }), JSON.stringify({ v: 1, ...keys, measures: 'm:1' }),
      JSON.stringify({ v: 1, ...keys, roles: [1] }), JSON.stringify({ v: 1, ...keys, items: [''] }),
      JSON.stringify({ v: 1, ...keys, measures: Array.from({ length: 2001 }, (_, i) => `m:${i}`) }),
      JSON.stringify({ v: 1, ...keys, plans: ['p'.repeat(256)] }), JSON.stringify({ v: 1, measures: [] })]) {
      expect(parseRemembered(text)).toBeNull();
    }
    expect(parseRemembered(JSON.stringify({ v: 1, ...keys }))).toEqual(keys);
  });

  it('goes on without storage when the browser refuses it', () => {
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new Error('QuotaExceededError'); });
    const getItem = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => { throw new Error('SecurityError'); });
    try {
      expect(() => rememberSubjects('a@region.se', keys)).not.toThrow();
      expect(recallSubjects('a@region.se')).toBeNull();
    } finally {
      setItem.mockRestore();
      getItem.mockRestore();
    }
  });
});
