/**
 * The renderers publishing and the download buttons use, loaded on first use: the document renderers
 * (src/documents/render, each library its own chunk) and the plan workbook (the register's export, with a
 * masked item's text replaced by the masking sentence, as in the papers).
 */
import { isSecretMeasure } from '../model/confidentiality';
import type { PdfFontSource } from '../documents/render';
import { Locale } from '../model/statusLegend';
import { BoardData } from './boardData';
import type { Renderers } from './publish';
import { reportStrings } from './report/reportStrings';

/** `fonts`: where the PDF's fonts come from in a browser (in Node the installed font package is read). */
export function lazyRenderers(fonts?: PdfFontSource): Renderers {
  const render = (): Promise<typeof import('../documents/render')> => import(/* webpackChunkName: "ik-render" */ '../documents/render');
  return {
    docx: async (doc) => (await render()).renderDocx(doc),
    pdf: async (doc) => (await render()).renderPdf(doc, { fonts }),
    xlsx: async (data, locale) => planWorkbook(data, locale)
  };
}

export async function planWorkbook(data: BoardData, locale: Locale): Promise<Uint8Array> {
  const { exportPlanToXlsx } = await import(/* webpackChunkName: "ik-export" */ '../export/exportPlan');
  const masked = reportStrings[locale].maskedItem;
  const itemOf = new Map(data.items.map((i) => [i.key, i]));
  return exportPlanToXlsx({
    plan: data.plan, period: data.period, locale, reports: data.reports,
    items: data.items.map((i) => (i.confidential ? { ...i, title: masked } : i)),
    measures: data.measures.map((m) => (isSecretMeasure(m, itemOf.get(m.itemKey)) ? { ...m, title: masked } : m)),
    roles: new Map(data.roles.map((r) => [r.key, r])), categories: new Map(data.categories.map((c) => [c.key, c])),
    areas: new Map(data.areas.map((a) => [a.key, a]))
  });
}
