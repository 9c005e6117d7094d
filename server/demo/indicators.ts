/**
 * What the scorecard's and the security report's indicators have in common as demo data: the definition
 * (title, target rule, target, unit, tolerance, data source), the figures (a value, or [women, men, total]
 * when split by sex) and how both become a measure's fields and an indicator's answer.
 */
import type { Measure, StatusColour, TargetRule } from '../../src/model/types';
import type { ValueAnswer } from './followUps';

/** A value, or [women, men, total] for an indicator split by sex. */
export type Figure = number | [women: number, men: number, total: number];

export interface IndicatorDefinition {
  title: string;
  unitOfMeasure: string;
  rule: TargetRule;
  target: number | null;
  tolerance?: number;
  /** "Metod/Datakälla". */
  method: string;
}

/** The measure fields of an indicator; split by sex when its figures are. */
export function indicatorFields(spec: IndicatorDefinition, sample: Figure):
  Pick<Measure, 'measureKind' | 'title' | 'method' | 'targetRule' | 'targetValue' | 'unitOfMeasure' | 'splitBySex' | 'tolerance' | 'dueDate'> {
  return {
    measureKind: 'indicator', title: spec.title, method: spec.method, targetRule: spec.rule, targetValue: spec.target,
    unitOfMeasure: spec.unitOfMeasure, splitBySex: Array.isArray(sample), tolerance: spec.tolerance ?? null, dueDate: null
  };
}

export function valueAnswer(figure: Figure, comment: string, manual?: { status: StatusColour; reason: string }): ValueAnswer {
  if (Array.isArray(figure)) {
    const [women, men, total] = figure;
    return { value: total, women, men, comment, manual };
  }
  return { value: figure, comment, manual };
}
