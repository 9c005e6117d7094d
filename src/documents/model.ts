/**
 * The document model: what a board paper says, independent of how it is drawn. The report builders
 * (src/board/report) turn a frozen snapshot into a `ReportDocument`; the renderers (src/documents/render)
 * draw the same document as .docx, archival PDF/A-2b, .xlsx and HTML, and the board view draws it with React.
 * Pure data: no I/O, no library types, JSON-serialisable.
 */
import { statusLegend } from '../model/statusLegend';
import { StatusColour } from '../model/types';

/** A status fill of a table cell. The cell's text always names the status too: no meaning by colour alone. */
export type CellFill = 'green' | 'yellow' | 'red' | 'grey';

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A paragraph is plain text or runs; `\n` inside a text is a line break. */
export type Inline = string | TextRun[];

export interface TableColumn {
  title: string;
  /** Relative width; the renderer scales the columns to the page. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableCell {
  text: string;
  fill?: CellFill;
  /** An explicit fill in hex without '#', with its readable text colour (a risk level's colour); `fill` wins. */
  shade?: { fill: string; text: string };
  bold?: boolean;
  italic?: boolean;
  /** Spans this many columns (default 1). */
  colSpan?: number;
}

export interface TableRow {
  cells: TableCell[];
  /** A group heading inside the table (e.g. a strategy): drawn emphasised across the full width. */
  group?: boolean;
}

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: Inline; style?: 'normal' | 'small' | 'note' }
  | { type: 'list'; ordered: boolean; items: Inline[] }
  /** Label–value pairs: the header of a tjänsteskrivelse, a chapter's facts. */
  | { type: 'facts'; rows: Array<{ label: string; value: string }> }
  /**
   * A table. `columns` are its header row, repeated at the top of every page it runs onto. A table of
   * more than six columns should sit in a landscape section.
   */
  | { type: 'table'; caption: string; columns: TableColumn[]; rows: TableRow[] }
  /** Starts a new page with this orientation (A4 either way). */
  | { type: 'section'; orientation: 'portrait' | 'landscape' }
  | { type: 'pageBreak' };

export interface DocumentMeta {
  title: string;
  subject: string;
  /** Organisation shown in the running header, e.g. "Region Norrvik". */
  organisation: string;
  language: 'sv-SE' | 'en-US';
  /** The case's diary number ("Dnr"), when the document belongs to a case. */
  diaryNumber: string;
  /** The board ("nämnd"), e.g. "Regionstyrelsen". */
  board: string;
  /** The board meeting date, ISO `YYYY-MM-DD`, or empty. */
  meetingDate: string;
  /** The person who published; the document's author property. */
  author: string;
  /**
   * The instant the document's content was frozen (the snapshot's publication time). Renderers write it
   * as the creation and modification date, so the same snapshot always renders to the same bytes.
   */
  createdAt: string;
  /** Shown in every page footer before the page number, e.g. "Dnr RS 2026/123". */
  footer: string;
}

export interface ReportDocument {
  meta: DocumentMeta;
  /** Orientation of the first page; `section` blocks change it. */
  orientation: 'portrait' | 'landscape';
  blocks: Block[];
}

/** Fill colours in hex without '#', with the text colour that is readable on them (WCAG AA contrast). */
export const CELL_FILLS: Record<CellFill, { fill: string; text: string }> = {
  ...(Object.fromEntries(statusLegend.map((e) => [e.colour, { fill: e.hex.slice(1), text: e.textColour.slice(1) }])) as
    Record<StatusColour, { fill: string; text: string }>),
  grey: { fill: 'E1DFDD', text: '201F1E' }
};

/** The plain text of an inline. */
export function inlineText(inline: Inline): string {
  return typeof inline === 'string' ? inline : inline.map((run) => run.text).join('');
}

/** All the text a document says, in reading order: what a reader of any rendering must find. */
export function documentText(doc: ReportDocument): string[] {
  const out: string[] = [];
  for (const block of doc.blocks) {
    switch (block.type) {
      case 'heading': out.push(block.text); break;
      case 'paragraph': out.push(inlineText(block.text)); break;
      case 'list': out.push(...block.items.map(inlineText)); break;
      case 'facts': for (const row of block.rows) out.push(row.label, row.value); break;
      case 'table':
        out.push(block.caption, ...block.columns.map((c) => c.title));
        for (const row of block.rows) out.push(...row.cells.map((c) => c.text));
        break;
      default: break;
    }
  }
  return out.filter((text) => text.trim() !== '');
}
