/**
 * `npm run report`: the board papers from the command line, with the same code the web parts run.
 *   --list [--json]                       plans (key, title, kind, year), their periods and snapshots
 *   --plan <key|title> [--period <key|title>] [--snapshot <key>] [--case]
 *          --format docx|xlsx|pdf|html --out <file> [--lang en-US]
 * A snapshot renders what was published (its hash is checked first); without one, the live state. `--case`
 * writes the tjänsteskrivelse (the plan's saved draft for the period, or a new prefilled one) instead of the
 * plan report. Reads from SP_SITE_URL (default: the local emulator), as SP_EMULATOR_USER when set.
 */
import { writeFileSync } from 'fs';
import { BoardData, collectBoardData, maskConfidential, organisationName } from '../src/board/boardData';
import { caseKey, newCase, planReportTitle } from '../src/board/caseDocument';
import { loadSnapshot } from '../src/board/publish';
import { lazyRenderers } from '../src/board/renderers';
import { caseReport } from '../src/board/report/caseReport';
import { PaperFacts, planReport } from '../src/board/report/planReport';
import { createFileStore } from '../src/data/files';
import { createSp } from '../src/data/spClient';
import { createStore, Store } from '../src/data/stores';
import { ReportDocument } from '../src/documents/model';
import { stockholmDate } from '../src/model/calendar';
import { currentPeriod, orderPeriods } from '../src/model/followUp';
import { boardDocumentLibrary } from '../src/model/schema';
import { Locale } from '../src/model/statusLegend';
import { CaseDocument, Plan } from '../src/model/types';

const USAGE = [
  'Användning:',
  '  npm run report -- --list [--json]',
  '  npm run report -- --plan <nyckel|titel> [--period <nyckel|namn>] [--snapshot <nyckel>] [--case] --format docx|xlsx|pdf|html --out <fil> [--lang en-US]'
].join('\n');
const FORMATS = ['docx', 'xlsx', 'pdf', 'html'] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

function args(argv: string[]): { flag: (name: string) => boolean; value: (name: string) => string | undefined } {
  return {
    flag: (name) => argv.includes(name),
    value: (name) => {
      const i = argv.indexOf(name);
      if (i < 0) return undefined;
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} saknar värde\n${USAGE}`);
      return v;
    }
  };
}

async function list(store: Store, json: boolean): Promise<void> {
  const [plans, periods, snapshots] = await Promise.all([store.plans.all(), store.periods.all(), store.boardSnapshots.all()]);
  const rows = plans.sort((a, b) => b.year - a.year || a.title.localeCompare(b.title, 'sv')).map((p) => ({
    id: p.key, title: p.title, kind: p.kind, year: p.year, state: p.state,
    periods: orderPeriods(periods.filter((x) => x.planKey === p.key)).map((x) => ({ id: x.key, name: x.title, asOf: x.asOfDate, state: x.state })),
    snapshots: snapshots.filter((s) => s.planKey === p.key).sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
      .map((s) => ({ id: s.key, diaryNumber: s.diaryNumber, version: s.version, period: s.periodKey, publishedAt: s.publishedAt, sha256: s.sha256 }))
  }));
  if (json) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  for (const p of rows) {
    console.log(`${p.id}\t${p.title}\t${p.kind}\t${p.year}`);
    for (const x of p.periods) console.log(`  uppföljning ${x.id}\t${x.name}\t${x.asOf}`);
    for (const s of p.snapshots) console.log(`  publicerad ${s.id}\t${s.diaryNumber} v${s.version}\t${s.publishedAt}`);
  }
}

function findPlan(plans: Plan[], wanted: string): Plan {
  const lower = wanted.toLocaleLowerCase('sv');
  const found = plans.find((p) => p.key === wanted) ?? plans.filter((p) => p.title.toLocaleLowerCase('sv') === lower).sort((a, b) => b.year - a.year)[0];
  if (!found) throw new UsageError(`Ingen plan med nyckel eller titel "${wanted}". Se npm run report -- --list`);
  return found;
}

interface Paper {
  doc: ReportDocument;
  data: BoardData;
}

async function livePaper(store: Store, plan: Plan, periodWanted: string | undefined, asCase: boolean, locale: Locale): Promise<Paper> {
  const periods = await store.periods.where({ planKey: plan.key });
  const period = periodWanted
    ? periods.find((p) => p.key === periodWanted || p.title.toLocaleLowerCase('sv') === periodWanted.toLocaleLowerCase('sv'))
    : currentPeriod(periods, stockholmDate(new Date()));
  if (periodWanted && !period) throw new UsageError(`Planen har ingen uppföljning "${periodWanted}"`);
  const [live, organisation] = await Promise.all([collectBoardData(store, plan.key, period?.key ?? null, plan), organisationName(store)]);
  const data = maskConfidential(live).published;
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const draft: CaseDocument = (await store.cases.byKey(caseKey(plan.key, period?.key ?? null))) ?? newCase(data, stockholmDate(new Date()), locale);
  const facts: PaperFacts = {
    organisation, diaryNumber: asCase ? draft.diaryNumber : plan.diaryNumber, board: draft.board, meetingDate: draft.meetingDate,
    frozenAt: null, publishedBy: '', createdAt: now
  };
  const doc = asCase ? caseReport(draft, locale, facts, planReportTitle(data, locale), data.confidentialItems > 0) : planReport(data, locale, facts);
  return { doc, data };
}

async function snapshotPaper(store: Store, siteUrl: string, key: string, asCase: boolean): Promise<Paper & { locale: Locale }> {
  const files = createFileStore(createSp(siteUrl, { emulatorUser: process.env.SP_EMULATOR_USER }), boardDocumentLibrary);
  const { snapshot } = await loadSnapshot(store, files, key);
  const facts: PaperFacts = {
    organisation: snapshot.organisation, diaryNumber: snapshot.diaryNumber, board: snapshot.board, meetingDate: snapshot.meetingDate,
    frozenAt: snapshot.publishedAt, publishedBy: snapshot.publishedBy, createdAt: snapshot.publishedAt
  };
  const doc = asCase
    ? caseReport(snapshot.caseDocument, snapshot.locale, facts, planReportTitle(snapshot.data, snapshot.locale), snapshot.hasConfidentialAppendix)
    : planReport(snapshot.data, snapshot.locale, facts);
  return { doc, data: snapshot.data, locale: snapshot.locale };
}

async function main(): Promise<void> {
  const a = args(process.argv.slice(2));
  const siteUrl = process.env.SP_SITE_URL ?? `http://localhost:${process.env.PORT ?? 4321}/sites/internkontroll`;
  const store = createStore(createSp(siteUrl, { emulatorUser: process.env.SP_EMULATOR_USER }));
  if (a.flag('--list')) return list(store, a.flag('--json'));
  const planWanted = a.value('--plan');
  const snapshotKey = a.value('--snapshot');
  const format = a.value('--format') as Format | undefined;
  const out = a.value('--out');
  if ((!planWanted && !snapshotKey) || !format || !out) throw new UsageError(USAGE);
  if (!FORMATS.includes(format)) throw new UsageError(`Okänt format "${format}": välj ${FORMATS.join(', ')}`);
  const asCase = a.flag('--case');
  if (asCase && format === 'xlsx') throw new UsageError('Tjänsteskrivelsen finns som docx, pdf och html, inte som xlsx');
  let locale: Locale = a.value('--lang') === 'en-US' ? 'en-US' : 'sv-SE';
  let paper: Paper;
  if (snapshotKey) {
    const fromSnapshot = await snapshotPaper(store, siteUrl, snapshotKey, asCase);
    if (planWanted && findPlan(await store.plans.all(), planWanted).key !== fromSnapshot.data.plan.key) throw new UsageError(`Publiceringen ${snapshotKey} hör inte till planen ${planWanted}`);
    locale = fromSnapshot.locale;
    paper = fromSnapshot;
  } else {
    paper = await livePaper(store, findPlan(await store.plans.all(), planWanted!), a.value('--period'), asCase, locale);
  }
  const renderers = lazyRenderers();
  const bytes = format === 'docx' ? await renderers.docx(paper.doc)
    : format === 'pdf' ? await renderers.pdf(paper.doc)
      : format === 'xlsx' ? await renderers.xlsx(paper.data, locale)
        : new TextEncoder().encode((await import('../src/documents/render/html')).renderHtml(paper.doc));
  writeFileSync(out, bytes);
  console.log(`Skrev ${paper.doc.meta.title} (${format}, ${bytes.byteLength} byte) till ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError || !(error instanceof Error) ? String(error instanceof Error ? error.message : error) : error.message);
  process.exit(error instanceof UsageError ? 2 : 1);
});
