/**
 * Reading a plan's stored reminder stages (a JSON setting). A broken setting must not stop reminders,
 * so anything invalid falls back to the default stages and says why, for the coordinator to fix.
 */
import { ReminderStageConfig, defaultStages } from '../types';
import { orderStages } from './stages';

export const MAX_STAGE_OFFSET_DAYS = 60;

export interface StageConfigResult {
  /** The stages in offset order: the stored ones when valid, else `defaultStages`. */
  stages: readonly ReminderStageConfig[];
  /** Why the stored value was rejected, or null when it was used (or nothing was stored). */
  problem: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One stage, or the reason it is invalid. */
function parseStage(value: unknown, index: number): ReminderStageConfig | string {
  if (!isRecord(value)) return `stage ${index + 1} is not an object`;
  const { id, offsetDays, audience } = value;
  // The id is part of the ledger key, where '|' separates the parts.
  if (typeof id !== 'string' || id.trim() === '' || id.indexOf('|') >= 0) return `stage ${index + 1} has no valid id`;
  if (typeof offsetDays !== 'number' || !Number.isInteger(offsetDays) || Math.abs(offsetDays) > MAX_STAGE_OFFSET_DAYS) {
    return `stage ${id}: offsetDays must be a whole number from -${MAX_STAGE_OFFSET_DAYS} to ${MAX_STAGE_OFFSET_DAYS}`;
  }
  if (audience !== 'holder' && audience !== 'manager') return `stage ${id}: audience must be holder or manager`;
  return { id, offsetDays, audience };
}

/** The stages of a parsed array, or the first reason it is invalid. */
function parseStages(value: unknown): ReminderStageConfig[] | string {
  if (!Array.isArray(value) || value.length === 0) return 'the stages must be a non-empty array';
  const stages: ReminderStageConfig[] = [];
  for (let i = 0; i < value.length; i++) {
    const stage = parseStage(value[i], i);
    if (typeof stage === 'string') return stage;
    if (stages.some((s) => s.id === stage.id)) return `stage id ${stage.id} is used twice`;
    // Two stages on one day would leave one of them never due; that is a mistake, not a wish.
    if (stages.some((s) => s.offsetDays === stage.offsetDays)) return `two stages have offsetDays ${stage.offsetDays}`;
    stages.push(stage);
  }
  return stages;
}

/** Validates a stored stage configuration; null or blank means "not configured" and is no problem. */
export function parseStageConfig(json: string | null): StageConfigResult {
  if (json === null || json.trim() === '') return { stages: defaultStages, problem: null };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { stages: defaultStages, problem: 'the stages are not valid JSON' };
  }
  const stages = parseStages(value);
  if (typeof stages === 'string') return { stages: defaultStages, problem: stages };
  return { stages: orderStages(stages), problem: null };
}
