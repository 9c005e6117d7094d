/**
 * The patient-safety action plan as the region's document reads (seed 002), followed up: the foundations
 * ("Grundläggande förutsättningar") with their strategies, then each focus area with its purpose,
 * overarching goals and activities (Aktivitet, Mål, Metod/Datakälla, Ansvarig) with their status in the
 * chosen follow-up and who answered; a summary of that follow-up on top. Read-only and printable.
 */
import * as React from 'react';
import { Text } from '@fluentui/react';
import { actionPlanStructure } from '../../model/actionPlan';
import { periodOverview } from '../../model/followUp';
import { kindOf } from '../../model/planKinds';
import { answersOf } from '../../model/requests';
import { useApp } from '../app/AppContext';
import { LoadState } from '../shared/LoadState';
import { PlanHeader } from '../shared/PlanHeader';
import { usePlanData } from '../shared/usePlanData';
import { ActionPlanSection } from './ActionPlanSection';
import { actionPlanStrings } from './actionPlanStrings';
import { actionPlanStyles } from './actionPlanStyles';
import { ActionPlanSummary } from './ActionPlanSummary';

export interface ActionPlanViewProps {
  planKey?: string;
  periodKey?: string;
  onNavigate?: (state: { planKey?: string; periodKey?: string }) => void;
}

export function ActionPlanView(props: ActionPlanViewProps): React.ReactElement {
  const { env, strings } = useApp();
  const s = actionPlanStrings[env.locale];
  const vocabulary = kindOf('patientSafety').vocabulary[env.locale];
  const state = usePlanData(props.planKey, props.periodKey, undefined, false, { kind: 'patientSafety' });
  const view = state.data;
  const structure = React.useMemo(() => (view ? actionPlanStructure(view.items, view.measures, view.categories) : null), [view]);
  const answers = React.useMemo(() => answersOf(view?.reports ?? []), [view]);
  const overview = React.useMemo(() => (view?.period ? periodOverview(view.period, view.measures, view.reports, env.today) : null),
    [view, env.today]);
  if (!view || !structure) {
    if (state.loading || state.error) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} />;
    return <Text>{strings.noPlans}</Text>;
  }
  const period = view.period;
  return (
    <div className="ik-view ik-actionplan">
      <style>{actionPlanStyles}</style>
      <PlanHeader view={view} printLabel={s.print} onNavigate={props.onNavigate} />
      <LoadState loading={state.loading} error={state.error} onRetry={state.reload} />
      {period && overview ? <ActionPlanSummary period={period} overview={overview} /> : <p>{s.noPeriod}</p>}
      <h2 className="ik-actionplan__part">{s.foundations}</h2>
      {structure.foundations.length === 0 && <p>{s.noFoundations}</p>}
      {structure.foundations.map((section) => (
        <ActionPlanSection key={section.item.key} section={section} foundation roles={view.roles} period={period} answers={answers} />
      ))}
      <h2 className="ik-actionplan__part">{vocabulary.item.many}</h2>
      {structure.focusAreas.length === 0 && <p>{s.noneAdded(vocabulary.item.many)}</p>}
      {structure.focusAreas.map((section) => (
        <ActionPlanSection key={section.item.key} section={section} foundation={false} roles={view.roles} period={period} answers={answers} />
      ))}
    </div>
  );
}
