/**
 * Every file of the hostile corpus (tools/hostileCorpus.ts) goes through the product's real import path,
 * the `npm run import` command (tools/import.ts, bundled once with esbuild so that each of the ~70 runs
 * starts in a fraction of a second rather than compiling TypeScript again), against the local emulator over HTTP, each in a child process of its own with
 * `--max-old-space-size` and a preload that reports the process's peak memory (`resourceUsage().maxRSS`).
 * For each file: the message names the problem (the corpus's expected phrases), nothing is written (the
 * emulator's request counters show no POST, PUT, PATCH, MERGE or DELETE), the run ends within 30 s (it is
 * killed at 30 s) and stays under 500 MB. The few files the product accepts (formula-looking text, a
 * sheet password, macros) are imported and their text is stored exactly as written.
 * These are safety bounds, not performance figures (`npm run bench` measures speed).
 */
import { spawn } from 'child_process';
import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { personas } from '../../server/directory/demoDirectory';
import { createSp } from '../../src/data/spClient';
import { provision } from '../../src/data/provisioning';
import { createStore, Store } from '../../src/data/stores';
import { corpusEntries, CorpusEntry, writeCorpus } from '../../tools/hostileCorpus';
import { LocalProduct, startLocalProduct } from './localProduct';

const ROOT = join(__dirname, '..', '..');
const TIME_LIMIT_MS = 30_000;
const MEMORY_LIMIT_MB = 500;
/** The child's JavaScript heap stays below the memory bound, so that a runaway file fails by itself rather than the machine. */
const HEAP_LIMIT_MB = 448;
const WRITES = ['POST', 'PUT', 'PATCH', 'MERGE', 'DELETE'];

jest.setTimeout(TIME_LIMIT_MS + 15_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  maxRssMb: number | null;
  killed: boolean;
}

interface Row {
  file: string;
  outcome: string;
  message: string;
  ms: number;
  maxRssMb: number | null;
  writes: number;
}

const dir = mkdtempSync(join(tmpdir(), 'ik-hostile-'));
const cli = join(dir, 'import-cli.cjs');
const reporter = join(dir, 'report-usage.cjs');
const rows: Row[] = [];
let product: LocalProduct;
let store: Store;

beforeAll(async () => {
  await writeCorpus(join(dir, 'corpus'));
  // Minified, the bundle loads in about a third of the time: the 73 runs start faster, the code is the same.
  buildSync({ entryPoints: [join(ROOT, 'tools', 'import.ts')], bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20', outfile: cli, logLevel: 'error' });
  writeFileSync(reporter, "process.on('exit', () => require('fs').writeFileSync(process.env.IK_USAGE_FILE, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS })));\n");
  product = await startLocalProduct();
  const sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
  await provision(sp);
  store = createStore(sp);
}, 180_000);

afterAll(async () => {
  await product?.app.close();
  // The table the report is made from: file, outcome, first message, time, peak memory.
  console.log(rows.map((r) => `${r.file}\t${r.outcome}\t${r.ms} ms\t${r.maxRssMb ?? '?'} MB\twrites ${r.writes}\t${r.message}`).join('\n'));
  rmSync(dir, { recursive: true, force: true });
});

/** The command on one file, in a child process bounded in heap and killed at the time limit. */
function runImport(file: string): Promise<Run> {
  const usage = `${file}.usage.json`;
  const env: NodeJS.ProcessEnv = { ...process.env, SP_SITE_URL: product.siteUrl, SP_EMULATOR_USER: personas.coordinator, IK_USAGE_FILE: usage };
  delete env.NODE_OPTIONS;
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_LIMIT_MB}`, '--require', reporter, cli, file, '--json'], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    const timer = setTimeout(() => { killed = true; child.kill('SIGKILL'); }, TIME_LIMIT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      let maxRssMb: number | null = null;
      try {
        maxRssMb = Math.round((JSON.parse(readFileSync(usage, 'utf8')) as { maxRSS: number }).maxRSS / 1024);
      } catch {
        // No report: the child was killed or crashed; the assertions below say so.
      }
      resolve({ code, stdout, stderr, ms: Date.now() - started, maxRssMb, killed });
    });
  });
}

async function writesSoFar(): Promise<number> {
  const stats = await (await fetch(`${product.siteUrl}/_emulator/stats`)).json() as { byMethod: Record<string, number> };
  return WRITES.reduce((n, method) => n + (stats.byMethod[method] ?? 0), 0);
}

interface Output {
  errors: Array<{ message: string }>;
  warnings: Array<{ message: string }>;
  items: unknown[];
  applied: { planKey: string } | null;
}

function contains(messages: string[], phrase: string): boolean {
  return messages.some((m) => m.toLowerCase().includes(phrase.toLowerCase()));
}

describe('the hostile-input corpus through `npm run import`', () => {
  it('has at least 50 files, each with the problem it shows and a message to expect', () => {
    const entries = corpusEntries();
    expect(entries.length).toBeGreaterThanOrEqual(50);
    expect(new Set(entries.map((e) => e.file)).size).toBe(entries.length);
    for (const entry of entries) expect(entry.expect.outcome === 'imported' || entry.expect.phrases.length > 0).toBe(true);
  });

  it.each(corpusEntries().map((entry): [string, CorpusEntry] => [entry.file, entry]))('%s', async (file, entry) => {
    const before = await writesSoFar();
    const run = await runImport(join(dir, 'corpus', file));
    const writes = (await writesSoFar()) - before;
    const output = run.stdout.trim() ? JSON.parse(run.stdout.trim().split('\n').pop() as string) as Output : null;
    const errors = output?.errors.map((e) => e.message) ?? [];
    const warnings = output?.warnings.map((w) => w.message) ?? [];
    rows.push({ file, outcome: entry.expect.outcome, message: (errors[0] ?? warnings[0] ?? '').slice(0, 140), ms: run.ms, maxRssMb: run.maxRssMb, writes });

    expect({ killed: run.killed, stderr: run.stderr }).toEqual({ killed: false, stderr: '' });
    expect(run.ms).toBeLessThan(TIME_LIMIT_MS);
    expect(run.maxRssMb).not.toBeNull();
    expect(run.maxRssMb as number).toBeLessThan(MEMORY_LIMIT_MB);
    expect(output).not.toBeNull();

    const expected = entry.expect;
    if (expected.outcome === 'refused') {
      expect({ code: run.code, writes }).toEqual({ code: 1, writes: 0 });
      for (const phrase of expected.phrases) expect({ phrase, found: contains(errors, phrase), errors }).toMatchObject({ phrase, found: true });
      const items = JSON.stringify(output?.items ?? []);
      for (const text of expected.itemsContain ?? []) expect(items).toContain(text);
      for (const text of expected.itemsLack ?? []) expect(items).not.toContain(text);
    } else {
      expect({ code: run.code, errors }).toEqual({ code: 0, errors: [] });
      expect(writes).toBeGreaterThan(0);
      for (const phrase of expected.phrases) expect({ phrase, found: contains(warnings, phrase), warnings }).toMatchObject({ phrase, found: true });
      const data = await store.loadPlan((output?.applied as { planKey: string }).planKey);
      expect(data.items.map((i) => i.title)).toEqual(expect.arrayContaining(expected.stored));
    }
  });
});
