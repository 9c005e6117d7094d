/**
 * Traffic-light status from a spreadsheet cell: a word (Swedish or English, including the legend's own
 * sentences) or only the cell's fill colour, classified by hue and lightness so that Excel's
 * standard colours, its "good/neutral/bad" styles and our own export's colours are all understood.
 */
import { StatusColour } from '../model/types';
import { CellFill } from './types';

const WORDS: Record<string, StatusColour> = {
  'grön': 'green', 'gron': 'green', 'green': 'green', 'g': 'green', 'klar': 'green', 'klart': 'green', 'genomförd': 'green',
  'genomfört': 'green', 'slutförd': 'green', 'done': 'green', 'complete': 'green', 'completed': 'green', 'finished': 'green', 'ok': 'green',
  'gul': 'yellow', 'yellow': 'yellow', 'y': 'yellow', 'amber': 'yellow', 'orange': 'yellow', 'delvis': 'yellow',
  'pågår': 'yellow', 'pågående': 'yellow', 'påbörjad': 'yellow', 'påbörjat': 'yellow', 'delvis klar': 'yellow',
  'delvis genomförd': 'yellow', 'partly': 'yellow', 'partial': 'yellow', 'partly done': 'yellow', 'in progress': 'yellow',
  'ongoing': 'yellow', 'started': 'yellow',
  'röd': 'red', 'rod': 'red', 'red': 'red', 'r': 'red', 'ej klar': 'red', 'inte klar': 'red', 'ej påbörjad': 'red',
  'inte påbörjad': 'red', 'ej genomförd': 'red', 'inte genomförd': 'red', 'ej startad': 'red', 'not done': 'red',
  'not started': 'red', 'not completed': 'red', 'late': 'red', 'delayed': 'red', 'försenad': 'red'
};

function normaliseWord(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/[.!:;,]+$/, '');
}

/**
 * The status a word or sentence means, or null when it says nothing recognisable. Sentences such as
 * the seed's legend ("Åtgärd delvis genomförd och beräknas …") are read by their key words: a
 * negation means red, "delvis"/"pågår" yellow, "klar"/"genomförd" green.
 */
export function statusFromWord(text: string): StatusColour | null {
  const word = normaliseWord(text);
  if (!word) return null;
  if (WORDS[word]) return WORDS[word];
  const words = word.split(/[^a-zåäöéü]+/).filter((w) => w.length > 0);
  const has = (...candidates: string[]): boolean => candidates.some((c) => words.indexOf(c) >= 0);
  if (has('ej', 'inte', 'icke', 'not', 'no') && has('klar', 'klart', 'genomförd', 'genomfört', 'påbörjad', 'done', 'completed', 'started')) return 'red';
  if (has('delvis', 'pågår', 'påbörjad', 'partly', 'partially', 'progress', 'ongoing')) return 'yellow';
  if (has('klar', 'klart', 'genomförd', 'genomfört', 'done', 'completed')) return 'green';
  return null;
}

/** The standard Office theme (2013+): index → RGB, for fills given as theme colours. */
const OFFICE_THEME = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];

/** Excel's legacy indexed palette (indexes 8–63). */
const INDEXED_PALETTE = (
  '000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 800000 008000 000080 808000 800080 008080 C0C0C0 808080 ' +
  '9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF 000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF ' +
  '00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 ' +
  '003366 339966 003300 333300 993300 993366 333399 333333'
).split(' ');

function rgbOf(fill: CellFill): string | null {
  if (fill.argb && /^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(fill.argb)) return fill.argb.slice(-6).toUpperCase();
  if (fill.theme !== undefined) return OFFICE_THEME[fill.theme] ?? null;
  if (fill.indexed !== undefined) return INDEXED_PALETTE[fill.indexed - 8] ?? null;
  return null;
}

/** Hue (0–360), saturation and lightness (0–1) of an RRGGBB colour. */
export function hsl(rgb: string): { h: number; s: number; l: number } {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  let h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  h *= 60;
  if (h < 0) h += 360;
  return { h, s, l };
}

/** The status a cell's fill means: green, yellow (amber/orange too) or red; null for white, grey, blue or no fill. */
export function statusFromFill(fill: CellFill | null): StatusColour | null {
  if (!fill) return null;
  const rgb = rgbOf(fill);
  if (!rgb) return null;
  const { h, s, l } = hsl(rgb);
  if (s < 0.2 || l > 0.95 || l < 0.08) return null;
  if (h < 15 || h >= 330) return 'red';
  if (h < 70) return 'yellow';
  if (h < 170) return 'green';
  return null;
}
