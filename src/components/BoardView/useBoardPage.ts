/**
 * The board page's data, in three parts that load on their own: the plan and period chosen (with the
 * plans to choose from and the plan's publications, newest first), the live paper (the board data read
 * now, masked, drawn as the plan report), and a published paper (the snapshot read back and checked
 * against its hash, drawn as the plan report and the tjänsteskrivelse). A published paper that cannot be
 * verified is an error, never replaced by the live state.
 */
import { BoardData, collectBoardPage, maskConfidential, organisationName } from '../../board/boardData';
import { planReportTitle } from '../../board/caseDocument';
import { readSnapshot } from '../../board/publish';
import { caseReport } from '../../board/report/caseReport';
import { PaperFacts, planReport } from '../../board/report/planReport';
import { BoardSnapshot, SnapshotError } from '../../board/snapshot';
import { isNotFound } from '../../data/errors';
import { ReportDocument } from '../../documents/model';
import { isoInstant } from '../../model/calendar';
import { currentPeriod, orderPeriods } from '../../model/followUp';
import { BoardSnapshotRecord, FollowUpPeriod, Plan, PlanKind, StatusReport } from '../../model/types';
import { BoardStrings } from '../i18n/boardStrings';
import { useApp } from '../app/AppContext';
import { AsyncState, useAsync } from '../app/useAsync';
import { failureText } from '../i18n/failureText';
import { ListPermissions, readPermissions } from '../../data/permissions';

export interface BoardPlan {
  plans: Plan[];
  plan: Plan;
  /** The plan's periods, in order. */
  periods: FollowUpPeriod[];
  period: FollowUpPeriod | null;
  /** The plan's publications, newest first. */
  snapshots: BoardSnapshotRecord[];
  organisation: string;
  /** What the signed-in person may do on each list (null when not known): only a coordinator writes the case. */
  permissions: ListPermissions | null;
}

export interface LivePaper {
  /** The board data as read now, masked: what the page and a new tjänsteskrivelse may show. */
  data: BoardData;
  doc: ReportDocument;
  /** Reports the paper leaves out because they do not count (reportAuthority.ts). */
  leftOut: StatusReport[];
  /** An import's history in the periods the paper covers: shown in the plan's views, left out of the paper. */
  leftOutImported: StatusReport[];
}

export interface PublishedPaper {
  record: BoardSnapshotRecord;
  snapshot: BoardSnapshot;
  planDoc: ReportDocument;
  caseDoc: ReportDocument;
}

/**
 * The wanted plan; else the plan of the wanted kind (default the internal control plan) under follow-up,
 * of that kind at all, any plan under follow-up, the first.
 */
function pickPlan(plans: Plan[], wanted: string | undefined, kind: PlanKind = 'internalControl'): Plan | undefined {
  return plans.find((p) => p.key === wanted)
    ?? plans.find((p) => p.kind === kind && p.state === 'followUp')
    ?? plans.find((p) => p.kind === kind)
    ?? plans.find((p) => p.state === 'followUp')
    ?? plans[0];
}

function newestFirst(a: BoardSnapshotRecord, b: BoardSnapshotRecord): number {
  return b.publishedAt.localeCompare(a.publishedAt) || b.version - a.version || a.key.localeCompare(b.key);
}

export interface BoardChoice {
  planKey?: string;
  periodKey?: string;
  snapshotKey?: string;
  /** Without a plan: the kind whose plan under follow-up is shown. */
  kind?: PlanKind;
}

/**
 * `snapshotKey` without `planKey` (a link to a publication) shows the publication's plan and period.
 * `reloadToken`: a change reads the plan's publications again (after publishing).
 */
export function useBoardPlan(choice: BoardChoice, reloadToken: number): AsyncState<BoardPlan | null> {
  const { store, env } = useApp();
  const { planKey, periodKey, snapshotKey, kind } = choice;
  const lookup = planKey ? undefined : snapshotKey;
  return useAsync(async () => {
    // One wave: the plans, their periods and publications are small lists, read whole and picked from here,
    // so that the paper's own reads (useLivePaper) are the second and last wave.
    const [plans, allPeriods, allSnapshots, organisation, permissions] = await Promise.all([
      store.plans.all(), store.periods.all(), store.boardSnapshots.all(), organisationName(store),
      readPermissions(store)
    ]);
    const record = lookup ? allSnapshots.find((r) => r.key === lookup) ?? null : null;
    plans.sort((a, b) => b.year - a.year || a.title.localeCompare(b.title, 'sv'));
    const plan = pickPlan(plans, planKey ?? record?.planKey, kind);
    if (!plan) return null;
    const periods = allPeriods.filter((p) => p.planKey === plan.key);
    const snapshots = allSnapshots.filter((r) => r.planKey === plan.key);
    const ordered = orderPeriods(periods);
    const wanted = periodKey ?? (record?.planKey === plan.key ? record.periodKey : undefined);
    const period = ordered.find((p) => p.key === wanted) ?? currentPeriod(ordered, env.today);
    return { plans, plan, periods: ordered, period, snapshots: snapshots.sort(newestFirst), organisation, permissions };
  }, [store, planKey, periodKey, lookup, kind, env.today, reloadToken]);
}

/** The live paper of the chosen plan and period; nothing while `active` is false (a publication is shown). */
export function useLivePaper(chosen: BoardPlan | null | undefined, active: boolean): AsyncState<LivePaper | null> {
  const { store, env } = useApp();
  const plan = chosen?.plan;
  const planKey = plan?.key;
  const periodKey = chosen?.period?.key ?? null;
  const organisation = chosen?.organisation ?? '';
  return useAsync(async () => {
    if (!active || !planKey) return null;
    const page = await collectBoardPage(store, planKey, periodKey, plan);
    const data = maskConfidential(page.data).published;
    const facts: PaperFacts = {
      organisation, diaryNumber: '', board: '', meetingDate: null, frozenAt: null, publishedBy: '', createdAt: isoInstant(new Date())
    };
    return { data, doc: planReport(data, env.locale, facts), leftOut: page.leftOut, leftOutImported: page.leftOutImported };
  }, [store, planKey, periodKey, organisation, active, env.locale]);
}

/** Why a publication cannot be shown, when it is not the snapshot's own check that refused it. */
export class PaperError extends Error {
  constructor(public readonly reason: 'notFound' | 'noLibrary', public readonly key: string) {
    super(`The published paper ${key} cannot be shown: ${reason}`);
    this.name = 'PaperError';
  }
}

export function usePublishedPaper(snapshotKey: string | undefined): AsyncState<PublishedPaper | null> {
  const { store } = useApp();
  return useAsync(async () => {
    if (!snapshotKey) return null;
    // The record in the first wave (beside the page's own reads), the file in the second.
    const record = await store.boardSnapshots.byKey(snapshotKey);
    if (!record) throw new PaperError('notFound', snapshotKey);
    if (!store.boardFiles) throw new PaperError('noLibrary', snapshotKey);
    const snapshot = await readSnapshot(store.boardFiles, record);
    const facts: PaperFacts = {
      organisation: snapshot.organisation, diaryNumber: snapshot.diaryNumber, board: snapshot.board, meetingDate: snapshot.meetingDate,
      frozenAt: snapshot.publishedAt, publishedBy: snapshot.publishedBy, createdAt: snapshot.publishedAt
    };
    // In the language it was published in, so the screen shows the paper the board received.
    const planDoc = planReport(snapshot.data, snapshot.locale, facts);
    const caseDoc = caseReport(snapshot.caseDocument, snapshot.locale, facts, planReportTitle(snapshot.data, snapshot.locale), snapshot.hasConfidentialAppendix);
    return { record, snapshot, planDoc, caseDoc };
  }, [store, snapshotKey]);
}

/** What the page says when a publication cannot be shown. */
export function paperErrorText(error: Error, s: BoardStrings['snapshotErrors']): string {
  if (error instanceof PaperError) return error.reason === 'notFound' ? s.notFound(error.key) : s.noLibrary;
  if (error instanceof SnapshotError) return error.reason === 'hashMismatch' ? s.hashMismatch : s.unreadable;
  if (isNotFound(error)) return s.fileMissing;
  return s.other(failureText(error));
}
