/**
 * Which reminder stage of a period is due on a given day. The stages of a plan form one ordered list
 * (by offset from the deadline); each stage's day is moved to the working day on or before it, and the
 * stage that is due is the latest one whose day has come. See `planning.ts` for the rule in full.
 */
import { addDays, workingDayOnOrBefore } from '../../model/calendar';
import { IsoDate } from '../../model/types';
import { ReminderStageConfig } from '../types';

export interface StageDay {
  stage: ReminderStageConfig;
  /** The working day the stage goes out on (Europe/Stockholm calendar date). */
  day: IsoDate;
}

/** The stages in offset order; a stable sort keeps the configured order for equal offsets. */
export function orderStages(stages: readonly ReminderStageConfig[]): ReminderStageConfig[] {
  return [...stages].sort((a, b) => a.offsetDays - b.offsetDays);
}

/**
 * Each stage with the day it goes out for this deadline. The days never decrease along the list,
 * because moving to the working day before is monotonic; two stages may land on the same day.
 */
export function stageDays(stages: readonly ReminderStageConfig[], deadline: IsoDate): StageDay[] {
  return orderStages(stages).map((stage) => ({ stage, day: workingDayOnOrBefore(addDays(deadline, stage.offsetDays)) }));
}

/**
 * The stage due today: the last one whose day is on or before today. That is the same as "day_i ≤ today
 * and (i is last or today < day_i+1)", and it makes a stage that was missed (no run on its day) still
 * due until the next one begins, while a stage sharing its day with a later one is superseded by it.
 */
export function dueStage(days: readonly StageDay[], today: IsoDate): StageDay | null {
  for (let i = days.length - 1; i >= 0; i--) {
    if (days[i].day <= today) return days[i];
  }
  return null;
}
