/**
 * Builders for the planning tests: one plan in follow-up, one open period with deadline Tuesday
 * 2026-12-15, one measure held by Anna, and people, reports and ledger entries to vary it with.
 */
import { MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../../model/defaults';
import { FollowUpPeriod, Measure, PersonRef, Plan, ReminderLedgerEntry, Role, StatusReport } from '../../model/types';
import { ledgerKey, planReminders } from '../planning';
import { PlanningInput } from '../types';

export const person = (upn: string): PersonRef => ({ upn, objectId: `oid-${upn}`, displayName: upn.split('@')[0] });
export const anna = person('anna@region.se');
export const bo = person('bo@region.se');
export const cecilia = person('cecilia@region.se');
export const chefen = person('chefen@region.se');

export const plan = (key: string, state: Plan['state'] = 'followUp'): Plan =>
  ({ key, title: key, kind: 'internalControl', year: 2026, unitKey: null, state, decisionDate: null, diaryNumber: '' });
export const period = (key: string, planKey: string, deadline: string, state: FollowUpPeriod['state'] = 'open'): FollowUpPeriod =>
  ({ key, planKey, title: key, asOfDate: deadline, deadline, state, sortOrder: 1 });
export const measure = (key: string, planKey: string, roleKey: string | null, closed = false): Measure =>
  ({ ...MEASURE_DEFAULTS, key, planKey, itemKey: 'i1', title: key, measureKind: 'measure', roleKey, dueDate: null, method: '', closed });
export const role = (key: string, holder: PersonRef | null, delegate: PersonRef | null = null): Role =>
  ({ key, title: key, unitKey: null, holder, delegate });
export const report = (measureKey: string, periodKey: string, planKey = 'p1'): StatusReport =>
  ({ ...REPORT_DEFAULTS, key: `${measureKey}:${periodKey}`, planKey, measureKey, periodKey, status: 'green', comment: '', reportedBy: anna,
    reportedAt: '2026-12-01T08:00:00Z' });
export const entry = (measureKey: string, periodKey: string, stage: string, upn: string, state: ReminderLedgerEntry['state']): ReminderLedgerEntry =>
  ({ key: ledgerKey(measureKey, periodKey, stage, upn), measureKey, periodKey, stage, recipientUpn: upn, channel: 'chat', state,
    attempts: 1, lastError: '', sentAt: null, runId: '', claimedAt: null });

/** One plan in follow-up, one open period with deadline Tuesday 2026-12-15, one measure held by Anna. */
export function input(today: string, overrides: Partial<PlanningInput> = {}): PlanningInput {
  return {
    today,
    plans: [plan('p1')],
    periods: [period('t3', 'p1', '2026-12-15')],
    measures: [measure('m1', 'p1', 'r1')],
    roles: [role('r1', anna)],
    reports: [],
    ledger: [],
    managers: new Map([['anna@region.se', chefen]]),
    disabled: new Set(),
    ...overrides
  };
}

export const stagesDue = (result: ReturnType<typeof planReminders>): string[] => result.due.map((d) => `${d.stage}:${d.recipient.upn}`);
