/**
 * The deep-link target the web parts hand the views (Teams' subEntityId, or `?subEntityId=` on a page): a key
 * passes through, anything else is dropped, so the tab opens as it would without a link.
 */
import { deepLinkTarget, subEntityIdFromQuery } from '../hostEnvironment';

describe('deep links and addresses from outside are validated before use: a deep link\'s target', () => {
  it('passes a subject\'s key through, from Teams and from the page address', () => {
    expect(deepLinkTarget('measure:ik-2026-rs:03:1')).toBe('measure:ik-2026-rs:03:1');
    expect(subEntityIdFromQuery('?view=followups&subEntityId=chapter%3Asb-2026%3Abrand%3At3')).toBe('chapter:sb-2026:brand:t3');
  });

  it.each([
    '<img src=x onerror="window.__xss=1">',
    "{{constructor.constructor('window.__xss=1')()}}",
    "measure:x' or 1 eq 1 or IkKey eq '",
    'javascript:window.__xss=1',
    ''
  ])('drops %j', (payload) => {
    expect(deepLinkTarget(payload)).toBeUndefined();
    expect(subEntityIdFromQuery(`?subEntityId=${encodeURIComponent(payload)}`)).toBeUndefined();
  });

  it('drops a missing target', () => {
    expect(deepLinkTarget(undefined)).toBeUndefined();
    expect(subEntityIdFromQuery('?view=followups')).toBeUndefined();
  });
});
