/**
 * What "Mina uppföljningar" needs, and nothing more, in two round trips: the person's entries in the answer
 * index (who answers what, model/derivedKeys.ts) and roles, then the subjects those entries name (measures
 * they lead or share, chapters of areas they own), those subjects' reports, plans, periods and items. Every
 * read is an indexed equality (or an OR of them), so no large list is scanned and the bytes grow with the
 * person's requests, never with the size of the plans.
 *
 * A deep link (Teams subEntityId) to a subject that is not among the person's open requests is read by key
 * in the first wave, so the tab can say whether it was answered (by whom, when), closed, or is someone else's.
 */
import type { Store } from '../data/stores';
import { answersOf, Answer, chapterSubject, measureSubject, openRequestsFor, Request, Subject, subjectsOf } from '../model/requests';
import { responsibleRoles } from '../model/planKinds';
import { reportsForViews } from '../model/reportAuthority';
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
  /** Every report of the person's subjects (all periods) that counts: previous values, trends, fulfilment. */
  reports: StatusReport[];
  /** Reports on the person's subjects by someone who did not answer for them then (reportAuthority.ts): they answer nothing, and the card says so. */
  flagged: StatusReport[];
  periods: FollowUpPeriod[];
  linked: LinkedOutcome | null;
  /** The region's fulfilment thresholds, for the colour shown before an indicator's value is sent. */
  fulfilment: FulfilmentSettings;
  /** What the second wave read, by key: remembered for the next visit (rememberedSubjects.ts). */
  subjectKeys: SubjectKeys;
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** Why a deep-linked subject is not among the open requests, from what the two waves read. */
function linkedOutcome(subject: Subject | null, chapter: Chapter | null, roles: Role[], periods: FollowUpPeriod[], reports: StatusReport[],
  responsible: Map<string, Role>): LinkedOutcome {
  if (!subject) return { kind: 'notFound' };
  const mine = new Set(roles.map((r) => r.key));
  if (!subject.roleKeys.some((k) => mine.has(k))) {
    return { kind: 'notYours', title: subject.title, roles: subject.roleKeys.map((k) => responsible.get(k)?.title ?? k) };
  }
  const open = periods.filter((p) => p.planKey === subject.planKey && p.state === 'open' && (subject.periodKey === null || p.key === subject.periodKey));
  const answers = answersOf(reports.filter((r) => r.measureKey === subject.key), chapter ? [chapter] : []);
  for (const period of open) {
    const answer = answers.get(`${subject.key}|${period.key}`);
    if (answer) return { kind: 'answered', title: subject.title, period, answer };
  }
  return { kind: 'closed', title: subject.title };
}

/**
 * The keys of what the second wave reads: the subjects the person's index entries name (and a deep link's), their
 * plans and items, and every role that answers for them. The tab remembers them (rememberedSubjects.ts) to read
 * them beside the first wave on the next visit.
 */
export interface SubjectKeys {
  measures: string[];
  chapters: string[];
  plans: string[];
  items: string[];
  roles: string[];
}

interface SecondWave {
  measures: Measure[];
  chapters: Chapter[];
  reports: StatusReport[];
  plans: Plan[];
  periods: FollowUpPeriod[];
  items: PlanItem[];
  roles: Role[];
}

/** The subjects, their reports, plans, periods and items and their roles, by key: one wave. */
function readSecondWave(store: Store, keys: SubjectKeys): Promise<SecondWave> {
  const none = <T>(): Promise<T[]> => Promise.resolve([]);
  return Promise.all([
    keys.measures.length ? store.measures.whereAny('key', keys.measures) : none<Measure>(),
    keys.chapters.length ? store.chapters.whereAny('key', keys.chapters) : none<Chapter>(),
    keys.measures.length ? store.statusReports.whereAny('measureKey', keys.measures) : none<StatusReport>(),
    keys.plans.length ? store.plans.whereAny('key', keys.plans) : none<Plan>(),
    keys.plans.length ? store.periods.whereAny('planKey', keys.plans) : none<FollowUpPeriod>(),
    keys.items.length ? store.items.whereAny('key', keys.items) : none<PlanItem>(),
    keys.roles.length ? store.roles.whereAny('key', keys.roles) : none<Role>()
  ]).then(([measures, chapters, reports, plans, periods, items, roles]) => ({ measures, chapters, reports, plans, periods, items, roles }));
}

/** The key sets of SubjectKeys, for code that handles each alike. */
export const KEY_SETS = ['measures', 'chapters', 'plans', 'items', 'roles'] as const;

/** The keys of `needed` that `known` does not hold. */
function keysMissing(needed: SubjectKeys, known: SubjectKeys): SubjectKeys {
  const out = {} as SubjectKeys;
  for (const set of KEY_SETS) {
    const have = new Set(known[set]);
    out[set] = needed[set].filter((k) => !have.has(k));
  }
  return out;
}

const isEmpty = (keys: SubjectKeys): boolean => KEY_SETS.every((set) => keys[set].length === 0);

/** What second waves read together, narrowed to what the first wave named (a remembered key may be stale), each row once. */
function narrowed(waves: SecondWave[], keys: SubjectKeys): SecondWave {
  const kept = <T extends { key: string }>(rows: T[], ownerOf: (row: T) => string, wanted: string[]): T[] => {
    const want = new Set(wanted);
    const seen = new Set<string>();
    return rows.filter((row) => {
      if (!want.has(ownerOf(row)) || seen.has(row.key)) return false;
      seen.add(row.key);
      return true;
    });
  };
  const all = <K extends keyof SecondWave>(name: K): SecondWave[K] => waves.flatMap((w) => w[name] as unknown[]) as SecondWave[K];
  return {
    measures: kept(all('measures'), (m) => m.key, keys.measures),
    chapters: kept(all('chapters'), (c) => c.key, keys.chapters),
    reports: kept(all('reports'), (r) => r.measureKey, keys.measures),
    plans: kept(all('plans'), (p) => p.key, keys.plans),
    periods: kept(all('periods'), (p) => p.planKey, keys.plans),
    items: kept(all('items'), (i) => i.key, keys.items),
    roles: kept(all('roles'), (r) => r.key, keys.roles)
  };
}

/**
 * Two round trips, whatever the person answers for; one when the tab remembers what the person answers for.
 * Wave 1: the person's entries in the answer index, their roles, the fulfilment setting, the security areas (and a
 * deep-linked subject by key). Wave 2: the subjects, their reports, plans, periods and items, and every role that
 * answers for them. The roles and the subjects are the truth: a subject is shown only if one of its roles is the
 * person's now.
 *
 * `remembered`: the subject keys of the person's last visit. They are read beside wave 1, so that a person whose
 * requests are the same as last time (the usual case between two reminders) gets the tab in one round trip. Wave 1
 * still decides: a remembered key it does not name is dropped, and what it names that was not remembered is read
 * in a second wave.
 */
export async function loadMyRequests(store: Store, upn: string, today: IsoDate, linkedKey?: string, remembered?: SubjectKeys | null): Promise<MyRequestsData> {
  const guess = remembered && !isEmpty(remembered) ? readSecondWave(store, remembered) : null;
  guess?.catch(() => undefined);
  const [entries, roles, setting, areas, linkedMeasure, linkedChapter] = await Promise.all([
    store.answerIndex.where({ upn: upn.trim().toLowerCase() }), store.rolesOf(upn), store.settings.byKey(FULFILMENT_SETTING), store.securityAreas.all(),
    linkedKey ? store.measures.byKey(linkedKey) : Promise.resolve(null), linkedKey ? store.chapters.byKey(linkedKey) : Promise.resolve(null)
  ]);
  const areaByKey = new Map(areas.map((a) => [a.key, a]));
  const linkedSubject = linkedMeasure ? measureSubject(linkedMeasure) : linkedChapter ? chapterSubject(linkedChapter, areaByKey.get(linkedChapter.areaKey)) : null;
  const keys: SubjectKeys = {
    measures: unique([...entries.filter((e) => e.subjectType === 'measure').map((e) => e.subjectKey), ...(linkedMeasure ? [linkedMeasure.key] : [])]),
    chapters: unique(entries.filter((e) => e.subjectType === 'chapter').map((e) => e.subjectKey)),
    plans: unique([...entries.map((e) => e.planKey), ...(linkedSubject ? [linkedSubject.planKey] : [])]),
    items: unique(entries.map((e) => e.itemKey).filter((k) => k !== '')),
    roles: unique([...entries.flatMap((e) => e.roleKeys), ...(linkedSubject?.roleKeys ?? [])])
  };
  const ownKeys = new Set(roles.map((r) => r.key));
  let second: SecondWave;
  if (guess && remembered) {
    const missing = keysMissing(keys, remembered);
    const [known, more] = await Promise.all([guess, isEmpty(missing) ? null : readSecondWave(store, missing)]);
    second = narrowed(more ? [known, more] : [known], keys);
  } else {
    second = await readSecondWave(store, keys);
  }
  const { measures, chapters, plans, periods, items } = second;
  const otherRoles = second.roles.filter((r) => !ownKeys.has(r.key));
  // A report counts only from the measure's holder or delegate at the time: another reporter's answers nothing.
  // An import's history (closed periods of its own) is shown as the earlier answers it records.
  const { counted: reports, flagged } = reportsForViews(second.reports, measures, [...roles, ...otherRoles], periods);
  // The measure's own roleKeys and the area's owner are the truth; an index entry left behind by an edit does not make a subject mine.
  const mine = measures.filter((m) => !m.closed && responsibleRoles(m).some((k) => ownKeys.has(k)));
  const ownChapters = chapters.filter((c) => { const owner = areaByKey.get(c.areaKey)?.ownerRoleKey; return owner !== null && owner !== undefined && ownKeys.has(owner); });
  const responsible = new Map([...roles, ...otherRoles].map((r) => [r.key, r]));
  const requests = openRequestsFor(upn, roles, subjectsOf(mine, ownChapters, areas), periods, reports, ownChapters, today);
  let linked: LinkedOutcome | null = null;
  if (linkedKey) {
    linked = requests.some((r) => r.subject.key === linkedKey) ? { kind: 'open' } : linkedOutcome(linkedSubject, linkedChapter, roles, periods, reports, responsible);
  }
  const shownMeasures = new Set(mine.map((m) => m.key));
  return {
    requests, roles, periods, linked, responsible, fulfilment: parseFulfilmentSettings(setting?.value).settings,
    reports: reports.filter((r) => shownMeasures.has(r.measureKey)),
    flagged: flagged.filter((r) => shownMeasures.has(r.measureKey)),
    plans: new Map(plans.map((p) => [p.key, p])),
    items: new Map(items.map((i) => [i.key, i])),
    areas: areaByKey,
    subjectKeys: keys
  };
}
