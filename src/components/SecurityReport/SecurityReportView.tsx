/**
 * The security report ("säkerhetsberättelse"): without an area, the overview of every area's chapter;
 * with one, that area's chapter, editable by its owner and decided by the coordinator. The plan, area and
 * reporting round live in the host's state (the workbench mirrors them into the URL).
 */
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Text } from '@fluentui/react';
import { Chapter } from '../../model/types';
import { useApp } from '../app/AppContext';
import { LoadState } from '../shared/LoadState';
import { FlaggedReports } from '../shared/FlaggedReports';
import { PlanPeriodPicker } from '../shared/PlanPeriodPicker';
import { registerStyles } from '../PlanRegister/registerStyles';
import { AreaChapter } from './AreaChapter';
import { SecurityReportOverview } from './SecurityReportOverview';
import { securityReportStrings } from './securityReportStrings';
import { securityReportStyles } from './securityReportStyles';
import { useSecurityReport } from './useSecurityReport';

export interface SecurityReportViewProps {
  planKey?: string;
  areaKey?: string;
  periodKey?: string;
  onNavigate?: (s: { planKey?: string; areaKey?: string; periodKey?: string }) => void;
}

export function SecurityReportView(props: SecurityReportViewProps): React.ReactElement {
  const { env } = useApp();
  const s = securityReportStrings[env.locale];
  const [reloadToken, setReloadToken] = React.useState(0);
  const [notice, setNotice] = React.useState<string | null>(null);
  const state = useSecurityReport(props.planKey, props.periodKey, reloadToken);
  React.useEffect(() => setNotice(null), [props.areaKey, props.planKey, props.periodKey]);
  const report = state.data;
  if (!report) {
    if (state.loading || state.error) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} />;
    return <Text>{s.noPlan}</Text>;
  }
  const navigate = (to: { planKey?: string; areaKey?: string; periodKey?: string }): void => props.onNavigate?.(to);
  const onSaved = (c: Chapter): void => {
    setNotice(c.state === 'submitted' || c.state === 'returned' || c.state === 'approved' ? s.notices[c.state] : null);
    setReloadToken((t) => t + 1);
  };
  const area = props.areaKey ? report.areas.find((a) => a.area.key === props.areaKey) : undefined;
  // Under the page's heading, as on every view: the plan and follow-up to show, and what just happened.
  const header = (
    <>
      <PlanPeriodPicker plans={report.plans} planKey={report.plan.key} periods={report.periods} periodKey={report.period?.key ?? null}
        onPlan={(planKey) => navigate({ planKey })}
        onPeriod={(periodKey) => navigate({ planKey: report.plan.key, areaKey: props.areaKey, periodKey })} />
      {notice && <MessageBar messageBarType={MessageBarType.success} role="status">{notice}</MessageBar>}
      <FlaggedReports reports={report.flaggedReports} imported={report.importedReports} measures={report.measures} />
    </>
  );
  return (
    <div className="ik-view ik-security-report">
      <style>{registerStyles}</style>
      <style>{securityReportStyles}</style>
      {state.error && <LoadState loading={false} error={state.error} onRetry={state.reload} />}
      {!report.period && <MessageBar messageBarType={MessageBarType.info}>{s.noPeriod}</MessageBar>}
      {props.areaKey && !area && (
        <>
          {header}
          <p>{s.unknownArea}</p>
          <DefaultButton text={s.backToOverview} onClick={() => navigate({ planKey: report.plan.key, periodKey: props.periodKey })} />
        </>
      )}
      {area && (
        <AreaChapter report={report} area={area} onSaved={onSaved} header={header}
          onBack={() => navigate({ planKey: report.plan.key, periodKey: props.periodKey })} />
      )}
      {!props.areaKey && (
        <SecurityReportOverview report={report} header={header} onOpen={(areaKey) => navigate({ planKey: report.plan.key, areaKey, periodKey: props.periodKey })} />
      )}
    </div>
  );
}
