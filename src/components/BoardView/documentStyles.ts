/**
 * Styles of a board document (DocumentView) on screen and in print, scoped under `.ik-document`, and
 * the page rules that print it on A4: landscape sections on a named page, table headers repeated on
 * every page, rows kept whole, page number "1 (3)" at the bottom right and the footer at the bottom left
 * (Chromium 131+ draws @page margin boxes). Text meets WCAG AA on white; status fills take their text
 * colour from CELL_FILLS; in Windows high contrast a filled cell keeps a visible outline, and its text
 * names the status, so nothing is said by colour alone.
 */
import { DocumentMeta } from '../../documents/model';

/** The named page of landscape sections (a page name is global: prefixed so no host page's rules meet it). */
export const LANDSCAPE_PAGE = 'ik-landscape';

const marginBoxFont = "font-family: 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; font-size: 8.5pt; color: #201f1e;";

export const documentStyles = `
.ik-document { color: #201f1e; line-height: 1.45; max-width: 1120px; }
.ik-document__heading { font-weight: 600; margin: 20px 0 6px; line-height: 1.25; }
.ik-document__heading--1 { font-size: 22px; margin-top: 8px; }
.ik-document__heading--2 { font-size: 18px; }
.ik-document__heading--3 { font-size: 15px; }
.ik-document p { margin: 0 0 8px; }
.ik-document__p--small { font-size: 12px; color: #484644; }
.ik-document__p--note { font-style: italic; color: #484644; border-left: 3px solid #8a8886; padding-left: 8px; }
.ik-document ol, .ik-document ul { margin: 0 0 10px; padding-left: 26px; }
.ik-document li { margin: 2px 0; }
.ik-document__facts { display: grid; grid-template-columns: minmax(140px, max-content) 1fr; gap: 2px 16px; margin: 0 0 14px; }
.ik-document__facts > div { display: contents; }
.ik-document__facts dt { font-weight: 600; }
.ik-document__facts dd { margin: 0; }
/* Automatic layout: the columns keep the document's widths as far as their longest word allows, so no heading breaks inside a word. */
.ik-document__table { border-collapse: collapse; width: 100%; table-layout: auto; margin: 4px 0 16px; }
.ik-document__table caption { caption-side: top; text-align: left; font-weight: 600; padding: 4px 0; }
.ik-document__table th, .ik-document__table td { border: 1px solid #8a8886; padding: 4px 6px; vertical-align: top; text-align: left; font-size: 13px; overflow-wrap: break-word; }
.ik-document__table thead th { background: #f3f2f1; font-weight: 600; }
.ik-document__group > th { background: #edebe9; font-weight: 600; }
.ik-document__table .ik-document__align--right { text-align: right; font-variant-numeric: tabular-nums; }
.ik-document__table .ik-document__align--center { text-align: center; }
.ik-document__fill { font-weight: 600; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.ik-document__page + .ik-document__page { border-top: 1px dashed #8a8886; margin-top: 24px; padding-top: 8px; }
.ik-theme-dark .ik-document { color: #fff; }
.ik-theme-dark .ik-document__p--small, .ik-theme-dark .ik-document__p--note { color: #d2d0ce; }
.ik-theme-dark .ik-document__table thead th { background: #3b3a39; }
.ik-theme-dark .ik-document__group > th { background: #323130; }
.ik-theme-contrast .ik-document { color: #fff; }
.ik-theme-contrast .ik-document__p--small, .ik-theme-contrast .ik-document__p--note { color: #fff; }
.ik-theme-contrast .ik-document__table thead th, .ik-theme-contrast .ik-document__group > th { background: #000; }
.ik-theme-contrast .ik-document__table th, .ik-theme-contrast .ik-document__table td { border-color: #fff; }
@media (forced-colors: active) {
  .ik-document__fill { outline: 2px solid CanvasText; outline-offset: -4px; }
  .ik-document__table th, .ik-document__table td { border-color: CanvasText; }
}
@page { size: A4; margin: 20mm 15mm; }
@page ${LANDSCAPE_PAGE} { size: A4 landscape; }
@media print {
  .ik-document { max-width: none; color: #000; font-size: 10.5pt; }
  .ik-document .ik-no-print { display: none !important; }
  .ik-document__page--landscape { page: ${LANDSCAPE_PAGE}; }
  .ik-document__page + .ik-document__page { break-before: page; border-top: none; margin-top: 0; padding-top: 0; }
  .ik-document__heading, .ik-document__table caption { break-after: avoid; }
  .ik-document__facts { break-inside: avoid; }
  .ik-document__table thead { display: table-header-group; }
  .ik-document__table tr { break-inside: avoid; }
  .ik-document__table th, .ik-document__table td { border-color: #000; font-size: 9.5pt; }
}
`;

/**
 * A CSS string literal of user text. Every character that could end the string, the rule or the
 * surrounding <style> element (quotes, backslash, < > &, control characters) becomes a hex escape, so
 * the result holds no markup and no CSS syntax of its own.
 */
export function cssString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const unsafe = code < 0x20 || code === 0x7f || '"\'\\<>&'.indexOf(text.charAt(i)) >= 0;
    out += unsafe ? `\\${code.toString(16)} ` : text.charAt(i);
  }
  return `"${out}"`;
}

/**
 * The page margin boxes of one document's printed pages: the running header (organisation) at the top
 * left, the footer (e.g. the Dnr) at the bottom left and "page (pages)" at the bottom right. Apart from
 * documentStyles, in a style element of its own, because CSS parsers without margin boxes (jsdom's)
 * reject the whole sheet they stand in.
 */
export function documentPageStyles(meta: DocumentMeta): string {
  const boxes: string[] = [];
  if (meta.organisation.trim()) boxes.push(`@top-left { content: ${cssString(meta.organisation)}; ${marginBoxFont} }`);
  if (meta.footer.trim()) boxes.push(`@bottom-left { content: ${cssString(meta.footer)}; ${marginBoxFont} }`);
  boxes.push(`@bottom-right { content: counter(page) " (" counter(pages) ")"; ${marginBoxFont} }`);
  return `@page {\n  ${boxes.join('\n  ')}\n}\n`;
}
