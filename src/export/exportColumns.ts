/**
 * The export's columns per plan kind, with the headers the import recognises (src/import/synonyms.ts), so
 * an exported plan reads back as the same plan: the risk table for internal control, the activity table
 * with its focus area for an action plan, the goals and indicators with target, value (women and men) and
 * analysis for a scorecard or a security report. Each column says whether it belongs to the item (written
 * on its first row only, as regions write them) or to each measure, and how its value is read.
 */
import { targetText } from '../model/fulfilment';
import { responsibleRoles } from '../model/planKinds';
import { Locale } from '../model/statusLegend';
import { Category, Handling, Measure, PlanItem, PlanKind, Role, SecurityArea, StatusReport } from '../model/types';

/**
 * What a column may write: plain values only. A text is a string cell whatever it starts with (exportPlan.ts
 * says why); no column can produce a formula or a hyperlink object, so no data can become one.
 */
export type CellValue = string | number | Date | null;

export interface RowContext {
  item: PlanItem;
  measure: Measure | null;
  report: StatusReport | null;
  roles: Map<string, Role>;
  categories: Map<string, Category>;
  areas: Map<string, SecurityArea>;
  locale: Locale;
}

export interface ExportColumn {
  id: string;
  header: Record<Locale, string>;
  width: number;
  level: 'item' | 'measure';
  /** The colour column gets the legend's fill; a date column a date format. */
  format?: 'status' | 'date';
  value: (row: RowContext) => CellValue;
}

const HANDLING_WORDS: Record<Locale, Record<Handling, string>> = {
  'sv-SE': { accept: 'behålla', reduce: 'begränsa', eliminate: 'eliminera' },
  'en-US': { accept: 'accept', reduce: 'reduce', eliminate: 'eliminate' }
};

function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

const text = (value: string | null | undefined): string | null => (value ? value : null);

function column(id: string, sv: string, en: string, width: number, level: ExportColumn['level'], value: ExportColumn['value'],
  format?: ExportColumn['format']): ExportColumn {
  return { id, header: { 'sv-SE': sv, 'en-US': en }, width, level, value, ...(format ? { format } : {}) };
}

/** Every responsible role's title, lead first, as "A, B" (the import splits on commas). */
const responsible = (width: number, sv: string, en: string): ExportColumn => column('responsible', sv, en, width, 'measure',
  (r) => text(r.measure ? responsibleRoles(r.measure).map((k) => r.roles.get(k)?.title ?? '').filter(Boolean).join(', ') : null));
const due = column('due', 'Klart senast', 'Due date', 13, 'measure', (r) => (r.measure?.dueDate ? isoToDate(r.measure.dueDate) : null), 'date');
const status = column('status', 'Status', 'Status', 10, 'measure', (r) => r.report?.status ?? null, 'status');
const comment = column('comment', 'Kommentar', 'Comment', 50, 'measure', (r) => text(r.report?.comment));
const category = (id: string, sv: string, en: string): ExportColumn => column(id, sv, en, 24, 'item',
  (r) => text(r.item.strategyKey ? (r.locale === 'sv-SE' ? r.categories.get(r.item.strategyKey)?.title : r.categories.get(r.item.strategyKey)?.titleEn || r.categories.get(r.item.strategyKey)?.title) : null));
const value = (id: string, sv: string, en: string, pick: (report: StatusReport) => number | null): ExportColumn =>
  column(id, sv, en, 12, 'measure', (r) => (r.report ? pick(r.report) : null));

const INTERNAL_CONTROL: ExportColumn[] = [
  column('risk', 'Beskrivning av risk', 'Risk', 40, 'item', (r) => r.item.title),
  column('consequence', 'Beskrivning av konsekvens', 'Consequence description', 40, 'item', (r) => text(r.item.consequence)),
  column('handling', 'Hantering av risk', 'Risk handling', 14, 'item', (r) => (r.item.handling ? HANDLING_WORDS[r.locale][r.item.handling] : null)),
  column('cause', 'Bakomliggande orsak', 'Cause', 40, 'item', (r) => text(r.item.cause)),
  column('probability', 'Sannolikhet', 'Probability', 12, 'item', (r) => r.item.probability),
  column('severity', 'Konsekvensgrad', 'Severity', 14, 'item', (r) => r.item.severity),
  // The formula is filled in by the writer, which knows the cells' addresses.
  column('riskValue', 'Riskvärde', 'Risk value', 10, 'item', () => null),
  column('measure', 'Åtgärd', 'Measure', 45, 'measure', (r) => r.measure?.title ?? null),
  responsible(22, 'Ansvarig för genomförande', 'Responsible'),
  column('method', 'Metod', 'Method', 30, 'measure', (r) => text(r.measure?.method)),
  due, status, comment
];

const ACTION_PLAN: ExportColumn[] = [
  category('focusArea', 'Fokusområde', 'Focus area'),
  column('item', 'Övergripande mål', 'Overarching goals', 36, 'item', (r) => text(r.item.goals) ?? r.item.title),
  column('measure', 'Aktivitet', 'Activity', 45, 'measure', (r) => r.measure?.title ?? null),
  column('goal', 'Mål', 'Goal', 36, 'measure', (r) => text(r.measure?.goal)),
  column('method', 'Metod/Datakälla', 'Method/data source', 30, 'measure', (r) => text(r.measure?.method)),
  responsible(30, 'Ansvarig', 'Responsible'),
  due, status, comment
];

const INDICATORS: ExportColumn[] = [
  column('goal', 'Mål', 'Goal', 36, 'item', (r) => r.item.title),
  column('measure', 'Styrmått', 'Indicator', 45, 'measure', (r) => r.measure?.title ?? null),
  column('target', 'Mått för måluppfyllelse', 'Target', 16, 'measure', (r) => (r.measure && r.measure.targetRule ? targetText(r.measure, r.locale) : null)),
  responsible(24, 'Ansvarig', 'Responsible'),
  value('value', 'Utfall', 'Outcome', (report) => report.value),
  value('women', 'Kvinnor', 'Women', (report) => report.valueWomen),
  value('men', 'Män', 'Men', (report) => report.valueMen),
  column('analysis', 'Analys', 'Analysis', 50, 'measure', (r) => text(r.report?.comment))
];

const SCORECARD: ExportColumn[] = [
  category('perspective', 'Perspektiv', 'Perspective'),
  column('strategicGoal', 'Strategiskt mål', 'Strategic goal', 30, 'item', (r) => text(r.item.strategicGoal)),
  ...INDICATORS
];

const SECURITY_REPORT: ExportColumn[] = [
  column('area', 'Säkerhetsområde', 'Security area', 24, 'item',
    (r) => text(r.item.securityAreaKey ? r.areas.get(r.item.securityAreaKey)?.title : null)),
  ...INDICATORS
];

export const exportColumns: Record<PlanKind, ExportColumn[]> = {
  internalControl: INTERNAL_CONTROL, patientSafety: ACTION_PLAN, scorecard: SCORECARD, securityReport: SECURITY_REPORT
};
