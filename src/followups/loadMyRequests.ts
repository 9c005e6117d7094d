/**
 * What "Mina uppföljningar" needs, and nothing more: the signed-in person's roles, the subjects those
 * roles answer for (measures they lead by `IkRoleKey`, measures they share by the `responsible` links,
 * the chapters of areas they own), those subjects' reports, plans, periods and items. Every read is an
 * indexed equality (or an OR of them), so no large list is scanned and the bytes grow with the person's
 * requests, never with the size of the plans.
 *
 * A deep link (Teams subEntityId) to a subject that is not among the person's open requests is looked up
 * on its own, so the tab can say whether it was answered (by whom, when), closed, or is someone else's.
 */
import type { Store } from '../data/stores';
import { answersOf, Answer, chapterSubject, measureSubject, openRequestsFor, Request, Subject, subjectsOf } from '../model/requests';
import { responsibleRoles } from '../model/planKinds';
import { FULFILMENT_SETTING, FulfilmentSettings, parseFulfilmentSettings } from '../model/fulfilment';
import { Chapter, FollowUpPeriod, IsoDate, Measure, Plan, PlanItem, Role, SecurityArea, StatusReport } from '../model/types';

export type LinkedOutcome =
  /** The link's subject is one of the open requests (shown first). */
  | { kind: 'open' }
  /** Answered in the open period, by the person or a co-responsible/delegate. */
  | { kind: 'answered'; title: string; period: FollowUpPeriod; answer: Answer }
  /** Someone else's: the roles that answer for it. */
  | { kind: 'notYours'; title: string; roles: string[] }
  /** Closed, or no period open for it. */
  | { kind: 'closed'; title: string }
  | { kind: 'notFound' };

export interface MyRequestsData {
  requests: Request[];
  /** The person's own roles. */
  roles: Role[];
  /** Every role responsible for one of the requests (co-responsible included), by key: whom else the card names. */
  responsible: Map<string, Role>;
  plans: Map<string, Plan>;
  items: Map<string, PlanItem>;
  areas: Map<string, SecurityArea>;
  /** Every report of the person's subjects (all periods): previous values, trends, fulfilment. */
  reports: StatusReport[];
  periods: FollowUpPeriod[];
  linked: LinkedOutcome | null;
  /** The region's fulfilment thresholds, for the colour shown before an indicator's value is sent. */
  fulfilment: FulfilmentSettings;
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

async function loadSubjects(store: Store, roles: Role[]): Promise<{ measures: Measure[]; chapters: Chapter[]; areas: SecurityArea[] }> {
  const roleKeys = roles.map((r) => r.key);
  if (roleKeys.length === 0) return { measures: [], chapters: [], areas: await store.securityAreas.all() };
  const [led, links, areas] = await Promise.all([
    store.measures.whereAny('roleKey', roleKeys), store.links.whereAny('toKey', roleKeys), store.securityAreas.all()
  ]);
  const known = new Set(led.map((m) => m.key));
  const shared = unique(links.filter((l) => l.linkType === 'responsible' && !known.has(l.fromKey)).map((l) => l.fromKey));
  const mine = new Set(roleKeys);
  const ownAreas = areas.filter((a) => a.ownerRoleKey !== null && mine.has(a.ownerRoleKey)).map((a) => a.key);
  const [coMeasures, chapters] = await Promise.all([
    shared.length ? store.measures.whereAny('key', shared) : Promise.resolve([]),
    ownAreas.length ? store.chapters.whereAny('areaKey', ownAreas) : Promise.resolve([])
  ]);
  // The measure's own roleKeys are the truth; a link left behind by an edit does not make a measure mine.
  const measures = [...led, ...coMeasures].filter((m) => !m.closed && responsibleRoles(m).some((k) => mine.has(k)));
  return { measures, chapters, areas };
}

async function around(store: Store, measures: Measure[], chapters: Chapter[], own: Role[]):
  Promise<{ plans: Plan[]; periods: FollowUpPeriod[]; reports: StatusReport[]; items: PlanItem[]; responsible: Role[] }> {
  const planKeys = unique([...measures.map((m) => m.planKey), ...chapters.map((c) => c.planKey)]);
  if (planKeys.length === 0) return { plans: [], periods: [], reports: [], items: [], responsible: own };
  const ownKeys = new Set(own.map((r) => r.key));
  const others = unique(measures.flatMap(responsibleRoles)).filter((k) => !ownKeys.has(k));
  const [plans, periods, reports, items, otherRoles] = await Promise.all([
    store.plans.whereAny('key', planKeys), store.periods.whereAny('planKey', planKeys),
    measures.length ? store.statusReports.whereAny('measureKey', measures.map((m) => m.key)) : Promise.resolve([]),
    measures.length ? store.items.whereAny('key', unique(measures.map((m) => m.itemKey))) : Promise.resolve([]),
    others.length ? store.roles.whereAny('key', others) : Promise.resolve([])
  ]);
  return { plans, periods, reports, items, responsible: [...own, ...otherRoles] };
}

/** A deep-linked subject that is not among the open requests: why not. Two to three small indexed reads. */
async function linkedOutcome(store: Store, key: string, roles: Role[], areas: SecurityArea[]): Promise<LinkedOutcome> {
  const [measure, chapter] = await Promise.all([store.measures.byKey(key), store.chapters.byKey(key)]);
  const subject: Subject | null = measure ? measureSubject(measure) : chapter ? chapterSubject(chapter, areas.find((a) => a.key === chapter.areaKey)) : null;
  if (!subject) return { kind: 'notFound' };
  const [periods, reports, allRoles] = await Promise.all([
    store.periods.where({ planKey: subject.planKey }),
    measure ? store.statusReports.where({ measureKey: measure.key }) : Promise.resolve([]),
    subject.roleKeys.length ? store.roles.whereAny('key', subject.roleKeys) : Promise.resolve([])
  ]);
  const mine = new Set(roles.map((r) => r.key));
  if (!subject.roleKeys.some((k) => mine.has(k))) {
    const titles = subject.roleKeys.map((k) => allRoles.find((r) => r.key === k)?.title ?? k);
    return { kind: 'notYours', title: subject.title, roles: titles };
  }
  const open = periods.filter((p) => p.state === 'open' && (subject.periodKey === null || p.key === subject.periodKey));
  const answers = answersOf(reports, chapter ? [chapter] : []);
  for (const period of open) {
    const answer = answers.get(`${subject.key}|${period.key}`);
    if (answer) return { kind: 'answered', title: subject.title, period, answer };
  }
  return { kind: 'closed', title: subject.title };
}

export async function loadMyRequests(store: Store, upn: string, today: IsoDate, linkedKey?: string): Promise<MyRequestsData> {
  const [roles, setting] = await Promise.all([store.rolesOf(upn), store.settings.byKey(FULFILMENT_SETTING)]);
  const { measures, chapters, areas } = await loadSubjects(store, roles);
  const { plans, periods, reports, items, responsible } = await around(store, measures, chapters, roles);
  const requests = openRequestsFor(upn, roles, subjectsOf(measures, chapters, areas), periods, reports, chapters, today);
  let linked: LinkedOutcome | null = null;
  if (linkedKey) {
    linked = requests.some((r) => r.subject.key === linkedKey) ? { kind: 'open' } : await linkedOutcome(store, linkedKey, roles, areas);
  }
  return {
    requests, roles, periods, reports, linked, responsible: new Map(responsible.map((r) => [r.key, r])), fulfilment: parseFulfilmentSettings(setting?.value).settings,
    plans: new Map(plans.map((p) => [p.key, p])),
    items: new Map(items.map((i) => [i.key, i])),
    areas: new Map(areas.map((a) => [a.key, a]))
  };
}
