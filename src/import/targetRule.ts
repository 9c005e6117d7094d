/**
 * Reading a scorecard's "Mått för måluppfyllelse" and its values as the boards write them (seed 003):
 * a direction ("Öka", "Minska"), a numeric target with its unit and comparison ("≥ 100 %", "100 %",
 * "minst 90" reached from below; "≤ 3 %", "högst 3" from above) or "Genomförd"; values such as "3,8 %",
 * "4,31", "1 000 st", or for a done-rule Genomförd / Ej genomförd.
 */
import { TargetRule } from '../model/types';
import { ImportTarget } from './types';

const WORD_CHARS = /[^a-zåäöéü0-9]+/;

/** Joins "Genom-\nförd" and collapses whitespace; lower case. */
function normalise(text: string): string {
  return text.replace(/([a-zåäöéüA-ZÅÄÖ])-[ \t]*\r?\n\s*(?=[a-zåäöéü])/g, '$1').replace(/\s+/g, ' ').trim().toLowerCase();
}

function words(text: string): string[] {
  return text.split(WORD_CHARS).filter((w) => w !== '');
}

const INCREASE = ['öka', 'ökas', 'ökar', 'ökning', 'ökad', 'höja', 'höjas', 'increase', 'increased', 'increasing', 'raise', 'higher'];
const DECREASE = ['minska', 'minskas', 'minskar', 'minskning', 'minskad', 'sänka', 'sänkas', 'decrease', 'decreased', 'decreasing', 'reduce', 'lower'];
const DONE = ['genomförd', 'genomfört', 'genomförda', 'genomföras', 'genomförs', 'klar', 'klart', 'införd', 'infört', 'implementerad',
  'implementerat', 'done', 'completed', 'implemented'];
const NEGATIONS = ['ej', 'inte', 'icke', 'not', 'no', 'nej', 'ofullständigt'];

const AT_LEAST = /^(?:≥|>=|=>|>|minst|lägst|minimum|min\.?|över|at least|more than|above)\s*/;
const AT_MOST = /^(?:≤|<=|=<|<|högst|maximalt|maximum|max\.?|under|at most|less than|below)\s*/;

/** A number at the start of the text ("3,8 %", "1 000 st", "-2.5"), with the unit after it. */
export function parseNumber(text: string): { value: number; unit: string } | null {
  const m = /^([-−–]?)(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,](\d+))?\s*(.*)$/.exec(text.trim());
  if (!m) return null;
  const value = Number(`${m[1] ? '-' : ''}${m[2].replace(/[ \u00a0]/g, '')}${m[3] ? `.${m[3]}` : ''}`);
  if (!Number.isFinite(value)) return null;
  return { value, unit: unitOf(m[4]) };
}

function unitOf(rest: string): string {
  const unit = rest.replace(/\([^)]*\)?/g, ' ').replace(/\s+/g, ' ').trim().replace(/[.,;:]+$/, '');
  if (/^(%|procent|percent)$/i.test(unit)) return '%';
  return unit;
}

/**
 * The rule a target text states: null for an empty cell, undefined for text the import does not understand
 * (an error on that cell). A plain number is a target to reach from below ("100 %" = at least 100 %).
 */
export function parseTarget(raw: string): ImportTarget | null | undefined {
  const text = normalise(raw);
  if (!text) return null;
  const all = words(text);
  const first = all[0] ?? '';
  const rule = (r: TargetRule, value: number | null = null, unit = ''): ImportTarget => ({ rule: r, value, unit, text: raw.replace(/\s+/g, ' ').trim() });
  if (INCREASE.indexOf(first) >= 0) return rule('increase');
  if (DECREASE.indexOf(first) >= 0) return rule('decrease');
  const atLeast = AT_LEAST.exec(text);
  const atMost = atLeast ? null : AT_MOST.exec(text);
  const comparison = atLeast ?? atMost;
  const number = parseNumber(comparison ? text.slice(comparison[0].length) : text);
  if (number) return rule(atMost ? 'atMost' : 'atLeast', number.value, number.unit);
  if (comparison) return undefined;
  if (all.some((w) => DONE.indexOf(w) >= 0) && !all.some((w) => NEGATIONS.indexOf(w) >= 0)) return rule('done');
  return undefined;
}

/** A done-rule value: 1 done, 0 not done; undefined when the text says neither. */
export function parseDoneValue(raw: string): number | undefined {
  const text = normalise(raw);
  if (text === '1' || text === '0') return Number(text);
  const all = words(text);
  const negated = all.some((w) => NEGATIONS.indexOf(w) >= 0);
  if (all.some((w) => DONE.indexOf(w) >= 0 || w === 'ja' || w === 'yes')) return negated ? 0 : 1;
  if (negated) return 0;
  return undefined;
}

/** A value cell: its number, null when empty, undefined when unreadable. */
export function parseValue(value: string | number | Date | boolean | null, text: string, rule: TargetRule | null): number | null | undefined {
  if (value === null || text === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (rule === 'done') return parseDoneValue(text);
  return parseNumber(text)?.value;
}
