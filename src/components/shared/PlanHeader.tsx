/**
 * The head of a plan's read-only page (action plan, scorecard): the plan's title, what kind of plan it is
 * with its year, state, Dnr and decision date, the plan and follow-up pickers over the plans of that kind,
 * and the print button with any actions of the page's own. Nothing of it but the title and facts prints.
 */
import * as React from 'react';
import { DefaultButton, Stack } from '@fluentui/react';
import { kindOf } from '../../model/planKinds';
import { useApp } from '../app/AppContext';
import { PlanPeriodPicker } from './PlanPeriodPicker';
import { FlaggedReports } from './FlaggedReports';
import type { PlanView } from './usePlanData';

export function PlanHeader(props: { view: PlanView; printLabel: string; actions?: React.ReactNode;
  onNavigate?: (state: { planKey?: string; periodKey?: string }) => void; }): React.ReactElement {
  const { env, strings } = useApp();
  const { view } = props;
  const { plan } = view;
  return (
    <>
      <h1 className="ik-view__title">{plan.title}</h1>
      <p className="ik-plan-meta">
        {kindOf(plan.kind).vocabulary[env.locale].plan} · {strings.year} {plan.year} · {strings.planStates[plan.state]}
        {plan.diaryNumber && ` · ${strings.diaryNumber} ${plan.diaryNumber}`}
        {plan.decisionDate && ` · ${strings.decided} ${plan.decisionDate}`}
      </p>
      <FlaggedReports reports={view.flaggedReports} imported={view.importedReports} measures={view.measures} />
      <div className="ik-no-print">
        <PlanPeriodPicker plans={view.plans.filter((p) => p.kind === plan.kind)} planKey={plan.key} periods={view.periods}
          periodKey={view.period?.key ?? null} onPlan={(planKey) => props.onNavigate?.({ planKey })}
          onPeriod={(periodKey) => props.onNavigate?.({ planKey: plan.key, periodKey })} />
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <DefaultButton iconProps={{ iconName: 'Print' }} text={props.printLabel} onClick={() => window.print()} />
          {props.actions}
        </Stack>
      </div>
    </>
  );
}
