/**
 * User text (measure, plan and person names) made inert for the two renderers reminders are sent to:
 * Adaptive Card TextBlock/FactSet markdown (Teams) and HTML (e-mail). Nothing a user types may become a
 * link, emphasis, a list or an Adaptive Card date function in someone else's Teams.
 */

/** Characters with a markdown meaning anywhere in a line, plus `{}` (Adaptive Card `{{DATE(…)}}` functions). */
const INLINE_SPECIALS = /[\\`*_[\]~<>{}|]/g;
/** Block syntax that only counts at the start of a line: headings, quotes, list items, numbered items. */
const LEADING_BLOCK = /^(\s*)(#|>|[-+]|\d+(?=[.)]))/;

/**
 * Escapes text for an Adaptive Card TextBlock or FactSet (CommonMark backslash escapes, which Teams
 * honours). Line breaks collapse to spaces: names and titles are single-line, and a newline could start
 * a list or a quote.
 */
export function escapeCardMarkdown(text: string): string {
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ');
  const inline = oneLine.replace(INLINE_SPECIALS, (c) => `\\${c}`);
  return inline.replace(LEADING_BLOCK, (_m, space: string, marker: string) =>
    /^\d+$/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`
  );
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
