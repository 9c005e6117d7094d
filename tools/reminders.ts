/**
 * `npm run reminders -- [--now <ISO date>] [--dry-run] [--json] [--publications-only]`: plans and sends
 * today's reminders (status, indicator values, security-area chapters) and the notices of papers published
 * for the board, against SP_SITE_URL and GRAPH_BASE_URL (default: the local emulators). With --json it
 * prints exactly one JSON object: { now, planned, sent, skipped, failed, problems, publications };
 * `planned[].measures` are the subjects' keys.
 */
import { runFromConfig } from '../src/reminders/runFromConfig';

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const nowArg = argValue(args, '--now');
  const now = nowArg ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(nowArg) ? `${nowArg}T08:00:00+01:00` : nowArg) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`--now is not a date: ${nowArg}`);
  const result = await runFromConfig({ now, dryRun: args.includes('--dry-run'), only: args.includes('--publications-only') ? 'publications' : undefined });
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  console.log(`Påminnelser ${result.now}${args.includes('--dry-run') ? ' (provkörning, inget skickas)' : ''}`);
  for (const p of result.planned) console.log(`  ${p.recipient} via ${p.channel}, steg ${p.stage}: ${p.measures.length} att besvara`);
  console.log(`Skickade: ${result.sent}, hoppade över: ${result.skipped}, misslyckade: ${result.failed}`);
  for (const problem of result.problems) {
    const detail = [problem.measureKey, problem.roleKey ? `roll ${problem.roleKey}` : '', problem.upn ?? ''].filter((d) => d !== '').join(', ');
    console.log(`  Att åtgärda: ${problem.kind} (${detail})`);
  }
  const { publications } = result;
  for (const p of publications.planned) console.log(`  Publicering ${p.snapshotKey}: meddelande till ${p.recipient}`);
  if (publications.planned.length > 0) {
    console.log(`Publiceringar – skickade: ${publications.sent}, hoppade över: ${publications.skipped}, misslyckade: ${publications.failed}`);
  }
  for (const problem of publications.problems) {
    console.log(`  Att åtgärda: ${problem.kind} (${[problem.snapshotKey, problem.board, problem.roleKey ? `roll ${problem.roleKey}` : ''].filter((d) => d).join(', ')})`);
  }
}

main().catch((error: unknown) => {
  console.error('Påminnelserna kunde inte köras:', error instanceof Error ? error.message : error);
  process.exit(1);
});
