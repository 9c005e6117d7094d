/**
 * Puts XSS payloads into the running demo through the product's own Store, over HTTP as the coordinator: into
 * every free text a person or an import fills that the views, the cards and the board papers show (plan, risk,
 * measure, period, role, category, unit and area names; descriptions, methods and goals; status comments; an
 * indicator; a security-area chapter; a tjänsteskrivelse), then publishes the papers as the coordinator would.
 * Each text is a Swedish label and a payload, so a text found in a view says where it came from.
 */
import { personas } from '../../server/directory/demoDirectory';
import { collectBoardData, organisationName } from '../../src/board/boardData';
import { caseKey, newCase } from '../../src/board/caseDocument';
import { publishCase } from '../../src/board/publish';
import { lazyRenderers } from '../../src/board/renderers';
import { createSp } from '../../src/data/spClient';
import { createStore, Store } from '../../src/data/stores';
import { loadMyRequests } from '../../src/followups/loadMyRequests';
import { reportKeysOf } from '../../src/model/derivedKeys';
import { REPORT_DEFAULTS } from '../../src/model/defaults';
import { BoardSnapshotRecord, Measure, PersonRef, Plan, PlanKind } from '../../src/model/types';

/** What an attacker types: markup with handlers, a script element, an attribute break-out, a script URL, template code, a text-direction override. */
export const PAYLOADS = {
  img: '<img src=x onerror="window.__xss=1">',
  script: '<script>window.__xss=1</script>',
  svg: '"><svg onload=window.__xss=1>',
  js: 'javascript:window.__xss=1',
  template: "{{constructor.constructor('window.__xss=1')()}}",
  rtl: 'Bilaga \u202Efdp.exe'
} as const;

const { img, script, svg, js, template, rtl } = PAYLOADS;

/** The texts the seeding wrote, by where they were written. */
export interface HostileTexts {
  planTitle: string;
  periodTitle: string;
  itemTitle: string;
  consequence: string;
  cause: string;
  measureTitle: string;
  method: string;
  roleTitle: string;
  previousComment: string;
  latestComment: string;
  strategy: string;
  unitTitle: string;
  activityTitle: string;
  activityGoal: string;
  activityMethod: string;
  focusTitle: string;
  focusPurpose: string;
  indicatorTitle: string;
  goalTitle: string;
  strategicGoal: string;
  areaTitle: string;
  goalFulfilment: string;
  followUp: string;
  improvements: string;
  currentState: string;
  opportunities: string;
  riskAnalysis: string;
  incidentKind: string;
  returnComment: string;
  caseTitle: string;
  caseBoard: string;
  summary: string;
  caseText: string;
  proposal: string;
}

export interface HostileSeed {
  texts: HostileTexts;
  /** The internal control plan's measure the manager is asked about, with its payloads. */
  measureKey: string;
  /** The published papers of the hostile tjänsteskrivelse. */
  publication: BoardSnapshotRecord;
  store: Store;
}

const DIARY_NUMBER = 'RS 2026/4711';

async function planOf(store: Store, kind: PlanKind): Promise<Plan> {
  const plans = (await store.plans.all()).filter((p) => p.kind === kind && p.state !== 'closed');
  const plan = plans.sort((a, b) => b.year - a.year)[0];
  if (!plan) throw new Error(`The demo has no open ${kind} plan`);
  return plan;
}

/**
 * A report that is the measure's latest in the period (reports are never overwritten, the latest counts), written
 * as the holder of the measure's role: SharePoint names the writer, and only a responsible person's report counts.
 */
async function addLaterReport(origin: string, measure: Measure, holder: PersonRef, periodKey: string, comment: string, n: number): Promise<void> {
  const writer = createStore(createSp(`${origin}/sites/internkontroll`, { emulatorUser: holder.upn }));
  await writer.statusReports.add({
    ...REPORT_DEFAULTS, ...reportKeysOf(measure), key: `report:${measure.key}:${periodKey}:${n}`, planKey: measure.planKey, measureKey: measure.key,
    periodKey, status: 'yellow', comment, reportedBy: holder, reportedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
  });
}

/** The internal control plan: the manager's open measure, its risk, role, periods and reports; the plan, its unit and a strategy. */
async function seedInternalControl(store: Store, origin: string, today: string): Promise<{ texts: Partial<HostileTexts>; measureKey: string; planKey: string; periodKey: string }> {
  const plan = await planOf(store, 'internalControl');
  const data = await store.loadPlan(plan.key);
  const mine = await loadMyRequests(store, personas.manager, today);
  const request = mine.requests.find((r) => {
    const item = data.items.find((i) => i.key === r.subject.measure?.itemKey);
    return r.subject.planKey === plan.key && r.subject.measure && !r.subject.measure.confidential && item && !item.confidential;
  });
  if (!request?.subject.measure) throw new Error('The manager has no open request in the internal control plan');
  const measure = data.measures.find((m) => m.key === request.subject.key) as Measure;
  const item = data.items.find((i) => i.key === measure.itemKey)!;
  const texts: Partial<HostileTexts> = {
    planTitle: `${plan.title} ${img}`, periodTitle: `${request.period.title} ${js}`, itemTitle: `Risk ${svg}`, consequence: `Konsekvens ${img}`,
    cause: `Orsak ${script}`, measureTitle: `Åtgärd ${template}`, method: `Metod ${js}`, roleTitle: `Roll ${script}`,
    previousComment: `Förra uppföljningen ${svg}`, latestComment: `Läget nu ${template}`, strategy: `Strategi ${js}`, unitTitle: `Region Norrvik ${rtl}`
  };
  await store.plans.update(plan, { title: texts.planTitle });
  await store.periods.update(request.period, { title: texts.periodTitle });
  await store.items.update(item, { title: texts.itemTitle, consequence: texts.consequence, cause: texts.cause });
  await store.measures.update(measure, { title: texts.measureTitle, method: texts.method });
  const role = (await store.roles.byKey(measure.roleKey ?? ''))!;
  await store.roles.update(role, { title: texts.roleTitle });
  const previous = [...data.periods].filter((p) => p.sortOrder < request.period.sortOrder).sort((a, b) => b.sortOrder - a.sortOrder)[0];
  if (!previous) throw new Error('The internal control plan has no follow-up before the open one');
  const holderOf = new Map((await store.roles.all()).map((r) => [r.key, r.holder]));
  await addLaterReport(origin, measure, holderOf.get(role.key)!, previous.key, texts.previousComment!, 90);
  // Another measure of the plan answered in the open follow-up: the register, the overview and the papers show its comment.
  const shown = (m: Measure): boolean => m.key !== measure.key && !m.closed && !m.confidential && Boolean(holderOf.get(m.roleKey ?? ''))
    && !data.items.find((i) => i.key === m.itemKey)?.confidential;
  const other = data.measures.find((m) => shown(m) && m.itemKey === item.key) ?? data.measures.find(shown)!;
  await addLaterReport(origin, other, holderOf.get(other.roleKey!)!, request.period.key, texts.latestComment!, 91);
  if (item.strategyKey) await store.categories.update((await store.categories.byKey(item.strategyKey))!, { title: texts.strategy });
  if (plan.unitKey) await store.orgUnits.update((await store.orgUnits.byKey(plan.unitKey))!, { title: texts.unitTitle });
  return { texts, measureKey: measure.key, planKey: plan.key, periodKey: request.period.key };
}

/** The patient-safety action plan's first item and activity, and the scorecard's first goal and indicator. */
async function seedPlans(store: Store): Promise<Partial<HostileTexts>> {
  const texts: Partial<HostileTexts> = {
    activityTitle: `Aktivitet ${img}`, activityGoal: `Mål för aktiviteten ${script}`, activityMethod: `Datakälla ${rtl}`,
    focusTitle: `Fokusområde ${svg}`, focusPurpose: `Syfte ${template}`,
    indicatorTitle: `Indikator ${svg}`, goalTitle: `Verksamhetens mål ${img}`, strategicGoal: `Strategiskt mål ${template}`
  };
  const action = await store.loadPlan((await planOf(store, 'patientSafety')).key);
  const activity = [...action.measures].sort((a, b) => a.key.localeCompare(b.key, 'sv', { numeric: true }))[0];
  const focus = action.items.find((i) => i.key === activity.itemKey)!;
  await store.measures.update(activity, { title: texts.activityTitle, goal: texts.activityGoal, method: texts.activityMethod });
  await store.items.update(focus, { title: texts.focusTitle, purpose: texts.focusPurpose });
  const scorecard = await store.loadPlan((await planOf(store, 'scorecard')).key);
  const indicator = scorecard.measures.filter((m) => m.measureKind === 'indicator').sort((a, b) => a.key.localeCompare(b.key, 'sv', { numeric: true }))[0];
  const goal = scorecard.items.find((i) => i.key === indicator.itemKey)!;
  await store.measures.update(indicator, { title: texts.indicatorTitle });
  await store.items.update(goal, { title: texts.goalTitle, strategicGoal: texts.strategicGoal });
  return texts;
}

/** The fire-safety area and this year's chapter, returned to its owner with a comment. */
async function seedChapter(store: Store): Promise<Partial<HostileTexts>> {
  const texts: Partial<HostileTexts> = {
    areaTitle: `Brandsäkerhet ${template}`, goalFulfilment: `Måluppfyllelse ${img}`, followUp: `Uppföljning ${script}`, improvements: `Förbättringar ${svg}`,
    currentState: `Så fungerar det ${js}`, opportunities: `Möjligheter ${rtl}`, riskAnalysis: `Riskanalys ${img}`, incidentKind: `Händelse ${script}`,
    returnComment: `Komplettera ${svg}`
  };
  const area = (await store.securityAreas.byKey('area:brand'))!;
  await store.securityAreas.update(area, { title: texts.areaTitle });
  const plan = await planOf(store, 'securityReport');
  const periods = await store.periods.where({ planKey: plan.key });
  const open = periods.find((p) => p.state === 'open')!;
  const chapter = (await store.chapters.where({ planKey: plan.key })).find((c) => c.areaKey === area.key && c.periodKey === open.key)!;
  await store.chapters.update(chapter, {
    state: 'returned', goalFulfilment: texts.goalFulfilment, followUp: texts.followUp, improvements: texts.improvements, currentState: texts.currentState,
    improvementOpportunities: texts.opportunities, riskAnalyses: [{ title: texts.riskAnalysis!, date: open.asOfDate }],
    incidents: [{ kind: texts.incidentKind!, count: 3, women: null, men: null }], returnComment: texts.returnComment
  });
  return texts;
}

/** A tjänsteskrivelse full of payloads for the internal control plan's open follow-up, published with its papers. */
async function publishHostileCase(store: Store, planKey: string, periodKey: string, today: string): Promise<{ texts: Partial<HostileTexts>; record: BoardSnapshotRecord }> {
  const texts: Partial<HostileTexts> = {
    caseTitle: `Ärende ${script}`, caseBoard: `Regionstyrelsen ${svg}`, summary: `Sammanfattning ${img}`, caseText: `Bakgrund ${template}`,
    proposal: `godkänna uppföljningen ${js}`
  };
  const data = await collectBoardData(store, planKey, periodKey);
  await store.cases.add({
    ...newCase(data, today, 'sv-SE'), title: texts.caseTitle!, board: texts.caseBoard!, meetingDate: today, diaryNumber: DIARY_NUMBER,
    summary: texts.summary!, caseText: texts.caseText!, proposals: [texts.proposal!]
  });
  const publisher: PersonRef = { upn: personas.coordinator, objectId: '', displayName: 'Anna Karlsson' };
  const result = await publishCase({ store, files: store.boardFiles!, renderers: lazyRenderers(), now: () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') },
    { caseKey: caseKey(planKey, periodKey), publisher, locale: 'sv-SE', organisation: await organisationName(store) });
  if (result.status !== 'published') throw new Error(`The hostile case was not published: ${result.status}`);
  return { texts, record: result.record };
}

export async function seedHostileText(origin: string): Promise<HostileSeed> {
  const store = createStore(createSp(`${origin}/sites/internkontroll`, { emulatorUser: personas.coordinator }));
  const { today } = (await (await fetch(`${origin}/_workbench/config`)).json()) as { today: string };
  const internalControl = await seedInternalControl(store, origin, today);
  const plans = await seedPlans(store);
  const chapter = await seedChapter(store);
  const published = await publishHostileCase(store, internalControl.planKey, internalControl.periodKey, today);
  return {
    texts: { ...internalControl.texts, ...plans, ...chapter, ...published.texts } as HostileTexts,
    measureKey: internalControl.measureKey, publication: published.record, store
  };
}
