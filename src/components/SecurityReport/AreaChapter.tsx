/**
 * One security area's chapter of the report: its state and history (submitted, returned with the
 * coordinator's comment, approved), the overarching goals and indicators from the plan, the owner's
 * narrative and figures, and the risks of other plans linked to the area. The area owner gets the editor
 * while the chapter is with them; the coordinator gets Return and Approve; everyone else reads.
 */
import { formatInstant } from '../../model/calendar';
import * as React from 'react';
import { DefaultButton } from '@fluentui/react';
import { ownerMayEdit } from '../../model/chapter';
import { allows, may } from '../../data/permissions';
import { Locale } from '../../model/statusLegend';
import { Chapter, IncidentEntry, RiskAnalysisEntry, SecurityArea } from '../../model/types';
import type { AreaReport, SecurityReportData } from '../../plans/chapterActions';
import { useApp } from '../app/AppContext';
import { LinkedRisks } from '../shared/LinkedRisks';
import { ChapterEditor } from './ChapterEditor';
import { ChapterStateBadge } from './ChapterStateBadge';
import { CoordinatorActions } from './CoordinatorActions';
import { IndicatorTable } from './IndicatorTable';
import { actorsFor, incidentTotals, isLate } from './securityReportRows';
import { SecurityReportStrings, securityReportStrings } from './securityReportStrings';

export function areaName(area: SecurityArea, locale: Locale): string {
  return locale === 'sv-SE' ? area.title : area.titleEn || area.title;
}

function History(props: { chapter: Chapter; s: SecurityReportStrings; locale: Locale }): React.ReactElement {
  const { chapter: c, s, locale } = props;
  const who = (p: Chapter['submittedBy']): string => p?.displayName ?? '';
  // Each event at its time; an earlier return whose time was overwritten by the approval comes first.
  const events: Array<{ at: string; node: React.ReactElement }> = [];
  if (c.state === 'notStarted') events.push({ at: '', node: <li key="n">{s.history.notStarted}</li> });
  if (c.submittedAt) events.push({ at: c.submittedAt, node: <li key="s">{s.history.submitted(who(c.submittedBy), formatInstant(c.submittedAt, locale))}</li> });
  else if (c.state === 'draft') events.push({ at: '', node: <li key="d">{s.history.draft}</li> });
  if (c.returnComment) {
    // decidedBy/At is the last decision: the return, unless the chapter has since been approved.
    const known = c.state !== 'approved' && c.decidedAt !== null;
    const heading = known ? s.history.returned(who(c.decidedBy), formatInstant(c.decidedAt, locale)) : s.history.earlierReturn;
    events.push({ at: known ? c.decidedAt ?? '' : '', node: <li key="r">{heading}<p className="ik-chapter__comment">{c.returnComment}</p></li> });
  }
  if (c.state === 'approved' && c.decidedAt) {
    events.push({ at: c.decidedAt, node: <li key="a">{s.history.approved(who(c.decidedBy), formatInstant(c.decidedAt, locale))}</li> });
  }
  return <ul className="ik-chapter__history">{events.sort((a, b) => a.at.localeCompare(b.at)).map((e) => e.node)}</ul>;
}

function Text(props: { value: string; s: SecurityReportStrings }): React.ReactElement {
  return props.value.trim() ? <p className="ik-chapter__text">{props.value}</p> : <p className="ik-chapter__empty">{props.s.notWritten}</p>;
}

function RiskAnalyses(props: { entries: RiskAnalysisEntry[]; s: SecurityReportStrings; labelledBy: string }): React.ReactElement {
  const { s } = props;
  if (!props.entries.length) return <p className="ik-chapter__empty">{s.noRiskAnalyses}</p>;
  return (
    <table className="ik-table" aria-labelledby={props.labelledBy}>
      <thead><tr><th scope="col">{s.riskColumns.title}</th><th scope="col">{s.riskColumns.date}</th></tr></thead>
      <tbody>
        {props.entries.map((r, i) => <tr key={i}><th scope="row">{r.title}</th><td>{r.date ?? s.noDate}</td></tr>)}
      </tbody>
    </table>
  );
}

function Incidents(props: { entries: IncidentEntry[]; s: SecurityReportStrings; labelledBy: string; locale: Locale }): React.ReactElement {
  const { s } = props;
  if (!props.entries.length) return <p className="ik-chapter__empty">{s.noIncidents}</p>;
  const totals = incidentTotals(props.entries);
  const n = (v: number | null): string => (v === null ? s.notSplit : v.toLocaleString(props.locale));
  return (
    <table className="ik-table" aria-labelledby={props.labelledBy}>
      <thead>
        <tr>
          <th scope="col">{s.incidentColumns.kind}</th><th scope="col" className="ik-num">{s.incidentColumns.count}</th>
          <th scope="col" className="ik-num">{s.incidentColumns.women}</th><th scope="col" className="ik-num">{s.incidentColumns.men}</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((r, i) => (
          <tr key={i}><th scope="row">{r.kind}</th><td className="ik-num">{n(r.count)}</td><td className="ik-num">{n(r.women)}</td><td className="ik-num">{n(r.men)}</td></tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{s.total}</th><td className="ik-num">{n(totals.total)}</td>
          <td className="ik-num">{totals.split ? n(totals.women) : s.notSplit}</td><td className="ik-num">{totals.split ? n(totals.men) : s.notSplit}</td>
        </tr>
      </tfoot>
    </table>
  );
}

export interface AreaChapterProps {
  report: SecurityReportData;
  area: AreaReport;
  onSaved: (c: Chapter) => void;
  onBack: () => void;
  /** The plan and follow-up pickers and the latest notice, shown under the heading. */
  header?: React.ReactNode;
}

export function AreaChapter(props: AreaChapterProps): React.ReactElement {
  const { env } = useApp();
  const s = securityReportStrings[env.locale];
  const { report, area: a } = props;
  const chapter = a.chapter;
  const actors = actorsFor(env.user.upn, a.area, report.roles, report.coordinatorRoleKeys);
  // The product's roles say who should write and decide; SharePoint's permissions say who can (SECURITY.md): the
  // chapter's own (its area's group may change it) or, for a chapter not stored yet, adding to the list.
  const permitted = chapter.id !== undefined ? allows(report.chapterPermissions?.get(chapter.key), 'edit') : may(report.permissions, 'IkChapters', 'add');
  const ownerTurn = actors.has('owner') && ownerMayEdit(chapter.state) && report.period !== null;
  const canEdit = ownerTurn && permitted;
  const canDecide = actors.has('coordinator') && may(report.permissions, 'IkChapters', 'edit');
  const late = isLate(chapter, report.period, env.today);
  const id = (part: string): string => `ik-chapter-${part}`;
  const section = (key: string, title: string, body: React.ReactNode): React.ReactElement => (
    <section aria-labelledby={id(key)}><h2 id={id(key)}>{title}</h2>{body}</section>
  );
  return (
    <div className="ik-chapter">
      <h1 className="ik-view__title">{s.areaTitle(areaName(a.area, env.locale), report.plan.title)}</h1>
      {props.header}
      <DefaultButton iconProps={{ iconName: 'Back' }} text={s.backToOverview} onClick={props.onBack} className="ik-no-print" />
      {section('state', s.sections.state, (
        <>
          <p><ChapterStateBadge state={chapter.state} />{report.period && <span className="ik-cell-meta"> · {s.deadline(report.period.deadline)}</span>}
            {late && <span className="ik-late"> · {s.late}</span>}</p>
          <p className="ik-cell-meta">{s.columns.owner}: {a.ownerRole ? s.ownerOf(a.ownerRole.title, a.ownerRole.holder?.displayName ?? null) : s.noOwnerRole}</p>
          <History chapter={chapter} s={s} locale={env.locale} />
          {canDecide && <CoordinatorActions chapter={chapter} onDecided={props.onSaved} />}
          {!actors.has('owner') && !actors.has('coordinator') && <p className="ik-cell-meta">{s.readOnly}</p>}
          {ownerTurn && !permitted && <p className="ik-cell-meta ik-not-permitted">{s.notPermitted}</p>}
          {actors.has('coordinator') && !canDecide && <p className="ik-cell-meta ik-not-permitted">{s.notPermittedToDecide}</p>}
          {actors.has('owner') && !canEdit && chapter.state === 'submitted' && <p className="ik-cell-meta">{s.ownerLocked}</p>}
        </>
      ))}
      {section('goals', s.goals, a.goals.length === 0 ? <p className="ik-chapter__empty">{s.noGoals}</p> : (
        <ul>{a.goals.map((g) => <li key={g.key}>{g.title}{g.goals.trim() && <p className="ik-chapter__text ik-cell-meta">{g.goals}</p>}</li>)}</ul>
      ))}
      {section('indicators', s.indicators, a.indicators.length === 0 ? <p className="ik-chapter__empty">{s.noIndicators}</p>
        : <IndicatorTable rows={a.indicators} goals={a.goals} period={report.period} labelledBy={id('indicators')} />)}
      {canEdit ? section('editor', s.editor.heading, <ChapterEditor key={chapter.key} chapter={chapter} area={a.area} onSaved={props.onSaved} />) : (
        <>
          {section('goalFulfilment', s.sections.goalFulfilment, <Text value={chapter.goalFulfilment} s={s} />)}
          {section('riskAnalyses', s.sections.riskAnalyses, <RiskAnalyses entries={chapter.riskAnalyses} s={s} labelledBy={id('riskAnalyses')} />)}
          {section('incidents', s.sections.incidents, <Incidents entries={chapter.incidents} s={s} labelledBy={id('incidents')} locale={env.locale} />)}
          {section('followUp', s.sections.followUp, <Text value={chapter.followUp} s={s} />)}
          {section('improvements', s.sections.improvements, <Text value={chapter.improvements} s={s} />)}
          {section('currentState', s.sections.currentState, <Text value={chapter.currentState} s={s} />)}
          {section('improvementOpportunities', s.sections.improvementOpportunities, <Text value={chapter.improvementOpportunities} s={s} />)}
        </>
      )}
      {section('linkedRisks', s.sections.linkedRisks, <LinkedRisks caption={s.sections.linkedRisks} risks={a.risks} empty={s.noLinkedRisks} />)}
    </div>
  );
}
