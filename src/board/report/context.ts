/**
 * What every plan-report builder works from: the board data, the language's words, each measure's colour
 * now and before, and small helpers that make the same cell the same way in every kind's tables.
 */
import { isSecretMeasure } from '../../model/confidentiality';
import { strings, Strings } from '../../components/i18n/strings';
import { IndicatorStrings, indicatorStrings } from '../../components/shared/indicatorStrings';
import { valueText } from '../../components/shared/valueText';
import { CellFill, TableCell } from '../../documents/model';
import { kindOf } from '../../model/planKinds';
import { Locale, statusLegend } from '../../model/statusLegend';
import { Category, Measure, PlanItem, Role, SecurityArea, StatusColour, StatusReport } from '../../model/types';
import { responsibleRoles } from '../../model/planKinds';
import { BoardData } from '../boardData';
import { measureColours } from '../changes';
import { ReportStrings, reportStrings } from './reportStrings';

export interface ReportContext {
  data: BoardData;
  locale: Locale;
  s: ReportStrings;
  ui: Strings;
  ind: IndicatorStrings;
  colours: Map<string, { now: StatusColour | null; before: StatusColour | null }>;
  roles: Map<string, Role>;
  categories: Map<string, Category>;
  areas: SecurityArea[];
  /** The latest report per measure in the chosen period. */
  reports: Map<string, StatusReport>;
  /** The latest report per measure in the period before. */
  previousReports: Map<string, StatusReport>;
}

export function reportContext(data: BoardData, locale: Locale): ReportContext {
  const previous = data.periods.length > 1 ? data.periods[data.periods.length - 2] : null;
  const inPeriod = (key: string | undefined): Map<string, StatusReport> =>
    new Map(key ? data.reports.filter((r) => r.periodKey === key).map((r) => [r.measureKey, r]) : []);
  return {
    data, locale, s: reportStrings[locale], ui: strings[locale], ind: indicatorStrings[locale],
    colours: measureColours(data),
    roles: new Map(data.roles.map((r) => [r.key, r])),
    categories: new Map(data.categories.map((c) => [c.key, c])),
    areas: [...data.areas].sort((a, b) => a.sortOrder - b.sortOrder),
    reports: inPeriod(data.period?.key), previousReports: inPeriod(previous?.key)
  };
}

export function colourWord(colour: StatusColour | null, ctx: ReportContext): string {
  return colour ? statusLegend.find((e) => e.colour === colour)?.label[ctx.locale] ?? colour : ctx.s.noStatus;
}

/** A status cell: the colour's word on the colour's fill, or "Ej besvarad" on grey. */
export function statusCell(colour: StatusColour | null, ctx: ReportContext): TableCell {
  const fill: CellFill = colour ?? 'grey';
  return { text: colourWord(colour, ctx), fill };
}

/** Every responsible role of a measure, lead first, with its holder's name. */
export function responsibleText(measure: Measure, ctx: ReportContext): string {
  return responsibleRoles(measure).map((k) => ctx.roles.get(k)).filter((r): r is Role => r !== undefined)
    .map((r) => (r.holder ? `${r.title} (${r.holder.displayName})` : r.title)).join('; ');
}

/** An item's text, or the masking sentence for a confidential one. */
export function itemText(item: PlanItem | undefined, text: string | undefined, ctx: ReportContext): string {
  if (item?.confidential) return ctx.s.maskedItem;
  return text ?? '';
}

export function measureText(measure: Measure, item: PlanItem | undefined, ctx: ReportContext): string {
  return isSecretMeasure(measure, item) ? ctx.s.maskedItem : measure.title;
}

export function categoryTitle(category: Category | undefined | null, ctx: ReportContext): string {
  if (!category) return '';
  return ctx.locale === 'sv-SE' ? category.title : category.titleEn || category.title;
}

export function areaTitle(area: SecurityArea, ctx: ReportContext): string {
  return ctx.locale === 'sv-SE' ? area.title : area.titleEn || area.title;
}

export function vocabulary(ctx: ReportContext): ReturnType<typeof kindOf>['vocabulary'][Locale] {
  return kindOf(ctx.data.plan.kind).vocabulary[ctx.locale];
}

/** An indicator's value in its unit ("3,8 %", "Genomförd"), or empty. */
export function figure(indicator: Measure, value: number | null | undefined, ctx: ReportContext): string {
  return valueText(indicator, value, ctx.locale) ?? '';
}
