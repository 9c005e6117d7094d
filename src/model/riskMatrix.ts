/**
 * The risk matrix: probability × consequence on a configurable scale (4 × 4 by default, the Swedish norm),
 * the risk value, its level, and the heat map counts that the register and board view draw.
 */
import { Locale } from './statusLegend';
import { PlanItem } from './types';

export interface ScaleStep {
  value: number;
  label: Record<Locale, string>;
}

export interface RiskLevel {
  id: 'low' | 'medium' | 'high' | 'critical';
  /** Lowest risk value (probability × consequence) at this level. */
  from: number;
  hex: string;
  textColour: string;
  label: Record<Locale, string>;
}

export interface RiskMatrixConfig {
  probability: ScaleStep[];
  consequence: ScaleStep[];
  levels: RiskLevel[];
}

export const defaultRiskMatrix: RiskMatrixConfig = {
  probability: [
    { value: 1, label: { 'sv-SE': 'Osannolik', 'en-US': 'Unlikely' } },
    { value: 2, label: { 'sv-SE': 'Mindre sannolik', 'en-US': 'Less likely' } },
    { value: 3, label: { 'sv-SE': 'Möjlig', 'en-US': 'Possible' } },
    { value: 4, label: { 'sv-SE': 'Sannolik', 'en-US': 'Likely' } }
  ],
  consequence: [
    { value: 1, label: { 'sv-SE': 'Försumbar', 'en-US': 'Negligible' } },
    { value: 2, label: { 'sv-SE': 'Lindrig', 'en-US': 'Minor' } },
    { value: 3, label: { 'sv-SE': 'Kännbar', 'en-US': 'Significant' } },
    { value: 4, label: { 'sv-SE': 'Allvarlig', 'en-US': 'Severe' } }
  ],
  levels: [
    { id: 'low', from: 1, hex: '#DFF6DD', textColour: '#0B3B0B', label: { 'sv-SE': 'Låg', 'en-US': 'Low' } },
    { id: 'medium', from: 4, hex: '#FFF4CE', textColour: '#3D3000', label: { 'sv-SE': 'Måttlig', 'en-US': 'Moderate' } },
    { id: 'high', from: 8, hex: '#FDCFB4', textColour: '#3B1203', label: { 'sv-SE': 'Hög', 'en-US': 'High' } },
    { id: 'critical', from: 12, hex: '#F1707B', textColour: '#000000', label: { 'sv-SE': 'Mycket hög', 'en-US': 'Very high' } }
  ]
};

export function riskValue(probability: number | null, consequence: number | null): number | null {
  if (probability === null || consequence === null) return null;
  return probability * consequence;
}

export function riskLevel(value: number | null, config: RiskMatrixConfig = defaultRiskMatrix): RiskLevel | null {
  if (value === null) return null;
  let level: RiskLevel | null = null;
  for (const candidate of config.levels) if (value >= candidate.from) level = candidate;
  return level;
}

/** Checks that an assessment fits the matrix; returns a message key or null. */
export function validateAssessment(probability: number | null, consequence: number | null,
  config: RiskMatrixConfig = defaultRiskMatrix): 'assessmentIncomplete' | 'assessmentOutOfRange' | null {
  if ((probability === null) !== (consequence === null)) return 'assessmentIncomplete';
  if (probability === null || consequence === null) return null;
  const inScale = (v: number, scale: ScaleStep[]): boolean => scale.some((s) => s.value === v);
  return inScale(probability, config.probability) && inScale(consequence, config.consequence) ? null : 'assessmentOutOfRange';
}

/** Heat map cell counts, keyed `${probability}x${consequence}`; items without an assessment are left out. */
export function heatMap(items: readonly PlanItem[], residual = false): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const p = residual ? item.residualProbability : item.probability;
    const c = residual ? item.residualSeverity : item.severity;
    if (p === null || c === null) continue;
    const cell = `${p}x${c}`;
    counts.set(cell, (counts.get(cell) ?? 0) + 1);
  }
  return counts;
}
