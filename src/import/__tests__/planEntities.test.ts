/**
 * What an import writes, before any I/O: keys by plan and row for a file and by list and item id for a
 * list, several responsible roles with a `responsible` link each, roles reused by title or by their
 * holder (else "Ansvarig: <name>"), perspectives reused by title, and one period per value column.
 */
import { Category, Role } from '../../model/types';
import { parseListData } from '../importList';
import { parseWorkbook } from '../parseWorkbook';
import { planEntities } from '../planEntities';
import { ImportResult } from '../types';
import { xlsx } from './fixtures';

const context = (roles: Role[] = [], categories: Category[] = []) => ({ today: '2026-11-23', unitKey: null, reporter: null, importer: 'anna.karlsson@regionnorrvik.onmicrosoft.com', roles, categories });

function entities(result: ImportResult, roles: Role[] = [], categories: Category[] = []): ReturnType<typeof planEntities> {
  expect(result.errors).toEqual([]);
  return planEntities(result, { ...result.plan!, year: result.plan!.year! }, context(roles, categories));
}

describe('an action plan as entities', () => {
  it('files focus areas under focus-area categories and gives activities every responsible role, lead first', async () => {
    const result = await parseWorkbook(await xlsx({ rows: [
      ['Handlingsplan för patientsäkerhet 2026'],
      ['Aktivitet', 'Mål', 'Metod/Datakälla', 'Ansvarig'],
      ['Fokusområde 1 – Ökad kunskap om vårdskador'],
      ['Journalgranskning', 'Alla granskar', 'MJG', 'Chefläkare, hr-direktör och Patientnämnden']
    ] }), 'ps.xlsx');
    const hr: Role = { key: 'role:hr', title: 'HR-direktör', unitKey: null, holder: null, delegate: null };
    const e = entities(result, [hr]);
    const planKey = 'plan:handlingsplan-for-patientsakerhet-2026-2026';
    expect(e.plan).toMatchObject({ key: planKey, kind: 'patientSafety', year: 2026 });
    expect(e.categories).toEqual([{ key: 'focusArea:okad-kunskap-om-vardskador', title: 'Ökad kunskap om vårdskador', titleEn: 'Ökad kunskap om vårdskador',
      categoryType: 'focusArea', code: '1', sortOrder: 1 }]);
    expect(e.items).toEqual([expect.objectContaining({ key: `focusArea:${planKey}:01`, title: 'Ökad kunskap om vårdskador', strategyKey: 'focusArea:okad-kunskap-om-vardskador' })]);
    expect(e.roles.map((r) => r.key)).toEqual(['role:cheflakare', 'role:patientnamnden']);
    expect(e.measures).toEqual([expect.objectContaining({ key: `activity:${planKey}:01:1`, measureKind: 'activity', goal: 'Alla granskar', method: 'MJG',
      roleKey: 'role:cheflakare', roleKeys: ['role:cheflakare', 'role:hr', 'role:patientnamnden'] })]);
    expect(e.links.map((l) => [l.linkType, l.fromKey, l.toKey])).toEqual([
      ['responsible', `activity:${planKey}:01:1`, 'role:cheflakare'], ['responsible', `activity:${planKey}:01:1`, 'role:hr'],
      ['responsible', `activity:${planKey}:01:1`, 'role:patientnamnden']
    ]);
    expect(e.periods).toEqual([]);
  });
});

describe('a scorecard as entities', () => {
  it('reuses a perspective by title, makes indicators with their rule and one report per indicator and period with a value', async () => {
    const result = await parseWorkbook(await xlsx({ rows: [
      ['Styrkort 2026'],
      ['Perspektiv', 'Mål', 'Styrmått', 'Mått för måluppfyllelse', 'Utfall 2025', 'Utfall T1', 'Kvinnor', 'Män'],
      ['MEDARBETARE', 'Friska medarbetare', 'Sjukfrånvaro', '≤ 3 %', 3.4, 3.8, 2.1, 4.5],
      ['Ekonomi', 'Ekonomi i balans', 'Resultat mot budget', 'minst 0 mnkr', null, 6, null, null]
    ] }), 'sk.xlsx');
    const existing: Category = { key: 'perspective:medarbetare', title: 'Medarbetare', titleEn: 'Employees', categoryType: 'perspective', code: 'MA', sortOrder: 4 };
    const e = entities(result, [], [existing]);
    const planKey = 'plan:styrkort-2026-2026';
    expect(e.categories).toEqual([expect.objectContaining({ key: 'perspective:ekonomi', title: 'Ekonomi', sortOrder: 5 })]);
    expect(e.items.map((i) => [i.key, i.title, i.strategyKey])).toEqual([
      [`goal:${planKey}:01`, 'Friska medarbetare', 'perspective:medarbetare'], [`goal:${planKey}:02`, 'Ekonomi i balans', 'perspective:ekonomi']
    ]);
    expect(e.measures[0]).toMatchObject({ key: `indicator:${planKey}:01:1`, measureKind: 'indicator', targetRule: 'atMost', targetValue: 3, unitOfMeasure: '%', splitBySex: true });
    expect(e.measures[1]).toMatchObject({ targetRule: 'atLeast', targetValue: 0, unitOfMeasure: 'mnkr', splitBySex: false });
    expect(e.periods.map((p) => [p.key, p.title, p.asOfDate, p.sortOrder, p.state])).toEqual([
      [`period:${planKey}:utfall-2025`, 'Utfall 2025', '2025-12-31', 1, 'closed'], [`period:${planKey}:utfall-t1`, 'Utfall T1', '2026-04-30', 2, 'closed']
    ]);
    expect(e.reports.map((r) => [r.measureKey.split(':').pop(), r.periodKey.split(':').pop(), r.value, r.valueWomen, r.valueMen, r.status])).toEqual([
      ['1', 'utfall-2025', 3.4, null, null, null], ['1', 'utfall-t1', 3.8, 2.1, 4.5, null], ['1', 'utfall-t1', 6, null, null, null]
    ]);
  });
});

describe('a list as entities', () => {
  it('keys by list and item id, and makes a person the role they hold or "Ansvarig: <name>"', () => {
    const person = (upn: string, name: string): Record<string, unknown> => ({ Id: 7, Title: name, EMail: upn, Name: `i:0#.f|membership|${upn}` });
    const fields = [
      { title: 'Risk', internalName: 'Title', propertyName: 'Title', type: 'Text', choices: [] },
      { title: 'Åtgärd', internalName: '_x00c5_tg_x00e4_rd', propertyName: 'OData__x00c5_tg_x00e4_rd', type: 'Text', choices: [] },
      { title: 'Ansvarig', internalName: 'Ansvarig', propertyName: 'Ansvarig', type: 'User', choices: [] }
    ];
    const cells = (risk: string, measure: string, who: Record<string, unknown>) => ({
      Title: { value: risk }, _x00c5_tg_x00e4_rd: { value: measure },
      Ansvarig: { value: String(who.Title), people: [{ upn: String(who.EMail), objectId: '', displayName: String(who.Title), siteUserId: 7 }] }
    });
    const result = parseListData({ list: { id: 'ABC-123', title: 'Risker', itemCount: 2 }, fields, tooManyRows: false, tooManyColumns: false, rows: [
      { id: 3, cells: cells('Brand', 'Översyn', person('eva@norrvik.se', 'Eva Ek')) },
      { id: 8, cells: cells('Intrång', 'Patcha', person('olof@norrvik.se', 'Olof Berg')) }
    ] }, { year: 2026 });
    const holder: Role = { key: 'role:it-chef', title: 'IT-chef', unitKey: null, holder: { upn: 'OLOF@norrvik.se', objectId: 'o1', displayName: 'Olof Berg' }, delegate: null };
    const e = entities(result, [holder]);
    expect(e.plan.key).toBe('plan:list-abc-123');
    expect(e.items.map((i) => i.key)).toEqual(['risk:list-abc-123-3', 'risk:list-abc-123-8']);
    expect(e.measures.map((m) => [m.key, m.roleKeys])).toEqual([
      ['measure:list-abc-123-3', ['role:ansvarig-eva-norrvik-se']], ['measure:list-abc-123-8', ['role:it-chef']]
    ]);
    expect(e.roles).toEqual([{ key: 'role:ansvarig-eva-norrvik-se', title: 'Ansvarig: Eva Ek', unitKey: null, delegate: null,
      holder: { upn: 'eva@norrvik.se', objectId: '', displayName: 'Eva Ek', siteUserId: 7 } }]);
  });
});
