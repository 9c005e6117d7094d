/**
 * The board page (Nämndvy) for every plan kind: the plan report as the board reads it, either the live
 * state (read now, confidential text masked, marked "Aktuellt läge") or a publication (the frozen snapshot,
 * verified by its hash, with its tjänsteskrivelse). Above the paper, never printed: the plan and period,
 * the choice of live state or publication, print and downloads, and in the live state the tjänsteskrivelse
 * editor, from which the papers are published.
 */
import * as React from 'react';
import { BoardData } from '../../board/boardData';
import { publishCase, Renderers, safeName } from '../../board/publish';
import { planReportTitle } from '../../board/caseDocument';
import { lazyRenderers } from '../../board/renderers';
import { fetchFonts, FontLocation } from '../../documents/render';
import { ReportDocument } from '../../documents/model';
import { BoardSnapshotRecord, PlanKind } from '../../model/types';
import { useApp } from '../app/AppContext';
import { BoardStrings, boardStrings } from '../i18n/boardStrings';
import { LoadState } from '../shared/LoadState';
import { boardStyles } from './boardStyles';
import { BoardTarget, BoardToolbar } from './BoardToolbar';
import { CaseEditorPanel } from './CaseEditorPanel';
import { LivePaperView } from './LivePaperView';
import { PaperTab, PublishedPaperView } from './PublishedPaperView';
import { LivePaper, PublishedPaper, useBoardPlan, useLivePaper, usePublishedPaper } from './useBoardPage';
import { PublishFn } from './useCaseEditor';
import { may } from '../../data/permissions';

export type { BoardTarget } from './BoardToolbar';
export type { PublishFn } from './useCaseEditor';

/** Where the PDF fonts are served unless the host says otherwise (see fonts.ts: FONT_FILES under this folder). */
export const DEFAULT_FONT_BASE_URL = '/fonts/noto-sans/';

export interface BoardViewProps extends BoardTarget {
  onNavigate?: (target: BoardTarget) => void;
  /** Where the host serves the PDF fonts (Noto Sans): a folder with FONT_FILES' paths, or each face's URL; default DEFAULT_FONT_BASE_URL. */
  fontLocation?: FontLocation;
  /** Without a chosen plan: show the plan of this kind under follow-up (the web part's property pane). */
  kind?: PlanKind;
  /** The publishing use case (default publishCase); a test passes its own to watch the calls. */
  publish?: PublishFn;
  /** The document renderers (default: loaded on first use, PDF fonts from `fontBaseUrl`). */
  renderers?: Renderers;
}

interface Shown {
  doc: ReportDocument | null;
  /** The download's name, without extension: a publication's names carry its Dnr and version. */
  fileName: string;
}

function shownPublication(paper: PublishedPaper | null, tab: PaperTab, s: BoardStrings): Shown {
  if (!paper) return { doc: null, fileName: '' };
  const { record, snapshot } = paper;
  const dnr = safeName(record.diaryNumber);
  return tab === 'case'
    ? { doc: paper.caseDoc, fileName: s.fileNames.case(dnr, record.version) }
    : { doc: paper.planDoc, fileName: s.fileNames.planReport(safeName(planReportTitle(snapshot.data, snapshot.locale)), dnr, record.version) };
}

function shownLive(paper: LivePaper | null, today: string, s: BoardStrings): Shown {
  return paper ? { doc: paper.doc, fileName: s.fileNames.live(safeName(paper.doc.meta.title), today) } : { doc: null, fileName: '' };
}

export function BoardView(props: BoardViewProps): React.ReactElement {
  const { env, strings } = useApp();
  const s = boardStrings[env.locale];
  const [publications, setPublications] = React.useState(0);
  // The data the editor was opened on: it stays while the page reads again around it.
  const [editing, setEditing] = React.useState<BoardData | null>(null);
  const [tab, setTab] = React.useState<PaperTab>('planReport');
  // Coming from the editor, the focus goes to the publication's banner (the editor's opener is gone).
  const [arrived, setArrived] = React.useState<string | null>(null);
  const chosen = useBoardPlan({ planKey: props.planKey, periodKey: props.periodKey, snapshotKey: props.snapshotKey, kind: props.kind }, publications);
  const live = useLivePaper(chosen.data, !props.snapshotKey);
  const published = usePublishedPaper(props.snapshotKey);
  const renderers = React.useMemo(() => props.renderers ?? lazyRenderers(fetchFonts(props.fontLocation ?? DEFAULT_FONT_BASE_URL)),
    [props.renderers, props.fontLocation]);
  const view = chosen.data;
  if (!view) {
    if (chosen.loading || chosen.error) return <LoadState loading={chosen.loading} error={chosen.error} onRetry={chosen.reload} />;
    return <p>{strings.noPlans}</p>;
  }
  const navigate = (target: BoardTarget): void => props.onNavigate?.(target);
  const toLive = (): void => navigate({ planKey: view.plan.key, periodKey: view.period?.key });

  // Nothing is offered for download or print while the paper shown is on its way.
  const livePaper = !props.snapshotKey && !live.loading ? live.data ?? null : null;
  const shown = props.snapshotKey ? shownPublication(published.loading ? null : published.data ?? null, tab, s) : shownLive(livePaper, env.today, s);
  const showPublished = (record: BoardSnapshotRecord): void => {
    setEditing(null);
    setTab('planReport');
    setArrived(record.key);
    navigate({ planKey: record.planKey, periodKey: record.periodKey || undefined, snapshotKey: record.key });
  };

  return (
    <div className="ik-view ik-board">
      <style>{boardStyles}</style>
      <h1 className="ik-view__title">{view.plan.title}</h1>
      <BoardToolbar chosen={view} snapshotKey={props.snapshotKey} doc={shown.doc} fileName={shown.fileName} renderers={renderers} onNavigate={navigate}
        onWriteCase={livePaper && view.period && may(view.permissions, 'IkCases', 'add') ? () => setEditing(livePaper.data) : undefined} />
      {props.snapshotKey
        ? <PublishedPaperView paper={published} tab={tab} onTab={setTab} onLive={toLive} focusBanner={arrived === props.snapshotKey} onFocused={() => setArrived(null)} />
        : <LivePaperView paper={live} period={view.period} />}
      {editing && (
        <CaseEditorPanel data={editing} organisation={view.organisation} renderers={renderers} publish={props.publish ?? publishCase}
          onPublished={() => setPublications((n) => n + 1)} onDismiss={() => setEditing(null)} onShowPublished={showPublished} />
      )}
    </div>
  );
}
