/**
 * What a checked import means as entities, for every kind alike: the plan, new roles and categories
 * (perspectives, focus areas; reused by title), the items, the measures (kind by layout: measure, control
 * step, activity, indicator) with their responsible roles and `responsible` links, the follow-up periods
 * (one closed "Status vid import" for statuses, one per value column of a scorecard) and a status report
 * per measure and period that has a status or a value. Pure: the writing is applyImport's.
 */
import { ITEM_DEFAULTS, MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../model/defaults';
import { responsibilityLinks, withRoles } from '../model/planKinds';
import { Category, CategoryType, FollowUpPeriod, IsoDate, Link, Measure, MeasureKind, PersonRef, Plan, PlanItem, Role, StatusReport } from '../model/types';
import { slug } from '../plans/keys';
import { isFocusArea, isGoal, isRisk, keySchemeFor } from './importKeys';
import { roleResolver } from './importRoles';
import { periodDates } from './periodDates';
import { ImportActivity, ImportIndicator, ImportItem, ImportMeasure, ImportPlan, ImportResult, ImportRisk } from './types';

/** The import's title for its follow-up period (stored data, Swedish as the lists are). */
export const IMPORT_PERIOD_TITLE = 'Status vid import';

export interface EntityContext {
  today: IsoDate;
  unitKey: string | null;
  reporter: PersonRef | null;
  /** Who imports (a UPN), recorded on the periods the import makes. */
  importer: string | null;
  roles: readonly Role[];
  categories: readonly Category[];
}

export interface PlanEntities {
  plan: Plan;
  roles: Role[];
  categories: Category[];
  items: PlanItem[];
  measures: Measure[];
  links: Link[];
  periods: FollowUpPeriod[];
  reports: StatusReport[];
}

function causeOf(item: ImportRisk): string {
  if (!item.process) return item.cause;
  const process = `Process/rutin: ${item.process}`;
  return item.cause ? `${process}\n${item.cause}` : process;
}

function categoryResolver(existing: readonly Category[]): { keyOf(type: CategoryType, title: string, code?: string): string | null; fresh(): Category[] } {
  const added = new Map<string, Category>();
  const find = (type: CategoryType, title: string): Category | undefined =>
    [...existing, ...added.values()].find((c) => c.categoryType === type && c.title.trim().toLowerCase() === title.trim().toLowerCase());
  return {
    keyOf(type, title, code = '') {
      if (!title.trim()) return null;
      const found = find(type, title);
      if (found) return found.key;
      const sortOrder = Math.max(0, ...[...existing, ...added.values()].filter((c) => c.categoryType === type).map((c) => c.sortOrder)) + 1;
      const category: Category = { key: `${type}:${slug(title)}`, title: title.trim(), titleEn: title.trim(), categoryType: type, code, sortOrder };
      added.set(category.key, category);
      return category.key;
    },
    fresh: () => [...added.values()]
  };
}

function measureKindOf(result: ImportResult, item: ImportItem): MeasureKind {
  if (isFocusArea(item)) return 'activity';
  if (isGoal(item)) return 'indicator';
  return result.format === 'controlSteps' ? 'controlStep' : 'measure';
}

function kindFields(item: ImportItem, source: ImportMeasure | ImportActivity | ImportIndicator): Partial<Measure> {
  if (isFocusArea(item)) {
    const a = source as ImportActivity;
    return { goal: a.goal, method: a.method, dueDate: a.due };
  }
  if (isGoal(item)) {
    const i = source as ImportIndicator;
    return { method: i.method, targetRule: i.target?.rule ?? null, targetValue: i.target?.value ?? null, unitOfMeasure: i.unit, splitBySex: i.splitBySex };
  }
  const m = source as ImportMeasure;
  return { dueDate: m.due, method: m.method ?? '' };
}

/** Value periods in the order of their columns in the file or list. */
function orderByColumn(periods: FollowUpPeriod[], result: ImportResult): void {
  const column = (title: string): number => result.mapping.find((m) => m.column === title)?.columnIndex ?? Number.MAX_SAFE_INTEGER;
  periods.map((p, index) => ({ p, index })).sort((a, b) => column(a.p.title) - column(b.p.title) || a.index - b.index)
    .forEach(({ p }, order) => { p.sortOrder = order + 1; });
}

type Categories = ReturnType<typeof categoryResolver>;

function itemOf(source: ImportItem, key: string, planKey: string, sortOrder: number, categories: Categories): PlanItem {
  const base: PlanItem = { ...ITEM_DEFAULTS, key, planKey, title: '', consequence: '', cause: '', handling: null, strategyKey: null, objectiveKey: null,
    securityAreaKey: null, probability: null, severity: null, residualProbability: null, residualSeverity: null, confidential: false, sortOrder };
  if (isRisk(source)) {
    return { ...base, title: source.risk, consequence: source.consequence, cause: causeOf(source), handling: source.handling,
      probability: source.probability, severity: source.consequenceScore };
  }
  if (isFocusArea(source)) return { ...base, title: source.focusArea, strategyKey: categories.keyOf('focusArea', source.focusArea, source.code) };
  return { ...base, title: source.goal, strategyKey: categories.keyOf('perspective', source.perspective), strategicGoal: source.strategicGoal };
}

export function planEntities(result: ImportResult, found: ImportPlan & { year: number }, context: EntityContext): PlanEntities {
  const keys = keySchemeFor(result, found.title, found.year);
  const planKey = keys.plan;
  const roles = roleResolver(context.roles, context.unitKey);
  const categories = categoryResolver(context.categories);
  const plan: Plan = { key: planKey, title: found.title, kind: found.kind, year: found.year, unitKey: context.unitKey, state: 'draft', decisionDate: null, diaryNumber: '' };
  const importPeriod: FollowUpPeriod = { key: `period:${planKey}:import`, planKey, title: IMPORT_PERIOD_TITLE, asOfDate: context.today, deadline: context.today,
    state: 'closed', sortOrder: 0, importedBy: context.importer };
  const periods = new Map<string, FollowUpPeriod>();
  const periodNamed = (title: string): FollowUpPeriod => {
    const period = periods.get(title) ?? (title === IMPORT_PERIOD_TITLE ? importPeriod
      : { key: `period:${planKey}:${slug(title)}`, planKey, title, ...periodDates(title, found.year, context.today), state: 'closed', sortOrder: periods.size + 1,
        importedBy: context.importer });
    periods.set(title, period);
    return period;
  };
  const items: PlanItem[] = [];
  const measures: Measure[] = [];
  const reports: StatusReport[] = [];
  const report = (measure: Measure, period: FollowUpPeriod, fields: Partial<StatusReport>): void => {
    reports.push({ ...REPORT_DEFAULTS, key: `report:${measure.key}:${period.key}:1`, planKey, measureKey: measure.key, periodKey: period.key, status: null,
      comment: '', reportedBy: context.reporter, reportedAt: `${context.today}T12:00:00Z`, ...fields });
  };

  result.items.forEach((source, i) => {
    const item = itemOf(source, keys.item(source, i), planKey, i + 1, categories);
    items.push(item);
    const measureKind = measureKindOf(result, source);
    (source.measures as Array<ImportMeasure | ImportActivity | ImportIndicator>).forEach((m, j) => {
      const measure = withRoles<Measure>({
        ...MEASURE_DEFAULTS, key: keys.measure(source, i, m, j, measureKind), planKey, itemKey: item.key, title: m.text, measureKind, roleKey: null,
        dueDate: null, method: '', closed: false, ...kindFields(source, m)
      }, roles.keysOf(m));
      measures.push(measure);
      if ('values' in m) {
        for (const v of m.values) report(measure, periodNamed(v.period), { value: v.value, valueWomen: v.women, valueMen: v.men, comment: v.comment });
      } else if (m.status) {
        report(measure, periodNamed(IMPORT_PERIOD_TITLE), { status: m.status, comment: m.comment });
      }
    });
  });
  orderByColumn([...periods.values()].filter((p) => p !== importPeriod), result);
  return {
    plan, roles: roles.fresh(), categories: categories.fresh(), items, measures, links: measures.flatMap(responsibilityLinks),
    periods: [...periods.values()], reports
  };
}
