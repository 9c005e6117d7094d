/**
 * The status history of the scale region: what each measure was answered in each follow-up. Closed
 * follow-ups are answered by everyone (now and then with a correction, a second report); the open one by
 * a share of them, so that reminders have work to do. Indicators are answered with a value (women and men
 * where split by sex) and an analysis, like the demo's (server/demo/followUps.ts builds the reports).
 */
import type { StatusAnswer, TrackAnswer, ValueAnswer } from '../../server/demo/followUps';
import type { Measure, StatusColour } from '../../src/model/types';
import { Random } from './random';
import { GREEN_COMMENTS, INDICATOR_COMMENTS, RED_COMMENTS, YELLOW_COMMENTS } from './words';

/** Share of subjects already answered in the open follow-up. */
export const OPEN_ANSWERED_SHARE = 0.45;

export function statusAnswer(random: Random): StatusAnswer {
  const colour = random.weighted<StatusColour>([['green', 55], ['yellow', 30], ['red', 15]]);
  const comments = colour === 'green' ? GREEN_COMMENTS : colour === 'yellow' ? YELLOW_COMMENTS : RED_COMMENTS;
  return [colour, random.pick(comments)];
}

/** A plausible value for an indicator's unit, moving a little from period to period. */
function baseValue(measure: Measure, random: Random): number {
  switch (measure.unitOfMeasure) {
    case '%': return random.int(40, 98);
    case 'antal': return random.int(3, 400);
    case 'index': return random.int(55, 85);
    case 'mnkr': return random.int(-25, 25);
    case 'minuter': return random.int(120, 320);
    default: return random.int(1, 100);
  }
}

function valueAnswer(measure: Measure, value: number, random: Random): ValueAnswer {
  const comment = random.pick(INDICATOR_COMMENTS);
  if (!measure.splitBySex) return { value, comment };
  if (measure.unitOfMeasure === '%' || measure.unitOfMeasure === 'index') {
    const spread = random.int(0, 4);
    return { value, women: Math.min(100, value + spread), men: Math.max(0, value - spread), comment };
  }
  const women = Math.round(value * (0.55 + random.next() * 0.2));
  return { value, women, men: value - women, comment };
}

/**
 * A subject's answers over `periods` follow-ups, the last of which is open unless `lastClosed`;
 * `unansweredNow` keeps it unanswered in the open one (a request that is still due).
 */
export function history(measure: Measure, periods: number, random: Random, options: { unansweredNow?: boolean } = {}):
  { history: TrackAnswer[]; fix?: { period: number; answer: TrackAnswer } } {
  const answers: TrackAnswer[] = [];
  const answeredNow = !options.unansweredNow && random.chance(OPEN_ANSWERED_SHARE);
  const count = answeredNow ? periods : periods - 1;
  let value = measure.measureKind === 'indicator' ? baseValue(measure, random) : 0;
  for (let i = 0; i < count; i++) {
    if (measure.measureKind === 'indicator') {
      value = Math.max(0, value + random.int(-3, 3));
      answers.push(valueAnswer(measure, value, random));
    } else {
      answers.push(statusAnswer(random));
    }
  }
  // One in twenty status answers of a closed follow-up is corrected later (a second report).
  const fixable = answers.length > 0 && measure.measureKind !== 'indicator' && random.chance(0.05);
  return fixable ? { history: answers, fix: { period: 0, answer: statusAnswer(random) } } : { history: answers };
}
