/**
 * `npm start`: runs Internkontroll 365 locally with no Microsoft 365 tenant. Builds the workbench,
 * starts the SharePoint and Graph emulators on one port, provisions the lists and the demo region
 * through PnPjs, and prints where to open it. `--reset` restores the demo data from scratch.
 */
import { parseLatency } from './latency';
import { rmSync } from 'fs';
import { join } from 'path';
import { stockholmDate } from '../src/model/calendar';
import { createSp } from '../src/data/spClient';
import { buildWorkbench, workbenchDist } from '../tools/build-workbench';
import { buildApp, SITE_PATH } from './app';
import { demoDirectory, personas } from './directory/demoDirectory';
import { seedDemo } from './seed';

/** SP_EMULATOR_LATENCY and GRAPH_EMULATOR_LATENCY (server/latency.ts), set through the emulators' control routes. */
async function applyLatency(base: string): Promise<string> {
  const set = async (url: string, value: string | undefined): Promise<string> => {
    if (!value) return '';
    const response = await fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ latency: value }) });
    const body = (await response.json()) as { latency?: string; error?: string | { message?: string } };
    if (!response.ok) throw new Error(typeof body.error === 'string' ? body.error : body.error?.message ?? `latency refused: ${value}`);
    return body.latency ?? value;
  };
  const sp = await set(`${base}${SITE_PATH}/_emulator/latency`, process.env.SP_EMULATOR_LATENCY);
  const graph = await set(`${base}/graph/_emulator/latency`, process.env.GRAPH_EMULATOR_LATENCY);
  return [sp && `SharePoint ${sp}`, graph && `Graph ${graph}`].filter(Boolean).join(', ');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const port = Number(process.env.PORT ?? 4321);
  const host = process.env.HOST ?? '127.0.0.1';
  const dataDir = process.env.IK_DATA_DIR ?? join(__dirname, '..', '.data');
  const today = process.env.IK_TODAY ?? stockholmDate(new Date());
  if (args.includes('--reset')) rmSync(dataDir, { recursive: true, force: true });
  // A mistyped latency is refused now, not after the build and the seeding.
  parseLatency(process.env.SP_EMULATOR_LATENCY);
  parseLatency(process.env.GRAPH_EMULATOR_LATENCY);

  if (!args.includes('--no-build')) await buildWorkbench();
  const app = await buildApp({ dataDir, workbenchDir: workbenchDist, today, spFaults: process.env.SP_EMULATOR_FAULTS, graphFaults: process.env.GRAPH_EMULATOR_FAULTS });
  await app.listen({ port, host });
  const origin = `http://localhost:${port}`;

  const sp = createSp(`http://${host}:${port}${SITE_PATH}`, { emulatorUser: personas.coordinator });
  const report = await seedDemo(sp, today, demoDirectory);
  // The latency model is switched on after seeding, so that only what a person or the bench does pays for it.
  const latency = await applyLatency(`http://${host}:${port}`);
  const added = Object.values(report.added).reduce((a, b) => a + (b ?? 0), 0);
  console.log(`Listor: ${report.provisioning.listsCreated.length} skapade, ${report.provisioning.fieldsAdded.length} kolumner tillagda. Demodata: ${added} nya poster.`);
  console.log(`\nInternkontroll 365 körs lokalt (dagens datum ${today}).`);
  console.log(`  Arbetsbänk:           ${origin}/`);
  console.log(`  SharePoint-emulator:  ${origin}${SITE_PATH}/_api/web`);
  console.log(`  Graph-emulator:       ${origin}/graph/v1.0/users`);
  console.log(`  Levererade meddelanden: ${origin}/graph/_emulator/deliveries`);
  if (latency) console.log(`  Fördröjning som i produktion: ${latency}`);
  console.log('Avsluta med Ctrl+C.');

  const stop = async (): Promise<void> => { await app.close(); process.exit(0); };
  process.on('SIGINT', () => { stop().catch(() => process.exit(1)); });
  process.on('SIGTERM', () => { stop().catch(() => process.exit(1)); });
}

main().catch((error: unknown) => {
  console.error('Internkontroll 365 kunde inte starta:', error);
  process.exit(1);
});
