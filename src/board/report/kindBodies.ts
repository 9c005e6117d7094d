/**
 * Each plan kind's own body of the plan report, as the users' documents lay it out: the internal control
 * plan by strategy with the risk map (seed 000), the action plan by foundation and focus area (seed 002),
 * the scorecard by perspective → strategic goal → goal with values by sex (seed 003), the security report's
 * summary of the areas and then one chapter per area (seed 001). Wide tables sit in landscape sections.
 */
import { Block, TableColumn, TableRow } from '../../documents/model';
import { actionPlanStructure, ActionPlanSection } from '../../model/actionPlan';
import { Fulfilment, fulfilmentColour, targetText, Trend } from '../../model/fulfilment';
import { heatMap, riskLevel } from '../../model/riskMatrix';
import { judgeIndicator, scorecardSections } from '../../model/scorecard';
import { Measure, PlanItem, PlanKind, SecurityArea } from '../../model/types';
import {
  areaTitle, categoryTitle, figure, itemText, measureText, ReportContext, responsibleText, statusCell, vocabulary
} from './context';

type Body = (ctx: ReportContext) => Block[];

function byOrder(a: PlanItem, b: PlanItem): number {
  return a.sortOrder - b.sortOrder || a.key.localeCompare(b.key);
}

function measuresOf(item: PlanItem, ctx: ReportContext): Measure[] {
  return ctx.data.measures.filter((m) => m.itemKey === item.key);
}

function commentOf(measure: Measure, item: PlanItem | undefined, ctx: ReportContext): string {
  if (item?.confidential) return '';
  return ctx.reports.get(measure.key)?.comment ?? (ctx.data.period ? ctx.s.noReport : '');
}

/** The risk map: probability rows (highest first) × consequence columns, each cell the count on its level's colour. */
function riskMapBlocks(ctx: ReportContext): Block[] {
  const matrix = ctx.data.riskMatrix;
  const counts = heatMap(ctx.data.items);
  if (counts.size === 0) return [];
  const h = ctx.s.heatMap;
  const columns: TableColumn[] = [{ title: `${h.probability} \\ ${h.consequence}`, width: 3 },
    ...matrix.consequence.map((c) => ({ title: `${c.value} ${c.label[ctx.locale]}`, width: 2, align: 'center' as const }))];
  const rows: TableRow[] = [...matrix.probability].reverse().map((p) => ({
    cells: [{ text: `${p.value} ${p.label[ctx.locale]}`, bold: true }, ...matrix.consequence.map((c) => {
      const level = riskLevel(p.value * c.value, matrix);
      const n = counts.get(`${p.value}x${c.value}`) ?? 0;
      return { text: `${n}${level ? ` (${level.label[ctx.locale]})` : ''}`, shade: level ? { fill: level.hex.slice(1), text: level.textColour.slice(1) } : undefined };
    })]
  }));
  return [{ type: 'heading', level: 2, text: h.title }, { type: 'table', caption: h.caption, columns, rows }];
}

const internalControl: Body = (ctx) => {
  const ui = ctx.ui.register;
  const groups = new Map<string, PlanItem[]>();
  for (const item of [...ctx.data.items].sort(byOrder)) {
    const name = categoryTitle(item.strategyKey ? ctx.categories.get(item.strategyKey) : undefined, ctx) || ctx.s.ic.noStrategy;
    groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  const columns: TableColumn[] = [
    { title: ui.risk, width: 4 }, { title: ui.consequence, width: 3 }, { title: ui.handling, width: 2 }, { title: ui.measure, width: 4 },
    { title: ui.responsible, width: 3 }, { title: ui.status, width: 2 }, { title: ui.comment, width: 5 }
  ];
  const tables: Block[] = [...groups.entries()].flatMap(([strategy, items]): Block[] => [
    { type: 'heading', level: 2, text: strategy },
    {
      type: 'table', caption: ctx.s.ic.caption(strategy), columns,
      rows: items.flatMap((item) => {
        const measures = measuresOf(item, ctx);
        const itemCells = [
          { text: itemText(item, item.title, ctx), bold: true }, { text: itemText(item, item.consequence, ctx) },
          { text: item.handling ? ctx.ui.handlings[item.handling] : '' }
        ];
        if (!measures.length) return [{ cells: [...itemCells, { text: '' }, { text: '' }, statusCell(null, ctx), { text: '' }] }];
        return measures.map((m, i) => ({
          cells: [...(i === 0 ? itemCells : [{ text: '' }, { text: '' }, { text: '' }]), { text: measureText(m, item, ctx) },
            { text: responsibleText(m, ctx) }, statusCell(ctx.colours.get(m.key)?.now ?? null, ctx), { text: commentOf(m, item, ctx) }]
        }));
      })
    }
  ]);
  return [...riskMapBlocks(ctx), { type: 'section', orientation: 'landscape' }, ...tables];
};

function actionSection(section: ActionPlanSection, ctx: ReportContext): Block[] {
  const a = ctx.s.actionPlan;
  const ui = ctx.ui.register;
  const title = itemText(section.item, section.item.title, ctx);
  const blocks: Block[] = [{ type: 'heading', level: 3, text: title }];
  if (!section.item.confidential) {
    if (section.purposes.length) blocks.push({ type: 'paragraph', text: [{ text: `${a.purpose}:`, bold: true }] }, { type: 'list', ordered: false, items: section.purposes });
    if (section.goals.length) blocks.push({ type: 'paragraph', text: [{ text: `${a.goals}:`, bold: true }] }, { type: 'list', ordered: false, items: section.goals });
  }
  if (section.activities.length) {
    blocks.push({
      type: 'table', caption: a.caption(title),
      columns: [{ title: vocabulary(ctx).measure.one, width: 4 }, { title: a.goal, width: 3 }, { title: a.method, width: 3 },
        { title: ui.responsible, width: 3 }, { title: ui.status, width: 2 }, { title: ui.comment, width: 4 }],
      rows: section.activities.map((m) => ({
        cells: [{ text: measureText(m, section.item, ctx) }, { text: section.item.confidential ? '' : m.goal },
          { text: section.item.confidential ? '' : m.method }, { text: responsibleText(m, ctx) },
          statusCell(ctx.colours.get(m.key)?.now ?? null, ctx), { text: commentOf(m, section.item, ctx) }]
      }))
    });
  }
  return blocks;
}

const patientSafety: Body = (ctx) => {
  const structure = actionPlanStructure(ctx.data.items, ctx.data.measures, ctx.categories);
  const part = (title: string, sections: ActionPlanSection[]): Block[] => {
    if (!sections.length) return [];
    const byCategory = new Map<string, ActionPlanSection[]>();
    for (const s of sections) {
      const name = categoryTitle(s.category, ctx);
      byCategory.set(name, [...(byCategory.get(name) ?? []), s]);
    }
    return [{ type: 'heading', level: 2, text: title },
      ...[...byCategory.entries()].flatMap(([name, list]): Block[] => [
        ...(name && list.length > 1 ? [{ type: 'paragraph' as const, text: [{ text: name, bold: true }] }] : []),
        ...list.flatMap((s) => actionSection(s, ctx))
      ])];
  };
  return [{ type: 'section', orientation: 'landscape' }, ...part(ctx.s.actionPlan.foundations, structure.foundations),
    ...part(ctx.s.actionPlan.focusAreas, structure.focusAreas)];
};

function fulfilmentText(f: Fulfilment, ctx: ReportContext): string {
  if (f.kind === 'none') return ctx.ind.unjudged[f.why];
  const word = statusCell(f.colour, ctx).text;
  return f.kind === 'manual' ? `${word} (${ctx.ind.manual(f.reason)})` : word;
}

function trendText(t: Trend, ctx: ReportContext): string {
  if (t.kind === 'none') return t.why === 'noValue' ? ctx.ind.noValue : ctx.ind.unjudged.noPrevious;
  const way = t.better === null ? '' : ` (${t.better ? ctx.ind.better : ctx.ind.worse})`;
  return `${ctx.ind.directions[t.direction]}${way}`;
}

/** The report's title names the follow-up, so the value column is "Utfall" alone: a narrow heading leaves room for the text. */
const indicatorColumns = (ctx: ReportContext): TableColumn[] => {
  const c = ctx.ind.columns;
  return [
    { title: vocabulary(ctx).measure.one, width: 5 }, { title: c.target, width: 2 }, { title: c.value(null), width: 2, align: 'right' },
    { title: c.women, width: 2, align: 'right' }, { title: c.men, width: 2, align: 'right' }, { title: c.fulfilment, width: 2 }, { title: c.trend, width: 2 },
    { title: ctx.ui.register.comment, width: 5 }
  ];
};

function indicatorRow(m: Measure, item: PlanItem | undefined, ctx: ReportContext): TableRow {
  const previous = ctx.data.periods.length > 1 ? ctx.data.periods[ctx.data.periods.length - 2] : null;
  const reading = judgeIndicator(m, ctx.reports.get(m.key) ?? null, ctx.previousReports.get(m.key) ?? null, previous, ctx.data.fulfilment);
  const current = reading.current;
  const split = (v: number | null | undefined): string => (m.splitBySex ? figure(m, v, ctx) : '');
  return {
    cells: [{ text: measureText(m, item, ctx) }, { text: targetText(m, ctx.locale) }, { text: figure(m, current?.value, ctx) },
      { text: split(current?.valueWomen) }, { text: split(current?.valueMen) },
      { ...statusCell(fulfilmentColour(reading.fulfilment), ctx), text: fulfilmentText(reading.fulfilment, ctx) },
      { text: trendText(reading.trend, ctx) }, { text: item?.confidential ? '' : current?.comment ?? '' }]
  };
}

const scorecard: Body = (ctx) => {
  const sc = ctx.s.scorecard;
  const sections = scorecardSections({ ...ctx.data, categories: ctx.data.categories }, ctx.data.period?.key ?? null, ctx.data.fulfilment);
  const blocks: Block[] = [{ type: 'section', orientation: 'landscape' }];
  for (const section of sections) {
    if (!section.groups.length) continue;
    blocks.push({ type: 'heading', level: 2, text: categoryTitle(section.perspective, ctx) || sc.noPerspective });
    for (const group of section.groups) {
      const strategic = group.strategicGoal || sc.noStrategicGoal;
      blocks.push({ type: 'heading', level: 3, text: strategic });
      const rows: TableRow[] = [];
      for (const goal of group.goals) {
        rows.push({ group: true, cells: [{ text: `${sc.goal}: ${itemText(goal.item, goal.item.title, ctx)}`, colSpan: 8 }] });
        rows.push(...goal.indicators.map((row) => indicatorRow(row.indicator, goal.item, ctx)));
      }
      blocks.push({ type: 'table', caption: sc.caption(strategic), columns: indicatorColumns(ctx), rows });
      const assignments = group.goals.flatMap((g) => g.assignments.map((a) => ({ a, item: g.item })));
      if (assignments.length) {
        blocks.push({
          type: 'table', caption: sc.assignments(strategic),
          columns: [{ title: sc.assignment, width: 5 }, { title: ctx.ui.register.responsible, width: 3 }, { title: ctx.ui.register.status, width: 2 }, { title: sc.currentState, width: 8 }],
          rows: assignments.map(({ a, item }) => ({
            cells: [{ text: measureText(a.assignment, item, ctx) }, { text: responsibleText(a.assignment, ctx) },
              statusCell(ctx.colours.get(a.assignment.key)?.now ?? null, ctx), { text: commentOf(a.assignment, item, ctx) }]
          }))
        });
      }
    }
  }
  return blocks;
};

function chapterBlocks(area: SecurityArea, ctx: ReportContext): Block[] {
  const sec = ctx.s.security;
  const title = areaTitle(area, ctx);
  const goals = ctx.data.items.filter((i) => i.securityAreaKey === area.key).sort(byOrder);
  const indicators = goals.flatMap((g) => measuresOf(g, ctx).map((m) => ({ m, g })));
  const chapter = ctx.data.chapters.find((c) => c.areaKey === area.key);
  const owner = area.ownerRoleKey ? ctx.roles.get(area.ownerRoleKey) : undefined;
  const blocks: Block[] = [{ type: 'pageBreak' }, { type: 'heading', level: 2, text: title }];
  const facts = [{ label: sec.owner, value: owner ? [owner.title, owner.holder?.displayName].filter(Boolean).join(', ') : '' },
    { label: sec.chapter, value: sec.chapterStates[chapter?.state ?? 'notStarted'] }];
  if (chapter?.state === 'approved' && chapter.decidedBy) facts.push({ label: '', value: sec.approvedBy(chapter.decidedBy.displayName, (chapter.decidedAt ?? '').slice(0, 10)) });
  blocks.push({ type: 'facts', rows: facts.filter((f) => f.label || f.value) });
  blocks.push({ type: 'heading', level: 3, text: sec.goals });
  blocks.push(goals.length ? { type: 'list', ordered: false, items: goals.map((g) => itemText(g, g.title, ctx)) } : { type: 'paragraph', text: sec.noGoals });
  if (indicators.length) {
    blocks.push({ type: 'table', caption: sec.indicatorCaption(title), columns: indicatorColumns(ctx), rows: indicators.map(({ m, g }) => indicatorRow(m, g, ctx)) });
  }
  if (!chapter || chapter.state === 'notStarted') return [...blocks, { type: 'paragraph', text: sec.notWritten }];
  if (chapter.state !== 'approved') blocks.push({ type: 'paragraph', style: 'note', text: sec.notApproved(sec.chapterStates[chapter.state]) });
  const prose = (heading: string, text: string): Block[] => (text.trim() ? [{ type: 'heading', level: 3, text: heading }, { type: 'paragraph', text }] : []);
  blocks.push(...prose(sec.goalFulfilment, chapter.goalFulfilment));
  if (chapter.riskAnalyses.length) {
    blocks.push({ type: 'heading', level: 3, text: sec.riskAnalyses }, {
      type: 'table', caption: `${sec.riskAnalyses}: ${title}`, columns: [{ title: sec.analysis, width: 6 }, { title: sec.date, width: 2 }],
      rows: chapter.riskAnalyses.map((r) => ({ cells: [{ text: r.title }, { text: r.date ?? '' }] }))
    });
  }
  if (chapter.incidents.length) {
    blocks.push({ type: 'heading', level: 3, text: sec.incidents }, {
      type: 'table', caption: `${sec.incidents}: ${title}`,
      columns: [{ title: sec.incidentKind, width: 5 }, { title: sec.count, width: 1, align: 'right' }, { title: ctx.ind.columns.women, width: 1, align: 'right' },
        { title: ctx.ind.columns.men, width: 1, align: 'right' }],
      rows: chapter.incidents.map((i) => ({ cells: [{ text: i.kind }, { text: String(i.count) }, { text: i.women === null ? '' : String(i.women) }, { text: i.men === null ? '' : String(i.men) }] }))
    });
  }
  blocks.push(...prose(sec.followUp, chapter.followUp), ...prose(sec.improvements, chapter.improvements),
    ...prose(sec.currentState, chapter.currentState), ...prose(sec.opportunities, chapter.improvementOpportunities));
  return blocks;
}

const securityReport: Body = (ctx) => {
  const sec = ctx.s.security;
  const summary: TableRow[] = ctx.areas.map((area) => {
    const chapter = ctx.data.chapters.find((c) => c.areaKey === area.key);
    const owner = area.ownerRoleKey ? ctx.roles.get(area.ownerRoleKey) : undefined;
    const keys = new Set(ctx.data.items.filter((i) => i.securityAreaKey === area.key).map((i) => i.key));
    const colours = ctx.data.measures.filter((m) => keys.has(m.itemKey)).map((m) => ctx.colours.get(m.key)?.now ?? null);
    const count = (c: string): number => colours.filter((x) => x === c).length;
    return {
      cells: [{ text: areaTitle(area, ctx), bold: true }, { text: owner?.title ?? '' }, { text: sec.chapterStates[chapter?.state ?? 'notStarted'] },
        { text: colours.length ? `${count('green')} / ${count('yellow')} / ${count('red')}` : '–' }]
    };
  });
  return [
    { type: 'heading', level: 2, text: sec.summaryTitle },
    { type: 'table', caption: sec.summaryCaption, columns: [{ title: sec.area, width: 4 }, { title: sec.owner, width: 4 }, { title: sec.chapter, width: 2 }, { title: sec.indicators, width: 3 }], rows: summary },
    ...ctx.areas.flatMap((area) => chapterBlocks(area, ctx))
  ];
};

export const kindBodies: Record<PlanKind, Body> = { internalControl, patientSafety, scorecard, securityReport };
