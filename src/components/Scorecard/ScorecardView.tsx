/**
 * The balanced scorecard as the division's annual report reads (seed 003): per perspective, the board's
 * strategic goal and a table of the unit's goals and indicators with target, this follow-up's value
 * (women and men where split), fulfilment and trend; each indicator opens onto its values over time (a
 * chart with a table) and its analyses. Under each goal its assignments and the risks linked to it.
 * Read-only and printable.
 */
import * as React from 'react';
import { DefaultButton, Text } from '@fluentui/react';
import { allIndicators, PerspectiveSection, scorecardSections } from '../../model/scorecard';
import { Category, FollowUpPeriod } from '../../model/types';
import { LinkedRisk, risksThreatening, threatLinks } from '../../plans/linkedRisks';
import { Link } from '../../model/types';
import { useApp } from '../app/AppContext';
import { LoadState } from '../shared/LoadState';
import { PlanHeader } from '../shared/PlanHeader';
import { PlanExtra, usePlanData } from '../shared/usePlanData';
import { GoalFollowUps } from './GoalFollowUps';
import { ScorecardSummary } from './ScorecardSummary';
import { scorecardStrings } from './scorecardStrings';
import { scorecardStyles } from './scorecardStyles';
import { StrategicGoalTable } from './StrategicGoalTable';

export interface ScorecardViewProps {
  planKey?: string;
  periodKey?: string;
  onNavigate?: (state: { planKey?: string; periodKey?: string }) => void;
}

function sectionTitle(section: PerspectiveSection, locale: string, fallback: string): string {
  const p: Category | null = section.perspective;
  if (!p) return fallback;
  return locale === 'en-US' && p.titleEn ? p.titleEn : p.title;
}

interface PerspectiveBlockProps {
  section: PerspectiveSection;
  period: FollowUpPeriod | null;
  expanded: ReadonlySet<string>;
  onToggle: (indicatorKey: string) => void;
  risks: ReadonlyMap<string, LinkedRisk[]>;
}

/** One perspective: each of the board's strategic goals with its table, then each goal's assignments and risks. */
function PerspectiveBlock(props: PerspectiveBlockProps): React.ReactElement {
  const { env } = useApp();
  const s = scorecardStrings[env.locale];
  const { section } = props;
  const title = sectionTitle(section, env.locale, s.withoutPerspective);
  const id = `ik-perspective-${section.perspective?.key.replace(/[^A-Za-z0-9_-]/g, '-') ?? 'none'}`;
  return (
    <section className="ik-scorecard__perspective" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {section.groups.length === 0 && <p>{s.noGoals}</p>}
      {section.groups.map((group) => (
        <div key={group.strategicGoal} className="ik-scorecard__group">
          <h3>{group.strategicGoal ? s.strategicGoal(group.strategicGoal) : s.noStrategicGoal}</h3>
          <StrategicGoalTable caption={s.tableCaption(group.strategicGoal || title)} goals={group.goals} period={props.period}
            expanded={props.expanded} onToggle={props.onToggle} />
          {group.goals.map((goal) => <GoalFollowUps key={goal.item.key} goal={goal} risks={props.risks} />)}
        </div>
      ))}
    </section>
  );
}

/** Which indicators are open onto their details; kept here so "show all" opens them across every table. */
function useExpanded(): { expanded: ReadonlySet<string>; toggle: (key: string) => void; setExpanded: (keys: ReadonlySet<string>) => void } {
  const [expanded, setExpanded] = React.useState<ReadonlySet<string>>(new Set());
  const toggle = React.useCallback((key: string) => setExpanded((current) => {
    const next = new Set(current);
    if (next.has(key)) next.delete(key); else next.add(key);
    return next;
  }), []);
  return { expanded, toggle, setExpanded };
}

/** The risks that threaten the goals come with the scorecard: the threat links in the first wave, the risks in the second. */
const THREATS: PlanExtra<Link[], Map<string, LinkedRisk[]>> = {
  first: threatLinks,
  second: (store, plan, links, plans) => risksThreatening(store, plan, links, plans)
};

const NO_RISKS: ReadonlyMap<string, LinkedRisk[]> = new Map();

export function ScorecardView(props: ScorecardViewProps): React.ReactElement {
  const { env, strings } = useApp();
  const s = scorecardStrings[env.locale];
  const state = usePlanData(props.planKey, props.periodKey, undefined, false, { kind: 'scorecard', extra: THREATS });
  const view = state.data;
  const sections = React.useMemo(() => (view ? scorecardSections({ ...view, categories: [...view.categories.values()] },
    view.period?.key ?? null, view.fulfilment) : []), [view]);
  const indicators = React.useMemo(() => allIndicators(sections), [sections]);
  const { expanded, toggle, setExpanded } = useExpanded();
  if (!view) {
    if (state.loading || state.error) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} />;
    return <Text>{strings.noPlans}</Text>;
  }
  const allOpen = indicators.length > 0 && indicators.every((i) => expanded.has(i.indicator.key));
  return (
    <div className="ik-view ik-scorecard">
      <style>{scorecardStyles}</style>
      <PlanHeader view={view} printLabel={s.print} onNavigate={props.onNavigate} actions={indicators.length > 0 && (
        <DefaultButton text={allOpen ? s.hideAll : s.showAll}
          onClick={() => setExpanded(allOpen ? new Set() : new Set(indicators.map((i) => i.indicator.key)))} />
      )} />
      <LoadState loading={state.loading} error={state.error} onRetry={state.reload} />
      {view.period ? <ScorecardSummary period={view.period} indicators={indicators} /> : <p>{s.noPeriod}</p>}
      {sections.map((section) => (
        <PerspectiveBlock key={section.perspective?.key ?? 'none'} section={section} period={view.period} expanded={expanded} onToggle={toggle}
          risks={view.extra ?? NO_RISKS} />
      ))}
    </div>
  );
}
