/**
 * `npm run faults:reminders -- [--kills 12] [--seed 7] [--faults] [--retry-after 0]`: the reminder service killed
 * at random points and restarted, on the seeded demo region, then checked for everything done exactly once.
 *
 * A run (`tools/reminders.ts`, a real child process) is killed with SIGKILL through a proxy (killProxy.ts): while
 * it claims in the ledger, between a claim and its send, right after Graph accepted a message (before the ledger
 * records it), and at random requests. Each restart runs 11 minutes later on the run's clock (`--now`), past the
 * ledger's 10-minute lease, as the next timer run would. Then one run completes and a last one must find nothing
 * to do. Counted in the Graph emulator's deliveries: every reminder planned for the day is delivered once (the
 * chat cards carry their ledger keys), nothing twice, nothing lost, and each coordinator gets one problem digest.
 * `--faults` also answers a fifth of all requests with 429/503 (`Retry-After` seconds as given). Exit code 1 on
 * any duplicate or loss. tests/integration/reminderKill.test.ts runs a short variant in the test command.
 */
import { AddressInfo } from 'net';
import { buildApp, SITE_PATH } from '../server/app';
import { demoDirectory, personas } from '../server/directory/demoDirectory';
import { seedDemo } from '../server/seed';
import { createSp } from '../src/data/spClient';
import { createStore } from '../src/data/stores';
import { ledgerKeysInCard } from '../src/reminders/delivery/card';
import { runFromConfig } from '../src/reminders/runFromConfig';
import { KillProxy, nth, runReminderChild, SeenRequest, Trigger } from './killProxy';

export interface Product {
  origin: string;
  siteUrl: string;
  graphUrl: string;
}

/** The moments a run is killed at: the three windows of the ledger's design, or the n-th request of any kind. */
export type KillPoint = 'claiming' | 'betweenClaimAndSend' | 'afterSend' | 'random';

const LEASE_STEP_MS = 11 * 60_000;
const isLedgerClaim = (r: SeenRequest): boolean => r.path.includes('/_api/$batch') && r.body.includes('IkReminderLedger') && r.body.includes('IkRunId');
const isChatMessage = (r: SeenRequest): boolean => r.method === 'POST' && /\/graph\/v1\.0\/chats\/[^/]+\/messages$/.test(r.path);

/** A small deterministic generator (mulberry32), so that a seed repeats a scenario. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function triggerFor(point: KillPoint, next: () => number): Trigger {
  const pick = (max: number): number => 1 + Math.floor(next() * max);
  switch (point) {
    case 'claiming': return nth(1, 'while claiming in the ledger', next() < 0.5 ? 'before' : 'after', isLedgerClaim);
    case 'betweenClaimAndSend': return nth(pick(4), 'between claim and send', 'before', isChatMessage);
    case 'afterSend': return nth(pick(4), 'after send, before the ledger records it', 'after', isChatMessage);
    case 'random': {
      const when = next() < 0.5 ? 'before' : 'after';
      // Among a run's first 60 requests: its reads, look-ups, claims and first sends (a later number may outlast the run).
      return nth(pick(60), `at a random request (${when})`, when, () => true);
    }
  }
}

export interface KillReport {
  kills: Array<{ point: KillPoint; fired: string | null }>;
  expected: number;
  delivered: number;
  duplicates: string[];
  missing: string[];
  /** Problem digests each coordinator received. */
  digests: Record<string, number>;
  /** Reminders a restarted run found already in the chat (sent by a killed run) and did not send again. */
  recovered: number;
  /** The run that completed after the kills, and the one after it, which must find nothing left to do. */
  completing: { sent: number };
  last: { sent: number; digestSent: number };
}

/** A role that holds a due subject and has a delegate loses its holder: a problem the coordinators must hear of, once. */
export async function makeAProblem(product: Product): Promise<void> {
  const store = createStore(createSp(product.siteUrl, { emulatorUser: personas.coordinator }));
  const roles = await store.roles.all();
  const role = roles.find((r) => r.holder && r.delegate && r.holder.upn.toLowerCase() !== personas.coordinator);
  if (role) await store.roles.update(role, { holder: null });
}

/** The ledger keys the Graph emulator's deliveries carry, with how often each was delivered, and the problem digests per coordinator. */
export async function deliveredKeys(product: Product): Promise<{ keys: Map<string, number>; digests: Record<string, number> }> {
  const list = (await (await fetch(`${product.origin}/graph/_emulator/deliveries`)).json()) as Array<{ kind: string; to: string[]; card: unknown }>;
  const keys = new Map<string, number>();
  const digests: Record<string, number> = {};
  for (const d of list) {
    for (const key of ledgerKeysInCard(d.card)) {
      if (key.startsWith('problems:')) digests[d.to[0].toLowerCase()] = (digests[d.to[0].toLowerCase()] ?? 0) + 1;
      else keys.set(key, (keys.get(key) ?? 0) + 1);
    }
  }
  return { keys, digests };
}

export async function runKillScenario(product: Product, options: { now: Date; points: KillPoint[]; seed: number; log?: (line: string) => void }): Promise<KillReport> {
  const log = options.log ?? (() => undefined);
  await makeAProblem(product);
  const dry = await runFromConfig({ now: options.now, dryRun: true }, { SP_SITE_URL: product.siteUrl, GRAPH_BASE_URL: product.graphUrl });
  const expected = dry.planned.flatMap((p) => p.measures.map((m) => `${m}|${p.recipient.toLowerCase()}`));
  const proxy = new KillProxy(new URL(product.origin));
  const origin = await proxy.start();
  const next = random(options.seed);
  const kills: KillReport['kills'] = [];
  let step = 0;
  const at = (): Date => new Date(options.now.getTime() + LEASE_STEP_MS * step++);
  try {
    for (const point of options.points) {
      const run = await runReminderChild(proxy, origin, SITE_PATH, at(), triggerFor(point, next));
      kills.push({ point, fired: run.killed ? proxy.fired?.label ?? 'killed' : null });
      log(`${point}: ${run.killed ? `killed ${proxy.fired?.label ?? ''}` : `finished (${run.code})`}`);
      if (!run.killed && run.code !== 0) throw new Error(`A run failed: ${run.stderr}`);
    }
    const completing = await runReminderChild(proxy, origin, SITE_PATH, at(), null);
    if (completing.code !== 0) throw new Error(`The completing run failed: ${completing.stderr}`);
    const final = JSON.parse(completing.stdout) as { sent: number; recovered: number; digest: { sent: number } };
    const again = JSON.parse((await runReminderChild(proxy, origin, SITE_PATH, at(), null)).stdout) as { sent: number; digest: { sent: number } };
    const { keys, digests } = await deliveredKeys(product);
    // A delivered key is `subject|period|stage|upn`; the plan names subject and recipient (one stage a day).
    const deliveredPairs = [...keys.entries()].flatMap(([key, n]) => Array.from({ length: n }, () => { const parts = key.split('|'); return `${parts[0]}|${parts[3]}`; }));
    const count = (list: string[]): Map<string, number> => list.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
    const want = count(expected);
    const got = count(deliveredPairs);
    return {
      kills, expected: expected.length, delivered: deliveredPairs.length,
      duplicates: [...got.entries()].filter(([k, n]) => n > (want.get(k) ?? 0)).map(([k]) => k),
      missing: [...want.entries()].filter(([k, n]) => (got.get(k) ?? 0) < n).map(([k]) => k),
      digests, recovered: final.recovered,
      completing: { sent: final.sent }, last: { sent: again.sent, digestSent: again.digest.sent }
    };
  } finally {
    await proxy.stop();
  }
}

function argValue(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const killCount = Number(argValue(args, '--kills', '12'));
  const seed = Number(argValue(args, '--seed', String(Date.now() % 100_000)));
  const today = '2026-11-23';
  const app = await buildApp({ dataDir: null, workbenchDir: null, today });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const product: Product = { origin, siteUrl: `${origin}${SITE_PATH}`, graphUrl: `${origin}/graph/` };
  try {
    console.log(`Lägger upp demoregionen (${today}) …`);
    await seedDemo(createSp(product.siteUrl, { emulatorUser: personas.coordinator }), today, demoDirectory);
    if (args.includes('--faults')) {
      const retryAfter = Number(argValue(args, '--retry-after', '0'));
      const put = (url: string, body: unknown): Promise<Response> => fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      await put(`${product.siteUrl}/_emulator/faults`, { status: 429, share: 0.2, retryAfter });
      await put(`${product.graphUrl}_emulator/faults`, [{ status: 429, share: 0.1, retryAfter, permanent: true }, { status: 503, share: 0.1, retryAfter, permanent: true }]);
      console.log(`En femtedel av alla anrop besvaras med 429/503 (Retry-After ${retryAfter} s).`);
    }
    const points: KillPoint[] = ['claiming', 'betweenClaimAndSend', 'afterSend'];
    const next = random(seed ^ 0x5bd1e995);
    const kinds: KillPoint[] = ['claiming', 'betweenClaimAndSend', 'afterSend', 'random'];
    while (points.length < killCount) points.push(kinds[Math.floor(next() * kinds.length)]);
    console.log(`Frö ${seed}: ${points.length} avbrott.`);
    const report = await runKillScenario(product, { now: new Date(`${today}T08:00:00+01:00`), points, seed, log: (line) => console.log(`  ${line}`) });
    console.log(JSON.stringify(report, null, 2));
    const ok = report.duplicates.length === 0 && report.missing.length === 0 && Object.values(report.digests).every((n) => n === 1)
      && report.last.sent === 0 && report.last.digestSent === 0;
    console.log(ok ? 'Allt gjordes exakt en gång.' : 'FEL: något saknas eller gjordes två gånger.');
    process.exitCode = ok ? 0 : 1;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
