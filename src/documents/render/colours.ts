/**
 * The colours of a rendered document, shared by the .docx and PDF renderers: text and muted text, table
 * rules, the neutral fills of header and group rows, and a cell's status fill with the text colour
 * readable on it (from CELL_FILLS in the model, the one source of the status colours).
 */
import { CELL_FILLS, TableCell } from '../model';

/** Hex without '#'. Neutral greys, not status colours; the dark text colour reads on both. */
export const HEADER_FILL = 'F3F2F1';
export const GROUP_FILL = 'EDEBE9';
export const RULE_COLOUR = 'A19F9D';
export const TEXT_COLOUR = '201F1E';
/** Running header and footer, notes: #605E5C on white is 6.4:1. */
export const MUTED_COLOUR = '605E5C';

/** A body cell's fill and text colour; undefined fill means none. */
export function cellColours(cell: TableCell, group: boolean): { fill?: string; text: string } {
  if (cell.fill) return { fill: CELL_FILLS[cell.fill].fill, text: CELL_FILLS[cell.fill].text };
  return { fill: group ? GROUP_FILL : undefined, text: TEXT_COLOUR };
}
