/**
 * The live state: a banner that says so (it prints with the paper, so a printout is never taken for what
 * the board received) and the plan report drawn from the data as it is now.
 */
import * as React from 'react';
import { Icon } from '@fluentui/react';
import { reportStrings } from '../../board/report/reportStrings';
import { FollowUpPeriod } from '../../model/types';
import { useApp } from '../app/AppContext';
import { boardStrings } from '../i18n/boardStrings';
import { AsyncState } from '../app/useAsync';
import { LoadState } from '../shared/LoadState';
import { FlaggedReports } from '../shared/FlaggedReports';
import { PaperDocument } from './PaperDocument';
import { LivePaper } from './useBoardPage';

export function LivePaperView(props: { paper: AsyncState<LivePaper | null>; period: FollowUpPeriod | null }): React.ReactElement {
  const { env } = useApp();
  const s = boardStrings[env.locale].live;
  const paper = props.paper.data;
  return (
    <>
      <section className="ik-board__banner ik-board__banner--live" aria-labelledby="ik-board-live-title">
        <h2 id="ik-board-live-title" className="ik-board__banner-title"><Icon iconName="Info" aria-hidden="true" /> {s.title}</h2>
        <p>{reportStrings[env.locale].liveNotice}</p>
        {!props.period && <p>{s.noPeriod}</p>}
      </section>
      {paper && <FlaggedReports reports={paper.leftOut} imported={paper.leftOutImported} measures={paper.data.measures} />}
      {paper && !props.paper.loading ? <PaperDocument doc={paper.doc} />
        : <LoadState loading={props.paper.loading} error={props.paper.error} onRetry={props.paper.reload} />}
    </>
  );
}
