/**
 * Values in OData strings, over HTTP through PnPjs against the SharePoint emulator (SECURITY.md, "a value placed
 * in a query or a REST path is escaped"): keys, UPNs, group names and file names holding quotes, an injected clause, percent
 * signs, URL delimiters, plus signs and non-ASCII letters each find exactly their own item and never more. A
 * person whose UPN holds a quote, or an injected `or`, reading "Mina uppföljningar" gets their own requests only;
 * a security area named with quotes and URL characters gets its group, found again (not made twice) on the
 * second provisioning; a paper named so is written and read back.
 */
import { personas } from '../../server/directory/demoDirectory';
import { createSp } from '../../src/data/spClient';
import { provision } from '../../src/data/provisioning';
import { odataPathArgument, odataString, toFilter } from '../../src/data/query';
import { createStore, Store } from '../../src/data/stores';
import { loadMyRequests } from '../../src/followups/loadMyRequests';
import { ITEM_DEFAULTS, MEASURE_DEFAULTS } from '../../src/model/defaults';
import { responsibilityLinks, withRoles } from '../../src/model/planKinds';
import { roleList } from '../../src/model/schema';
import { FollowUpPeriod, Measure, PersonRef, Plan, PlanItem, Role } from '../../src/model/types';
import { syncMeasures } from '../../src/plans/derivedKeyWrites';
import { areaGroupTitle } from '../../src/security/roles';
import { provisionPermissions } from '../../src/security/sitePermissions';
import { LocalProduct, startLocalProduct } from './localProduct';
import { SPFI } from '@pnp/sp';
import '@pnp/sp/site-groups/web';

jest.setTimeout(300_000);

const today = '2026-11-23';

/**
 * What a value may hold that breaks a query built by hand: a quote, two, a clause that closes the literal and ORs
 * everything in, the quote percent-encoded, the query string's and the path's delimiters, a plus (a space in a form
 * query), non-ASCII letters, a bracket that closes a group, and `datetime'…'` inside a text.
 */
const HOSTILE = [
  "o'brien", "''", "' or 1 eq 1 or IkKey eq '", '%27', 'a&b=c', 'nr#2', 'fråga?x=1', 'a/b', 'a+b c', 'Åsa Öberg – ünï 漢字 😀',
  "x') or (Id gt 0", "datetime'2026-01-01'"
];

let product: LocalProduct;
let sp: SPFI;
let store: Store;
let siteUserId = 0;

const plan: Plan = { key: 'plan:citat-2026', title: 'Plan med citattecken', kind: 'internalControl', year: 2026, unitKey: null, state: 'followUp',
  decisionDate: null, diaryNumber: '' };
const period: FollowUpPeriod = { key: 'period:citat-2026:t3', planKey: plan.key, title: 'Årsbokslut', asOfDate: '2026-12-31', deadline: '2026-12-04',
  state: 'open', sortOrder: 1 };
const item: PlanItem = { ...ITEM_DEFAULTS, key: 'risk:citat-2026:1', planKey: plan.key, title: 'Risk', consequence: '', cause: '', handling: null,
  strategyKey: null, objectiveKey: null, securityAreaKey: null, probability: null, severity: null, residualProbability: null, residualSeverity: null,
  confidential: false, sortOrder: 1 };

/** A person known to the site by a real site user (the emulator's directory), stored under a UPN of the test's choosing. */
const person = (upn: string): PersonRef => ({ upn, objectId: '', displayName: upn, siteUserId });
const upnOf = (i: number): string => `${HOSTILE[i].toLowerCase()}@norrvik.example`;
const measureKeyOf = (i: number): string => `measure:citat-2026:${HOSTILE[i]}`;

beforeAll(async () => {
  product = await startLocalProduct({ today });
  sp = createSp(product.siteUrl, { emulatorUser: personas.coordinator });
  await provision(sp);
  store = createStore(sp);
  siteUserId = (await sp.web.ensureUser(`i:0#.f|membership|${personas.manager}`)).Id;
  // One role, one measure and one person per value; plus a decoy role and measure that nobody hostile holds.
  const roles: Role[] = HOSTILE.map((v, i) => ({ key: `role:${v}`, title: v, unitKey: null, holder: person(upnOf(i)), delegate: null }));
  roles.push({ key: 'role:decoy', title: 'Lockbete', unitKey: null, holder: person('decoy@norrvik.example'), delegate: null });
  const measures: Measure[] = HOSTILE.map((v, i) => withRoles({ ...MEASURE_DEFAULTS, key: measureKeyOf(i), planKey: plan.key, itemKey: item.key, title: v,
    measureKind: 'measure', roleKey: null, dueDate: null, method: '', closed: false }, [`role:${v}`]));
  measures.push(withRoles({ ...MEASURE_DEFAULTS, key: 'measure:citat-2026:decoy', planKey: plan.key, itemKey: item.key, title: 'Lockbete',
    measureKind: 'measure', roleKey: null, dueDate: null, method: '', closed: false }, ['role:decoy']));
  await store.roles.ensureAll(roles);
  await store.plans.ensureAll([plan]);
  await store.items.ensureAll([item]);
  await store.periods.ensureAll([period]);
  await store.measures.ensureAll(measures);
  await store.links.ensureAll(measures.flatMap(responsibilityLinks));
  await syncMeasures(store, measures);
});

afterAll(async () => {
  await product.app.close();
});

const RULE = 'a value placed in a query or a REST path is escaped';

describe(`${RULE}: in a $filter`, () => {
  it('is one string literal: a single quote doubled, nothing after it read as a clause, and percent-encoded in a path', () => {
    expect(odataString("' or 1 eq 1 or IkKey eq '")).toBe("''' or 1 eq 1 or IkKey eq '''");
    expect(toFilter(roleList, { key: "o'brien", title: "''" })).toBe("IkKey eq 'o''brien' and Title eq ''''''");
    // In a path nothing encodes for us: the quote doubled, the path's and the query's delimiters percent-encoded.
    expect(odataPathArgument("Barn's & unga #1 / 50% ?")).toBe("Barn''s%20%26%20unga%20%231%20%2F%2050%25%20%3F");
  });

  it.each(HOSTILE.map((v, i) => [v, i] as const))('finds exactly its own item by key, by title and among others: %s', async (value) => {
    const own = await store.roles.byKey(`role:${value}`);
    expect(own?.title).toBe(value);
    expect((await store.roles.where({ title: value })).map((r) => r.key)).toEqual([`role:${value}`]);
    const many = await store.roles.whereAny('key', [`role:${value}`, 'role:decoy', 'role:missing']);
    expect(many.map((r) => r.key).sort()).toEqual([`role:${value}`, 'role:decoy'].sort());
  });

  it('finds nothing for a key that only an injected clause would match', async () => {
    expect(await store.roles.byKey("role:nobody' or IkKey ne '")).toBeNull();
    expect(await store.roles.where({ key: "x' or 1 eq 1 or IkKey eq 'y" })).toEqual([]);
    expect(await store.measures.whereAny('key', ["x') or (IkKey ne 'x", "' or IkPlanKey eq 'plan:citat-2026"])).toEqual([]);
  });

  it('refuses a date that is not a date rather than putting it in a datetime literal', () => {
    expect(() => toFilter(store.periods.list, { deadline: "2026-12-04' or IkKey ne '" })).toThrow(/Not an ISO date/);
    expect(toFilter(store.periods.list, { deadline: '2026-12-04' })).toBe("IkDeadline eq datetime'2026-12-04T12:00:00Z'");
  });
});

describe(`${RULE}: Mina uppföljningar for a person whose UPN holds quotes or an injected clause`, () => {
  it.each(HOSTILE.map((v, i) => [v, i] as const))('shows %s only their own request', async (_value, i) => {
    const data = await loadMyRequests(store, upnOf(i), today);
    expect(data.requests.map((r) => r.subject.key)).toEqual([measureKeyOf(i)]);
    expect(data.roles.map((r) => r.key)).toEqual([`role:${HOSTILE[i]}`]);
  });

  it('shows a made-up UPN that ORs every person in nothing at all', async () => {
    const data = await loadMyRequests(store, "x@y' or IkUpn ne 'x", today);
    expect(data.requests).toEqual([]);
    expect(await store.rolesOf("' or IkHolderUpn ne '")).toEqual([]);
  });
});

describe(`${RULE}: in a REST path`, () => {
  it('names a security area\'s group however the area is named, and a second provisioning finds it instead of adding another', async () => {
    const title = "Barn's & unga #1 – 50% säkert?";
    // Groups hold people of the directory only: the made-up holders above give way to a real area owner.
    await store.roles.removeAll(await store.roles.all());
    await store.roles.add({ key: 'role:citat-agare', title: 'Områdesägare', unitKey: null, delegate: null,
      holder: { upn: personas.areaOwner, objectId: '', displayName: 'Camilla Nord' } });
    await store.securityAreas.ensureAll([{ key: 'area:citat', title, titleEn: title, ownerRoleKey: 'role:citat-agare', sortOrder: 1 }]);
    const first = await provisionPermissions(sp, store);
    expect(first.groupsCreated).toContain(areaGroupTitle(title));
    const second = await provisionPermissions(sp, store);
    expect(second.groupsCreated).toEqual([]);
    const groups = await sp.web.siteGroups.select('Title')<Array<{ Title: string }>>();
    expect(groups.filter((g) => g.Title === areaGroupTitle(title))).toHaveLength(1);
    expect(first.membersAdded.some((m) => m.includes(personas.areaOwner))).toBe(true);
  });

  it('writes and reads back a paper whose folder and file names hold quotes, ampersands, plus signs and non-ASCII letters', async () => {
    const files = store.boardFiles!;
    const folder = `${await files.libraryUrl()}/RS 2026-1 O'Brien & Co`;
    const url = `${folder}/Bilaga 1 'citat' + ü & 漢字.txt`;
    await files.ensureFolder(folder);
    const bytes = new TextEncoder().encode('innehåll');
    await files.write(url, bytes, { key: 'doc:citat', title: "O'Brien", snapshotKey: "snapshot:o'brien:v1", planKey: plan.key });
    expect(new TextDecoder().decode(await files.read(url))).toBe('innehåll');
    expect((await files.info(url))?.serverRelativeUrl).toBe(url);
    expect((await files.list(folder)).map((f) => f.serverRelativeUrl)).toEqual([url]);
    expect(await store.boardDocuments.where({ snapshotKey: "snapshot:o'brien:v1" })).toEqual([expect.objectContaining({ title: "O'Brien" })]);
  });
});
