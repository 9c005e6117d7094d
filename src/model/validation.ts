/**
 * Validation of what people enter, before anything is written: each function returns the fields in
 * error with a message key (the views translate the keys). SharePoint itself does not enforce
 * required columns on REST writes, so this is the only guard.
 */
import { isIsoDate } from './calendar';
import { defaultRiskMatrix, RiskMatrixConfig, validateAssessment } from './riskMatrix';
import { FollowUpPeriod, Measure, Plan, PlanItem, Role } from './types';

export type MessageKey =
  | 'required' | 'tooLong' | 'invalidDate' | 'deadlineBeforeAsOf' | 'duplicateTitle' | 'yearOutOfRange'
  | 'assessmentIncomplete' | 'assessmentOutOfRange' | 'roleRequired' | 'notANonNegativeNumber';

export type FieldErrors<T> = Partial<Record<keyof T, MessageKey>>;

const MAX_TEXT = 255;

function text<T>(errors: FieldErrors<T>, field: keyof T, value: string, required: boolean): void {
  if (required && !value.trim()) errors[field] = 'required';
  else if (value.length > MAX_TEXT) errors[field] = 'tooLong';
}

export function validateItem(item: PlanItem, matrix: RiskMatrixConfig = defaultRiskMatrix): FieldErrors<PlanItem> {
  const errors: FieldErrors<PlanItem> = {};
  text(errors, 'title', item.title, true);
  text(errors, 'strategicGoal', item.strategicGoal, false);
  const inherent = validateAssessment(item.probability, item.severity, matrix);
  if (inherent) errors.probability = inherent;
  const residual = validateAssessment(item.residualProbability, item.residualSeverity, matrix);
  if (residual) errors.residualProbability = residual;
  return errors;
}

export function validateMeasure(measure: Measure): FieldErrors<Measure> {
  const errors: FieldErrors<Measure> = {};
  text(errors, 'title', measure.title, true);
  if (!measure.roleKey && measure.roleKeys.length === 0) errors.roleKey = 'roleRequired';
  if (measure.dueDate !== null && !isIsoDate(measure.dueDate)) errors.dueDate = 'invalidDate';
  if (measure.measureKind === 'indicator') {
    if (!measure.targetRule) errors.targetRule = 'required';
    else if ((measure.targetRule === 'atLeast' || measure.targetRule === 'atMost') && (measure.targetValue === null || !Number.isFinite(measure.targetValue))) {
      errors.targetValue = 'required';
    }
    if (measure.tolerance !== null && !(Number.isFinite(measure.tolerance) && measure.tolerance >= 0)) errors.tolerance = 'notANonNegativeNumber';
    if (measure.unitOfMeasure.length > MAX_TEXT) errors.unitOfMeasure = 'tooLong';
  }
  return errors;
}

export function validatePeriod(period: FollowUpPeriod, others: readonly FollowUpPeriod[]): FieldErrors<FollowUpPeriod> {
  const errors: FieldErrors<FollowUpPeriod> = {};
  text(errors, 'title', period.title, true);
  if (!errors.title && others.some((p) => !(period.id !== undefined && p.id === period.id) && p.planKey === period.planKey && p.title.trim().toLowerCase() === period.title.trim().toLowerCase())) {
    errors.title = 'duplicateTitle';
  }
  if (!isIsoDate(period.asOfDate)) errors.asOfDate = 'invalidDate';
  if (!isIsoDate(period.deadline)) errors.deadline = 'invalidDate';
  else if (!errors.asOfDate && period.deadline < period.asOfDate) errors.deadline = 'deadlineBeforeAsOf';
  return errors;
}

export function validatePlan(plan: Plan): FieldErrors<Plan> {
  const errors: FieldErrors<Plan> = {};
  text(errors, 'title', plan.title, true);
  if (!Number.isInteger(plan.year) || plan.year < 2000 || plan.year > 2100) errors.year = 'yearOutOfRange';
  return errors;
}

export function validateRole(role: Role): FieldErrors<Role> {
  const errors: FieldErrors<Role> = {};
  text(errors, 'title', role.title, true);
  return errors;
}

export function hasErrors<T>(errors: FieldErrors<T>): boolean {
  return Object.keys(errors).length > 0;
}
