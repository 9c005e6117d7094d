/**
 * What a board paper may show of a plan in one follow-up period, and nothing more: the plan, its periods up
 * to the chosen one, its items and measures, the latest report per measure and period up to the chosen one,
 * its chapters, and the roles, categories and areas they refer to. People appear by name only. Plain JSON
 * (arrays, no Maps), so a snapshot can freeze it and a board page can show it again years later.
 *
 * `maskConfidential` is applied before anything is published: confidential items keep their place, colour
 * and risk value but lose every text, as do their measures and those measures' reports.
 */
import { sortReports } from '../model/reportAuthority';
import { isSecretMeasure } from '../model/confidentiality';
import type { Store } from '../data/stores';
import { FULFILMENT_SETTING, FulfilmentSettings, parseFulfilmentSettings } from '../model/fulfilment';
import { orderPeriods } from '../model/periods';
import { responsibleRoles } from '../model/planKinds';
import { RiskMatrixConfig } from '../model/riskMatrix';
import {
  Category, Chapter, FollowUpPeriod, Link, Measure, PersonRef, Plan, PlanItem, Role, SecurityArea, StatusReport
} from '../model/types';

export interface BoardData {
  plan: Plan;
  /** The period reported; null shows the plan as decided, without statuses. */
  period: FollowUpPeriod | null;
  /** The plan's periods up to and including `period`, in order. */
  periods: FollowUpPeriod[];
  items: PlanItem[];
  measures: Measure[];
  /** The latest report per measure and period, for `periods` only. */
  reports: StatusReport[];
  links: Link[];
  chapters: Chapter[];
  /** The roles the measures and areas refer to; holders by name only. */
  roles: Role[];
  categories: Category[];
  areas: SecurityArea[];
  fulfilment: FulfilmentSettings;
  riskMatrix: RiskMatrixConfig;
  /** How many items were masked as confidential: their text is in the confidential appendix only. */
  confidentialItems: number;
  /** How many measures were masked on their own (under items that are not): absent in older snapshots. */
  confidentialMeasures?: number;
}

/** A person as a board paper names them: the display name, nothing that identifies an account. */
export function nameOnly(person: PersonRef | null): PersonRef | null {
  return person ? { objectId: '', upn: '', displayName: person.displayName } : null;
}

/** An entity without its SharePoint item id and ETag, which mean nothing outside the live list. */
function bare<T extends { id?: number; etag?: string }>(entity: T): T {
  const copy = { ...entity };
  delete copy.id;
  delete copy.etag;
  return copy;
}

export interface BoardSource {
  plan: Plan;
  periods: readonly FollowUpPeriod[];
  items: readonly PlanItem[];
  measures: readonly Measure[];
  reports: readonly StatusReport[];
  links: readonly Link[];
  chapters: readonly Chapter[];
  roles: readonly Role[];
  categories: readonly Category[];
  areas: readonly SecurityArea[];
  fulfilment: FulfilmentSettings;
  riskMatrix: RiskMatrixConfig;
}

/** The board's view of a plan's data in a period (null: no period), reduced to what a paper shows. */
export function boardDataOf(source: BoardSource, periodKey: string | null): BoardData {
  const ordered = orderPeriods(source.periods);
  const at = periodKey ? ordered.findIndex((p) => p.key === periodKey) : -1;
  if (periodKey && at < 0) throw new Error(`The plan ${source.plan.key} has no follow-up ${periodKey}`);
  const periods = at >= 0 ? ordered.slice(0, at + 1) : [];
  const inPeriods = new Set(periods.map((p) => p.key));
  const latest = new Map<string, StatusReport>();
  // Only the responsible people's reports go into a paper: one written by someone who did not answer for the measure
  // then is left out, and so is an import's history, which the coordinator wrote (reportAuthority.ts).
  for (const report of sortReports(source.reports, source.measures, source.roles).accepted) {
    if (!inPeriods.has(report.periodKey)) continue;
    const id = `${report.measureKey}|${report.periodKey}`;
    const known = latest.get(id);
    if (!known || report.reportedAt > known.reportedAt || (report.reportedAt === known.reportedAt && report.key > known.key)) latest.set(id, report);
  }
  const roleKeys = new Set([...source.measures.flatMap((m) => responsibleRoles(m)), ...source.areas.map((a) => a.ownerRoleKey ?? '')]);
  const byKey = <T extends { key: string }>(list: T[]): T[] => list.sort((a, b) => a.key.localeCompare(b.key));
  return {
    plan: bare(source.plan),
    period: at >= 0 ? bare(ordered[at]) : null,
    periods: periods.map(bare),
    items: byKey(source.items.map(bare)),
    measures: byKey(source.measures.map(bare)),
    reports: byKey([...latest.values()].map((r) => ({ ...bare(r), reportedBy: nameOnly(r.reportedBy) }))),
    links: byKey(source.links.filter((l) => l.linkType === 'threatens').map(bare)),
    chapters: byKey(source.chapters.filter((c) => !periodKey || inPeriods.has(c.periodKey))
      .map((c) => ({ ...bare(c), submittedBy: nameOnly(c.submittedBy), decidedBy: nameOnly(c.decidedBy), returnComment: '' }))),
    // A paper names the holder only: no delegate, and no tenures (who held the role before, by sign-in name).
    roles: byKey(source.roles.filter((r) => roleKeys.has(r.key)).map(({ tenures: _tenures, ...r }) => ({ ...bare(r), holder: nameOnly(r.holder), delegate: null }))),
    categories: byKey(source.categories.map(bare)),
    areas: byKey(source.areas.map(bare)),
    fulfilment: source.fulfilment,
    riskMatrix: source.riskMatrix,
    confidentialItems: 0,
    confidentialMeasures: 0
  };
}

/**
 * Reads the board data of a plan live: one wave of parallel reads, every one indexed or of a small list.
 * `plan`: the plan as already read, if it is (a large plan is then read by its parts in the same wave).
 */
export async function collectBoardData(store: Store, planKey: string, periodKey: string | null, plan?: Plan): Promise<BoardData> {
  return (await collectBoardPage(store, planKey, periodKey, plan)).data;
}

/**
 * The board data, and the reports it leaves out in the periods it covers (reportAuthority.ts): those that do not
 * count (`leftOut`, newest first) and an import's history (`leftOutImported`). The board page says which before
 * anyone publishes.
 */
export async function collectBoardPage(store: Store, planKey: string, periodKey: string | null, plan?: Plan):
  Promise<{ data: BoardData; leftOut: StatusReport[]; leftOutImported: StatusReport[] }> {
  const [data, roles, categories, areas, fulfilment, riskMatrix] = await Promise.all([
    store.loadPlan(planKey, plan), store.roles.all(), store.categories.all(), store.securityAreas.all(),
    store.settings.byKey(FULFILMENT_SETTING), store.riskMatrix()
  ]);
  const board = boardDataOf({ ...data, roles, categories, areas, fulfilment: parseFulfilmentSettings(fulfilment?.value).settings, riskMatrix }, periodKey);
  const covered = new Set(board.periods.map((p) => p.key));
  const { flagged, imported } = sortReports(data.reports, data.measures, roles, data.periods);
  return { data: board, leftOut: flagged.filter((r) => covered.has(r.periodKey)), leftOutImported: imported.filter((r) => covered.has(r.periodKey)) };
}

/** The organisation's name in the papers' running header: `{"name": "Region Norrvik"}` in IkSettings. */
export const ORGANISATION_SETTING = 'setting:organisation';

export async function organisationName(store: Store): Promise<string> {
  const raw = (await store.settings.byKey(ORGANISATION_SETTING))?.value;
  try {
    const name = (JSON.parse(raw ?? '{}') as { name?: unknown }).name;
    return typeof name === 'string' ? name.trim().slice(0, 255) : '';
  } catch {
    return '';
  }
}

/** What masking took out: the text of the confidential items and measures, for the confidential appendix only. */
export interface ConfidentialPart {
  items: PlanItem[];
  measures: Measure[];
  reports: StatusReport[];
}

/**
 * Splits the board data into what may be published (confidential items' texts blanked) and the
 * confidential part. The published data holds no text of a confidential item, measure or report at all.
 */
export function maskConfidential(data: BoardData): { published: BoardData; confidential: ConfidentialPart } {
  // A measure keeps its flag when masked, so that the papers can say it is secret.
  const secret = new Set(data.items.filter((i) => i.confidential).map((i) => i.key));
  const itemOf = new Map(data.items.map((i) => [i.key, i]));
  const secretMeasures = new Set(data.measures.filter((m) => isSecretMeasure(m, itemOf.get(m.itemKey))).map((m) => m.key));
  const ownSecrets = data.measures.filter((m) => m.confidential === true && !secret.has(m.itemKey)).length;
  const confidential: ConfidentialPart = {
    items: data.items.filter((i) => secret.has(i.key)),
    measures: data.measures.filter((m) => secretMeasures.has(m.key)),
    reports: data.reports.filter((r) => secretMeasures.has(r.measureKey))
  };
  const published: BoardData = {
    ...data,
    items: data.items.map((i) => (secret.has(i.key)
      ? { ...i, title: '', consequence: '', cause: '', purpose: '', goals: '', strategicGoal: i.strategicGoal } : i)),
    measures: data.measures.map((m) => (secretMeasures.has(m.key) ? { ...m, title: '', method: '', goal: '' } : m)),
    reports: data.reports.map((r) => (secretMeasures.has(r.measureKey) ? { ...r, comment: '', statusReason: '', reportedBy: null } : r)),
    confidentialItems: data.confidentialItems + secret.size,
    confidentialMeasures: (data.confidentialMeasures ?? 0) + ownSecrets
  };
  return { published, confidential };
}

/** Whether masking took anything out, so that a confidential appendix is written. */
export function hasSecrets(part: ConfidentialPart): boolean {
  return part.items.length + part.measures.length > 0;
}
