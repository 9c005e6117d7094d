/**
 * `npm run import -- <file.xlsx|file.csv> [--plan "<title>"] [--year 2026] [--dry-run] [--json] [--lang en-US]`
 * `npm run import -- --list "<list title>" [--plan "<title>"] [--year 2026] [--map "<column>=<field>"]… [--dry-run] [--json]`:
 * reads a plan (internal control, action plan or scorecard) from a spreadsheet or from a list of the site,
 * checks all of it, and (unless --dry-run, and only when there are no errors) writes it to SP_SITE_URL
 * (default: the local emulator). A list's rerun updates what changed in the list. With --json, stdout
 * carries exactly one JSON object (run as `npm run --silent import -- …` so npm prints no banner), with
 * `plan.kind` and `counts`. Exit code 1 on errors, 2 when the command itself fails.
 */
import { readFileSync } from 'fs';
import { basename } from 'path';
import { spfi, SPBrowser } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { createSp } from '../src/data/spClient';
import { createStore } from '../src/data/stores';
import { importStrings } from '../src/components/Import/importStrings';
import { applyImport, ApplyResult } from '../src/import/applyImport';
import { countsOf } from '../src/import/counts';
import { parseList } from '../src/import/importList';
import { parseWorkbook } from '../src/import/parseWorkbook';
import { createSiteListSource } from '../src/import/pnpSiteLists';
import { ImportField, ImportProblem, ImportResult, MappingOverrides } from '../src/import/types';
import { planKinds } from '../src/model/planKinds';
import { stockholmDate } from '../src/model/calendar';
import { defaultRiskMatrix, RiskMatrixConfig } from '../src/model/riskMatrix';

interface Args {
  file: string;
  list?: string;
  /** `--map "Kolumn=field"`: a list column's field by display or internal name (field "-" = not imported). */
  map: Array<[string, string]>;
  plan?: string;
  year?: number;
  dryRun: boolean;
  json: boolean;
  locale: 'sv-SE' | 'en-US';
}

const USAGE = 'Användning: npm run import -- <fil.xlsx|fil.csv> [--plan "<titel>"] [--year <år>] [--dry-run] [--json] [--lang en-US]\n' +
  '         npm run import -- --list "<listans titel>" [--plan "<titel>"] [--year <år>] [--map "<kolumn>=<fält>"] [--dry-run] [--json]';

function parseArgs(argv: string[]): Args {
  const args: Args = { file: '', map: [], dryRun: false, json: false, locale: 'sv-SE' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--list') args.list = argv[++i];
    else if (arg === '--map') {
      const [column, field] = (argv[++i] ?? '').split('=');
      if (!column || field === undefined) throw new Error(`--map kräver "<kolumn>=<fält>"\n${USAGE}`);
      args.map.push([column.trim(), field.trim()]);
    } else if (arg === '--plan') args.plan = argv[++i];
    else if (arg === '--year') args.year = Number(argv[++i]);
    else if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--lang') args.locale = argv[++i] === 'en-US' ? 'en-US' : 'sv-SE';
    else if (!arg.startsWith('--') && !args.file) args.file = arg;
    else throw new Error(`Okänt argument: ${arg}\n${USAGE}`);
  }
  if (!args.file === !args.list) throw new Error(USAGE);
  return args;
}

/** The site's risk matrix, to check scores against; the default 4 × 4 when the site cannot be read. */
async function siteRiskMatrix(): Promise<RiskMatrixConfig> {
  try {
    return await siteStore().riskMatrix();
  } catch {
    return defaultRiskMatrix;
  }
}

function siteStore(): ReturnType<typeof createStore> {
  const siteUrl = process.env.SP_SITE_URL ?? `http://localhost:${process.env.PORT ?? 4321}/sites/internkontroll`;
  const token = process.env.SP_ACCESS_TOKEN;
  const sp = token
    ? spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ Authorization: `Bearer ${token}` }))
    : createSp(siteUrl, { emulatorUser: process.env.SP_EMULATOR_USER });
  return createStore(sp);
}

function where(problem: ImportProblem, list: boolean): string {
  const row = problem.row !== null ? (list ? `post ${problem.row}` : `rad ${problem.row}`) : '';
  const parts = [row, problem.column !== null ? `kolumn "${problem.column}"` : ''].filter(Boolean);
  return parts.length ? `${parts.join(', ')}: ` : '';
}

const KIND_NAMES = { internalControl: 'internkontroll', patientSafety: 'patientsäkerhet', scorecard: 'styrkort', securityReport: 'säkerhetsberättelse' };
const FORMAT_NAMES = { riskTable: 'risktabell', controlSteps: 'kontrollmoment', actionPlan: 'handlingsplan', scorecard: 'styrkort' };

function countsLine(result: ImportResult): string {
  const counts = countsOf(result);
  const kind = result.plan?.kind ?? (result.format === 'actionPlan' ? 'patientSafety' : result.format === 'scorecard' ? 'scorecard' : 'internalControl');
  const v = planKinds[kind].vocabulary['sv-SE'];
  if (result.format === 'scorecard') return `${v.item.many}: ${counts.items}, indikatorer: ${counts.indicators}, utfall: ${counts.indicatorValues}`;
  const statuses = result.items.reduce((n, i) => n + (i.measures as Array<{ status?: unknown }>).filter((m) => m.status).length, 0);
  const measures = result.format === 'actionPlan' ? 'aktiviteter' : 'åtgärder';
  return `${v.item.many}: ${counts.items}, ${measures}: ${counts.measures}, med status: ${statuses}`;
}

function summary(result: ImportResult, args: Args, applied: ApplyResult | null): string {
  const lines: string[] = [];
  const plan = result.plan;
  const list = result.source.type === 'list';
  lines.push(plan ? `Plan: ${plan.title} (${plan.year ?? 'år saknas'}, ${KIND_NAMES[plan.kind]})` : 'Plan: ingen igenkänd');
  lines.push(list ? `Format: ${FORMAT_NAMES[result.format]}; lista "${result.sheet}"`
    : `Format: ${FORMAT_NAMES[result.format]}; blad "${result.sheet}", rubrikrad ${result.headerRow ?? '–'}`);
  if (result.mapping.length) {
    lines.push('Kolumner:');
    const fields = importStrings['sv-SE'].fields;
    for (const m of result.mapping) lines.push(`  ${m.column} → ${m.field ? fields[m.field] : '(okänd, importeras inte)'}`);
  }
  lines.push(countsLine(result));
  if (result.warnings.length) {
    lines.push(`Varningar (${result.warnings.length}):`);
    for (const w of result.warnings) lines.push(`  ${where(w, list)}${w.message}`);
  }
  if (result.errors.length) {
    lines.push(`Fel (${result.errors.length}) – inget har skrivits:`);
    for (const e of result.errors) lines.push(`  ${where(e, list)}${e.message}`);
  } else if (args.dryRun) {
    lines.push('Provkörning (--dry-run): inget har skrivits.');
  } else if (applied) {
    const added = Object.entries(applied.added).map(([name, n]) => `${name} ${n}`).join(', ');
    const updated = applied.updated ? ` Uppdaterade: ${Object.entries(applied.updated).map(([name, n]) => `${name} ${n}`).join(', ')}.` : '';
    lines.push(`Importerad till ${applied.planKey}. Tillagda: ${added}.${updated}`);
  }
  return lines.join('\n');
}

const FIELDS = new Set<string>(Object.keys(importStrings['sv-SE'].fields));

/** `--map` entries as overrides by internal name (a column may be named by its display or internal name). */
async function listOverrides(store: ReturnType<typeof siteStore>, title: string, map: Args['map']): Promise<MappingOverrides> {
  if (map.length === 0 || !store.sp) return {};
  const source = createSiteListSource(store.sp);
  const list = await source.findList(title);
  const fields = list ? await source.fields(list.id) : [];
  const overrides: MappingOverrides = {};
  for (const [column, field] of map) {
    const f = fields.find((x) => x.title.toLowerCase() === column.toLowerCase() || x.internalName.toLowerCase() === column.toLowerCase());
    if (!f) throw new Error(`Okänd kolumn i --map: ${column}`);
    if (field !== '-' && !FIELDS.has(field)) throw new Error(`Okänt fält i --map: ${field} (${[...FIELDS].join(', ')})`);
    overrides[f.internalName] = field === '-' ? null : (field as ImportField);
  }
  return overrides;
}

async function read(args: Args): Promise<ImportResult> {
  const riskMatrix = await siteRiskMatrix();
  const options = { planTitle: args.plan, year: args.year, locale: args.locale, riskMatrix };
  if (!args.list) return parseWorkbook(new Uint8Array(readFileSync(args.file)), basename(args.file), options);
  const store = siteStore();
  if (!store.sp) throw new Error('No SharePoint client');
  const mapping = await listOverrides(store, args.list, args.map);
  // A list has no title rows naming the year: this year unless --year or the list's title says otherwise.
  const year = args.year ?? Number(stockholmDate(new Date()).slice(0, 4));
  return (await parseList(createSiteListSource(store.sp), args.list, { ...options, year, mapping })).result;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const result = await read(args);
  let applied: ApplyResult | null = null;
  if (result.errors.length === 0 && !args.dryRun) {
    try {
      applied = await applyImport(siteStore(), result, { today: stockholmDate(new Date()), reporter: null });
    } catch (error) {
      result.errors.push({ row: null, column: null, message: `Skrivningen misslyckades: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  if (args.json) {
    const { plan, items, warnings, errors, ...rest } = result;
    process.stdout.write(`${JSON.stringify({ plan, items, warnings, errors, ...rest, counts: countsOf(result), dryRun: args.dryRun, applied })}\n`);
  } else {
    console.log(summary(result, args, applied));
  }
  return result.errors.length > 0 ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
