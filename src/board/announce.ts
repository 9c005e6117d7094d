/**
 * Telling the board secretary that papers were published: for every publication of the last days that is
 * complete (its documents are filed; no publisher is still half-way through it), every holder and delegate
 * of the board's secretary roles (`setting:boardSecretaryRoles`) gets one message on the reminder
 * service's channel, with a link to the snapshot's board page and to each paper. It runs in the reminder
 * service, which has the Graph permissions for it (the web parts have none), on every reminder run and on
 * its own short timer. The reminder ledger makes it exactly once: the key (snapshot, period, `published`,
 * recipient) is unique, claimed with its ETag before sending, so a rerun, a crashed run or two runs at once
 * send nothing twice; a message a crashed run may have sent is looked for in the chat first (sendOnce.ts, the card
 * carries its ledger key).
 */
import type { Store } from '../data/stores';
import { BOARD_SECRETARY_ROLES_SETTING, boardSecretariesOf, parseBoardSecretaryRoles } from '../model/boardSecretaries';
import { Locale } from '../model/statusLegend';
import { boardDocumentLibrary } from '../model/schema';
import { BoardSnapshotRecord } from '../model/types';
import { safeLinkUrl } from '../model/linkTargets';
import { claim } from '../reminders/ledger';
import { sendOnce } from '../reminders/sendOnce';
import { ChannelName, PublicationMessage, ReminderDelivery } from '../reminders/types';

/** How far back a publication is still announced: a new secretary is not told of last year's papers. */
export const ANNOUNCE_WINDOW_DAYS = 7;

/** The ledger stage of a publication's message. */
export const PUBLISHED_STAGE = 'published';

export interface AnnounceOptions {
  now: Date;
  dryRun: boolean;
  channel: ChannelName;
  locale: Locale;
  /** The SharePoint page with the board web part; `?snapshot=<key>` is added for each publication. */
  boardPageUrl: string;
  /** The site with the lists and the Nämndhandlingar library (links to the papers are made absolute from it). */
  siteUrl: string;
  runId?: string;
}

/**
 * `noSetting`: nobody is named to be told (the setting is missing or not valid JSON of role keys);
 * `noBoardSecretary`: the board's roles have nobody holding them; `roleWithoutHolder`: one of them has no holder.
 */
export interface PublicationProblem {
  kind: 'noSetting' | 'noBoardSecretary' | 'roleWithoutHolder';
  snapshotKey: string;
  board: string;
  roleKey: string | null;
}

export interface AnnounceResult {
  planned: Array<{ snapshotKey: string; recipient: string }>;
  sent: number;
  skipped: number;
  failed: number;
  problems: PublicationProblem[];
}

/** The board page showing one publication: the page's own query kept, `snapshot` set. */
export function boardPageLink(pageUrl: string, snapshotKey: string): string {
  const url = new URL(pageUrl);
  url.searchParams.set('snapshot', snapshotKey);
  return url.toString();
}

/** A document's title from its address: the file name, decoded where it can be (a stray `%` leaves it as written). */
function fileTitle(url: string): string {
  const name = url.slice(url.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function absolute(siteUrl: string, serverRelativeUrl: string): string {
  return new URL(serverRelativeUrl, `${new URL(siteUrl).origin}/`).toString();
}

/** The publications of the window whose publisher has finished (the case holds no reservation of them). */
async function completePublications(store: Store, now: Date): Promise<BoardSnapshotRecord[]> {
  const since = new Date(now.getTime() - ANNOUNCE_WINDOW_DAYS * 86_400_000).toISOString();
  // The list holds a handful of publications per board meeting: read whole, filtered here.
  const recent = (await store.boardSnapshots.all()).filter((r) => r.publishedAt >= since);
  const cases = await Promise.all(recent.map((r) => store.cases.byKey(r.caseKey)));
  return recent.filter((r, i) => cases[i]?.publishingKey !== r.key)
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.key.localeCompare(b.key));
}

/** The message about a publication, for any recipient (read once per publication, when someone is to be told). */
async function messageOf(store: Store, record: BoardSnapshotRecord, options: AnnounceOptions): Promise<Omit<PublicationMessage, 'recipient'>> {
  const [plan, period] = await Promise.all([store.plans.byKey(record.planKey), record.periodKey ? store.periods.byKey(record.periodKey) : Promise.resolve(null)]);
  const site = options.siteUrl.replace(/\/+$/, '');
  return {
    kind: 'publication',
    locale: options.locale,
    planTitle: plan?.title ?? record.title,
    periodTitle: period?.title ?? null,
    board: record.board,
    meetingDate: record.meetingDate,
    diaryNumber: record.diaryNumber,
    version: record.version,
    publishedAt: record.publishedAt,
    publishedBy: record.publishedBy?.displayName ?? '',
    boardPageUrl: boardPageLink(options.boardPageUrl, record.key),
    libraryUrl: `${site}/${boardDocumentLibrary.urlName}`,
    // Only what a link may point to (a site path or http(s)): the record is a list item, and a card's link is followed.
    documents: record.documentUrls.map((url) => safeLinkUrl(url)).filter((url): url is string => url !== null)
      .map((url) => ({ title: fileTitle(url), url: absolute(site, url) })),
    hasConfidentialAppendix: record.hasConfidentialAppendix
  };
}

export async function announcePublications(deps: { store: Store; delivery: ReminderDelivery }, options: AnnounceOptions): Promise<AnnounceResult> {
  const { store } = deps;
  const result: AnnounceResult = { planned: [], sent: 0, skipped: 0, failed: 0, problems: [] };
  const publications = await completePublications(store, options.now);
  if (publications.length === 0) return result;
  const [setting, roles] = await Promise.all([store.settings.byKey(BOARD_SECRETARY_ROLES_SETTING), store.roles.all()]);
  const secretaries = parseBoardSecretaryRoles(setting?.value);
  const runId = options.runId ?? `announce-${options.now.getTime().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
  for (const record of publications) {
    const problem = (kind: PublicationProblem['kind'], roleKey: string | null): void => {
      result.problems.push({ kind, snapshotKey: record.key, board: record.board, roleKey });
    };
    if (secretaries.problem) {
      problem('noSetting', null);
      continue;
    }
    const { people, rolesWithoutHolder } = boardSecretariesOf(secretaries, record.board, roles);
    if (people.length === 0) problem('noBoardSecretary', rolesWithoutHolder[0] ?? null);
    else for (const roleKey of rolesWithoutHolder) problem('roleWithoutHolder', roleKey);
    let message: Promise<Omit<PublicationMessage, 'recipient'>> | null = null;
    for (const recipient of people) {
      const upn = recipient.upn.toLowerCase();
      result.planned.push({ snapshotKey: record.key, recipient: upn });
      if (options.dryRun) continue;
      const periodKey = record.periodKey || record.planKey;
      const subject = { ledgerKey: `${record.key}|${periodKey}|${PUBLISHED_STAGE}|${upn}`, measureKey: record.key, periodKey,
        stage: PUBLISHED_STAGE, recipient };
      const claimed = await claim(store, subject, options.channel, runId, options.now);
      if (claimed.outcome !== 'claimed' || !claimed.entry) {
        result.skipped++;
        continue;
      }
      message ??= messageOf(store, record, options);
      const about = await message;
      const outcome = await sendOnce(deps, recipient, [{ item: { ledgerKey: subject.ledgerKey }, entry: claimed.entry, inDoubt: claimed.inDoubt ?? false }],
        () => ({ ...about, recipient, ledgerKey: subject.ledgerKey }));
      if (outcome.delivered.length > 0) result.sent++;
      else result.failed++;
    }
  }
  return result;
}
