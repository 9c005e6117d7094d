/**
 * `npm run import -- <file.xlsx|file.csv> [--plan "<title>"] [--year 2026] [--dry-run] [--json] [--lang en-US]`:
 * reads a plan from a spreadsheet, checks all of it, and (unless --dry-run, and only when there are no
 * errors) writes it to SP_SITE_URL (default: the local emulator). With --json, stdout carries exactly
 * one JSON object (run as `npm run --silent import -- …` so npm prints no banner). Exit code 1 on errors.
 */
import { readFileSync } from 'fs';
import { basename } from 'path';
import { spfi, SPBrowser } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { createSp } from '../src/data/spClient';
import { createStore } from '../src/data/stores';
import { importStrings } from '../src/components/Import/importStrings';
import { applyImport, ApplyResult } from '../src/import/applyImport';
import { parseWorkbook } from '../src/import/parseWorkbook';
import { ImportProblem, ImportResult } from '../src/import/types';
import { stockholmDate } from '../src/model/calendar';
import { defaultRiskMatrix, RiskMatrixConfig } from '../src/model/riskMatrix';

interface Args {
  file: string;
  plan?: string;
  year?: number;
  dryRun: boolean;
  json: boolean;
  locale: 'sv-SE' | 'en-US';
}

const USAGE = 'Användning: npm run import -- <fil.xlsx|fil.csv> [--plan "<titel>"] [--year <år>] [--dry-run] [--json] [--lang en-US]';

function parseArgs(argv: string[]): Args {
  const args: Args = { file: '', dryRun: false, json: false, locale: 'sv-SE' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--plan') args.plan = argv[++i];
    else if (arg === '--year') args.year = Number(argv[++i]);
    else if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--lang') args.locale = argv[++i] === 'en-US' ? 'en-US' : 'sv-SE';
    else if (!arg.startsWith('--') && !args.file) args.file = arg;
    else throw new Error(`Okänt argument: ${arg}\n${USAGE}`);
  }
  if (!args.file) throw new Error(USAGE);
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

function where(problem: ImportProblem): string {
  const parts = [problem.row !== null ? `rad ${problem.row}` : '', problem.column !== null ? `kolumn "${problem.column}"` : ''].filter(Boolean);
  return parts.length ? `${parts.join(', ')}: ` : '';
}

function summary(result: ImportResult, args: Args, applied: ApplyResult | null): string {
  const lines: string[] = [];
  const plan = result.plan;
  lines.push(plan ? `Plan: ${plan.title} (${plan.year ?? 'år saknas'}, ${plan.kind === 'patientSafety' ? 'patientsäkerhet' : 'internkontroll'})` : 'Plan: ingen igenkänd');
  lines.push(`Format: ${result.format === 'controlSteps' ? 'kontrollmoment' : 'risktabell'}; blad "${result.sheet}", rubrikrad ${result.headerRow ?? '–'}`);
  if (result.mapping.length) {
    lines.push('Kolumner:');
    const fields = importStrings['sv-SE'].fields;
    for (const m of result.mapping) lines.push(`  ${m.column} → ${m.field ? fields[m.field] : '(okänd, importeras inte)'}`);
  }
  const measures = result.items.reduce((n, i) => n + i.measures.length, 0);
  const statuses = result.items.reduce((n, i) => n + i.measures.filter((m) => m.status).length, 0);
  lines.push(`Risker: ${result.items.length}, åtgärder: ${measures}, med status: ${statuses}`);
  if (result.warnings.length) {
    lines.push(`Varningar (${result.warnings.length}):`);
    for (const w of result.warnings) lines.push(`  ${where(w)}${w.message}`);
  }
  if (result.errors.length) {
    lines.push(`Fel (${result.errors.length}) – inget har skrivits:`);
    for (const e of result.errors) lines.push(`  ${where(e)}${e.message}`);
  } else if (args.dryRun) {
    lines.push('Provkörning (--dry-run): inget har skrivits.');
  } else if (applied) {
    const added = Object.entries(applied.added).map(([list, n]) => `${list} ${n}`).join(', ');
    lines.push(`Importerad till ${applied.planKey}. Tillagda: ${added}.`);
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const bytes = new Uint8Array(readFileSync(args.file));
  const riskMatrix = await siteRiskMatrix();
  const result = await parseWorkbook(bytes, basename(args.file), { planTitle: args.plan, year: args.year, locale: args.locale, riskMatrix });
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
    process.stdout.write(`${JSON.stringify({ plan, items, warnings, errors, ...rest, dryRun: args.dryRun, applied })}\n`);
  } else {
    console.log(summary(result, args, applied));
  }
  return result.errors.length > 0 ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
