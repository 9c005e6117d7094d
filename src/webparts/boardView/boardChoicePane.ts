/**
 * The board page's own property-pane group: which follow-up of the chosen plan it shows, and whether it
 * shows the live state or one of the plan's publications (a frozen snapshot). The follow-ups and
 * publications are read from the data site when the pane opens or the plan changes.
 */
import { IPropertyPaneDropdownOption, IPropertyPaneGroup, PropertyPaneDropdown, PropertyPaneLabel } from '@microsoft/sp-property-pane';
import * as strings from 'InternkontrollWebPartStrings';
import { BoardSnapshotRecord, FollowUpPeriod } from '../../model/types';

export interface BoardChoices {
  periods: FollowUpPeriod[];
  snapshots: BoardSnapshotRecord[];
}

/** "RS 2026/123, version 2 – Regionstyrelsen 15 dec 2026 (publicerad 2026-12-01)". */
function snapshotText(record: BoardSnapshotRecord): string {
  const meeting = [record.board, record.meetingDate ?? ''].filter((part) => part !== '').join(' ');
  return `${record.diaryNumber}, version ${record.version}${meeting ? ` – ${meeting}` : ''} (${strings.SnapshotPublished} ${record.publishedAt.slice(0, 10)})`;
}

/** `choices` is undefined while they are read, null when no plan is chosen. */
export function boardChoiceGroup(choices: BoardChoices | null | undefined): IPropertyPaneGroup {
  if (choices === null) {
    return { groupName: strings.BoardGroupName, groupFields: [PropertyPaneLabel('boardChoiceHint', { text: strings.BoardNeedsPlan })] };
  }
  const loading = choices === undefined;
  const periods: IPropertyPaneDropdownOption[] = [
    { key: '', text: strings.PeriodCurrent },
    ...(choices?.periods ?? []).map((p: FollowUpPeriod) => ({ key: p.key, text: p.title }))
  ];
  const snapshots: IPropertyPaneDropdownOption[] = [
    { key: '', text: strings.SnapshotLive },
    ...(choices?.snapshots ?? [])
      .sort((a: BoardSnapshotRecord, b: BoardSnapshotRecord) => b.publishedAt.localeCompare(a.publishedAt) || b.version - a.version)
      .map((r: BoardSnapshotRecord) => ({ key: r.key, text: snapshotText(r) }))
  ];
  return {
    groupName: strings.BoardGroupName,
    groupFields: [
      PropertyPaneDropdown('periodKey', { label: loading ? `${strings.PeriodFieldLabel} ${strings.FieldLoading}` : strings.PeriodFieldLabel, options: periods, disabled: loading }),
      PropertyPaneDropdown('snapshotKey', { label: loading ? `${strings.SnapshotFieldLabel} ${strings.FieldLoading}` : strings.SnapshotFieldLabel, options: snapshots, disabled: loading })
    ]
  };
}
