/**
 * Follow-up use cases: adding and opening periods, recording status reports (never overwritten: a
 * correction is a new report with the next number), and changing who holds a role.
 */
import type { Store } from '../data/stores';
import { DuplicateKeyError } from '../data/errors';
import { isoInstant, workingDayOnOrBefore } from '../model/calendar';
import { REPORT_DEFAULTS } from '../model/defaults';
import { FollowUpPeriod, PersonRef, Role, StatusColour, StatusReport } from '../model/types';
import { hasErrors, validatePeriod, validateRole } from '../model/validation';
import { newKey, planScope, slug } from './keys';
import { ValidationError } from './ValidationError';

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

/**
 * Records a status report as a new item numbered after the ones already there for the measure and
 * period. Two people answering at once both succeed: the unique key makes the later one take the next number.
 */
export async function reportStatus(store: Store, input: StatusInput): Promise<StatusReport> {
  if (!input.comment.trim()) throw new ValidationError<StatusReport>({ comment: 'required' });
  const earlier = (await store.statusReports.where({ measureKey: input.measureKey })).filter((r) => r.periodKey === input.periodKey);
  const reportedAt = isoInstant(input.at);
  for (let attempt = 1; attempt <= 5; attempt++) {
    const report: StatusReport = {
      ...REPORT_DEFAULTS, key: `report:${input.measureKey}:${input.periodKey}:${earlier.length + attempt}`, planKey: input.planKey, measureKey: input.measureKey,
      periodKey: input.periodKey, status: input.status, comment: input.comment.trim(), reportedBy: input.reporter, reportedAt
    };
    try {
      return await store.statusReports.add(report);
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }
  throw new Error('Could not number the status report; try again.');
}

export async function saveRole(store: Store, role: Role, original: Role | null): Promise<Role> {
  const draft = original ? role : { ...role, key: role.key || newKey('role', slug(role.title)) };
  const errors = validateRole(draft);
  if (hasErrors(errors)) throw new ValidationError(errors);
  if (!original) return store.roles.add(draft);
  return store.roles.update(original, { title: draft.title, unitKey: draft.unitKey, holder: draft.holder, delegate: draft.delegate });
}

/**
 * Gives a role a new holder. Measures name the role, not the person, so every open measure of the role
 * moves with it; returns how many open measures the new holder now answers for.
 */
export async function changeHolder(store: Store, role: Role, holder: PersonRef | null): Promise<{ role: Role; openMeasures: number }> {
  const updated = await store.roles.update(role, { holder });
  const measures = await store.measures.where({ roleKey: role.key });
  return { role: updated, openMeasures: measures.filter((m) => !m.closed).length };
}
