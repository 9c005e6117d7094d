/**
 * The security report's overview for the coordinator and the board: every area (as configured) with its
 * chapter's state, owner role and holder, indicator fulfilment, incidents (women and men where counted)
 * and whether it is late, with the number of chapters in each state at the top. An area's name opens its chapter.
 */
import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import { COORDINATOR_ROLES_SETTING } from '../../model/chapter';
import { CHAPTER_STATES, StatusColour } from '../../model/types';
import type { SecurityReportData } from '../../plans/chapterActions';
import { useApp } from '../app/AppContext';
import { StatusBadge } from '../shared/StatusBadge';
import { areaName } from './AreaChapter';
import { ChapterStateBadge } from './ChapterStateBadge';
import { fulfilmentTally, incidentTotals, isLate, stateCounts } from './securityReportRows';
import { securityReportStrings } from './securityReportStrings';

const COLOURS: StatusColour[] = ['green', 'yellow', 'red'];

export function SecurityReportOverview(props: { report: SecurityReportData; header?: React.ReactNode; onOpen: (areaKey: string) => void }): React.ReactElement {
  const { env } = useApp();
  const s = securityReportStrings[env.locale];
  const { report } = props;
  const counts = stateCounts(report.areas.map((a) => a.chapter));
  return (
    <div className="ik-security-overview">
      <h1 className="ik-view__title">{s.titleWithYear(report.plan.title)}</h1>
      {report.plan.diaryNumber && <p className="ik-plan-meta">Dnr {report.plan.diaryNumber}</p>}
      {props.header}
      {report.period && <p className="ik-plan-meta">{s.deadlineLine(report.period.title, report.period.deadline)}</p>}
      {report.coordinatorProblem && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>{s.coordinatorSetting(COORDINATOR_ROLES_SETTING, report.coordinatorProblem)}</MessageBar>
      )}
      <h2 className="ik-visually-hidden" id="ik-security-state-counts">{s.stateCounts}</h2>
      <ul className="ik-state-counts" aria-labelledby="ik-security-state-counts">
        {CHAPTER_STATES.map((state) => (
          <li key={state}><ChapterStateBadge state={state} /><strong>{counts[state]}</strong></li>
        ))}
      </ul>
      {report.areas.length === 0 ? <p>{s.noAreas}</p> : (
        <table className="ik-table" aria-label={s.titleWithYear(report.plan.title)}>
          <thead>
            <tr>
              <th scope="col">{s.columns.area}</th>
              <th scope="col">{s.columns.state}</th>
              <th scope="col">{s.columns.owner}</th>
              <th scope="col">{s.columns.fulfilment}</th>
              <th scope="col">{s.columns.incidents}</th>
              <th scope="col">{s.columns.deadline}</th>
            </tr>
          </thead>
          <tbody>
            {report.areas.map((a) => {
              const name = areaName(a.area, env.locale);
              const tally = fulfilmentTally(a.indicators);
              const incidents = incidentTotals(a.chapter.incidents);
              const late = isLate(a.chapter, report.period, env.today);
              return (
                <tr key={a.area.key}>
                  <th scope="row">
                    <button type="button" className="ik-link-button" onClick={() => props.onOpen(a.area.key)}>{name}</button>
                  </th>
                  <td><ChapterStateBadge state={a.chapter.state} /></td>
                  <td>{a.ownerRole ? s.ownerOf(a.ownerRole.title, a.ownerRole.holder?.displayName ?? null) : s.noOwnerRole}</td>
                  <td>
                    {a.indicators.length === 0 ? <span className="ik-status--none">{s.noIndicators}</span> : (
                      <ul className="ik-tally" aria-label={s.fulfilmentCount(tally.green, tally.yellow, tally.red, tally.none)}>
                        {COLOURS.map((c) => <li key={c}><StatusBadge status={c} />{tally[c]}</li>)}
                        <li><span className="ik-status ik-status--none">{s.fulfilmentWords.none}</span>{tally.none}</li>
                      </ul>
                    )}
                  </td>
                  <td>
                    {a.chapter.incidents.length === 0 ? <span className="ik-status--none">{s.noIncidents}</span> : (
                      <>{s.incidentsTotal(incidents.total)}{incidents.split && <div className="ik-cell-meta">{s.incidentsSplit(incidents.women, incidents.men)}</div>}</>
                    )}
                  </td>
                  <td>
                    {report.period ? report.period.deadline : ''}
                    {late && <div className="ik-late">{s.late}</div>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
