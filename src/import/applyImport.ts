/**
 * Writes a checked import to the Store: the plan, the responsible roles, the risks and measures, and
 * (when the file had statuses) one closed follow-up period "Status vid import" with a status report per
 * measure. Every entity has a natural key derived from the plan's title and year and the row order, and
 * every write goes through `ensureAll`: a rerun adds nothing, and a run that crashed midway is
 * completed by the next. Already stored entities are never changed.
 *
 * Control steps: the risk is the item, "Process/rutin" is put first in the item's cause
 * ("Process/rutin: Inköp" on its own line), and the control step is a measure of kind `controlStep`
 * whose method holds Metod, Frekvens and Rapporteras till.
 */
import { slug } from '../plans/keys';
import type { Store } from '../data/stores';
import { ITEM_DEFAULTS, MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../model/defaults';
import { FollowUpPeriod, IsoDate, Measure, PersonRef, Plan, PlanItem, Role, StatusReport } from '../model/types';
import { ImportItem, ImportResult } from './types';

export interface ApplyOptions {
  today: IsoDate;
  unitKey?: string | null;
  reporter?: PersonRef | null;
}

export interface ApplyResult {
  planKey: string;
  /** How many entities were added per list (0 everywhere on a rerun). */
  added: Record<string, number>;
}

/** The import's title for its follow-up period (stored data, Swedish as the lists are). */
export const IMPORT_PERIOD_TITLE = 'Status vid import';

/** Lowercase, å/ä → a, ö → o, anything else that is not a letter or digit → '-'. */
export { slug };

export function planKeyFor(title: string, year: number): string {
  return `plan:${slug(title)}-${year}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function causeOf(item: ImportItem): string {
  if (!item.process) return item.cause;
  const process = `Process/rutin: ${item.process}`;
  return item.cause ? `${process}\n${item.cause}` : process;
}

async function ensureRoles(store: Store, result: ImportResult, unitKey: string | null): Promise<{ byTitle: Map<string, string>; added: number }> {
  const existing = await store.roles.all();
  const byTitle = new Map<string, string>();
  for (const role of existing) if (!byTitle.has(role.title.trim().toLowerCase())) byTitle.set(role.title.trim().toLowerCase(), role.key);
  const fresh = new Map<string, Role>();
  for (const item of result.items) {
    for (const measure of item.measures) {
      const title = measure.responsible.replace(/\s+/g, ' ').trim();
      if (!title || byTitle.has(title.toLowerCase())) continue;
      const key = `role:${slug(title)}`;
      if (!fresh.has(key)) fresh.set(key, { key, title, unitKey, holder: null, delegate: null });
      byTitle.set(title.toLowerCase(), key);
    }
  }
  const added = await store.roles.ensureAll([...fresh.values()]);
  return { byTitle, added };
}

export async function applyImport(store: Store, result: ImportResult, options: ApplyOptions): Promise<ApplyResult> {
  if (result.errors.length > 0) throw new Error(`The import has ${result.errors.length} error(s); nothing is written.`);
  const { plan: found } = result;
  if (!found || found.year === null) throw new Error('The import has no plan; nothing is written.');
  const unitKey = options.unitKey ?? null;
  const planKey = planKeyFor(found.title, found.year);
  const controlSteps = result.format === 'controlSteps';

  const roles = await ensureRoles(store, result, unitKey);
  const plan: Plan = { key: planKey, title: found.title, kind: found.kind, year: found.year, unitKey, state: 'draft', decisionDate: null, diaryNumber: '' };
  const items: PlanItem[] = [];
  const measures: Measure[] = [];
  const withStatus: Array<{ measure: Measure; status: NonNullable<ImportItem['measures'][number]['status']>; comment: string }> = [];
  result.items.forEach((source, i) => {
    const itemKey = `risk:${planKey}:${pad(i + 1)}`;
    items.push({
      ...ITEM_DEFAULTS, key: itemKey, planKey, title: source.risk, consequence: source.consequence, cause: causeOf(source), handling: source.handling,
      strategyKey: null, objectiveKey: null, securityAreaKey: null, probability: source.probability, severity: source.consequenceScore,
      residualProbability: null, residualSeverity: null, confidential: false, sortOrder: i + 1
    });
    source.measures.forEach((m, j) => {
      const responsible = m.responsible.replace(/\s+/g, ' ').trim().toLowerCase();
      const measure: Measure = {
        ...MEASURE_DEFAULTS, key: `measure:${planKey}:${pad(i + 1)}:${j + 1}`, planKey, itemKey, title: m.text,
        measureKind: controlSteps ? 'controlStep' : 'measure', roleKey: responsible ? roles.byTitle.get(responsible) ?? null : null,
        dueDate: m.due, method: m.method ?? '', closed: false
      };
      measures.push(measure);
      if (m.status) withStatus.push({ measure, status: m.status, comment: m.comment });
    });
  });

  const added: Record<string, number> = { roles: roles.added };
  added.plans = await store.plans.ensureAll([plan]);
  added.items = await store.items.ensureAll(items);
  added.measures = await store.measures.ensureAll(measures);
  added.periods = 0;
  added.statusReports = 0;
  if (withStatus.length > 0) {
    const period: FollowUpPeriod = {
      key: `period:${planKey}:import`, planKey, title: IMPORT_PERIOD_TITLE, asOfDate: options.today, deadline: options.today,
      state: 'closed', sortOrder: 0
    };
    added.periods = await store.periods.ensureAll([period]);
    const reports: StatusReport[] = withStatus.map(({ measure, status, comment }) => ({
      ...REPORT_DEFAULTS, key: `report:${measure.key}:${period.key}:1`, planKey, measureKey: measure.key, periodKey: period.key, status, comment,
      reportedBy: options.reporter ?? null, reportedAt: `${options.today}T12:00:00Z`
    }));
    added.statusReports = await store.statusReports.ensureAll(reports);
  }
  return { planKey, added };
}
