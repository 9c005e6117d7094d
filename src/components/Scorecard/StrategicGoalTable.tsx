/**
 * The table of one of the board's strategic goals, as in the annual report: each of the unit's goals
 * ("Mål/framgångsfaktor") with its indicators ("Styrmått"), target, this period's value (women and men
 * where split), fulfilment and trend. Each indicator opens, by a disclosure button, onto its values
 * over time and its analyses, in a row of its own under it.
 */
import * as React from 'react';
import { targetText } from '../../model/fulfilment';
import { IndicatorRow, ScorecardGoal } from '../../model/scorecard';
import { FollowUpPeriod } from '../../model/types';
import { useApp } from '../app/AppContext';
import { Figure, FulfilmentCell, TrendCell } from '../shared/IndicatorCells';
import { indicatorStrings } from '../shared/indicatorStrings';
import { IndicatorDetails } from './IndicatorDetails';
import { scorecardStrings } from './scorecardStrings';

export interface StrategicGoalTableProps {
  caption: string;
  goals: readonly ScorecardGoal[];
  period: FollowUpPeriod | null;
  expanded: ReadonlySet<string>;
  onToggle: (indicatorKey: string) => void;
}

function domId(prefix: string, key: string): string {
  return `${prefix}-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function IndicatorRowCells(props: { row: IndicatorRow; split: boolean; expanded: boolean; onToggle: () => void }): React.ReactElement {
  const { env } = useApp();
  const s = scorecardStrings[env.locale];
  const { notSplit } = indicatorStrings[env.locale];
  const { indicator, current } = props.row;
  return (
    <>
      <th scope="row" className="ik-scorecard-table__indicator">
        {/* The title itself opens the details, so the row header's name stays the indicator's title. */}
        <button type="button" className="ik-disclosure" aria-expanded={props.expanded} title={s.details}
          aria-controls={props.expanded ? domId('ik-ind', indicator.key) : undefined} onClick={props.onToggle}>
          <span aria-hidden="true" className="ik-disclosure__chevron">{props.expanded ? '▾' : '▸'}</span>
          <span className="ik-disclosure__text">{indicator.title}</span>
        </button>
      </th>
      <td>{targetText(indicator, env.locale)}</td>
      <td className="ik-num"><Figure indicator={indicator} value={current?.value} /></td>
      {props.split && (indicator.splitBySex ? (
        <>
          <td className="ik-num"><Figure indicator={indicator} value={current?.valueWomen} /></td>
          <td className="ik-num"><Figure indicator={indicator} value={current?.valueMen} /></td>
        </>
      ) : (
        <>
          <td className="ik-num"><Figure indicator={indicator} value={null} missing={notSplit} /></td>
          <td className="ik-num"><Figure indicator={indicator} value={null} missing={notSplit} /></td>
        </>
      ))}
      <td><FulfilmentCell fulfilment={props.row.fulfilment} /></td>
      <td><TrendCell reading={props.row} /></td>
    </>
  );
}

export function StrategicGoalTable(props: StrategicGoalTableProps): React.ReactElement {
  const { env } = useApp();
  const s = scorecardStrings[env.locale];
  const c = indicatorStrings[env.locale].columns;
  const split = props.goals.some((g) => g.indicators.some((i) => i.indicator.splitBySex));
  const columns = 6 + (split ? 2 : 0);
  return (
    <table className="ik-table ik-scorecard-table">
      <caption className="ik-visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{s.goal}</th>
          <th scope="col">{s.indicator}</th>
          <th scope="col">{c.target}</th>
          <th scope="col" className="ik-num">{c.value(props.period?.title ?? null)}</th>
          {split && <th scope="col" className="ik-num">{c.women}</th>}
          {split && <th scope="col" className="ik-num">{c.men}</th>}
          <th scope="col">{c.fulfilment}</th>
          <th scope="col">{c.trend}</th>
        </tr>
      </thead>
      {props.goals.map((goal) => {
        const rows = goal.indicators.reduce((n, i) => n + (props.expanded.has(i.indicator.key) ? 2 : 1), 0);
        const goalCell = <th scope="rowgroup" rowSpan={Math.max(1, rows)} className="ik-scorecard-table__goal">{goal.item.title}</th>;
        return (
          <tbody key={goal.item.key}>
            {goal.indicators.length === 0 && <tr>{goalCell}<td colSpan={columns - 1}>{s.noIndicators}</td></tr>}
            {goal.indicators.map((row, index) => {
              const open = props.expanded.has(row.indicator.key);
              return (
                <React.Fragment key={row.indicator.key}>
                  <tr>
                    {index === 0 && goalCell}
                    <IndicatorRowCells row={row} split={split} expanded={open} onToggle={() => props.onToggle(row.indicator.key)} />
                  </tr>
                  {open && (
                    <tr className="ik-scorecard-table__details">
                      <td colSpan={columns - 1} id={domId('ik-ind', row.indicator.key)}><IndicatorDetails row={row} /></td>
                    </tr>
                  )}
                </React.Fragment>
              );
            })}
          </tbody>
        );
      })}
    </table>
  );
}
