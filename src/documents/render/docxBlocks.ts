/**
 * Turns the document model's blocks into Word paragraphs and tables: headings in heading styles,
 * numbered and bulleted lists on real numbering, facts as a borderless two-column table, and tables
 * with a repeated header row, status fills as cell shading and group rows spanning the full width.
 */
import {
  AlignmentType, BorderStyle, FileChild, HeadingLevel, IBorderOptions, IRunOptions, PageBreak, Paragraph, ShadingType, Table,
  TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType
} from 'docx';
import { Block, Inline, TableCell as ModelCell, TableColumn, TableRow as ModelRow } from '../model';
import { NUMBERING_REFS, STYLE_IDS } from './docxStyles';
import { cellSpans, Orientation, scaleWidths, textWidthTwips } from './pageGeometry';
import { cellColours, HEADER_FILL, RULE_COLOUR } from './colours';
import { xmlSafe } from './xmlText';

const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: RULE_COLOUR };
const NO_RULE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/** Per-document state: each list gets its own numbering instance so every ordered list starts at 1. */
export interface DocxContext {
  nextListInstance: number;
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

/** Runs for an inline; `\n` becomes a line break inside the paragraph. */
export function runs(inline: Inline, base: IRunOptions = {}): TextRun[] {
  const parts = typeof inline === 'string' ? [{ text: inline }] : inline;
  const out: TextRun[] = [];
  for (const part of parts) {
    const style = { bold: part.bold || base.bold || undefined, italics: part.italic || base.italics || undefined };
    xmlSafe(part.text).split(/\r\n?|\n/).forEach((line, index) => {
      out.push(new TextRun({ ...base, ...style, text: line, break: index > 0 ? 1 : undefined }));
    });
  }
  return out;
}

function cellParagraph(text: string, run: IRunOptions, align: TableColumn['align'], keepNext: boolean): Paragraph {
  return new Paragraph({ style: STYLE_IDS.tableText, alignment: ALIGN[align ?? 'left'], keepNext, children: runs(text, run) });
}

interface CellLook { fill?: string; run: IRunOptions; keepNext: boolean }

function tableCell(text: string, width: number, span: number, align: TableColumn['align'], look: CellLook): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span > 1 ? span : undefined,
    verticalAlign: VerticalAlignTable.TOP,
    // CLEAR paints `fill` behind the text; SOLID would paint the pattern colour and turn the cell black.
    shading: look.fill ? { type: ShadingType.CLEAR, fill: look.fill, color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [cellParagraph(text, look.run, align, look.keepNext)]
  });
}

function modelCellLook(cell: ModelCell, group: boolean): CellLook {
  const colours = cellColours(cell, group);
  return {
    fill: colours.fill,
    run: { bold: cell.bold || group || undefined, italics: cell.italic || undefined, color: cell.fill ? colours.text : undefined },
    // A group heading stays on the page of the first row it heads.
    keepNext: group
  };
}

function bodyRow(row: ModelRow, columns: readonly TableColumn[], widths: number[]): TableRow {
  const group = row.group === true;
  const children = cellSpans(row.cells, columns.length, group).map(({ start, span, filler }, index) => {
    const width = widths.slice(start, start + span).reduce((a, b) => a + b, 0);
    if (filler) return tableCell('', width, 1, columns[start].align, { run: {}, keepNext: false });
    const cell = row.cells[index];
    return tableCell(cell.text, width, span, group ? 'left' : columns[start].align, modelCellLook(cell, group));
  });
  return new TableRow({ cantSplit: true, children });
}

function dataTable(block: Extract<Block, { type: 'table' }>, orientation: Orientation): FileChild[] {
  const total = textWidthTwips(orientation);
  const widths = scaleWidths(block.columns, total, true);
  const header = new TableRow({
    // Only the leading row: Word repeats the rows marked at the top of every page the table runs onto.
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => tableCell(c.title, widths[i], 1, c.align, { fill: HEADER_FILL, run: { bold: true }, keepNext: false }))
  });
  const table = new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE },
    rows: [header, ...block.rows.map((row) => bodyRow(row, block.columns, widths))]
  });
  const caption = new Paragraph({ style: STYLE_IDS.caption, children: runs(block.caption) });
  return block.caption.trim() === '' ? [table] : [caption, table];
}

function factsTable(rows: Array<{ label: string; value: string }>, orientation: Orientation): Table {
  const total = textWidthTwips(orientation);
  const widths = [Math.round(total * 0.3), total - Math.round(total * 0.3)];
  const none = { top: NO_RULE, bottom: NO_RULE, left: NO_RULE, right: NO_RULE };
  const cell = (text: string, width: number, bold: boolean): TableCell => new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: none,
    margins: { top: 20, bottom: 20, left: 0, right: 120 },
    children: [new Paragraph({ spacing: { after: 40 }, children: runs(text, { bold: bold || undefined }) })]
  });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { ...none, insideHorizontal: NO_RULE, insideVertical: NO_RULE },
    rows: rows.map((row) => new TableRow({ cantSplit: true, children: [cell(row.label, widths[0], true), cell(row.value, widths[1], false)] }))
  });
}

/** The Word content of one block; `section` blocks are handled by the caller, which starts a new section. */
export function blockToDocx(block: Block, orientation: Orientation, context: DocxContext): FileChild[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: runs(block.text) })];
    case 'paragraph': {
      const style = block.style === 'small' ? STYLE_IDS.small : block.style === 'note' ? STYLE_IDS.note : undefined;
      return [new Paragraph({ style, children: runs(block.text) })];
    }
    case 'list': {
      const reference = block.ordered ? NUMBERING_REFS.ordered : NUMBERING_REFS.bullet;
      const instance = context.nextListInstance++;
      return block.items.map((item) => new Paragraph({ numbering: { reference, level: 0, instance }, spacing: { after: 60 }, children: runs(item) }));
    }
    case 'facts':
      return block.rows.length > 0 ? [factsTable(block.rows, orientation)] : [];
    case 'table':
      return dataTable(block, orientation);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'section':
      return [];
    default:
      return [];
  }
}
