/**
 * A board document (ReportDocument) drawn as accessible HTML: the board view shows it on screen and
 * prints it, and the standalone HTML rendering (documents/render/html.ts) is this view rendered on the
 * server. Real headings, lists, a description list for facts and real tables (caption, column headers,
 * one row group per group heading); status fills come from CELL_FILLS and the cell's text names the
 * status. Sections and page breaks start a new printed page; landscape sections print on A4 landscape.
 */
import * as React from 'react';
import { Block, CELL_FILLS, Inline, ReportDocument, TableCell, TableColumn, TableRow } from '../../documents/model';
import { documentPageStyles, documentStyles } from './documentStyles';

export interface DocumentViewProps {
  doc: ReportDocument;
  /** Added to the document's heading levels: 1 (the default) inside a page that has its own h1. */
  headingOffset?: number;
  /** False when the host puts the stylesheet in the page's head itself (the standalone HTML). */
  withStylesheet?: boolean;
}

type Orientation = ReportDocument['orientation'];
type TableBlock = Extract<Block, { type: 'table' }>;
type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

interface PrintedPages {
  orientation: Orientation;
  blocks: Block[];
}

/** Splits the blocks where a new printed page starts; a section or break before any content starts none. */
function printedPages(doc: ReportDocument): PrintedPages[] {
  const pages: PrintedPages[] = [{ orientation: doc.orientation, blocks: [] }];
  for (const block of doc.blocks) {
    const current = pages[pages.length - 1];
    if (block.type === 'section' || block.type === 'pageBreak') {
      const orientation = block.type === 'section' ? block.orientation : current.orientation;
      if (current.blocks.length === 0) current.orientation = orientation;
      else pages.push({ orientation, blocks: [] });
    } else {
      current.blocks.push(block);
    }
  }
  return pages;
}

/** Text whose `\n` are line breaks. */
function Lines(props: { text: string }): React.ReactElement {
  return <>{props.text.split('\n').map((line, i) => <React.Fragment key={i}>{i > 0 && <br />}{line}</React.Fragment>)}</>;
}

function InlineContent(props: { inline: Inline }): React.ReactElement {
  if (typeof props.inline === 'string') return <Lines text={props.inline} />;
  return (
    <>
      {props.inline.map((run, i) => {
        let node = <Lines text={run.text} />;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        return <React.Fragment key={i}>{node}</React.Fragment>;
      })}
    </>
  );
}

/** The columns' relative widths as percentages of the table (equal when no width is given). */
function columnWidths(columns: TableColumn[]): string[] {
  const widths = columns.map((c) => (c.width > 0 ? c.width : 0));
  const total = widths.reduce((sum, w) => sum + w, 0);
  return widths.map((w) => `${total > 0 ? Math.round((w / total) * 10000) / 100 : Math.round(10000 / columns.length) / 100}%`);
}

function alignClass(column: TableColumn | undefined): string | undefined {
  return column?.align === 'right' || column?.align === 'center' ? `ik-document__align--${column.align}` : undefined;
}

/** Rows split at each group heading, so every group is its own row group (tbody) that its heading heads. */
function rowGroups(rows: TableRow[]): TableRow[][] {
  const groups: TableRow[][] = [];
  for (const row of rows) {
    if (row.group || groups.length === 0) groups.push([row]);
    else groups[groups.length - 1].push(row);
  }
  return groups;
}

function CellText(props: { cell: TableCell }): React.ReactElement {
  let node = <Lines text={props.cell.text} />;
  if (props.cell.italic) node = <em>{node}</em>;
  if (props.cell.bold) node = <strong>{node}</strong>;
  return node;
}

function BodyRow(props: { row: TableRow; columns: TableColumn[] }): React.ReactElement {
  let columnIndex = 0;
  return (
    <tr>
      {props.row.cells.map((cell, i) => {
        const span = cell.colSpan && cell.colSpan > 1 ? cell.colSpan : 1;
        const column = props.columns[columnIndex];
        columnIndex += span;
        const fill = cell.fill ? CELL_FILLS[cell.fill] : cell.shade;
        const className = [alignClass(column), fill ? `ik-document__fill ik-document__fill--${cell.fill ?? 'shade'}` : undefined].filter(Boolean).join(' ');
        return (
          <td key={i} colSpan={span > 1 ? span : undefined} className={className || undefined}
            style={fill ? { backgroundColor: `#${fill.fill}`, color: `#${fill.text}` } : undefined}>
            <CellText cell={cell} />
          </td>
        );
      })}
    </tr>
  );
}

function GroupRow(props: { row: TableRow; span: number }): React.ReactElement {
  const text = props.row.cells.map((c) => c.text).filter((t) => t.trim() !== '').join(' – ');
  return <tr className="ik-document__group"><th scope="rowgroup" colSpan={props.span}><Lines text={text} /></th></tr>;
}

function DocumentTable(props: { table: TableBlock }): React.ReactElement {
  const { caption, columns, rows } = props.table;
  const widths = columnWidths(columns);
  return (
    <table className="ik-document__table">
      <caption>{caption}</caption>
      <colgroup>{columns.map((c, i) => <col key={i} style={{ width: widths[i] }} />)}</colgroup>
      <thead>
        <tr>{columns.map((c, i) => <th key={i} scope="col" className={alignClass(c)}><Lines text={c.title} /></th>)}</tr>
      </thead>
      {rowGroups(rows).map((group, g) => (
        <tbody key={g}>
          {group.map((row, r) => (row.group
            ? <GroupRow key={r} row={row} span={columns.length} />
            : <BodyRow key={r} row={row} columns={columns} />))}
        </tbody>
      ))}
    </table>
  );
}

function DocumentBlock(props: { block: Block; headingOffset: number }): React.ReactElement | null {
  const block = props.block;
  switch (block.type) {
    case 'heading': {
      const Tag = `h${Math.min(6, Math.max(1, block.level + props.headingOffset))}` as HeadingTag;
      return <Tag className={`ik-document__heading ik-document__heading--${block.level}`}><Lines text={block.text} /></Tag>;
    }
    case 'paragraph':
      return <p className={block.style && block.style !== 'normal' ? `ik-document__p--${block.style}` : undefined}><InlineContent inline={block.text} /></p>;
    case 'list': {
      const items = block.items.map((item, i) => <li key={i}><InlineContent inline={item} /></li>);
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'facts':
      return (
        <dl className="ik-document__facts">
          {block.rows.map((row, i) => <div key={i}><dt>{row.label}</dt><dd><Lines text={row.value} /></dd></div>)}
        </dl>
      );
    case 'table':
      return <DocumentTable table={block} />;
    default:
      return null;
  }
}

export function DocumentView(props: DocumentViewProps): React.ReactElement {
  const { doc } = props;
  const headingOffset = props.headingOffset ?? 1;
  return (
    <div className="ik-document" lang={doc.meta.language}>
      {props.withStylesheet !== false && <><style>{documentStyles}</style><style>{documentPageStyles(doc.meta)}</style></>}
      {printedPages(doc).map((page, p) => (
        <div key={p} className={`ik-document__page ik-document__page--${page.orientation}`}>
          {page.blocks.map((block, b) => <DocumentBlock key={b} block={block} headingOffset={headingOffset} />)}
        </div>
      ))}
    </div>
  );
}
