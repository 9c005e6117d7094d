/**
 * Downloads the register with the chosen period's statuses as .xlsx (statuses as cell fills and words),
 * in the shape the import reads back.
 */
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType } from '@fluentui/react';
import { exportPlanToXlsx } from '../../export/exportPlan';
import { Category, FollowUpPeriod, Measure, Plan, PlanItem, Role, SecurityArea, StatusReport } from '../../model/types';
import { useApp } from '../app/AppContext';
import { importStrings } from './importStrings';
import { failureText } from '../i18n/failureText';

export interface ExportButtonProps {
  plan: Plan;
  items: PlanItem[];
  measures: Measure[];
  /** Roles by key (or as a list), for the responsible column. */
  roles: Map<string, Role> | readonly Role[];
  reports: StatusReport[];
  period: FollowUpPeriod | null;
  /** Categories by key (focus areas, perspectives) and the security areas, for the kinds whose columns name them. */
  categories?: Map<string, Category>;
  areas?: SecurityArea[];
}

/** `<plan title> <period title>.xlsx`, without characters file systems refuse. */
export function exportFileName(plan: Plan, period: FollowUpPeriod | null): string {
  const name = `${plan.title} ${period?.title ?? ''}`.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim();
  return `${name || 'plan'}.xlsx`;
}

function download(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  document.body.removeChild(link);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportButton(props: ExportButtonProps): React.ReactElement {
  const { env } = useApp();
  const s = importStrings[env.locale];
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<string | null>(null);
  const onClick = (): void => {
    setBusy(true);
    setFailure(null);
    const roles = props.roles instanceof Map ? props.roles : new Map((props.roles as readonly Role[]).map((r) => [r.key, r]));
    exportPlanToXlsx({ plan: props.plan, items: props.items, measures: props.measures, roles, reports: props.reports, period: props.period, locale: env.locale,
      categories: props.categories, areas: props.areas ? new Map(props.areas.map((a) => [a.key, a])) : undefined })
      .then((bytes) => download(bytes, exportFileName(props.plan, props.period)))
      .catch((error: unknown) => setFailure(failureText(error, env.locale)))
      .then(() => setBusy(false), () => setBusy(false));
  };
  return (
    <>
      <DefaultButton iconProps={{ iconName: 'ExcelDocument' }} text={busy ? s.exporting : s.exportLabel} onClick={onClick} disabled={busy} />
      {failure ? <MessageBar messageBarType={MessageBarType.error}>{s.exportFailed(failure)}</MessageBar> : null}
    </>
  );
}
