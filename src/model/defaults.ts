/**
 * The values of the fields that only some plan kinds use, for building entities in code (use cases,
 * imports, demo data, tests): spread them first, then what the entity really says.
 */
import { Measure, PlanItem, StatusReport } from './types';

export const ITEM_DEFAULTS: Pick<PlanItem, 'purpose' | 'goals' | 'strategicGoal'> = { purpose: '', goals: '', strategicGoal: '' };

export const MEASURE_DEFAULTS: Pick<Measure, 'roleKeys' | 'goal' | 'targetRule' | 'targetValue' | 'unitOfMeasure' | 'splitBySex' | 'tolerance' | 'confidential'> = {
  roleKeys: [], goal: '', targetRule: null, targetValue: null, unitOfMeasure: '', splitBySex: false, tolerance: null, confidential: false
};

export const REPORT_DEFAULTS: Pick<StatusReport, 'value' | 'valueWomen' | 'valueMen' | 'statusReason'> = {
  value: null, valueWomen: null, valueMen: null, statusReason: ''
};
