/**
 * Onboarding the other plan kinds from spreadsheets, end to end against the local product over HTTP:
 * a patient-safety action plan (focus-area heading rows, activities with several responsible bodies) and
 * a scorecard (perspectives, indicators with target rules, values per period split by sex) are written
 * with their roles, links, categories, periods and reports; a rerun adds nothing; a file with no
 * recognisable plan is refused and nothing is written. And `npm run import -- … --dry-run --json` prints
 * the plan's kind and the counts.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { personas } from '../../server/directory/demoDirectory';
import { createSp } from '../../src/data/spClient';
import { provision } from '../../src/data/provisioning';
import { createStore, Store } from '../../src/data/stores';
import { applyImport } from '../../src/import/applyImport';
import { parseWorkbook } from '../../src/import/parseWorkbook';
import { runTool } from '../../src/import/__tests__/cli';
import { xlsx } from '../../src/import/__tests__/fixtures';
import { fulfilmentOf } from '../../src/model/fulfilment';
import { LocalProduct, startLocalProduct } from './localProduct';

jest.setTimeout(120_000);

const today = '2026-11-23';
let product: LocalProduct;
let store: Store;
const dir = mkdtempSync(join(tmpdir(), 'ik-import-kinds-'));

const actionPlan = (): Promise<Uint8Array> => xlsx({ rows: [
  ['Handlingsplan för patientsäkerhet 2026 – Hälso- och sjukvården'],
  ['Fokusområde 1 - Ökad kunskap om inträffade vårdskador'],
  ['Aktivitet', 'Mål', 'Metod/Datakälla', 'Ansvarig', 'Status', 'Kommentar'],
  ['Ta fram analysresultat av vårdskadeläget', 'Alla verksamheter följer upp händelser', 'Avvikelser, Lex Maria', 'LSG-patientsäkerhet, \nPatientsäkerhetsteamet',
    'gul', 'Första sammanställningen klar'],
  ['Patientsäkerhetsutbildning för alla', 'Alla medarbetare har gått utbildningen', 'Socialstyrelsens utbildning', 'HR och Ledningsgrupper', '', ''],
  ['Fokusområde 2 - Tillförlitliga och säkra system och processer'],
  ['Aktivitet', 'Mål', 'Metod/Datakälla', 'Ansvarig', 'Status', 'Kommentar'],
  ['Kvalitetsledningssystem med patientsäkerhet', 'Systemet finns på plats', 'Ledningssystemet', 'Chefläkare', 'grön', 'Publicerat']
] });

const scorecard = (): Promise<Uint8Array> => xlsx({ rows: [
  ['Styrkort 2026 Länsteknik'],
  ['Perspektiv', 'Mål/framgångsfaktor', 'Styr-/kontrollmått', 'Mått för måluppfyllelse', 'Måluppfyllelse', 'Utfall 2025', 'Utfall T1', 'Kvinnor', 'Män', 'Analys'],
  ['Medborgare', 'Stabil teknisk infrastruktur', 'Antal driftavbrott', 'Minska', '', 16, 14, null, null, 'Färre större störningar'],
  ['MEDARBETARE', 'Låg sjukfrånvaro', 'Sjukfrånvaro', '≤ 3 %', '', 3.4, 3.8, 2.07, 4.47, 'Korttidsfrånvaron ökar'],
  [null, null, 'Andel med heltid', 'minst 90 %', '', null, 92, null, null, ''],
  ['Verksamhet', 'Dokumenterad styrmodell', 'Styrmodell', 'Genomförd', '', null, 'Genomförd', null, null, '']
] });

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runTool(product.siteUrl, args);
}

beforeAll(async () => {
  product = await startLocalProduct({ today });
  const sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
  await provision(sp);
  store = createStore(sp);
  await store.roles.add({ key: 'role:hr-direktor', title: 'HR', unitKey: null, holder: null, delegate: null });
  await store.categories.add({ key: 'perspective:medarbetare', title: 'Medarbetare', titleEn: 'Employees', categoryType: 'perspective', code: 'MA', sortOrder: 4 });
});

afterAll(async () => {
  await product.app.close();
});

describe('an action plan from a spreadsheet', () => {
  it('writes focus areas, activities with every responsible role and their links, and the statuses; a rerun adds nothing', async () => {
    const result = await parseWorkbook(await actionPlan(), 'handlingsplan.xlsx');
    expect(result.errors).toEqual([]);
    const first = await applyImport(store, result, { today });
    const planKey = 'plan:handlingsplan-for-patientsakerhet-2026-halso-och-sjukvarden-2026';
    expect(first).toEqual({ planKey, added: { roles: 4, categories: 2, plans: 1, items: 2, measures: 3, links: 5, periods: 1, statusReports: 2 } });

    const data = await store.loadPlan(planKey);
    expect(data.plan).toMatchObject({ kind: 'patientSafety', year: 2026 });
    expect(data.items.map((i) => [i.title, i.strategyKey])).toEqual([
      ['Ökad kunskap om inträffade vårdskador', 'focusArea:okad-kunskap-om-intraffade-vardskador'],
      ['Tillförlitliga och säkra system och processer', 'focusArea:tillforlitliga-och-sakra-system-och-processer']
    ]);
    expect(data.measures.map((m) => [m.measureKind, m.title, m.goal, m.method, m.roleKeys])).toEqual([
      ['activity', 'Ta fram analysresultat av vårdskadeläget', 'Alla verksamheter följer upp händelser', 'Avvikelser, Lex Maria',
        ['role:lsg-patientsakerhet', 'role:patientsakerhetsteamet']],
      ['activity', 'Patientsäkerhetsutbildning för alla', 'Alla medarbetare har gått utbildningen', 'Socialstyrelsens utbildning', ['role:hr-direktor', 'role:ledningsgrupper']],
      ['activity', 'Kvalitetsledningssystem med patientsäkerhet', 'Systemet finns på plats', 'Ledningssystemet', ['role:cheflakare']]
    ]);
    expect(data.measures.map((m) => m.roleKey)).toEqual(['role:lsg-patientsakerhet', 'role:hr-direktor', 'role:cheflakare']);
    // The second responsible of an activity finds it through the links' indexed column.
    expect((await store.linksTo(['role:patientsakerhetsteamet'])).map((l) => l.fromKey)).toEqual([data.measures[0].key]);
    expect(data.reports.map((r) => [r.measureKey, r.status, r.comment]).sort()).toEqual([
      [data.measures[0].key, 'yellow', 'Första sammanställningen klar'], [data.measures[2].key, 'green', 'Publicerat']
    ]);
    expect((await store.categories.byKey('focusArea:okad-kunskap-om-intraffade-vardskador'))).toMatchObject({ categoryType: 'focusArea', code: '1' });

    const again = await applyImport(store, result, { today });
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true);
  });
});

describe('a scorecard from a spreadsheet', () => {
  it('writes goals under perspectives (an existing one reused), indicators with their rule, and a period per value column; a rerun adds nothing', async () => {
    const result = await parseWorkbook(await scorecard(), 'styrkort.xlsx');
    expect(result.errors).toEqual([]);
    const first = await applyImport(store, result, { today });
    const planKey = 'plan:styrkort-2026-lansteknik-2026';
    expect(first).toEqual({ planKey, added: { roles: 0, categories: 2, plans: 1, items: 3, measures: 4, links: 0, periods: 2, statusReports: 6 } });

    const data = await store.loadPlan(planKey);
    expect(data.plan).toMatchObject({ kind: 'scorecard', year: 2026 });
    expect(data.items.map((i) => [i.title, i.strategyKey])).toEqual([
      ['Stabil teknisk infrastruktur', 'perspective:medborgare'], ['Låg sjukfrånvaro', 'perspective:medarbetare'], ['Dokumenterad styrmodell', 'perspective:verksamhet']
    ]);
    expect(data.measures.map((m) => [m.measureKind, m.title, m.targetRule, m.targetValue, m.unitOfMeasure, m.splitBySex])).toEqual([
      ['indicator', 'Antal driftavbrott', 'decrease', null, '', false],
      ['indicator', 'Sjukfrånvaro', 'atMost', 3, '%', true],
      ['indicator', 'Andel med heltid', 'atLeast', 90, '%', false],
      ['indicator', 'Styrmodell', 'done', null, '', false]
    ]);
    expect(data.periods.map((p) => [p.title, p.asOfDate, p.sortOrder, p.state]).sort()).toEqual([['Utfall 2025', '2025-12-31', 1, 'closed'], ['Utfall T1', '2026-04-30', 2, 'closed']]);
    const t1 = data.periods.find((p) => p.title === 'Utfall T1')!;
    const sick = data.reports.find((r) => r.measureKey === data.measures[1].key && r.periodKey === t1.key)!;
    expect(sick).toMatchObject({ value: 3.8, valueWomen: 2.07, valueMen: 4.47, comment: 'Korttidsfrånvaron ökar', status: null });
    // The colour is the product's to compute: 3.8 % against "≤ 3 %" is red with the default tolerance.
    expect(fulfilmentOf(data.measures[1], sick, null)).toEqual({ kind: 'computed', colour: 'red' });

    const again = await applyImport(store, result, { today });
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true);
  });
});

describe('npm run import for the new kinds', () => {
  it('prints plan.kind and counts with --dry-run --json, and writes nothing', async () => {
    const plans = join(dir, 'handlingsplan.xlsx');
    writeFileSync(plans, await actionPlan());
    const cards = join(dir, 'styrkort.xlsx');
    writeFileSync(cards, await xlsx({ rows: [
      ['Styrkort 2027 Kultur'],
      ['Mål', 'Indikator', 'Målvärde', 'Utfall 2026', 'Utfall T1', 'Kvinnor T1', 'Män T1'],
      ['Fler besökare', 'Antal besök', 'Öka', 1000, 1100, 600, 500],
      [null, 'Nöjdhet', '≥ 80 %', null, null, null, null]
    ] }));
    const before = (await store.plans.all()).length;
    const [action, card] = await Promise.all([run([plans, '--dry-run', '--json']), run([cards, '--dry-run', '--json'])]);
    expect(action.code).toBe(0);
    const a = JSON.parse(action.stdout);
    expect(Object.keys(a).slice(0, 4)).toEqual(['plan', 'items', 'warnings', 'errors']);
    expect(a.plan.kind).toBe('patientSafety');
    expect(a.format).toBe('actionPlan');
    expect(a.counts).toEqual({ items: 2, measures: 3, indicators: 0, indicatorValues: 0 });
    expect(a).toMatchObject({ dryRun: true, applied: null });
    expect(card.code).toBe(0);
    const c = JSON.parse(card.stdout);
    expect(c.plan).toEqual({ title: 'Styrkort 2027 Kultur', kind: 'scorecard', year: 2027 });
    expect(c.counts).toEqual({ items: 1, measures: 0, indicators: 2, indicatorValues: 2 });
    expect((await store.plans.all()).length).toBe(before);
  });

  it('refuses a file with no recognisable plan and writes nothing', async () => {
    const file = join(dir, 'utan-aktivitet.xlsx');
    writeFileSync(file, await xlsx({ rows: [['Handlingsplan 2026'], ['Mål', 'Metod/Datakälla'], ['Alla har gått utbildningen', 'Kursregister']] }));
    const before = (await store.plans.all()).length;
    const { code, stdout } = await run([file, '--json']);
    expect(code).toBe(1);
    const output = JSON.parse(stdout);
    expect(output.errors).toEqual(expect.arrayContaining([expect.objectContaining({ message: 'Filen saknar en kolumn för risken ("Risk" eller "Beskrivning av risk").' })]));
    expect(output.applied).toBeNull();
    expect((await store.plans.all()).length).toBe(before);
  });
});
