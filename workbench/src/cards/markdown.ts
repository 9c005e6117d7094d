/**
 * The Adaptive Cards renderer hands TextBlock text to a markdown processor. Our cards carry plain text with
 * every markdown character backslash-escaped (src/reminders/delivery/escaping.ts), and, in a publication
 * notice, links that the product itself writes (`[name](https://…)` to a paper). So the processor Teams
 * would apply reduces to this: an unescaped `[text](http(s)://…)` becomes a link, everything else is text,
 * with CommonMark backslash escapes undone and HTML escaped. Nothing a user typed can become markup: their
 * brackets arrive escaped.
 */
import { escapeHtml } from '../../../src/reminders/delivery/escaping';

/** A backslash before ASCII punctuation stands for the punctuation itself (CommonMark §2.4). */
const BACKSLASH_ESCAPE = /\\([!-/:-@[-`{-~])/g;
/** A link whose opening bracket is not escaped; the text may hold escaped characters. */
const LINK = /(?<!\\)\[((?:\\.|[^\\\]])*)\]\((https?:\/\/[^\s)]+)\)/g;

const plain = (text: string): string => escapeHtml(text.replace(BACKSLASH_ESCAPE, '$1'));

export function cardTextToHtml(text: string): string {
  let html = '';
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index ?? 0;
    html += plain(text.slice(at, start));
    html += `<a href="${escapeHtml(match[2])}" target="_blank" rel="noopener noreferrer">${plain(match[1])}</a>`;
    at = start + match[0].length;
  }
  return `<p>${html}${plain(text.slice(at))}</p>`;
}
