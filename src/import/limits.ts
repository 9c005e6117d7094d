/**
 * The bounds the import holds every file to, in one place. They keep a hostile or broken file within
 * 30 seconds and 500 MB (exceljs holds a whole workbook in memory: about 700 bytes per cell, so the cell
 * bound is what keeps memory down), and each is far above what a real plan needs.
 */

/** The file itself (the import wizard's and the command's upload). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** What an .xlsx may unpack to, all parts together. */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;
/** Parts (files) inside an .xlsx; Excel writes a few dozen. */
export const MAX_ENTRIES = 5000;
/** Rows read from a sheet or a CSV file; a sheet with content below them is refused. */
export const MAX_ROWS = 20000;
/** Columns read; a sheet with content to the right of them is refused. */
export const MAX_COLUMNS = 100;
/** Cells (with content or only a format) in all sheets of a workbook, before exceljs reads it. */
export const MAX_CELLS = 300000;
/** Characters in one cell: Excel's own limit. */
export const MAX_CELL_CHARS = 32767;
/** Sheets in a workbook. */
export const MAX_SHEETS = 200;
/** Characters in a sheet's name: Excel's own limit. */
export const MAX_SHEET_NAME_CHARS = 31;
/** XML elements in all parts together (cells, styles, shared strings …): exceljs keeps an object for most of them. */
export const MAX_XML_ELEMENTS = 1000000;
/** `<row>` elements in all sheets, with content or only a height or format (exceljs keeps an object for each). */
export const MAX_ROW_ELEMENTS = 100000;
/** Characters in one line (record) of a CSV file. */
export const MAX_CSV_LINE_CHARS = 1024 * 1024;
