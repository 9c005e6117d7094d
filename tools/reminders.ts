/**
 * `npm run reminders -- [--now <ISO date>] [--dry-run] [--json] [--publications-only]`: plans and sends
 * today's reminders (status, indicator values, security-area chapters) and the notices of papers published
 * for the board, against SP_SITE_URL and GRAPH_BASE_URL (default: the local emulators), tells the coordinators
 * what it could not do (one problem digest) and deletes ledger entries past their retention. With --json it
 * prints exactly one JSON object: { now, planned, sent, skipped, failed, problems, settingProblems,
 * missingPermissions, recovered, notices, ledgerPruned, publications, digest, repair }; `planned[].measures` are
 * the subjects' keys. The exit code is 0 when the run completed, even with problems (they are in the digest),
 * and 1 when it could not run.
 */
import { runFromConfig } from '../src/reminders/runFromConfig';

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

type Result = Awaited<ReturnType<typeof runFromConfig>>;

function printReminders(result: Result, dryRun: boolean): void {
  console.log(`Påminnelser ${result.now}${dryRun ? ' (provkörning, inget skickas)' : ''}`);
  for (const p of result.planned) console.log(`  ${p.recipient} via ${p.channel}, steg ${p.stage}: ${p.measures.length} att besvara`);
  console.log(`Skickade: ${result.sent}, hoppade över: ${result.skipped}, misslyckade: ${result.failed}`);
  if (result.recovered > 0) console.log(`  ${result.recovered} påminnelser från en avbruten körning fanns redan i chatten och skickades inte igen`);
  for (const m of result.missingPermissions) {
    console.log(`  Konfigurationsfel: behörigheten ${m.permission} saknas i Microsoft Graph (${m.use}); påminnelserna väntar till nästa körning. ${m.detail}`);
  }
  for (const problem of result.problems) {
    const detail = [problem.measureKey, problem.roleKey ? `roll ${problem.roleKey}` : '', problem.upn ?? ''].filter((d) => d !== '').join(', ');
    console.log(`  Att åtgärda: ${problem.kind} (${detail})`);
  }
}

function printPublications({ publications }: Result): void {
  for (const p of publications.planned) console.log(`  Publicering ${p.snapshotKey}: meddelande till ${p.recipient}`);
  if (publications.planned.length > 0) {
    console.log(`Publiceringar – skickade: ${publications.sent}, hoppade över: ${publications.skipped}, misslyckade: ${publications.failed}`);
  }
  for (const problem of publications.problems) {
    console.log(`  Att åtgärda: ${problem.kind} (${[problem.snapshotKey, problem.board, problem.roleKey ? `roll ${problem.roleKey}` : ''].filter((d) => d).join(', ')})`);
  }
}

function printDigest({ digest, ledgerPruned }: Result, dryRun: boolean): void {
  if (digest.problem !== null && digest.notices > 0) {
    const why = digest.problem === 'noCoordinators' ? 'gruppen för samordnare saknas eller är tom' : 'tjänsten får inte läsa vilka som är med i gruppen för samordnare';
    console.log(`  Sammanställningen av ${digest.notices} problem kunde inte skickas: ${why}`);
  } else if (digest.recipients.length > 0 && dryRun) {
    console.log(`Sammanställning av ${digest.notices} problem skulle gå till ${digest.recipients.join(', ')}`);
  } else if (digest.recipients.length > 0) {
    console.log(`Sammanställning av ${digest.notices} problem till ${digest.recipients.join(', ')} – skickade: ${digest.sent}, `
      + `redan skickade i dag: ${digest.skipped}, misslyckade: ${digest.failed}`);
  }
  if (ledgerPruned > 0) console.log(`Loggen: ${ledgerPruned} poster äldre än lagringstiden raderades`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const nowArg = argValue(args, '--now');
  const now = nowArg ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(nowArg) ? `${nowArg}T08:00:00+01:00` : nowArg) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`--now is not a date: ${nowArg}`);
  const dryRun = args.includes('--dry-run');
  const result = await runFromConfig({ now, dryRun, only: args.includes('--publications-only') ? 'publications' : undefined });
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  printReminders(result, dryRun);
  printPublications(result);
  printDigest(result, dryRun);
}

main().catch((error: unknown) => {
  console.error('Påminnelserna kunde inte köras:', error instanceof Error ? error.message : error);
  process.exit(1);
});
