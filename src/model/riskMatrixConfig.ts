/**
 * Reading a region's own risk matrix from its stored JSON: a different scale (e.g. 5 × 5) and level
 * limits are allowed, anything malformed falls back to the default 4 × 4 with the reason.
 */
import { defaultRiskMatrix, RiskMatrixConfig, ScaleStep } from './riskMatrix';

export const RISK_MATRIX_SETTING = 'setting:riskMatrix';

function isScale(value: unknown): value is ScaleStep[] {
  return Array.isArray(value) && value.length >= 2 && value.length <= 10 && value.every((step, i) =>
    typeof step === 'object' && step !== null && (step as ScaleStep).value === i + 1
    && typeof (step as ScaleStep).label?.['sv-SE'] === 'string' && typeof (step as ScaleStep).label?.['en-US'] === 'string');
}

export function parseRiskMatrix(json: string | null | undefined): { matrix: RiskMatrixConfig; problem: string | null } {
  if (!json) return { matrix: defaultRiskMatrix, problem: null };
  try {
    const parsed = JSON.parse(json) as Partial<RiskMatrixConfig>;
    if (!isScale(parsed.probability) || !isScale(parsed.consequence)) return { matrix: defaultRiskMatrix, problem: 'scales must be 1..n with sv-SE and en-US labels' };
    const levels = Array.isArray(parsed.levels) && parsed.levels.length > 0 ? parsed.levels : defaultRiskMatrix.levels;
    const sorted = levels.every((l, i) => i === 0 || l.from > levels[i - 1].from);
    if (!sorted) return { matrix: defaultRiskMatrix, problem: 'levels must rise' };
    return { matrix: { probability: parsed.probability, consequence: parsed.consequence, levels }, problem: null };
  } catch (error) {
    return { matrix: defaultRiskMatrix, problem: `not JSON: ${String(error)}` };
  }
}
