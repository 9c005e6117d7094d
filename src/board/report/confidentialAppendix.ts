/**
 * The confidential appendix: the full text of the items masked in the published papers, their measures,
 * the measures masked on their own (under the public title of their item) and the measures' latest
 * answers, for the readers entitled to it. It is rendered once, when the snapshot is made, from the part
 * that masking took out; the snapshot itself never holds this text.
 */
import { Block, ReportDocument } from '../../documents/model';
import { planHeading } from '../../export/exportPlan';
import { Measure } from '../../model/types';
import { ConfidentialPart } from '../boardData';
import { BoardSnapshot } from '../snapshot';
import { colourWord, reportContext, responsibleText, statusCell } from './context';
import { PaperFacts } from './planReport';

export function confidentialAppendix(part: ConfidentialPart, snapshot: BoardSnapshot, facts: PaperFacts): ReportDocument {
  const sv = snapshot.locale === 'sv-SE';
  const ctx = reportContext(snapshot.data, snapshot.locale);
  const period = snapshot.data.period;
  const title = `${sv ? 'Sekretessbilaga' : 'Confidential appendix'}: ${planHeading(snapshot.data.plan)}`;
  const blocks: Block[] = [
    { type: 'paragraph', style: 'note', text: [{ text: sv ? 'Sekretess enligt offentlighets- och sekretesslagen (OSL). Lämnas endast till den som har behörighet.' : 'Confidential under the Public Access to Information and Secrecy Act (OSL). For entitled readers only.', bold: true }] },
    { type: 'heading', level: 1, text: title }
  ];
  const measureTable = (measures: Measure[], of: string): Block => ({
    type: 'table', caption: `${ctx.ui.register.measure}: ${of}`,
    columns: [{ title: ctx.ui.register.measure, width: 4 }, { title: ctx.ui.register.responsible, width: 3 }, { title: ctx.ui.register.status, width: 2 }, { title: ctx.ui.register.comment, width: 5 }],
    rows: measures.map((m) => {
      const report = period ? part.reports.find((r) => r.measureKey === m.key && r.periodKey === period.key) : undefined;
      const colour = ctx.colours.get(m.key)?.now ?? null;
      return { cells: [{ text: m.title }, { text: responsibleText(m, ctx) }, { ...statusCell(colour, ctx), text: colourWord(colour, ctx) }, { text: report?.comment ?? '' }] };
    })
  });
  for (const item of part.items) {
    blocks.push({ type: 'heading', level: 2, text: item.title });
    const facts2 = [
      { label: ctx.ui.register.consequence, value: item.consequence }, { label: ctx.ui.register.cause, value: item.cause },
      { label: ctx.ui.register.handling, value: item.handling ? ctx.ui.handlings[item.handling] : '' }
    ].filter((f) => f.value.trim() !== '');
    if (facts2.length) blocks.push({ type: 'facts', rows: facts2 });
    const measures = part.measures.filter((m) => m.itemKey === item.key);
    if (measures.length) blocks.push(measureTable(measures, item.title));
  }
  // Measures secret on their own, under items whose text is public.
  const secretItems = new Set(part.items.map((i) => i.key));
  for (const item of snapshot.data.items) {
    if (secretItems.has(item.key)) continue;
    const measures = part.measures.filter((m) => m.itemKey === item.key);
    if (measures.length === 0) continue;
    blocks.push({ type: 'heading', level: 2, text: item.title }, measureTable(measures, item.title));
  }
  return {
    meta: {
      title, subject: sv ? 'Sekretessbilaga' : 'Confidential appendix', organisation: facts.organisation, language: snapshot.locale,
      diaryNumber: facts.diaryNumber, board: facts.board, meetingDate: facts.meetingDate ?? '', author: facts.publishedBy, createdAt: facts.createdAt,
      footer: [facts.diaryNumber && `Dnr ${facts.diaryNumber}`, sv ? 'Sekretess enligt OSL' : 'Confidential (OSL)'].filter(Boolean).join(' · ')
    },
    orientation: 'portrait',
    blocks
  };
}
