/**
 * The property pane's plan choice, split out of the web part class: the plan kind (which of the users'
 * documents the page shows) and, optionally, one plan of that kind; "the plan under follow-up" when none
 * is chosen. The plans are read from the data site when the pane opens.
 */
import { IPropertyPaneDropdownOption, IPropertyPaneGroup, PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import * as strings from 'InternkontrollWebPartStrings';
import { PLAN_KINDS, Plan, PlanKind } from '../../model/types';

const KIND_LABEL: Record<PlanKind, string> = {
  internalControl: strings.KindInternalControl,
  patientSafety: strings.KindPatientSafety,
  scorecard: strings.KindScorecard,
  securityReport: strings.KindSecurityReport
};

/** The group with the two dropdowns; `plans` is undefined while they are being read. */
export function planChoiceGroup(kind: PlanKind | undefined, plans: Plan[] | undefined): IPropertyPaneGroup {
  const chosenKind: PlanKind = kind ?? 'internalControl';
  const planOptions: IPropertyPaneDropdownOption[] = [
    { key: '', text: strings.PlanLatest },
    ...(plans ?? [])
      .filter((p: Plan) => p.kind === chosenKind)
      .sort((a: Plan, b: Plan) => b.year - a.year || a.title.localeCompare(b.title, 'sv'))
      .map((p: Plan) => ({ key: p.key, text: `${p.title} (${p.year})` }))
  ];
  return {
    groupName: strings.PlanGroupName,
    groupFields: [
      PropertyPaneDropdown('planKind', {
        label: strings.PlanKindFieldLabel,
        options: PLAN_KINDS.map((k: PlanKind) => ({ key: k, text: KIND_LABEL[k] })),
        selectedKey: chosenKind
      }),
      PropertyPaneDropdown('planKey', {
        label: plans ? strings.PlanFieldLabel : strings.PlanFieldLoading,
        options: planOptions,
        disabled: plans === undefined
      })
    ]
  };
}
