/**
 * The security-area chapter's life against the SharePoint emulator over HTTP through PnPjs, each person
 * signed in as themselves (`X-Emulator-User`), on a fixture of our own (areas, roles, plan, reporting
 * round, the coordinator setting, a linked risk): the owner drafts and submits, the coordinator returns
 * with a comment, the owner resubmits, the coordinator approves; another area's owner is refused; a stale
 * ETag raises ConcurrencyError and loses nothing; an invalid chapter writes nothing; and the report loads
 * without reading a large list unfiltered.
 */
import { DEMO_DOMAIN, findPerson, personas } from '../../server/directory/demoDirectory';
import { ConcurrencyError } from '../../src/data/errors';
import { provision } from '../../src/data/provisioning';
import { createSp } from '../../src/data/spClient';
import { createStore, Store } from '../../src/data/stores';
import { chapterKey, COORDINATOR_ROLES_SETTING, emptyChapter } from '../../src/model/chapter';
import { ITEM_DEFAULTS, MEASURE_DEFAULTS, REPORT_DEFAULTS } from '../../src/model/defaults';
import { schema } from '../../src/model/schema';
import { Chapter, FollowUpPeriod, PersonRef, Plan, PlanItem, Role, SecurityArea } from '../../src/model/types';
import {
  approveChapter, ChapterPermissionError, ChapterValidationError, loadSecurityReport, returnChapter, saveChapterDraft, submitChapter
} from '../../src/plans/chapterActions';
import { repairDerivedKeys } from '../../src/plans/derivedKeyWrites';
import { LocalProduct, recordRequests, startLocalProduct } from './localProduct';

jest.setTimeout(120_000);

const today = '2027-01-20';
const upn = (key: string): string => `${key}@${DEMO_DOMAIN}`;
function ref(key: string): PersonRef {
  const p = findPerson(upn(key));
  if (!p) throw new Error(`No ${key} in the demo directory`);
  return { upn: p.userPrincipalName, objectId: p.id, displayName: p.displayName };
}
const lena = ref('lena.bjork');
const camilla = ref('camilla.nord');
const tobias = ref('tobias.lindgren');
const acting = (p: PersonRef): { upn: string; displayName: string } => ({ upn: p.upn, displayName: p.displayName });

const PLAN = 'plan:it-sakerhet-2026';
const PERIOD = 'period:it-sakerhet-2026:helar';
const roles: Role[] = [
  { key: 'role:it:omr:arbetsmiljo', title: 'Funktionsområdesansvarig arbetsmiljö', unitKey: null, holder: lena, delegate: null },
  { key: 'role:it:omr:brand', title: 'Funktionsområdesansvarig brandsäkerhet', unitKey: null, holder: camilla, delegate: null },
  { key: 'role:it:samordnare', title: 'Säkerhetssamordnare', unitKey: null, holder: tobias, delegate: null }
];
const areas: SecurityArea[] = [
  { key: 'area:it:arbetsmiljo', title: 'Arbetsmiljö', titleEn: 'Work environment', ownerRoleKey: 'role:it:omr:arbetsmiljo', sortOrder: 1 },
  { key: 'area:it:brand', title: 'Brandsäkerhet', titleEn: 'Fire safety', ownerRoleKey: 'role:it:omr:brand', sortOrder: 2 }
];
const plans: Plan[] = [
  { key: PLAN, title: 'Säkerhetsberättelse 2026 (test)', kind: 'securityReport', year: 2026, unitKey: null, state: 'followUp', decisionDate: null, diaryNumber: '' },
  { key: 'plan:it-ik-2026', title: 'Internkontrollplan 2026 (test)', kind: 'internalControl', year: 2026, unitKey: null, state: 'followUp', decisionDate: null, diaryNumber: '' }
];
const periods: FollowUpPeriod[] = [
  { key: PERIOD, planKey: PLAN, title: 'Helår', asOfDate: '2026-12-31', deadline: '2027-02-15', state: 'open', sortOrder: 1 },
  { key: 'period:it-ik-2026:t2', planKey: 'plan:it-ik-2026', title: 'Delår augusti', asOfDate: '2026-08-31', deadline: '2026-09-15', state: 'closed', sortOrder: 1 }
];
const item = (key: string, planKey: string, title: string, securityAreaKey: string): PlanItem => ({
  ...ITEM_DEFAULTS, key, planKey, title, consequence: '', cause: '', handling: null, strategyKey: null, objectiveKey: null, securityAreaKey,
  probability: null, severity: null, residualProbability: null, residualSeverity: null, confidential: false, sortOrder: 1
});
const complete = {
  goalFulfilment: 'Målet om färre hot- och våldshändelser är delvis uppfyllt.', followUp: 'Följs upp i arbetsmiljökommittén varje kvartal.',
  currentState: 'Varje förvaltning har ett arbetsmiljöombud.', improvementOpportunities: 'Snabbare återkoppling till den som anmäler.',
  riskAnalyses: [{ title: 'Riskanalys hot och våld, akutmottagningen', date: '2026-03-12' }],
  incidents: [{ kind: 'Hot och våld', count: 504, women: 398, men: 106 }, { kind: 'Tillbud', count: 37, women: null, men: null }]
};

let product: LocalProduct;
let admin: Store;
const storeOf = (p: PersonRef): Store => createStore(createSp(product.siteUrl, { emulatorUser: p.upn }));
const workChapter = (): Chapter => emptyChapter(PLAN, 'area:it:arbetsmiljo', PERIOD);

beforeAll(async () => {
  product = await startLocalProduct({ today });
  const sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
  await provision(sp);
  admin = createStore(sp);
  await admin.roles.ensureAll(roles);
  await admin.securityAreas.ensureAll(areas);
  await admin.plans.ensureAll(plans);
  await admin.periods.ensureAll(periods);
  await admin.items.ensureAll([item('goal:it:arbetsmiljo', PLAN, 'Hot och våld i arbetet ska minska', 'area:it:arbetsmiljo'),
    item('risk:it-ik-2026:hot', 'plan:it-ik-2026', 'Hot och våld mot personal på akutmottagningen', 'area:it:arbetsmiljo')]);
  await admin.measures.ensureAll([
    { ...MEASURE_DEFAULTS, key: 'ind:it:hot', planKey: PLAN, itemKey: 'goal:it:arbetsmiljo', title: 'Anmälda händelser av hot och våld', measureKind: 'indicator',
      roleKey: null, dueDate: null, method: '', closed: false, targetRule: 'decrease', unitOfMeasure: 'antal', splitBySex: true },
    { ...MEASURE_DEFAULTS, key: 'measure:it-ik-2026:larm', planKey: 'plan:it-ik-2026', itemKey: 'risk:it-ik-2026:hot', title: 'Överfallslarm i behandlingsrum',
      measureKind: 'measure', roleKey: null, dueDate: null, method: '', closed: false }
  ]);
  await admin.statusReports.ensureAll([
    { ...REPORT_DEFAULTS, key: 'report:it:hot:1', planKey: PLAN, measureKey: 'ind:it:hot', periodKey: PERIOD, status: null, comment: '', reportedBy: null,
      reportedAt: '2027-01-10T08:00:00Z', value: 504, valueWomen: 398, valueMen: 106 },
    { ...REPORT_DEFAULTS, key: 'report:it:larm:1', planKey: 'plan:it-ik-2026', measureKey: 'measure:it-ik-2026:larm', periodKey: 'period:it-ik-2026:t2',
      status: 'yellow', comment: 'Hälften installerade', reportedBy: null, reportedAt: '2026-09-10T08:00:00Z' }
  ]);
  await admin.settings.ensureAll([{ key: COORDINATOR_ROLES_SETTING, value: JSON.stringify(['role:it:samordnare']) }]);
  // Written past the product's own writers: the copied keys the views read by are put right as the nightly repair does.
  await repairDerivedKeys(admin);
});

afterAll(async () => {
  await product.app.close();
});

describe('a chapter from draft to approved', () => {
  it('is drafted and submitted by the owner, returned with a comment, resubmitted and approved by the coordinator', async () => {
    const owner = storeOf(lena);
    const coordinator = storeOf(tobias);
    const draft = await saveChapterDraft(owner, workChapter(), { goalFulfilment: complete.goalFulfilment }, acting(lena), new Date('2027-01-15T08:00:00Z'));
    expect(draft).toMatchObject({ key: chapterKey(PLAN, 'area:it:arbetsmiljo'), state: 'draft' });
    const submitted = await submitChapter(owner, draft, complete, acting(lena), new Date('2027-01-16T08:00:00Z'));
    expect(submitted).toMatchObject({ state: 'submitted', submittedAt: '2027-01-16T08:00:00Z' });

    const read = await coordinator.chapters.byKey(draft.key);
    expect(read).toMatchObject({ state: 'submitted', submittedBy: { upn: lena.upn, objectId: lena.objectId }, incidents: complete.incidents });
    const returned = await returnChapter(coordinator, read!, 'Lägg till hur tillbuden följs upp.', acting(tobias), new Date('2027-01-17T08:00:00Z'));
    expect(returned).toMatchObject({ state: 'returned', decidedBy: { upn: tobias.upn } });

    const again = await owner.chapters.byKey(draft.key);
    expect(again).toMatchObject({ state: 'returned', returnComment: 'Lägg till hur tillbuden följs upp.', decidedAt: '2027-01-17T08:00:00Z' });
    const resubmitted = await submitChapter(owner, again!, { followUp: `${complete.followUp} Tillbuden gås igenom månadsvis.` }, acting(lena),
      new Date('2027-01-18T08:00:00Z'));
    expect(resubmitted.state).toBe('submitted');

    const approved = await approveChapter(coordinator, (await coordinator.chapters.byKey(draft.key))!, acting(tobias), new Date('2027-01-19T08:00:00Z'));
    expect(approved.state).toBe('approved');
    const final = await admin.chapters.byKey(draft.key);
    expect(final).toMatchObject({
      state: 'approved', decidedBy: { upn: tobias.upn }, decidedAt: '2027-01-19T08:00:00Z', submittedAt: '2027-01-18T08:00:00Z',
      returnComment: 'Lägg till hur tillbuden följs upp.', riskAnalyses: complete.riskAnalyses,
      followUp: `${complete.followUp} Tillbuden gås igenom månadsvis.`
    });
    expect(await admin.chapters.where({ areaKey: 'area:it:arbetsmiljo' })).toHaveLength(1);
  });

  it('refuses another area’s owner, and the coordinator’s decisions to an owner', async () => {
    const before = await admin.chapters.where({ planKey: PLAN });
    await expect(saveChapterDraft(storeOf(camilla), workChapter(), { goalFulfilment: 'Camillas text' }, acting(camilla), new Date()))
      .rejects.toMatchObject({ reason: 'notOwner' });
    const stored = (await admin.chapters.byKey(chapterKey(PLAN, 'area:it:arbetsmiljo')))!;
    await expect(returnChapter(storeOf(lena), stored, 'Själv', acting(lena), new Date())).rejects.toBeInstanceOf(ChapterPermissionError);
    const after = await admin.chapters.where({ planKey: PLAN });
    expect(after.map((c) => [c.key, c.etag, c.state])).toEqual(before.map((c) => [c.key, c.etag, c.state]));
  });
});

describe('concurrent and invalid writes', () => {
  it('gives the second writer with a stale ETag a ConcurrencyError and keeps the first writer’s text', async () => {
    const owner = storeOf(camilla);
    const first = await saveChapterDraft(owner, emptyChapter(PLAN, 'area:it:brand', PERIOD), { goalFulfilment: 'Version 1' }, acting(camilla), new Date());
    const readByOther = (await storeOf(camilla).chapters.byKey(first.key))!;
    await saveChapterDraft(owner, first, { goalFulfilment: 'Version 2' }, acting(camilla), new Date());
    await expect(saveChapterDraft(storeOf(camilla), readByOther, { goalFulfilment: 'Version från en annan flik' }, acting(camilla), new Date()))
      .rejects.toBeInstanceOf(ConcurrencyError);
    expect((await admin.chapters.byKey(first.key))?.goalFulfilment).toBe('Version 2');
  });

  it('keeps one chapter when two first saves race; the later continues from the stored one by its ETag', async () => {
    const area: SecurityArea = { key: 'area:it:krisberedskap', title: 'Krisberedskap', titleEn: 'Crisis preparedness', ownerRoleKey: 'role:it:omr:brand', sortOrder: 4 };
    await admin.securityAreas.ensureAll([area]);
    const empty = emptyChapter(PLAN, area.key, PERIOD);
    const [a, b] = await Promise.all([
      saveChapterDraft(storeOf(camilla), empty, { goalFulfilment: 'Flik A' }, acting(camilla), new Date()),
      saveChapterDraft(storeOf(camilla), empty, { followUp: 'Flik B' }, acting(camilla), new Date())
    ]);
    const stored = await admin.chapters.where({ areaKey: area.key });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ goalFulfilment: 'Flik A', followUp: 'Flik B', state: 'draft' });
    expect([a.key, b.key]).toEqual([stored[0].key, stored[0].key]);
  });

  it('writes nothing for an invalid chapter', async () => {
    const area: SecurityArea = { key: 'area:it:drift', title: 'Driftsäkerhet', titleEn: 'Operational reliability', ownerRoleKey: 'role:it:omr:brand', sortOrder: 3 };
    await admin.securityAreas.ensureAll([area]);
    const chapter = emptyChapter(PLAN, area.key, PERIOD);
    await expect(submitChapter(storeOf(camilla), chapter, { goalFulfilment: 'Bara detta' }, acting(camilla), new Date()))
      .rejects.toBeInstanceOf(ChapterValidationError);
    await expect(saveChapterDraft(storeOf(camilla), chapter, { incidents: [{ kind: 'Brand', count: 2, women: 2, men: 1 }] }, acting(camilla), new Date()))
      .rejects.toBeInstanceOf(ChapterValidationError);
    expect(await admin.chapters.where({ areaKey: area.key })).toEqual([]);
  });
});

describe('loading the report', () => {
  it('gives each area its chapter, indicators and linked risks, reading every large list through an index', async () => {
    const large = Object.values(schema).filter((l) => l.large).map((l) => l.title);
    const { result: report, urls } = await recordRequests(() => loadSecurityReport(storeOf(tobias), PLAN, { today }));
    expect(urls.filter((u) => u.includes('/items')).length).toBeGreaterThan(5);
    const work = report.areas.find((a) => a.area.key === 'area:it:arbetsmiljo')!;
    expect(work.chapter.state).toBe('approved');
    expect(work.indicators.map((i) => [i.indicator.title, i.current?.valueWomen])).toEqual([['Anmälda händelser av hot och våld', 398]]);
    expect(work.risks.map((r) => [r.risk.title, r.measures[0]?.latest?.status])).toEqual([['Hot och våld mot personal på akutmottagningen', 'yellow']]);
    expect(report.coordinatorRoleKeys).toEqual(['role:it:samordnare']);
    for (const url of urls) {
      const list = large.find((title) => url.toLowerCase().includes(`getbytitle('${title.toLowerCase()}')`));
      if (list) expect({ list, filtered: url.includes('$filter=') }).toEqual({ list, filtered: true });
    }
  });
});
