/**
 * Chooses the plan and the follow-up period a view shows. The choice lives in the caller's state
 * (the workbench mirrors it into the URL, so a link opens the same screen).
 */
import * as React from 'react';
import { Dropdown, IDropdownOption, Stack } from '@fluentui/react';
import { FollowUpPeriod, Plan } from '../../model/types';
import { orderPeriods } from '../../model/followUp';
import { useApp } from '../app/AppContext';

export function PlanPeriodPicker(props: {
  plans: Plan[];
  planKey: string;
  periods: FollowUpPeriod[];
  periodKey: string | null;
  onPlan: (key: string) => void;
  onPeriod: (key: string) => void;
}): React.ReactElement {
  const { strings } = useApp();
  const planOptions: IDropdownOption[] = props.plans.map((p) => ({ key: p.key, text: `${p.title} (${strings.planStates[p.state].toLowerCase()})` }));
  const periodOptions: IDropdownOption[] = orderPeriods(props.periods).map((p) => ({ key: p.key, text: `${p.title} – ${strings.deadline.toLowerCase()} ${p.deadline}` }));
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 16 }} className="ik-pickers">
      <Dropdown label={strings.plan} options={planOptions} selectedKey={props.planKey} styles={{ root: { minWidth: 320 } }}
        onChange={(_e, o) => o && props.onPlan(String(o.key))} />
      {periodOptions.length > 0 && (
        <Dropdown label={strings.period} options={periodOptions} selectedKey={props.periodKey ?? undefined} styles={{ root: { minWidth: 280 } }}
          onChange={(_e, o) => o && props.onPeriod(String(o.key))} />
      )}
    </Stack>
  );
}
