/**
 * Follow-up use cases: adding and opening periods, recording status reports (never overwritten: a
 * correction is a new report with the next number), and changing who holds a role.
 */
import { tenuresAfter } from '../model/reportAuthority';
import type { Store } from '../data/stores';
import { DuplicateKeyError } from '../data/errors';
import { isoInstant, workingDayOnOrBefore } from '../model/calendar';
import { REPORT_DEFAULTS } from '../model/defaults';
import { reportKeysOf } from '../model/derivedKeys';
import { checkTotal, TotalCheck } from '../model/fulfilment';
import { responsibleRoles } from '../model/planKinds';
import { FollowUpPeriod, Measure, PersonRef, Role, StatusColour, StatusReport } from '../model/types';
import { hasErrors, validatePeriod, validateRole } from '../model/validation';
import { syncAnswerIndexForRoles } from './derivedKeyWrites';
import { newKey, planScope, slug } from './keys';
import { ValidationError } from './ValidationError';
import { ensureReporters } from '../security/groupSync';

export async function addPeriod(store: Store, period: Omit<FollowUpPeriod, 'key' | 'sortOrder'>): Promise<FollowUpPeriod> {
  const existing = await store.periods.where({ planKey: period.planKey });
  // Deadlines on a weekend or holiday move to the working day before, as reminders will.
  const draft: FollowUpPeriod = {
    ...period, deadline: period.deadline && /^\d{4}-\d{2}-\d{2}$/.test(period.deadline) ? workingDayOnOrBefore(period.deadline) : period.deadline,
    key: `period:${planScope(period.planKey)}:${slug(period.title)}`, sortOrder: existing.reduce((m, p) => Math.max(m, p.sortOrder), 0) + 1
  };
  const errors = validatePeriod(draft, existing);
  if (hasErrors(errors)) throw new ValidationError(errors);
  return store.periods.add(draft);
}

export async function setPeriodState(store: Store, period: FollowUpPeriod, state: FollowUpPeriod['state']): Promise<FollowUpPeriod> {
  return store.periods.update(period, { state });
}

export interface StatusInput {
  planKey: string;
  measureKey: string;
  periodKey: string;
  status: StatusColour;
  comment: string;
  reporter: PersonRef | null;
  at: Date;
}

/** An indicator's answer: the value (women and men when split), the analysis, and optionally a colour set by hand with its reason. */
export interface ValueInput {
  planKey: string;
  measureKey: string;
  periodKey: string;
  value: number | null;
  valueWomen: number | null;
  valueMen: number | null;
  analysis: string;
  manualStatus: StatusColour | null;
  statusReason: string;
  reporter: PersonRef | null;
  at: Date;
}

export type ValueMessage = 'required' | 'notANumber' | 'doneIsZeroOrOne' | TotalCheck | 'reasonRequired';

/** Checks an indicator's answer before anything is written; the keys name the form's fields. */
export function validateValue(indicator: Measure, input: Pick<ValueInput, 'value' | 'valueWomen' | 'valueMen' | 'analysis' | 'manualStatus' | 'statusReason'>):
  Partial<Record<'value' | 'valueWomen' | 'valueMen' | 'analysis' | 'statusReason', ValueMessage>> {
  const errors: Partial<Record<'value' | 'valueWomen' | 'valueMen' | 'analysis' | 'statusReason', ValueMessage>> = {};
  const bad = (n: number | null): boolean => n !== null && !Number.isFinite(n);
  if (input.value === null) errors.value = 'required';
  else if (bad(input.value)) errors.value = 'notANumber';
  else if (indicator.targetRule === 'done' && input.value !== 0 && input.value !== 1) errors.value = 'doneIsZeroOrOne';
  if (indicator.splitBySex) {
    if (input.valueWomen === null) errors.valueWomen = 'required';
    else if (bad(input.valueWomen)) errors.valueWomen = 'notANumber';
    if (input.valueMen === null) errors.valueMen = 'required';
    else if (bad(input.valueMen)) errors.valueMen = 'notANumber';
    if (!errors.value && !errors.valueWomen && !errors.valueMen) {
      const check = checkTotal(indicator, input);
      if (check !== 'ok') errors.value = check;
    }
  }
  if (!input.analysis.trim()) errors.analysis = 'required';
  if (input.manualStatus && !input.statusReason.trim()) errors.statusReason = 'reasonRequired';
  return errors;
}

/**
 * Adds a report as a new item numbered after the ones already there for the measure and period. Two
 * people answering at once both succeed: the unique key makes the later one take the next number.
 */
async function addNumberedReport(store: Store, draft: Omit<StatusReport, 'key'>): Promise<StatusReport> {
  // The measure is read beside its reports (one round trip) for the keys the report copies from it.
  const [reports, measure] = await Promise.all([store.statusReports.where({ measureKey: draft.measureKey }), store.measures.byKey(draft.measureKey)]);
  const earlier = reports.filter((r) => r.periodKey === draft.periodKey);
  for (let attempt = 1; attempt <= 5; attempt++) {
    const report: StatusReport = { ...draft, ...reportKeysOf(measure), key: `report:${draft.measureKey}:${draft.periodKey}:${earlier.length + attempt}` };
    try {
      return await store.statusReports.add(report);
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }
  throw new Error('Could not number the report; try again.');
}

/** Records a status report (colour + comment); a correction is a new report and the latest counts. */
export async function reportStatus(store: Store, input: StatusInput): Promise<StatusReport> {
  if (!input.comment.trim()) throw new ValidationError<StatusReport>({ comment: 'required' });
  return addNumberedReport(store, {
    ...REPORT_DEFAULTS, planKey: input.planKey, measureKey: input.measureKey, periodKey: input.periodKey, status: input.status,
    comment: input.comment.trim(), reportedBy: input.reporter, reportedAt: isoInstant(input.at)
  });
}

/** Records an indicator's value for a period, checked against the indicator's rule and split. */
export async function reportValue(store: Store, indicator: Measure, input: ValueInput): Promise<StatusReport> {
  const errors = validateValue(indicator, input);
  if (Object.keys(errors).length) throw new ValidationError<ValueInput, ValueMessage>(errors);
  return addNumberedReport(store, {
    planKey: input.planKey, measureKey: input.measureKey, periodKey: input.periodKey, status: input.manualStatus,
    statusReason: input.manualStatus ? input.statusReason.trim() : '', comment: input.analysis.trim(),
    value: input.value, valueWomen: indicator.splitBySex ? input.valueWomen : null, valueMen: indicator.splitBySex ? input.valueMen : null,
    reportedBy: input.reporter, reportedAt: isoInstant(input.at)
  });
}

export async function saveRole(store: Store, role: Role, original: Role | null, at: Date = new Date()): Promise<Role> {
  const draft = original ? role : { ...role, key: role.key || newKey('role', slug(role.title)) };
  const errors = validateRole(draft);
  if (hasErrors(errors)) throw new ValidationError(errors);
  // Every change of holder or delegate is kept with its moment (reportAuthority.ts); the list's versions keep who made it.
  const tenures = tenuresAfter(original, draft, isoInstant(at));
  const saved = original ? await store.roles.update(original, { title: draft.title, unitKey: draft.unitKey, holder: draft.holder, delegate: draft.delegate, tenures })
    : await store.roles.add({ ...draft, tenures });
  // Who answers the role's measures and chapters follows its holder and delegate, and so does who may report.
  if (!original || original.holder?.upn !== saved.holder?.upn || original.delegate?.upn !== saved.delegate?.upn) {
    await syncAnswerIndexForRoles(store, [saved.key]);
    await ensureReporters(store, [saved.holder?.upn, saved.delegate?.upn]);
  }
  return saved;
}

/**
 * Gives a role a new holder. Measures name the role, not the person, so every open measure of the role
 * moves with it; returns how many open measures the new holder now answers for.
 */
export async function changeHolder(store: Store, role: Role, holder: PersonRef | null, at: Date = new Date()): Promise<{ role: Role; openMeasures: number }> {
  const updated = await store.roles.update(role, { holder, tenures: tenuresAfter(role, { holder, delegate: role.delegate }, isoInstant(at)) });
  await ensureReporters(store, [holder?.upn]);
  // Led by the role (IkRoleKey) or shared with it (a responsible link): both move with the role, and so does the answer index.
  const { measures } = await syncAnswerIndexForRoles(store, [role.key]);
  const open = measures.filter((m) => !m.closed && responsibleRoles(m).includes(role.key));
  return { role: updated, openMeasures: open.length };
}
