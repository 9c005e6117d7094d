/**
 * An indicator's goal fulfilment and trend from its target rule: every rule, the thresholds (the region's
 * relative tolerance and unchanged band, the indicator's own tolerance), the values that cannot be judged
 * and why, a colour set by hand, totals against women and men, the region's settings and the target as
 * the boards write it.
 */
import {
  checkTotal, defaultFulfilmentSettings, fulfilmentColour, fulfilmentOf, FulfilmentSettings, isCountUnit, parseFulfilmentSettings,
  Reading, targetText, trendOf
} from '../fulfilment';
import { Measure, TargetRule } from '../types';

type Rule = Pick<Measure, 'targetRule' | 'targetValue' | 'tolerance'>;
const rule = (targetRule: TargetRule | null, targetValue: number | null = null, tolerance: number | null = null): Rule =>
  ({ targetRule, targetValue, tolerance });
const reading = (value: number | null, extra: Partial<Reading> = {}): Reading =>
  ({ value, valueWomen: null, valueMen: null, status: null, statusReason: '', ...extra });
/** The colour, or the reason it cannot be judged. */
const judged = (r: Rule, value: number | null, previous: number | null = null, settings?: FulfilmentSettings): string => {
  const f = fulfilmentOf(r, value === undefined ? null : reading(value), previous === null ? null : reading(previous), settings);
  return f.kind === 'none' ? f.why : f.colour;
};

describe('goal fulfilment by target rule', () => {
  it('Öka: a rise is green, no change yellow, a fall red', () => {
    expect(judged(rule('increase'), 4.39, 4.31)).toBe('green');
    expect(judged(rule('increase'), 4.31, 4.31)).toBe('yellow');
    expect(judged(rule('increase'), 4.2, 4.31)).toBe('red');
  });

  it('Minska: a fall is green, no change yellow, a rise red (14 outages after 16 is green)', () => {
    expect(judged(rule('decrease'), 14, 16)).toBe('green');
    expect(judged(rule('decrease'), 14, 14)).toBe('yellow');
    expect(judged(rule('decrease'), 3.8, 3.4)).toBe('red');
  });

  it('≥ target: reached is green, within 10 % of the target below it yellow, further below red', () => {
    const r = rule('atLeast', 100);
    expect(judged(r, 100)).toBe('green');
    expect(judged(r, 120)).toBe('green');
    expect(judged(r, 95)).toBe('yellow');
    expect(judged(r, 90)).toBe('yellow');
    expect(judged(r, 89.9)).toBe('red');
  });

  it('≤ target: at or under is green, within 10 % above yellow, further above red (sick leave ≤ 3 %)', () => {
    const r = rule('atMost', 3);
    expect(judged(r, 3)).toBe('green');
    expect(judged(r, 2.07)).toBe('green');
    expect(judged(r, 3.2)).toBe('yellow');
    expect(judged(r, 3.3)).toBe('yellow');
    expect(judged(r, 3.8)).toBe('red');
  });

  it('Genomförd: 1 (done) is green, 0 (not done) red, whatever the previous period said', () => {
    expect(judged(rule('done'), 1)).toBe('green');
    expect(judged(rule('done'), 0)).toBe('red');
    expect(judged(rule('done'), 0, 1)).toBe('red');
  });

  it('needs no previous value for a numeric target or Genomförd', () => {
    expect(judged(rule('atLeast', 80), 85, null)).toBe('green');
    expect(judged(rule('done'), 1, null)).toBe('green');
  });
});

describe('thresholds', () => {
  it('takes the region’s relative tolerance as a share of the target', () => {
    const wide: FulfilmentSettings = { relativeTolerance: 0.25, unchangedBand: 0 };
    expect(judged(rule('atLeast', 100), 80, null, wide)).toBe('yellow');
    expect(judged(rule('atLeast', 100), 80, null, defaultFulfilmentSettings)).toBe('red');
    expect(judged(rule('atMost', 20), 24, null, wide)).toBe('yellow');
    expect(judged(rule('atMost', 20), 26, null, wide)).toBe('red');
  });

  it('measures the relative band from the size of a negative target too', () => {
    expect(judged(rule('atLeast', -10), -11)).toBe('yellow');
    expect(judged(rule('atLeast', -10), -12)).toBe('red');
  });

  it('lets an indicator’s own tolerance, in its unit, replace the region’s band', () => {
    // 20 % of the target would be yellow by default (band 10); the indicator allows only 2 points.
    expect(judged(rule('atLeast', 100, 2), 97)).toBe('red');
    expect(judged(rule('atLeast', 100, 2), 98)).toBe('yellow');
    expect(judged(rule('atMost', 3, 1), 3.8)).toBe('yellow');
    // A tolerance of 0 is a tolerance: nothing below the target is yellow.
    expect(judged(rule('atLeast', 100, 0), 99.9)).toBe('red');
  });

  it('reads a tolerance typed negative as its size', () => {
    expect(judged(rule('atLeast', 100, -2), 98)).toBe('yellow');
  });

  it('counts a change within the unchanged band as unchanged for Öka and Minska', () => {
    const band: FulfilmentSettings = { relativeTolerance: 0.1, unchangedBand: 0.5 };
    expect(judged(rule('increase'), 136.4, 136, band)).toBe('yellow');
    expect(judged(rule('increase'), 135.6, 136, band)).toBe('yellow');
    expect(judged(rule('increase'), 136.6, 136, band)).toBe('green');
    expect(judged(rule('increase'), 135.4, 136, band)).toBe('red');
    expect(judged(rule('decrease'), 3.7, 3.4, { ...band, unchangedBand: 0.3 })).toBe('yellow');
  });

  it('prefers the indicator’s tolerance to the region’s unchanged band', () => {
    const band: FulfilmentSettings = { relativeTolerance: 0.1, unchangedBand: 5 };
    expect(judged(rule('increase', null, 1), 138, 136, band)).toBe('green');
    expect(judged(rule('increase'), 138, 136, band)).toBe('yellow');
  });

  it('puts a change exactly on the band edge within the band despite floating-point noise', () => {
    // 1.1 − 0.7 is 0.40000000000000013 in binary floating point.
    expect(judged(rule('increase', null, 0.4), 1.1, 0.7)).toBe('yellow');
    expect(judged(rule('decrease', null, 0.4), 0.7, 1.1)).toBe('yellow');
  });

  it('treats a value equal to the target but for floating-point noise as on target', () => {
    expect(judged(rule('atMost', 0.3), 0.1 + 0.2)).toBe('green');
    expect(judged(rule('atLeast', 0.3 + 1e-17), 0.3)).toBe('green');
    expect(judged(rule('increase'), 0.1 + 0.2, 0.3)).toBe('yellow');
    expect(judged(rule('decrease'), 0.3, 0.1 + 0.2)).toBe('yellow');
  });
});

describe('values that cannot be judged say why', () => {
  it('Öka and Minska without a previous value: no previous value', () => {
    expect(judged(rule('increase'), 4.39, null)).toBe('noPrevious');
    expect(fulfilmentOf(rule('decrease'), reading(14), reading(null))).toEqual({ kind: 'none', why: 'noPrevious' });
  });

  it('a numeric target rule without a target value: no target', () => {
    expect(judged(rule('atLeast'), 85)).toBe('noTarget');
    expect(judged(rule('atMost', Number.NaN), 3)).toBe('noTarget');
  });

  it('an indicator without a rule: no rule', () => {
    expect(judged(rule(null), 14)).toBe('noRule');
  });

  it('no value reported (no report, or a report without a figure): no value', () => {
    expect(fulfilmentOf(rule('atLeast', 100), null, null)).toEqual({ kind: 'none', why: 'noValue' });
    expect(judged(rule('atLeast', 100), null)).toBe('noValue');
    expect(judged(rule('increase'), Number.NaN, 3)).toBe('noValue');
  });

  it('names a missing rule or target before a missing value: that is what must be fixed first', () => {
    expect(judged(rule(null), null)).toBe('noRule');
    expect(judged(rule('atMost'), null)).toBe('noTarget');
  });

  it('shows no colour for what cannot be judged', () => {
    expect(fulfilmentColour({ kind: 'none', why: 'noPrevious' })).toBeNull();
    expect(fulfilmentColour({ kind: 'computed', colour: 'red' })).toBe('red');
  });
});

describe('a colour set by hand', () => {
  it('counts with a reason, over the rule, and keeps the reason trimmed', () => {
    const f = fulfilmentOf(rule('atMost', 3), reading(3.8, { status: 'yellow', statusReason: '  Långtidssjukfrånvaron minskar  ' }), null);
    expect(f).toEqual({ kind: 'manual', colour: 'yellow', reason: 'Långtidssjukfrånvaron minskar' });
    expect(fulfilmentColour(f)).toBe('yellow');
  });

  it('counts even where the rule could not judge (no previous value, no target, no value)', () => {
    const manual = { status: 'red' as const, statusReason: 'Kan inte mätas än' };
    expect(fulfilmentOf(rule('increase'), reading(5, manual), null).kind).toBe('manual');
    expect(fulfilmentOf(rule('atLeast'), reading(5, manual), null).kind).toBe('manual');
    expect(fulfilmentOf(rule('done'), reading(null, manual), null).kind).toBe('manual');
  });

  it('is not manual without a reason: the rule decides', () => {
    expect(fulfilmentOf(rule('atMost', 3), reading(2, { status: 'red', statusReason: '' }), null)).toEqual({ kind: 'computed', colour: 'green' });
    expect(fulfilmentOf(rule('atMost', 3), reading(2, { status: 'red', statusReason: '   ' }), null)).toEqual({ kind: 'computed', colour: 'green' });
    expect(fulfilmentOf(rule('increase'), reading(2, { status: 'green', statusReason: '' }), null)).toEqual({ kind: 'none', why: 'noPrevious' });
  });

  it('is not manual with a reason but no colour', () => {
    expect(fulfilmentOf(rule('atMost', 3), reading(2, { statusReason: 'Skäl' }), null)).toEqual({ kind: 'computed', colour: 'green' });
  });
});

describe('trend against the previous period', () => {
  it('goes up, down or stays unchanged, with the change', () => {
    expect(trendOf(rule('atMost', 3), reading(3.8), reading(3.4))).toEqual({ kind: 'trend', direction: 'up', change: 0.4, better: false });
    expect(trendOf(rule('decrease'), reading(14), reading(16))).toEqual({ kind: 'trend', direction: 'down', change: -2, better: true });
    expect(trendOf(rule('increase'), reading(136), reading(136))).toEqual({ kind: 'trend', direction: 'unchanged', change: 0, better: null });
  });

  it('is better or worse by the rule: up is better for Öka and ≥, down for Minska and ≤', () => {
    const up = [reading(5), reading(4)] as const;
    const down = [reading(4), reading(5)] as const;
    expect(trendOf(rule('increase'), ...up)).toMatchObject({ better: true });
    expect(trendOf(rule('atLeast', 10), ...up)).toMatchObject({ better: true });
    expect(trendOf(rule('decrease'), ...up)).toMatchObject({ better: false });
    expect(trendOf(rule('atMost', 3), ...up)).toMatchObject({ better: false });
    expect(trendOf(rule('increase'), ...down)).toMatchObject({ better: false });
    expect(trendOf(rule('decrease'), ...down)).toMatchObject({ better: true });
  });

  it('has no better or worse for Genomförd or without a rule', () => {
    expect(trendOf(rule('done'), reading(1), reading(0))).toMatchObject({ direction: 'up', better: null });
    expect(trendOf(rule(null), reading(1), reading(2))).toMatchObject({ direction: 'down', better: null });
  });

  it('reads equal figures as unchanged despite floating-point noise, at any size', () => {
    expect(trendOf(rule('increase'), reading(0.1 + 0.2), reading(0.3))).toEqual({ kind: 'trend', direction: 'unchanged', change: 0, better: null });
    expect(trendOf(rule('decrease'), reading(1e12 * 0.3), reading(1e12 * 0.1 + 1e12 * 0.2))).toMatchObject({ direction: 'unchanged' });
    expect(trendOf(rule('increase'), reading(3.8), reading(3.4))).toMatchObject({ change: 0.4 });
  });

  it('says why there is none: no value, or no previous value', () => {
    expect(trendOf(rule('increase'), null, reading(3))).toEqual({ kind: 'none', why: 'noValue' });
    expect(trendOf(rule('increase'), reading(null), reading(3))).toEqual({ kind: 'none', why: 'noValue' });
    expect(trendOf(rule('increase'), reading(3), null)).toEqual({ kind: 'none', why: 'noPrevious' });
    expect(trendOf(rule('increase'), reading(3), reading(null))).toEqual({ kind: 'none', why: 'noPrevious' });
  });
});

describe('the total against women and men', () => {
  const counts = { splitBySex: true, unitOfMeasure: 'antal' };
  const shares = { splitBySex: true, unitOfMeasure: '%' };

  it('for counts, the total is the sum (398 women + 106 men = 504)', () => {
    expect(checkTotal(counts, { value: 504, valueWomen: 398, valueMen: 106 })).toBe('ok');
    expect(checkTotal(counts, { value: 500, valueWomen: 398, valueMen: 106 })).toBe('sumMismatch');
    expect(checkTotal({ ...counts, unitOfMeasure: ' St ' }, { value: 3, valueWomen: 1, valueMen: 2 })).toBe('ok');
  });

  it('for shares and means, the total lies between women and men (sick leave 2.07 % and 4.47 %)', () => {
    expect(checkTotal(shares, { value: 3.8, valueWomen: 2.07, valueMen: 4.47 })).toBe('ok');
    expect(checkTotal(shares, { value: 2.07, valueWomen: 2.07, valueMen: 4.47 })).toBe('ok');
    expect(checkTotal(shares, { value: 5.2, valueWomen: 2.07, valueMen: 4.47 })).toBe('outsideRange');
    expect(checkTotal({ ...shares, unitOfMeasure: 'skala 1–5' }, { value: 4.31, valueWomen: 4.39, valueMen: 4.27 })).toBe('ok');
  });

  it('needs the total always, and women and men only where split', () => {
    expect(checkTotal(counts, { value: null, valueWomen: 1, valueMen: 2 })).toBe('missingTotal');
    expect(checkTotal(counts, { value: 3, valueWomen: 1, valueMen: null })).toBe('missingSplit');
    expect(checkTotal({ splitBySex: false, unitOfMeasure: 'antal' }, { value: 14, valueWomen: null, valueMen: null })).toBe('ok');
    expect(checkTotal({ splitBySex: false, unitOfMeasure: 'antal' }, { value: null, valueWomen: null, valueMen: null })).toBe('missingTotal');
  });

  it('knows count units in Swedish and English, whatever the case', () => {
    expect(isCountUnit('Antal')).toBe(true);
    expect(isCountUnit('people')).toBe(true);
    expect(isCountUnit('%')).toBe(false);
  });
});

describe('the region’s fulfilment settings', () => {
  it('are the defaults when none are stored', () => {
    expect(parseFulfilmentSettings(undefined)).toEqual({ settings: defaultFulfilmentSettings, problem: null });
    expect(parseFulfilmentSettings(null)).toEqual({ settings: defaultFulfilmentSettings, problem: null });
    expect(parseFulfilmentSettings('')).toEqual({ settings: defaultFulfilmentSettings, problem: null });
  });

  it('read what is stored, with the default for what is missing', () => {
    expect(parseFulfilmentSettings('{"relativeTolerance":0.05,"unchangedBand":0.2}')).toEqual({ settings: { relativeTolerance: 0.05, unchangedBand: 0.2 }, problem: null });
    expect(parseFulfilmentSettings('{"unchangedBand":1}')).toEqual({ settings: { relativeTolerance: 0.1, unchangedBand: 1 }, problem: null });
  });

  it('fall back to the defaults, naming the problem, on JSON that is not valid', () => {
    expect(parseFulfilmentSettings('{relativeTolerance: 0.2')).toEqual({ settings: defaultFulfilmentSettings, problem: 'not valid JSON' });
  });

  it('fall back on JSON that is not an object (null, a number, a list) instead of throwing', () => {
    for (const json of ['null', '5', '[0.2]', '"0.2"']) {
      expect(parseFulfilmentSettings(json)).toEqual({ settings: defaultFulfilmentSettings, problem: 'not a JSON object' });
    }
  });

  it('replace a value out of range or of the wrong type by its default and say so', () => {
    const out = parseFulfilmentSettings('{"relativeTolerance":1.5,"unchangedBand":-1}');
    expect(out.settings).toEqual(defaultFulfilmentSettings);
    expect(out.problem).toMatch(/relativeTolerance/);
    const typed = parseFulfilmentSettings('{"relativeTolerance":"0.2","unchangedBand":0.3}');
    expect(typed.settings).toEqual({ relativeTolerance: 0.1, unchangedBand: 0.3 });
    expect(typed.problem).not.toBeNull();
  });
});

describe('the target as the boards write it', () => {
  const target = (targetRule: TargetRule | null, targetValue: number | null = null, unitOfMeasure = ''): Pick<Measure, 'targetRule' | 'targetValue' | 'unitOfMeasure'> =>
    ({ targetRule, targetValue, unitOfMeasure });

  it('in Swedish: Öka, Minska, ≥ 100 %, ≤ 3 %, Genomförd, with a decimal comma', () => {
    expect(targetText(target('increase'), 'sv-SE')).toBe('Öka');
    expect(targetText(target('decrease'), 'sv-SE')).toBe('Minska');
    expect(targetText(target('atLeast', 100, '%'), 'sv-SE')).toBe('≥ 100 %');
    expect(targetText(target('atMost', 3, '%'), 'sv-SE')).toBe('≤ 3 %');
    expect(targetText(target('atMost', 3.5, 'dagar'), 'sv-SE')).toBe('≤ 3,5 dagar');
    expect(targetText(target('atLeast', 20), 'sv-SE')).toBe('≥ 20');
    expect(targetText(target('done'), 'sv-SE')).toBe('Genomförd');
  });

  it('in English: Increase, Decrease, ≥ 100%, ≤ 3.5 days, Done', () => {
    expect(targetText(target('increase'), 'en-US')).toBe('Increase');
    expect(targetText(target('decrease'), 'en-US')).toBe('Decrease');
    expect(targetText(target('atLeast', 100, '%'), 'en-US')).toBe('≥ 100%');
    expect(targetText(target('atMost', 3.5, 'days'), 'en-US')).toBe('≤ 3.5 days');
    expect(targetText(target('done'), 'en-US')).toBe('Done');
  });

  it('says the target is missing rather than writing an empty comparison, and nothing without a rule', () => {
    expect(targetText(target('atLeast', null, '%'), 'sv-SE')).toBe('Målvärde saknas');
    expect(targetText(target('atMost', null, '%'), 'en-US')).toBe('No target value');
    expect(targetText(target(null), 'sv-SE')).toBe('');
  });

  it('writes a target of 0 as 0', () => {
    expect(targetText(target('atMost', 0, 'antal'), 'sv-SE')).toBe('≤ 0');
  });
});
