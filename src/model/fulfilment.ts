/**
 * An indicator's goal fulfilment ("Måluppfyllelse") and trend ("Utveckling") in a period, computed from
 * its target rule ("Mått för måluppfyllelse"), or set by hand with a reason. A value that cannot be judged
 * says why (no value, no previous value, no target, no rule) instead of showing a colour. Also the check
 * of a total against the women's and men's figures. Figures equal but for floating-point noise compare
 * as equal. Pure: no I/O.
 *
 * The rules, exactly (v = this period's total, p = the previous period's total, t = the indicator's
 * tolerance, or the region's default):
 * - Öka (increase): v − p > t green; |v − p| ≤ t yellow (unchanged); v − p < −t red. Default t = unchangedBand (0).
 * - Minska (decrease): the mirror image.
 * - ≥ target T (atLeast): v ≥ T green; T − t ≤ v < T yellow; else red. Default t = relativeTolerance × |T|.
 * - ≤ target T (atMost): v ≤ T green; T < v ≤ T + t yellow; else red.
 * - Genomförd (done): v = 1 (done) green; v = 0 (not done) red.
 */
import { formatValue } from './numbers';
import { requestTypeOf } from './planKinds';
import { Measure, StatusColour, StatusReport } from './types';

export interface FulfilmentSettings {
  /** The yellow band below (≥) or above (≤) a numeric target, as a share of the target: 0.1 = 10 %. */
  relativeTolerance: number;
  /** The change Öka/Minska still counts as unchanged, in the indicator's unit. */
  unchangedBand: number;
}

export const defaultFulfilmentSettings: FulfilmentSettings = { relativeTolerance: 0.1, unchangedBand: 0 };
export const FULFILMENT_SETTING = 'setting:fulfilment';

export type Unjudged = 'noValue' | 'noPrevious' | 'noTarget' | 'noRule';

export type Fulfilment =
  | { kind: 'computed'; colour: StatusColour }
  | { kind: 'manual'; colour: StatusColour; reason: string }
  | { kind: 'none'; why: Unjudged };

/** The figures an indicator's answer holds (a status report of an indicator, or a form before sending). */
export type Reading = Pick<StatusReport, 'value' | 'valueWomen' | 'valueMen' | 'status' | 'statusReason'>;

type Rule = Pick<Measure, 'targetRule' | 'targetValue' | 'tolerance'>;

function finite(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/**
 * `a − b`, with a difference within floating-point noise of the figures read as 0, so that values the
 * reporter typed as equal (0.3 against 0.1 + 0.2 from a sum) are never a change, a miss or a rise.
 */
function difference(a: number, b: number): number {
  const d = a - b;
  return Math.abs(d) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) ? 0 : d;
}

/** Reads `setting:fulfilment`; anything missing or wrong falls back to the defaults, with the problem named. */
export function parseFulfilmentSettings(json: string | undefined | null): { settings: FulfilmentSettings; problem: string | null } {
  if (!json) return { settings: defaultFulfilmentSettings, problem: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { settings: defaultFulfilmentSettings, problem: 'not valid JSON' };
  }
  // JSON.parse accepts `null`, `5` and `[]` as well; reading a field of null would throw.
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { settings: defaultFulfilmentSettings, problem: 'not a JSON object' };
  }
  const raw = parsed as Partial<FulfilmentSettings>;
  const rel = raw.relativeTolerance;
  const band = raw.unchangedBand;
  const settings: FulfilmentSettings = {
    relativeTolerance: finite(rel) && rel >= 0 && rel < 1 ? rel : defaultFulfilmentSettings.relativeTolerance,
    unchangedBand: finite(band) && band >= 0 ? band : defaultFulfilmentSettings.unchangedBand
  };
  const bad = (rel !== undefined && settings.relativeTolerance !== rel) || (band !== undefined && settings.unchangedBand !== band);
  return { settings, problem: bad ? 'relativeTolerance must be 0–1 and unchangedBand ≥ 0' : null };
}

/** Why the rule alone cannot judge any value (the indicator lacks a rule or a target), or null. */
function ruleProblem(rule: Rule): Unjudged | null {
  if (rule.targetRule === null) return 'noRule';
  if ((rule.targetRule === 'atLeast' || rule.targetRule === 'atMost') && !finite(rule.targetValue)) return 'noTarget';
  return null;
}

/** Green above the band, yellow within it, red below; `x` and `band` compared without floating-point noise. */
function colourWithin(x: number, band: number): StatusColour {
  return difference(x, band) > 0 ? 'green' : difference(x, -band) >= 0 ? 'yellow' : 'red';
}

function judge(rule: Rule, value: number, previous: number | null, settings: FulfilmentSettings): Fulfilment {
  const { targetRule, targetValue } = rule;
  switch (targetRule) {
    case null:
      return { kind: 'none', why: 'noRule' };
    case 'done':
      return { kind: 'computed', colour: value >= 1 ? 'green' : 'red' };
    case 'increase':
    case 'decrease': {
      if (previous === null) return { kind: 'none', why: 'noPrevious' };
      const band = finite(rule.tolerance) ? Math.abs(rule.tolerance) : settings.unchangedBand;
      return { kind: 'computed', colour: colourWithin(targetRule === 'increase' ? value - previous : previous - value, band) };
    }
    case 'atLeast':
    case 'atMost': {
      if (!finite(targetValue)) return { kind: 'none', why: 'noTarget' };
      const band = finite(rule.tolerance) ? Math.abs(rule.tolerance) : settings.relativeTolerance * Math.abs(targetValue);
      const margin = targetRule === 'atLeast' ? difference(value, targetValue) : difference(targetValue, value);
      return { kind: 'computed', colour: margin >= 0 ? 'green' : colourWithin(margin, band) };
    }
  }
}

/**
 * The fulfilment of `current` given the previous period's reading. A colour set by hand counts only with a
 * reason (the form refuses one without); otherwise the rule decides. An indicator without a rule or a
 * target says so before a missing value does: that is what someone has to fix for it ever to be judged.
 */
export function fulfilmentOf(rule: Rule, current: Reading | null, previous: Reading | null,
  settings: FulfilmentSettings = defaultFulfilmentSettings): Fulfilment {
  // `?? ''`: reports written before indicators existed carry no reason at all.
  const reason = (current?.statusReason ?? '').trim();
  if (current?.status && reason !== '') return { kind: 'manual', colour: current.status, reason };
  const problem = ruleProblem(rule);
  if (problem) return { kind: 'none', why: problem };
  if (!current || !finite(current.value)) return { kind: 'none', why: 'noValue' };
  return judge(rule, current.value, previous && finite(previous.value) ? previous.value : null, settings);
}

/** The colour shown, or null when the value cannot be judged. */
export function fulfilmentColour(f: Fulfilment): StatusColour | null {
  return f.kind === 'none' ? null : f.colour;
}

export type TrendDirection = 'up' | 'down' | 'unchanged';

export type Trend =
  | { kind: 'trend'; direction: TrendDirection; change: number; better: boolean | null }
  | { kind: 'none'; why: 'noValue' | 'noPrevious' };

/**
 * The change against the previous period. `better` says whether the change goes the way the rule wants
 * (up for Öka and ≥, down for Minska and ≤); null when the rule has no direction (Genomförd, none).
 */
export function trendOf(rule: Pick<Measure, 'targetRule'>, current: Reading | null, previous: Reading | null): Trend {
  if (!current || !finite(current.value)) return { kind: 'none', why: 'noValue' };
  if (!previous || !finite(previous.value)) return { kind: 'none', why: 'noPrevious' };
  // Equal figures (0.3 against 0.1 + 0.2) are no change; a real change is rounded so 3.8 − 3.4 reads 0.4.
  const change = Math.round(difference(current.value, previous.value) * 1e9) / 1e9;
  const direction: TrendDirection = change > 0 ? 'up' : change < 0 ? 'down' : 'unchanged';
  const wantsUp = rule.targetRule === 'increase' || rule.targetRule === 'atLeast';
  const wantsDown = rule.targetRule === 'decrease' || rule.targetRule === 'atMost';
  const better = direction === 'unchanged' || (!wantsUp && !wantsDown) ? null : (direction === 'up') === wantsUp;
  return { kind: 'trend', direction, change, better };
}

/** Units whose total is the sum of women and men; for any other unit (a share, a mean) it lies between them. */
const COUNT_UNITS = new Set(['antal', 'st', 'st.', 'stycken', 'personer', 'count', 'number', 'pcs', 'people']);

export function isCountUnit(unit: string): boolean {
  return COUNT_UNITS.has(unit.trim().toLowerCase());
}

export type TotalCheck = 'ok' | 'missingTotal' | 'missingSplit' | 'sumMismatch' | 'outsideRange';

/**
 * Checks a split-by-sex reading: every figure given, and the total consistent with women and men — equal
 * to their sum for counts, between them for shares and means (a share of all is a weighted mean).
 */
export function checkTotal(indicator: Pick<Measure, 'splitBySex' | 'unitOfMeasure'>, reading: Pick<Reading, 'value' | 'valueWomen' | 'valueMen'>): TotalCheck {
  if (!finite(reading.value)) return 'missingTotal';
  if (!indicator.splitBySex) return 'ok';
  if (!finite(reading.valueWomen) || !finite(reading.valueMen)) return 'missingSplit';
  const { value, valueWomen, valueMen } = reading;
  if (isCountUnit(indicator.unitOfMeasure)) return Math.abs(valueWomen + valueMen - value) < 1e-9 ? 'ok' : 'sumMismatch';
  const low = Math.min(valueWomen, valueMen) - 1e-9;
  const high = Math.max(valueWomen, valueMen) + 1e-9;
  return value >= low && value <= high ? 'ok' : 'outsideRange';
}

/** The rule's target written as the boards write it: "Öka", "≥ 100 %", "≤ 3 %", "Genomförd". */
export function targetText(rule: Pick<Measure, 'targetRule' | 'targetValue' | 'unitOfMeasure'>, locale: 'sv-SE' | 'en-US'): string {
  const sv = locale === 'sv-SE';
  // In the unit as figures are written ("3 %" in Swedish, "3%" in English, a count bare).
  const value = finite(rule.targetValue) ? formatValue(rule.targetValue, rule.unitOfMeasure ?? '', locale) : '';
  switch (rule.targetRule) {
    case 'increase': return sv ? 'Öka' : 'Increase';
    case 'decrease': return sv ? 'Minska' : 'Decrease';
    case 'atLeast': return value ? `≥ ${value}` : (sv ? 'Målvärde saknas' : 'No target value');
    case 'atMost': return value ? `≤ ${value}` : (sv ? 'Målvärde saknas' : 'No target value');
    case 'done': return sv ? 'Genomförd' : 'Done';
    default: return '';
  }
}

/**
 * The colour a follow-up shows for a measure: a status answer's own colour, or for an indicator its
 * computed goal fulfilment against the previous period's reading; null when unanswered or not judged.
 */
export function shownColour(measure: Pick<Measure, 'measureKind' | 'targetRule' | 'targetValue' | 'tolerance'>,
  current: StatusReport | null | undefined, previous: StatusReport | null | undefined, settings: FulfilmentSettings): StatusColour | null {
  if (!current) return null;
  return requestTypeOf(measure) === 'value' ? fulfilmentColour(fulfilmentOf(measure, current, previous ?? null, settings)) : current.status;
}
