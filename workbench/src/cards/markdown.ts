/**
 * The Adaptive Cards renderer hands TextBlock text to a markdown processor. Our reminder cards carry only
 * plain text with every markdown character backslash-escaped (src/reminders/delivery/escaping.ts), so
 * the processor Teams would apply reduces to this: undo CommonMark backslash escapes and show the text,
 * HTML-escaped. It never turns text into markup, so nothing a user typed can become a link or a tag.
 */
import { escapeHtml } from '../../../src/reminders/delivery/escaping';

/** A backslash before ASCII punctuation stands for the punctuation itself (CommonMark §2.4). */
const BACKSLASH_ESCAPE = /\\([!-/:-@[-`{-~])/g;

export function cardTextToHtml(text: string): string {
  return `<p>${escapeHtml(text.replace(BACKSLASH_ESCAPE, '$1'))}</p>`;
}
