/**
 * What a link from outside may name, and what a link in a view may point to (SECURITY.md, "deep links and
 * addresses from outside are validated before use"): every key the product writes passes, so no real
 * reminder link is lost; a value that is not a key (markup, quotes, a script URL, an over-long value) is ignored;
 * only web addresses and site paths become hrefs.
 */
import { demoDirectory } from '../../../server/directory/demoDirectory';
import { buildDemoRegion } from '../../../server/demo/demoRegion';
import { keySchemeFor } from '../../import/importKeys';
import { ImportResult } from '../../import/types';
import { newKey, slug } from '../../plans/keys';
import { entityKeyFrom, isEntityKey, MAX_KEY_LENGTH, safeLinkUrl } from '../linkTargets';

/** Deep-link payloads: markup, script URLs, template injection, quotes that would end a literal, text direction tricks. */
const HOSTILE_LINK_VALUES = [
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1>',
  'javascript:window.__xss=1',
  "{{constructor.constructor('window.__xss=1')()}}",
  "measure:ik-2026-rs:01:1' or 1 eq 1 or IkKey eq '",
  'measure:ik-2026-rs:01:1 ',
  'measure:ik-2026-rs:01:1\u202Egnp.exe',
  'measure:../../_api/web',
  'measure:%27',
  'measure:a&b',
  'measure:a#b',
  'measure:',
  ':ik-2026',
  'measure',
  ''
];

describe('deep links and addresses from outside are validated before use: a key from a link', () => {
  it('accepts every key the demo region, the editors and the import write', () => {
    const region = buildDemoRegion('2026-12-01', demoDirectory);
    const keys = [...region.plans, ...region.items, ...region.measures, ...region.periods, ...region.chapters, ...region.securityAreas,
      ...region.orgUnits, ...region.roles, ...region.categories].map((e) => e.key);
    expect(keys.length).toBeGreaterThan(300);
    expect(keys.filter((k) => !isEntityKey(k))).toEqual([]);
    expect(isEntityKey(newKey('measure', 'ik-2026-rs'))).toBe(true);
    expect(isEntityKey(`period:ik-2026-rs:${slug('Delår augusti (T2) – 2026!')}`)).toBe(true);
    const fromList = keySchemeFor({ source: { type: 'list', listId: '5C9E1E0B-8B7D-4B54-9E2A-1F0F6C3D2A11' } } as unknown as ImportResult, 'Plan', 2026);
    expect(isEntityKey(fromList.plan)).toBe(true);
    expect(isEntityKey('controlStep:list-5c9e1e0b-8b7d-4b54-9e2a-1f0f6c3d2a11-17')).toBe(true);
  });

  it.each(HOSTILE_LINK_VALUES)('ignores %j', (value) => {
    expect(isEntityKey(value)).toBe(false);
    expect(entityKeyFrom(value)).toBeUndefined();
  });

  it('ignores a missing value and one longer than the key column', () => {
    expect(entityKeyFrom(null)).toBeUndefined();
    expect(entityKeyFrom(undefined)).toBeUndefined();
    expect(isEntityKey(42)).toBe(false);
    const longest = `measure:${'a'.repeat(MAX_KEY_LENGTH - 'measure:'.length)}`;
    expect(entityKeyFrom(longest)).toBe(longest);
    expect(entityKeyFrom(`${longest}a`)).toBeUndefined();
  });
});

describe('deep links and addresses from outside are validated before use: an address for a link in a view', () => {
  it.each([
    ['/sites/internkontroll/Namndhandlingar/RS 2026-4711 v1/Bilaga 1.pdf'],
    ['https://contoso.sharepoint.com/sites/internkontroll/SitePages/Namndhandlingar.aspx?snapshot=snapshot:rs-2026-1:v1'],
    ['http://localhost:4321/?view=board']
  ])('keeps %s', (url) => {
    expect(safeLinkUrl(url)).toBe(url);
  });

  it.each([
    ['javascript:window.__xss=1'], [' JavaScript:alert(1)'], ['data:text/html,<script>window.__xss=1</script>'], ['vbscript:msgbox(1)'],
    ['//evil.example/x'], ['/\\evil.example'], ['Bilaga 1.pdf'], ['https:/x'], ['']
  ])('refuses %j', (url) => {
    expect(safeLinkUrl(url)).toBeNull();
  });
});
