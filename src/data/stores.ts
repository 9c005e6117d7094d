/**
 * The Store: one repository per list, split by domain, plus the few domain queries the views need.
 * Components receive a Store; only this folder knows PnPjs.
 */
import { SPFI } from '@pnp/sp';
import { boardDocumentLibrary, EntityOf, ListDef, ListName, schema } from '../model/schema';
import { Chapter, FollowUpPeriod, Link, Measure, Plan, PlanItem, Role, StatusReport, Stored } from '../model/types';
import { RiskMatrixConfig } from '../model/riskMatrix';
import { parseRiskMatrix, RISK_MATRIX_SETTING } from '../model/riskMatrixConfig';
import type { FileStore } from './files';
import { upnOfLogin } from './itemMapping';
import { ListRepository, SiteUserResolver } from './ListRepository';
import { ReadWaves, ReadWaveStats } from './readWaves';
import { EarlyLoads } from './earlyLoads';
import type { PersonSuggestion } from './people';
import { ListPermissions, parseListPermissions } from './permissions';

export type Repositories = { [L in ListName]: ListRepository<EntityOf<L>> };

/** Everything a view needs about one plan, read in parallel with indexed queries. */
export interface PlanData {
  plan: Plan;
  items: PlanItem[];
  measures: Measure[];
  periods: FollowUpPeriod[];
  reports: StatusReport[];
  /** The plan's own links (responsible roles of its measures, its risks' threatened goals). */
  links: Link[];
  /** A security report's chapters (empty for other kinds). */
  chapters: Chapter[];
}

export interface Store extends Repositories {
  /**
   * The PnPjs instance the Store was created with, for use cases that read a site's own lists as they are
   * (onboarding, src/import/pnpSiteLists.ts). Optional so that test fakes need not provide it.
   */
  readonly sp?: SPFI;
  /** The Nämndhandlingar library's files (published board papers). Optional so that test fakes need not provide it. */
  readonly boardFiles?: FileStore;
  /** How many waves and HTTP requests the Store's reads have cost so far (readWaves.ts). Optional for test fakes. */
  readonly readStats?: () => ReadWaveStats;
  /** Loads the host started before the view drew (earlyLoads.ts). Optional for test fakes. */
  readonly early?: EarlyLoads;
  /** `plan`: the plan as already read, when it is (a large plan's lists are then read by parts in the same round trip). */
  loadPlan(planKey: string, plan?: Plan): Promise<PlanData>;
  /** Links pointing at any of the keys (e.g. the risks that threaten a plan's goals). */
  linksTo(keys: readonly string[]): Promise<Link[]>;
  /** Roles the person holds or is delegate for (two indexed queries). */
  rolesOf(upn: string): Promise<Role[]>;
  /** People matching a name or address, for choosing a role's holder. */
  searchPeople(query: string): Promise<PersonSuggestion[]>;
  /** The region's risk matrix (the IkSettings list), or the default 4 × 4. */
  riskMatrix(): Promise<RiskMatrixConfig>;
  /**
   * The signed-in person's UPN as SharePoint names them in a list item's Created By (from the same sign-in name,
   * itemMapping.ts), so that the two compare (one request). Optional for test fakes.
   */
  signedInUpn?(): Promise<string | null>;
  /** What the signed-in person may do on each list (permissions.ts), read with the wave it is asked in. Optional for test fakes. */
  listPermissions?(): Promise<ListPermissions>;
}

export function createStore(sp: SPFI): Store {
  const people = new SiteUserResolver(sp);
  // One wave scheduler for the whole Store: the reads of every repository started together travel together.
  const reads = new ReadWaves(sp);
  const repos = Object.fromEntries(
    (Object.keys(schema) as ListName[]).map((name) => [name, new ListRepository(sp, schema[name] as never, people, reads)])
  ) as unknown as Repositories;

  return {
    ...repos,
    sp,
    readStats: () => reads.stats,
    early: new EarlyLoads(() => reads.sent()),
    boardFiles: onDemandFileStore(sp, boardDocumentLibrary),
    async loadPlan(planKey: string, known?: Plan): Promise<PlanData> {
      const large = known?.key === planKey && known.large === true;
      const [plan, items, measures, periods, reports, links, chapters] = await Promise.all([
        known?.key === planKey ? Promise.resolve(known) : repos.plans.byKey(planKey), repos.items.inPlan(planKey, large),
        repos.measures.inPlan(planKey, large), repos.periods.where({ planKey }), repos.statusReports.inPlan(planKey, large),
        repos.links.inPlan(planKey, large), repos.chapters.where({ planKey })
      ]);
      if (!plan) throw new Error(`No plan with key ${planKey}`);
      return { plan, items, measures, periods, reports, links, chapters };
    },
    linksTo: async (keys: readonly string[]) => (keys.length ? repos.links.whereAny('toKey', keys) : []),
    async rolesOf(upn: string): Promise<Role[]> {
      const person = { upn, objectId: '', displayName: '' };
      const [held, delegated] = await Promise.all([repos.roles.where({ holder: person }), repos.roles.where({ delegate: person })]);
      const byKey = new Map([...held, ...delegated].map((r) => [r.key, r]));
      return [...byKey.values()];
    },
    // The people picker's code (PnPjs's profiles) loads when someone first searches: only the role editor does.
    searchPeople: async (query: string) => (await import(/* webpackChunkName: "people-search" */ './people')).searchPeople(sp, query),
    async riskMatrix(): Promise<RiskMatrixConfig> {
      return parseRiskMatrix((await repos.settings.byKey(RISK_MATRIX_SETTING))?.value).matrix;
    },
    async signedInUpn(): Promise<string | null> {
      const { LoginName: login } = await sp.web.currentUser.select('LoginName')<{ LoginName?: string }>();
      const upn = upnOfLogin(login ?? '');
      return upn ? upn.toLowerCase() : null;
    },
    async listPermissions(): Promise<ListPermissions> {
      return parseListPermissions((await reads.page({ kind: 'lists', select: ['Title', 'EffectiveBasePermissions'] })).rows);
    }
  };
}

/**
 * A library's file store whose code (PnPjs's files and folders, files.ts) loads when it is first used: opening a
 * published paper, publishing and a case's appendices do; the Teams tab, the plan page and the board view's
 * first screen never do, and their first load stays without it.
 */
function onDemandFileStore<T extends Stored>(sp: SPFI, library: ListDef<T>): FileStore {
  let loaded: Promise<FileStore> | undefined;
  const store = (): Promise<FileStore> => {
    loaded ??= import(/* webpackChunkName: "file-store" */ './files').then((m) => m.createFileStore(sp, library));
    return loaded;
  };
  return {
    libraryUrl: async () => (await store()).libraryUrl(),
    ensureFolder: async (url) => (await store()).ensureFolder(url),
    info: async (url) => (await store()).info(url),
    list: async <F extends Stored>(url: string) => (await store()).list<F>(url),
    read: async (url) => (await store()).read(url),
    write: async (url, bytes, fields) => (await store()).write(url, bytes, fields),
    fields: async <F extends Stored>(url: string) => (await store()).fields<F>(url)
  };
}
