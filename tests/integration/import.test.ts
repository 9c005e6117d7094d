/**
 * Import end to end against the local product over HTTP: applyImport writes the plan, roles, risks,
 * measures with their responsible links, the import period (recording who imported) and status reports,
 * which count as the file's history in the views and stay out of board papers; a rerun adds nothing and
 * completes an interrupted run; a result with errors writes nothing. And the command, `tools/import.ts
 * --json`, as a user runs it. (The other kinds: importKinds.test.ts; lists of the site: importList.test.ts.)
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { personas } from '../../server/directory/demoDirectory';
import { createSp } from '../../src/data/spClient';
import { provision } from '../../src/data/provisioning';
import { createStore, Store } from '../../src/data/stores';
import { applyImport } from '../../src/import/applyImport';
import { collectBoardPage } from '../../src/board/boardData';
import { sortReports } from '../../src/model/reportAuthority';
import { parseWorkbook } from '../../src/import/parseWorkbook';
import { runTool } from '../../src/import/__tests__/cli';
import { xlsx } from '../../src/import/__tests__/fixtures';
import { LocalProduct, startLocalProduct } from './localProduct';

jest.setTimeout(120_000);

const today = '2026-11-23';
let product: LocalProduct;
let store: Store;
const dir = mkdtempSync(join(tmpdir(), 'ik-import-'));

const goodPlan = (title: string): Promise<Uint8Array> => xlsx({
  rows: [
    [title],
    ['Risk', 'Konsekvens', 'Hantering av risk', 'Orsak', 'Åtgärd', 'Ansvarig', 'Status', 'Kommentar', 'Klart senast'],
    ['Utsläpp av växthusgaser', 'Negativ klimatpåverkan', 'begränsa', 'Resor och transporter', 'Målstyrning för alla verksamheter', 'Miljöstrateg',
      { fill: 'FFFFC000' }, 'Pågår', '2026-12-31'],
    [null, null, null, null, 'Destruktion av lustgas', 'Miljöstrateg', 'grön', 'Anläggningen är köpt', null],
    ['Dålig följsamhet till avtal', 'Risk för vite', 'eliminera', 'Bristande förståelse', 'Mer kontroll att avtal följs', 'ekonomidirektör (import)', '', '', null]
  ]
});

function run(args: string[], tool = 'tools/import.ts'): Promise<{ code: number; stdout: string; stderr: string }> {
  return runTool(product.siteUrl, args, tool);
}

beforeAll(async () => {
  product = await startLocalProduct({ today });
  const sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
  await provision(sp);
  store = createStore(sp);
  await store.roles.add({ key: 'role:ekonomidirektor-import', title: 'Ekonomidirektör (import)', unitKey: null, holder: null, delegate: null });
});

afterAll(async () => {
  await product.app.close();
});

describe('applyImport', () => {
  it('writes plan, roles, risks, measures, the import period and status reports; a rerun adds nothing', async () => {
    const result = await parseWorkbook(await goodPlan('Internkontrollplan 2026 Miljönämnden'), 'miljo.xlsx');
    expect(result.errors).toEqual([]);
    const first = await applyImport(store, result, { today, reporter: null });
    const planKey = 'plan:internkontrollplan-2026-miljonamnden-2026';
    expect(first).toEqual({ planKey, added: { roles: 1, categories: 0, plans: 1, items: 2, measures: 3, links: 3, periods: 1, statusReports: 2 } });

    const data = await store.loadPlan(planKey);
    expect(data.plan).toMatchObject({ title: 'Internkontrollplan 2026 Miljönämnden', kind: 'internalControl', year: 2026, state: 'draft' });
    expect(data.items.map((i) => [i.key, i.title, i.handling])).toEqual([
      [`risk:${planKey}:01`, 'Utsläpp av växthusgaser', 'reduce'], [`risk:${planKey}:02`, 'Dålig följsamhet till avtal', 'eliminate']
    ]);
    expect(data.measures.map((m) => [m.key, m.roleKey, m.dueDate, m.measureKind])).toEqual([
      [`measure:${planKey}:01:1`, 'role:miljostrateg', '2026-12-31', 'measure'],
      [`measure:${planKey}:01:2`, 'role:miljostrateg', null, 'measure'],
      [`measure:${planKey}:02:1`, 'role:ekonomidirektor-import', null, 'measure']
    ]);
    expect(await store.roles.byKey('role:miljostrateg')).toMatchObject({ title: 'Miljöstrateg', holder: null });
    expect(data.links.map((l) => [l.linkType, l.fromKey, l.toKey]).sort()).toEqual([
      ['responsible', `measure:${planKey}:01:1`, 'role:miljostrateg'], ['responsible', `measure:${planKey}:01:2`, 'role:miljostrateg'],
      ['responsible', `measure:${planKey}:02:1`, 'role:ekonomidirektor-import']
    ]);
    expect(data.measures.map((m) => m.roleKeys)).toEqual([['role:miljostrateg'], ['role:miljostrateg'], ['role:ekonomidirektor-import']]);
    // The period records who imported, as SharePoint names the signed-in person (asked, since not given).
    expect(data.periods).toEqual([expect.objectContaining({ key: `period:${planKey}:import`, title: 'Status vid import', asOfDate: today, deadline: today, state: 'closed',
      importedBy: personas.coordinator })]);
    expect(data.reports.map((r) => [r.key, r.status, r.comment, r.reportedAt]).sort()).toEqual([
      [`report:measure:${planKey}:01:1:period:${planKey}:import:1`, 'yellow', 'Pågår', `${today}T12:00:00Z`],
      [`report:measure:${planKey}:01:2:period:${planKey}:import:1`, 'green', 'Anläggningen är köpt', `${today}T12:00:00Z`]
    ]);

    // The statuses are the file's history, written by the coordinator: the plan's views count them as imported, the board paper leaves them out.
    expect(data.reports.every((r) => r.reportedBy?.upn === personas.coordinator)).toBe(true);
    const roles = await store.roles.all();
    const sorted = sortReports(data.reports, data.measures, roles, data.periods);
    expect([sorted.accepted.length, sorted.imported.length, sorted.flagged.length]).toEqual([0, 2, 0]);
    const board = await collectBoardPage(store, planKey, `period:${planKey}:import`);
    expect(board.data.reports).toEqual([]);
    expect(board.leftOutImported.map((r) => r.status).sort()).toEqual(['green', 'yellow']);
    expect(board.leftOut).toEqual([]);

    const second = await applyImport(store, result, { today, reporter: null });
    expect(Object.values(second.added).every((n) => n === 0)).toBe(true);

    // A run interrupted after some measures: the rerun completes it.
    await store.measures.remove(data.measures[2]);
    const third = await applyImport(store, result, { today, reporter: null });
    expect(third.added).toMatchObject({ measures: 1, items: 0, plans: 0 });
  });

  it('writes control steps as measures of kind controlStep with their method, and the process in the cause', async () => {
    const bytes = await xlsx({ rows: [
      ['Internkontrollplan 2026 Socialnämnden'],
      ['Process/rutin', 'Risk', 'Sannolikhet', 'Konsekvens', 'Riskvärde', 'Kontrollmoment', 'Kontrollansvarig', 'Metod', 'Frekvens', 'Rapporteras till'],
      ['Inköp', 'Inköp utanför avtal', 3, 4, 12, 'Stickprov av fakturor', 'Ekonomichef', 'Stickprov', 'Årligen', 'Socialnämnden']
    ] });
    const result = await parseWorkbook(bytes, 'kontroll.xlsx');
    const { planKey } = await applyImport(store, result, { today });
    const data = await store.loadPlan(planKey);
    expect(data.items[0]).toMatchObject({ title: 'Inköp utanför avtal', cause: 'Process/rutin: Inköp', probability: 3, severity: 4 });
    expect(data.measures[0]).toMatchObject({ measureKind: 'controlStep', method: 'Stickprov. Frekvens: Årligen. Rapporteras till: Socialnämnden' });
    expect(data.periods).toEqual([]);
  });

  it('refuses a result with errors before writing anything', async () => {
    const before = (await store.plans.all()).length;
    const result = await parseWorkbook(await goodPlan('Internkontrollplan 2026 Felnämnden'), 'fel.xlsx');
    result.errors.push({ row: 3, column: 'Sannolikhet', message: 'fel' });
    await expect(applyImport(store, result, { today })).rejects.toThrow('nothing is written');
    expect((await store.plans.all()).length).toBe(before);
    expect(await store.plans.byKey('plan:internkontrollplan-2026-felnamnden-2026')).toBeNull();
  });
});

describe('npm run import', () => {
  it('exits non-zero with errors and writes nothing for a file with no recognisable plan', async () => {
    const file = join(dir, 'ingen-plan.xlsx');
    writeFileSync(file, await xlsx({ rows: [['Minnesanteckningar'], ['Vi ses på fredag']] }));
    const before = (await store.plans.all()).length;
    const { code, stdout } = await run([file, '--json']);
    expect(code).not.toBe(0);
    const output = JSON.parse(stdout);
    expect(output.plan).toBeNull();
    expect(output.errors.length).toBeGreaterThan(0);
    expect((await store.plans.all()).length).toBe(before);
  });

  it('writes nothing with --dry-run, and writes the plan without it', async () => {
    const file = join(dir, 'kultur.xlsx');
    writeFileSync(file, await goodPlan('Internkontrollplan 2026 Kulturnämnden'));
    const planKey = 'plan:internkontrollplan-2026-kulturnamnden-2026';
    const dry = await run([file, '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    const dryOutput = JSON.parse(dry.stdout);
    expect(Object.keys(dryOutput).slice(0, 4)).toEqual(['plan', 'items', 'warnings', 'errors']);
    expect(dryOutput.items).toHaveLength(2);
    expect(await store.plans.byKey(planKey)).toBeNull();

    const wet = await run([file, '--json']);
    expect(wet.code).toBe(0);
    expect(JSON.parse(wet.stdout).applied).toEqual({ planKey, added: { roles: 0, categories: 0, plans: 1, items: 2, measures: 3, links: 3, periods: 1, statusReports: 2 } });
    expect(await store.plans.byKey(planKey)).toMatchObject({ title: 'Internkontrollplan 2026 Kulturnämnden', year: 2026 });

    // npm run export gives back a file the import reads as the same plan, statuses included.
    const out = join(dir, 'kultur-export.xlsx');
    const exported = await run(['--plan', planKey, '--out', out], 'tools/export.ts');
    expect(exported.code).toBe(0);
    const again = await parseWorkbook(readFileSync(out), 'kultur-export.xlsx');
    expect(again.errors).toEqual([]);
    // The same, except that a responsible matched to an existing role now carries the role's own spelling.
    const comparable = (items: Array<{ row: number; measures: Array<{ responsible: string }> }>): unknown =>
      items.map(({ row, ...rest }) => ({ ...rest, measures: rest.measures.map((m) => ({ ...m, responsible: m.responsible.toLowerCase() })) }));
    expect(comparable(again.items)).toEqual(comparable(dryOutput.items));
    expect(again.items[1].measures[0].responsible).toBe('Ekonomidirektör (import)');
  });

  it('prints a readable Swedish summary without --json', async () => {
    const file = join(dir, 'sammanfattning.xlsx');
    writeFileSync(file, await goodPlan('Internkontrollplan 2026 Fritidsnämnden'));
    const { code, stdout } = await run([file, '--dry-run']);
    expect(code).toBe(0);
    expect(stdout).toContain('Plan: Internkontrollplan 2026 Fritidsnämnden (2026, internkontroll)');
    expect(stdout).toContain('Risker: 2, åtgärder: 3, med status: 2');
    expect(stdout).toContain('Ansvarig → Ansvarig');
    expect(stdout).toContain('Provkörning (--dry-run): inget har skrivits.');
  });
});
