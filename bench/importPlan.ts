/**
 * Importing a plan of 1,000 rows as `npm run import -- plan.csv` does it (tools/import.ts: the site's risk
 * matrix, parseWorkbook, applyImport), against the scale region with the latency model on: the time, and
 * the SharePoint requests from the emulator's counters, with what makes them.
 */
import { personas } from '../server/directory/demoDirectory';
import { createSp } from '../src/data/spClient';
import { createStore } from '../src/data/stores';
import { applyImport } from '../src/import/applyImport';
import { parseWorkbook } from '../src/import/parseWorkbook';
import type { StatsSnapshot } from '../server/sharepoint/stats';
import { BenchProduct, statsBetween } from './product';
import { Random } from './scale/random';
import type { ScaleRegion } from './scale/region';
import { countTraffic } from './traffic';
import { CAUSES, CONSEQUENCES, MEASURE_FORMS, PROCESSES, RISK_FORMS, WHERE } from './scale/words';

const HEADERS = ['Risk', 'Konsekvens', 'Hantering av risk', 'Orsak', 'Sannolikhet', 'Konsekvensgrad', 'Åtgärd', 'Ansvarig', 'Status', 'Kommentar', 'Klart senast'];

function csvField(text: string): string {
  return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A nämnd's plan as a spreadsheet export: a title row, the header row, and `rows` rows of two measures per
 * risk (the second row leaves the risk's columns empty). The responsible are role titles, most of them the
 * site's own roles, a few new.
 */
export function planCsv(scale: ScaleRegion, rows = 1000, seed = 11): string {
  const random = new Random(seed);
  const known = scale.region.roles.filter((r) => r.key.startsWith('role:skala:')).slice(0, 30).map((r) => r.title);
  const fresh = ['Förvaltningschef Tandvården', 'Verksamhetschef Folktandvården', 'Klinikchef Specialisttandvården', 'Ekonomichef Tandvården',
    'HR-chef Tandvården', 'Kvalitetssamordnare Tandvården', 'Fastighetssamordnare Tandvården', 'IT-samordnare Tandvården',
    'Informationssäkerhetssamordnare Tandvården', 'Upphandlingssamordnare Tandvården'];
  const lines = [`Internkontrollplan ${scale.today.slice(0, 4)} Tandvårdsnämnden${';'.repeat(HEADERS.length - 1)}`, HEADERS.join(';')];
  for (let i = 0; i < rows; i++) {
    const process = random.pick(PROCESSES);
    const first = i % 2 === 0;
    const risk = first ? [`${random.pick(RISK_FORMS).replace('{p}', process)} ${random.pick(WHERE)} (${i / 2 + 1})`, random.pick(CONSEQUENCES),
      random.pick(['begränsa', 'eliminera', 'behålla']), random.pick(CAUSES), String(random.int(1, 4)), String(random.int(1, 4))] : ['', '', '', '', '', ''];
    const status = random.pick(['grön', 'gul', 'röd', '']);
    lines.push([...risk, random.pick(MEASURE_FORMS).replace('{p}', process), random.chance(0.8) ? random.pick(known) : random.pick(fresh),
      status, status ? 'Enligt plan.' : '', `${scale.today.slice(0, 4)}-12-31`].map(csvField).join(';'));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export interface ImportFigures {
  seconds: number;
  requests: number;
  stats: StatsSnapshot;
  rows: number;
  added: Record<string, number>;
  parseErrors: number;
  /** What the requests were: per kind (plain reads and writes, batches) and per list. */
  breakdown: Record<string, number>;
}

function listOf(line: string): string {
  return /getByTitle\('([^']+)'\)/i.exec(line)?.[1] ?? /(ensureuser|contextinfo|web\b)/i.exec(line)?.[1] ?? 'other';
}

/** Imports the plan as tools/import.ts would, timing it and counting the emulator's requests. */
export async function importPlan(product: BenchProduct, scale: ScaleRegion, rows = 1000): Promise<ImportFigures> {
  const bytes = new TextEncoder().encode(planCsv(scale, rows));
  const store = createStore(createSp(product.siteUrl, { emulatorUser: personas.coordinator }));
  const before = await product.stats();
  const start = Date.now();
  const { result, traffic } = await countTraffic(async () => {
    const riskMatrix = await store.riskMatrix();
    const parsed = await parseWorkbook(bytes, 'tandvardsnamnden.csv', { locale: 'sv-SE', riskMatrix });
    if (parsed.errors.length) return { parsed, applied: null };
    return { parsed, applied: await applyImport(store, parsed, { today: scale.today, reporter: null }) };
  });
  const seconds = Math.round((Date.now() - start) / 100) / 10;
  const stats = statsBetween(before, await product.stats());
  const breakdown: Record<string, number> = {};
  let batchOf = '';
  for (const line of traffic.lines) {
    if (line.startsWith('  > ')) {
      const key = `batch parts: ${line.slice(4).split(' ')[0]} ${listOf(line)}`;
      breakdown[key] = (breakdown[key] ?? 0) + 1;
      if (batchOf) {
        breakdown[`batches: ${batchOf} → ${listOf(line)}`] = (breakdown[`batches: ${batchOf} → ${listOf(line)}`] ?? 0) + 1;
        batchOf = '';
      }
      continue;
    }
    const [method] = line.split(' ');
    if (line.includes('$batch')) batchOf = method;
    else breakdown[`${method} ${listOf(line)}`] = (breakdown[`${method} ${listOf(line)}`] ?? 0) + 1;
  }
  if (result.parsed.errors.length) throw new Error(`The generated plan did not parse: ${result.parsed.errors[0].message}`);
  return { seconds, requests: stats.total, stats, rows, added: result.applied?.added ?? {}, parseErrors: result.parsed.errors.length, breakdown };
}
