/**
 * The plan report, the board paper's attachment ("Bilaga"), for every plan kind: the same opening (the
 * plan's facts, the confidentiality notice, what changed since the previous follow-up, the colours
 * counted with their fixed meanings) and then the kind's own body (kindBodies.ts). Built from board data
 * only, so a snapshot renders the same paper years later.
 */
import { Block, ReportDocument } from '../../documents/model';
import { kindOf } from '../../model/planKinds';
import { Locale, statusLegend } from '../../model/statusLegend';
import { IsoDate, IsoDateTime, StatusColour } from '../../model/types';
import { BoardData } from '../boardData';
import { MeasureChange, periodChanges } from '../changes';
import { planReportTitle } from '../caseDocument';
import { colourWord, itemText, measureText, ReportContext, reportContext, statusCell, vocabulary } from './context';
import { kindBodies } from './kindBodies';

/** The publication a paper belongs to; for the live board page, `frozenAt` is null. */
export interface PaperFacts {
  organisation: string;
  diaryNumber: string;
  board: string;
  meetingDate: IsoDate | null;
  /** When the snapshot was made; null for the live state. */
  frozenAt: IsoDateTime | null;
  publishedBy: string;
  /** The instant written as the documents' creation time (the snapshot's, or now for a live print). */
  createdAt: IsoDateTime;
}

function date(instant: string): string {
  return instant.slice(0, 10);
}

function factsBlock(ctx: ReportContext, facts: PaperFacts): Block {
  const { plan, period } = ctx.data;
  const f = ctx.s.facts;
  const rows = [
    { label: f.kind, value: vocabulary(ctx).plan },
    { label: f.year, value: String(plan.year) },
    ...(plan.decisionDate ? [{ label: f.decided, value: [plan.decisionDate, plan.diaryNumber && `${ctx.ui.diaryNumber} ${plan.diaryNumber}`].filter(Boolean).join(', ') }] : []),
    ...(period ? [{ label: f.period, value: period.title }, { label: f.asOf, value: period.asOfDate }] : []),
    facts.frozenAt
      ? { label: f.frozen, value: `${date(facts.frozenAt)}${facts.publishedBy ? `, ${f.publishedBy.toLocaleLowerCase(ctx.locale)} ${facts.publishedBy}` : ''}` }
      : { label: f.live, value: date(facts.createdAt) }
  ];
  return { type: 'facts', rows };
}

function changeLine(change: MeasureChange, ctx: ReportContext): string {
  const what = change.item?.confidential ? ctx.s.maskedItem
    : [change.item?.title, measureText(change.measure, change.item, ctx)].filter(Boolean).join(' – ');
  return ctx.s.change(what, colourWord(change.before, ctx), colourWord(change.now, ctx));
}

/** What changed since the previous follow-up: new reds first, then the improved, the worsened, the new items. */
export function changesBlocks(data: BoardData, ctx: ReportContext): Block[] {
  if (!data.period) return [];
  const changes = periodChanges(data);
  const c = ctx.s.changes;
  if (!changes.previous) return [{ type: 'heading', level: 2, text: c.heading }, { type: 'paragraph', text: c.first }];
  const blocks: Block[] = [{ type: 'heading', level: 2, text: c.title(changes.previous.title) }];
  const groups: Array<[string, string[]]> = [
    [c.newReds, changes.newReds.map((m) => changeLine(m, ctx))],
    [c.improved, changes.improved.map((m) => changeLine(m, ctx))],
    [c.worsened, changes.worsened.map((m) => changeLine(m, ctx))],
    [c.newItems, changes.newItems.map((i) => itemText(i, i.title, ctx))]
  ];
  for (const [title, lines] of groups) {
    if (!lines.length) continue;
    blocks.push({ type: 'heading', level: 3, text: `${title} (${lines.length})` }, { type: 'list', ordered: false, items: lines });
  }
  if (blocks.length === 1) blocks.push({ type: 'paragraph', text: c.none });
  return blocks;
}

/** The colours counted with their fixed meanings for the plan's year (the seed's legend), and how many answered. */
export function summaryBlocks(ctx: ReportContext): Block[] {
  if (!ctx.data.period) return [];
  const counts: Record<StatusColour | 'none', number> = { green: 0, yellow: 0, red: 0, none: 0 };
  for (const m of ctx.data.measures) {
    if (m.closed) continue;
    counts[ctx.colours.get(m.key)?.now ?? 'none'] += 1;
  }
  const answered = ctx.data.measures.filter((m) => !m.closed && ctx.reports.has(m.key)).length;
  const total = ctx.data.measures.filter((m) => !m.closed).length;
  const subject = vocabulary(ctx).measure.one;
  const sum = ctx.s.summary;
  // Where indicators are followed up, a colour is the goal's fulfilment, not a measure's progress.
  const judged = kindOf(ctx.data.plan.kind).measureKinds.includes('indicator');
  return [
    { type: 'heading', level: 2, text: sum.title },
    { type: 'paragraph', text: sum.answered(answered, total) },
    {
      type: 'table', caption: `${sum.title}: ${ctx.data.period.title}`,
      columns: [{ title: sum.status, width: 2 }, { title: sum.count, width: 1, align: 'right' }, { title: sum.meaning, width: 7 }],
      rows: [
        ...statusLegend.map((e) => ({
          cells: [statusCell(e.colour, ctx), { text: String(counts[e.colour]) },
            { text: judged ? sum.fulfilment[e.colour] : e.meaning(ctx.data.plan.year, ctx.locale, subject) }]
        })),
        { cells: [statusCell(null, ctx), { text: String(counts.none) }, { text: '' }] }
      ]
    }
  ];
}

/** The plan report of the board data in a language, with the publication's facts. */
export function planReport(data: BoardData, locale: Locale, facts: PaperFacts): ReportDocument {
  const ctx = reportContext(data, locale);
  const title = planReportTitle(data, locale);
  // The renderers open with the document's title (meta.title), so the body starts with the facts.
  const blocks: Block[] = [factsBlock(ctx, facts)];
  const { item, measure } = vocabulary(ctx);
  const masked: Array<[number, { one: string; many: string }]> = [[data.confidentialItems, item], [data.confidentialMeasures ?? 0, measure]];
  for (const [count, noun] of masked) {
    const lower = { one: noun.one.toLocaleLowerCase(locale), many: noun.many.toLocaleLowerCase(locale) };
    if (count > 0) blocks.push({ type: 'paragraph', style: 'note', text: ctx.s.confidential(count, lower) });
  }
  blocks.push(...changesBlocks(data, ctx), ...summaryBlocks(ctx), ...kindBodies[data.plan.kind](ctx));
  return {
    meta: {
      title, subject: vocabulary(ctx).plan, organisation: facts.organisation, language: locale, diaryNumber: facts.diaryNumber,
      board: facts.board, meetingDate: facts.meetingDate ?? '', author: facts.publishedBy, createdAt: facts.createdAt,
      footer: [facts.diaryNumber && `${ctx.ui.diaryNumber} ${facts.diaryNumber}`, title].filter(Boolean).join(' · ')
    },
    orientation: 'portrait',
    blocks
  };
}
